package nl.oppstudio.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code java nl.oppstudio.cli.Main ARGS}: the {@code opp} command as plain Java. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		System.exit(new OppCli(out, err).run(args));
	}
}
