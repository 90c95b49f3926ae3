package nl.oppstudio.importer.word.internal;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import nl.oppstudio.core.Limits;
import nl.oppstudio.core.QuietLogging;

/**
 * POI's settings for OPP Studio. POI logs through the Log4j API, which {@link QuietLogging} switches off. POI's zip-bomb guard (ZipSecureFile) stays on: no part may unpack to more
 * than {@link Limits#MAX_WORD_BYTES}, nor to more than a hundred times its packed size.
 */
public final class PoiRuntime {

	private PoiRuntime() {
	}

	/** POI's own guard: a part unpacking to more than 100 times its packed size is a zip bomb. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	/** Call before the first use of POI; a logging choice made by whoever started the JVM is kept. */
	public static synchronized void prepare() {
		QuietLogging.prepare();
		// after the logging: POI's classes log from their first use
		ZipSecureFile.setMaxEntrySize(Limits.MAX_WORD_BYTES);
		if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
			ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		}
	}
}
