package nl.oppstudio.cli.command;

import java.io.PrintStream;
import java.time.Duration;

import org.eclipse.osgi.util.NLS;

/**
 * Progress of a command over many documents, on standard error: on a terminal one line rewritten in place
 * (at most a few times a second), otherwise a line every five percent. Quiet below {@link #FROM} documents.
 */
final class Progress {

	/** From this many documents on, progress is shown. */
	static final int FROM = 10;

	private final PrintStream err;
	private final int total;
	private final boolean terminal;
	private final long start = System.nanoTime();
	private long lastShown;
	private int lastPercent = -1;
	private boolean open;

	Progress(PrintStream err, int total) {
		this.err = err;
		this.total = total;
		this.terminal = terminal();
	}

	/**
	 * Whether standard input and output are a terminal (never in a test run, nor with output to a file or pipe). On Java 21 {@code System.console()} is {@code null}
	 * otherwise; from Java 22 on it is not, and {@code Console.isTerminal()} (not in Java 21's API) says.
	 */
	private static boolean terminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return true;
		}
	}

	/** {@code done} of the total finished. */
	void advance(int done) {
		if (total < FROM) {
			return;
		}
		int percent = (int) (100L * done / total);
		String line = NLS.bind(Messages.progressLine, new Object[] { done, total, percent });
		if (terminal) {
			long now = System.nanoTime();
			if (done == total || now - lastShown > 200_000_000L) {
				lastShown = now;
				err.print("\r" + line + "   ");
				err.flush();
				open = true;
			}
		} else if (percent / 5 != lastPercent / 5) {
			err.println(line);
			lastPercent = percent;
		}
	}

	/** Wipes the progress line on a terminal, so that a message can take its place. */
	void clear() {
		if (open) {
			err.print("\r" + " ".repeat(60) + "\r");
			err.flush();
			open = false;
		}
	}

	/** Ends the progress line on a terminal, before other output follows. */
	void end() {
		if (open) {
			err.println();
			open = false;
		}
	}

	/** How long since the start: "12 s", "3 min 4 s". */
	String elapsed() {
		long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
		return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
	}
}
