package nl.oppstudio.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import nl.oppstudio.cli.OppCli;

/** Runs the {@code opp} command line in the test's JVM and keeps what the last run printed (UTF-8). */
final class CliRun {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs {@code opp ARGS}, after clearing the previous run's output; returns the exit code. */
	int run(String... args) {
		out.reset();
		err.reset();
		return new OppCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	/** What the last run wrote to standard output. */
	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What the last run wrote to standard error. */
	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
