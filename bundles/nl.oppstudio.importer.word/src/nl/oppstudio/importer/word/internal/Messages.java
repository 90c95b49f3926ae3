package nl.oppstudio.importer.word.internal;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of the Word import ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	// reader
	public static String readMissing;
	public static String readUnreadable;
	public static String readNotWord;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
