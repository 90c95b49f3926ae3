package nl.oppstudio.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of the window ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String windowTitle;
	public static String folderColumnName;
	public static String folderColumnState;
	public static String folderLoading;
	public static String folderOtherDocuments;
	public static String folderEmpty;
	public static String problemsTab;
	public static String referencesTab;
	public static String problemsColumnSeverity;
	public static String problemsColumnMessage;
	public static String problemsColumnFile;
	public static String problemsColumnLine;
	public static String referencesColumnFile;
	public static String referencesColumnLine;
	public static String referencesColumnText;
	public static String outlineNone;
	public static String outlineStatus;
	public static String outlineStatusClean;
	public static String oneProblem;
	public static String manyProblems;
	public static String menuFile;
	public static String menuEdit;
	public static String menuNavigate;
	public static String menuVersions;
	public static String menuHelp;
	public static String actionNewFormat;
	public static String actionFormatFromWord;
	public static String actionSave;
	public static String actionSaveAll;
	public static String actionClose;
	public static String actionExit;
	public static String actionUndo;
	public static String actionRedo;
	public static String actionContentAssist;
	public static String actionQuickFix;
	public static String actionFormat;
	public static String actionDefinition;
	public static String actionReferences;
	public static String actionRename;
	public static String actionAbout;
	public static String actionReveal;
	public static String aboutTitle;
	public static String about;
	public static String unsavedTitle;
	public static String unsaved;
	public static String unsavedSave;
	public static String unsavedDiscard;
	public static String unsavedCancel;
	public static String openFailedTitle;
	public static String openFailed;
	public static String failedTitle;
	public static String failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
