package nl.oppstudio.editor.internal;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of the OPP Editor ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String windowTitle;
	public static String overviewTab;
	public static String columnPupil;
	public static String columnState;
	public static String columnNext;
	public static String columnDue;
	public static String columnFormat;
	public static String columnFile;
	public static String allStates;
	public static String stateLabel;
	public static String searchLabel;
	public static String searchHint;
	public static String newButton;
	public static String failedTitle;
	public static String failed;
	public static String csvButton;
	public static String csvTip;
	public static String openButton;
	public static String refreshButton;
	public static String refreshTip;
	public static String loading;
	public static String countOne;
	public static String countMany;
	public static String countShown;
	public static String overdueCount;
	public static String problemCount;
	public static String overdueMark;
	public static String noDeadline;
	public static String formatNameVersion;
	public static String inUseMark;
	public static String problemState;
	public static String problemNoFormat;
	public static String problemFormatErrors;
	public static String problemAt;
	public static String problemMalformed;
	public static String folderUnreadable;
	public static String stateConcept;
	public static String stateTerInstemming;
	public static String stateVastgesteld;
	public static String stateInUitvoering;
	public static String stateGeevalueerd;
	public static String stateBijgesteld;
	public static String stateBeeindigd;
	public static String newTitle;
	public static String newMessage;
	public static String newPupil;
	public static String newFormat;
	public static String newSchoolType;
	public static String newCreate;
	public static String newCancel;
	public static String newNameEmpty;
	public static String newNameTooLong;
	public static String newNoFormat;
	public static String newChooseSchoolType;
	public static String newCannotSave;
	public static String schoolTypePo;
	public static String schoolTypeSbo;
	public static String schoolTypeSo;
	public static String schoolTypeVso;
	public static String schoolTypeVo;
	public static String schoolTypePro;
	public static String errorTitle;
	public static String documentMissing;
	public static String exportNeedsDocument;
	public static String exportCannotOpen;
	public static String documentMissingShort;
	public static String exportDone;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
