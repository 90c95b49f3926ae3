package nl.oppstudio.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of the format editor ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String readOnly;
	public static String noProposals;
	public static String noFix;
	public static String noDefinition;
	public static String noReferences;
	public static String referencesFound;
	public static String saveFailedTitle;
	public static String readFailed;
	public static String checkFailed;
	public static String renameTitle;
	public static String renamePrompt;
	public static String renameButton;
	public static String renameEmpty;
	public static String renameSame;
	public static String renameRefusedTitle;
	public static String renameMigrationTitle;
	public static String renameMigration;
	public static String renameContinue;
	public static String renameWriteFailed;
	public static String renameNothing;
	public static String cancel;
	public static String errorAnnotation;
	public static String warningAnnotation;
	public static String infoAnnotation;
	public static String callTimeout;
	public static String changedOnDisk;
	public static String conflictTitle;
	public static String conflict;
	public static String conflictOverwrite;
	public static String conflictReload;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
