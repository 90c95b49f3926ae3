package nl.oppstudio.importer.word.internal;

/**
 * POI logs through the Log4j API. Without a Log4j implementation the API warns on stderr on first use;
 * OPP Studio has none and wants none, so POI's logging goes to Log4j's own simple logger, switched off.
 */
public final class PoiRuntime {

	private static final String CONTEXT_FACTORY = "log4j2.loggerContextFactory";

	private PoiRuntime() {
	}

	/** Call before the first use of POI; a choice made by whoever started the JVM is kept. */
	public static synchronized void prepare() {
		if (System.getProperty(CONTEXT_FACTORY) == null) {
			System.setProperty(CONTEXT_FACTORY, org.apache.logging.log4j.simple.SimpleLoggerContextFactory.class.getName());
			System.setProperty("log4j2.simplelogLevel", "OFF");
			System.setProperty("log4j2.statusLoggerLevel", "OFF");
		}
	}
}
