package nl.oppstudio.versions.internal;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of version control ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String stateNew;
	public static String stateChanged;
	public static String stateRemoved;
	public static String stateUntracked;
	public static String stateConflict;
	public static String noFormat;
	public static String notInRepository;
	public static String alreadyRepository;
	public static String noSuchRevision;
	public static String notInRevision;
	public static String unreadable;
	public static String gitFailed;
	public static String startMessage;
	public static String workingCopy;
	public static String groupCompatible;
	public static String groupMigration;
	public static String groupBreaking;
	public static String meaningCompatible;
	public static String meaningMigration;
	public static String meaningBreaking;
	public static String diffNone;
	public static String diffSummary;
	public static String stepCheck;
	public static String stepVersion;
	public static String stepRenames;
	public static String stepCommit;
	public static String stepTag;
	public static String checkOk;
	public static String checkOkWarnings;
	public static String checkErrors;
	public static String checkNoFormat;
	public static String versionInvalid;
	public static String versionPublished;
	public static String versionNotHigher;
	public static String versionFirst;
	public static String versionFits;
	public static String versionProblem;
	public static String versionNotChecked;
	public static String renamesNone;
	public static String renamesFound;
	public static String renamesFirst;
	public static String commitOk;
	public static String commitBusy;
	public static String commitSame;
	public static String commitBaseChanged;
	public static String commitConflicts;
	public static String tagOk;
	public static String tagExists;
	public static String defaultMessage;
	public static String refused;
	public static String publishFailed;
	public static String pullNoRemote;
	public static String pullUpToDate;
	public static String pullDone;
	public static String pullConflict;
	public static String pullDirty;
	public static String pullFailed;
	public static String pullMessage;
	public static String pushDone;
	public static String pushUpToDate;
	public static String pushRejected;
	public static String pushFailed;
	public static String authCancelled;
	public static String authFailed;
	public static String noBranch;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
