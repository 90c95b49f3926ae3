/**
 * One class per {@code opp} command ({@link nl.oppstudio.cli.command.Command}), the {@link
 * nl.oppstudio.cli.command.Console} they share (output, the formats read so far through the document
 * step's {@code FormatResolver}), and their Dutch texts in {@link nl.oppstudio.cli.command.Messages}.
 * The commands only parse arguments and print: what they do is in the steps below them, which the window
 * reaches too.
 */
package nl.oppstudio.cli.command;
