package nl.oppstudio.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/** {@code java nl.oppstudio.cli.Main ARGS}: the {@code opp} command as plain Java. */
public final class Main {

	/** Held so that the level sticks: java.util.logging keeps loggers only weakly. */
	private static final java.util.logging.Logger FOP_LOG = java.util.logging.Logger.getLogger("org.apache.fop");

	private Main() {
	}

	/** Xtext logs through log4j; on the command line only its errors matter, said briefly. */
	private static void quietLogging() {
		nl.oppstudio.core.QuietLogging.prepare();
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(Level.ERROR);
		root.addAppender(new ConsoleAppender(new PatternLayout("opp: %m%n"), ConsoleAppender.SYSTEM_ERR));
		FOP_LOG.setLevel(java.util.logging.Level.WARNING);
	}

	public static void main(String[] args) {
		quietLogging();
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		System.exit(new OppCli(out, err).run(args));
	}
}
