package nl.oppstudio.importer.word.internal;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of the Word import ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	// reader
	public static String readMissing;
	public static String readUnreadable;
	public static String readNotWord;
	public static String readEmpty;
	public static String readOwnerFile;
	public static String readTooLarge;
	public static String readOtherOffice;
	public static String readProtected;
	public static String readOldDoc;
	public static String readRtf;
	public static String readStrict;
	public static String readZipBomb;
	public static String readTooManyBlocks;
	public static String readTooDeep;
	public static String readTooMuch;
	public static String noteDeepTable;
	public static String noteTooDeep;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
