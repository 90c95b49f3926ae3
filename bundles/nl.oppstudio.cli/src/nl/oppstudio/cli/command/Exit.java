package nl.oppstudio.cli.command;

/** The exit codes of every command. */
public final class Exit {

	/** Clean. */
	public static final int OK = 0;
	/** Errors found (in a format, a document, a log). */
	public static final int FOUND_ERRORS = 1;
	/** Wrong usage, or a file that cannot be read or written. */
	public static final int USAGE = 2;

	private Exit() {
	}
}
