package nl.oppstudio.update.internal;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of the updater ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String unreachable;
	public static String badRepository;
	public static String missingFile;
	public static String notXml;
	public static String noArtifact;
	public static String checksumMismatch;
	public static String diskProblem;
	public static String documentInUse;
	public static String badFormatBundle;
	public static String formatNotUsable;
	public static String noPrevious;
	public static String noLocation;
	public static String updateTitle;
	public static String groupBreaking;
	public static String groupMigration;
	public static String groupCompatible;
	public static String noChanges;
	public static String nothingNew;
	public static String nothingInstalled;
	public static String askYes;
	public static String installed;
	public static String rolledBack;
	public static String migratedDocument;
	public static String archivedValue;
	public static String migrationFailed;
	public static String migrationSummary;
	public static String migrationNone;
	public static String noFolder;
	public static String unsafeName;
	public static String wrongBundle;
	public static String badAddress;
	public static String plainHttp;
	public static String unexpected;
	public static String tooLarge;
	public static String tooLargePart;
	public static String tooManyEntries;
	public static String unsafeEntry;
	public static String entryTooLarge;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
