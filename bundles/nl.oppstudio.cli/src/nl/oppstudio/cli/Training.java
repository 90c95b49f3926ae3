package nl.oppstudio.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the command line's class archive ({@code ./opp} makes it once per build): several
 * commands in one process, separated by {@code ";"}, so that the archive holds what each of them loads
 * (render with and without {@code --format}, validate, check-format), not only the first. Output is
 * dropped; the exit code is that of the last command.
 */
public final class Training {

	private Training() {
	}

	public static void main(String[] args) {
		PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
		OppCli cli = new OppCli(nowhere, nowhere);
		int code = 0;
		List<String> command = new ArrayList<>();
		for (String arg : args) {
			if (";".equals(arg)) {
				code = cli.run(command.toArray(String[]::new));
				command.clear();
			} else {
				command.add(arg);
			}
		}
		if (!command.isEmpty()) {
			code = cli.run(command.toArray(String[]::new));
		}
		System.exit(code == OppCli.USAGE ? code : 0);
	}
}
