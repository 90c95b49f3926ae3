package nl.oppstudio.core;

/**
 * Silences the Log4j API. POI (the Word import) brings the Log4j API into every product, and Commons Logging (used by
 * FOP and PDFBox) prefers it whenever it is present. OPP Studio ships no Log4j implementation, so without this the API
 * prints "Log4j API could not find a logging provider" on stderr at the first log call of any command. The API is sent
 * to its own simple logger, switched off. Call first thing in every entry point (the command line, the Studio, the
 * OPP Editor) and before the first use of POI; a choice made by whoever started the JVM ({@code -Dlog4j.provider=…})
 * is kept. Only system properties are set, so this needs no Log4j class.
 */
public final class QuietLogging {

	private static final String PROVIDER = "log4j.provider";
	private static final String CONTEXT_FACTORY = "log4j2.loggerContextFactory";

	private QuietLogging() {
	}

	public static synchronized void prepare() {
		if (System.getProperty(PROVIDER) != null || System.getProperty(CONTEXT_FACTORY) != null) {
			return;
		}
		// Log4j API 2.24 on: the provider, its level and the status logger's level
		System.setProperty(PROVIDER, "org.apache.logging.log4j.simple.internal.SimpleProvider");
		System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
		System.setProperty("log4j2.StatusLogger.level", "OFF");
		// before 2.24: the factory and the same two levels
		System.setProperty(CONTEXT_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.setProperty("log4j2.simplelogLevel", "OFF");
		System.setProperty("log4j2.statusLoggerLevel", "OFF");
	}
}
