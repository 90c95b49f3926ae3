/**
 * The {@code opp} command: {@link nl.oppstudio.cli.OppCli} runs one command line headless and returns
 * its exit code (0 clean, 1 errors found, 2 usage or I/O problem). {@link nl.oppstudio.cli.Main}
 * starts it as plain Java, without booting the workbench.
 */
package nl.oppstudio.cli;
