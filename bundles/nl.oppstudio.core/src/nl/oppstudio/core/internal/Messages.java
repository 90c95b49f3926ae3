package nl.oppstudio.core.internal;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of the core: why a file could not be written ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String writeDiskFull;
	public static String writeReadOnly;
	public static String writeNoPermission;
	public static String writeInUse;
	public static String writeExists;
	public static String writeFolderMissing;
	public static String writeOther;
	public static String writeOldUnchanged;
	public static String writeNothingLeft;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
