package nl.oppstudio.ui.internal.git;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of the menu "Versiebeheer" and its dialogs ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String menu;
	public static String actionStatus;
	public static String actionHistory;
	public static String actionPublish;
	public static String actionPull;
	public static String actionPush;
	public static String actionStart;
	public static String busy;
	public static String close;
	public static String cancel;
	public static String loginButton;
	public static String statusTitle;
	public static String statusIntro;
	public static String statusNone;
	public static String statusFiles;
	public static String historyTitle;
	public static String historyIntro;
	public static String historyColumnVersion;
	public static String historyColumnDate;
	public static String historyColumnAuthor;
	public static String historyColumnMessage;
	public static String historyColumnTags;
	public static String historyWorkingCopy;
	public static String historyPick;
	public static String historyNone;
	public static String historyComparing;
	public static String historyFromTo;
	public static String publishTitle;
	public static String publishIntro;
	public static String publishVersion;
	public static String publishMessage;
	public static String publishColumnStep;
	public static String publishColumnVerdict;
	public static String publishButton;
	public static String publishOk;
	public static String publishNo;
	public static String publishReady;
	public static String publishRefused;
	public static String publishPlanning;
	public static String publishBusy;
	public static String publishDone;
	public static String publishFailed;
	public static String publishSaveFailed;
	public static String noActiveFormat;
	public static String notRepository;
	public static String pullTitle;
	public static String pushTitle;
	public static String loginTitle;
	public static String loginMessage;
	public static String loginAgain;
	public static String loginUser;
	public static String loginPassword;
	public static String startTitle;
	public static String startQuestion;
	public static String startDone;
	public static String startFailed;
	public static String failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
