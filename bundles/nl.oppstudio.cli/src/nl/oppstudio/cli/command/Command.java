package nl.oppstudio.cli.command;

import java.util.List;

/** One command of {@code opp}: its name, its help text, and what it does. */
public interface Command {

	/** The word that calls it, e.g. {@code render}. */
	String name();

	/** The text of {@code opp NAME --help}. */
	String help();

	/**
	 * Runs the command on its arguments (the command word left out).
	 *
	 * @return the exit code ({@link Exit})
	 * @throws UsageException when the arguments are wrong
	 */
	int run(List<String> args, Console console);
}
