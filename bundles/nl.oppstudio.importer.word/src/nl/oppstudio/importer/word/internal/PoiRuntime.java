package nl.oppstudio.importer.word.internal;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import nl.oppstudio.core.Limits;

/**
 * POI's settings for OPP Studio. POI logs through the Log4j API. Without a Log4j implementation the API
 * warns on stderr on first use; OPP Studio has none and wants none, so POI's logging goes to Log4j's own
 * simple logger, switched off. POI's zip-bomb guard (ZipSecureFile) stays on: no part may unpack to more
 * than {@link Limits#MAX_WORD_BYTES}, nor to more than a hundred times its packed size.
 */
public final class PoiRuntime {

	private static final String CONTEXT_FACTORY = "log4j2.loggerContextFactory";
	private static final String PROVIDER = "log4j.provider";

	private PoiRuntime() {
	}

	/** POI's own guard: a part unpacking to more than 100 times its packed size is a zip bomb. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	/** Call before the first use of POI; a logging choice made by whoever started the JVM is kept. */
	public static synchronized void prepare() {
		if (System.getProperty(CONTEXT_FACTORY) == null && System.getProperty(PROVIDER) == null) {
			// Log4j API 2.24 on: the provider, its level and the status logger's level; before 2.24: the factory
			System.setProperty(PROVIDER, "org.apache.logging.log4j.simple.internal.SimpleProvider");
			System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
			System.setProperty("log4j2.StatusLogger.level", "OFF");
			System.setProperty(CONTEXT_FACTORY, org.apache.logging.log4j.simple.SimpleLoggerContextFactory.class.getName());
			System.setProperty("log4j2.simplelogLevel", "OFF");
			System.setProperty("log4j2.statusLoggerLevel", "OFF");
		}
		// after the logging: POI's classes log from their first use
		ZipSecureFile.setMaxEntrySize(Limits.MAX_WORD_BYTES);
		if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
			ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		}
	}
}
