package nl.oppstudio.editor.internal.document;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of a document tab ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String cancel;
	public static String cannotOpen;
	public static String close;
	public static String closeDiscard;
	public static String closeQuestion;
	public static String closeSave;
	public static String closeTitle;
	public static String decisionAgreed;
	public static String diagram;
	public static String diagramTip;
	public static String decisionNotAgreed;
	public static String decisionPartly;
	public static String diskChanged;
	public static String diskChangedDirty;
	public static String diskChangedTitle;
	public static String lifecycle;
	public static String lifecycleTip;
	public static String log;
	public static String logBroken;
	public static String logIntact;
	public static String logTip;
	public static String logTitle;
	public static String logNumber;
	public static String logTime;
	public static String logAction;
	public static String logFrom;
	public static String logTo;
	public static String logBy;
	public static String logRole;
	public static String logDecision;
	public static String logRemark;
	public static String migrationArchived;
	public static String migrationFailed;
	public static String migrationMoved;
	public static String migrationQuestion;
	public static String migrationTitle;
	public static String moveAdopt;
	public static String moveAskConsent;
	public static String moveBackToConcept;
	public static String moveDecision;
	public static String moveDate;
	public static String moveDateInvalid;
	public static String moveDateFuture;
	public static String moveDateBeforeLog;
	public static String moveDone;
	public static String moveEnd;
	public static String moveEvaluate;
	public static String moveParts;
	public static String moveRecordConsent;
	public static String moveRemark;
	public static String moveRevise;
	public static String moveRole;
	public static String moveStart;
	public static String moveWay;
	public static String moveWho;
	public static String nextPeriod;
	public static String nextPeriodDone;
	public static String nextPeriodTip;
	public static String nextPeriodTitle;
	public static String nextPeriodWriteFailed;
	public static String nextPeriodWho;
	public static String nextPeriodWhoMissing;
	public static String nextProblem;
	public static String nextProblemTip;
	public static String overwriteQuestion;
	public static String pdf;
	public static String pdfBlank;
	public static String pdfExtract;
	public static String pdfFailed;
	public static String pdfPageWarning;
	public static String pdfPlan;
	public static String pdfTip;
	public static String recoveryQuestion;
	public static String recoveryQuestionStale;
	public static String keptAside;
	public static String recoveryTitle;
	public static String recoveryUnreadable;
	public static String recoveryWriteFailed;
	public static String redo;
	public static String redoTip;
	public static String retry;
	public static String save;
	public static String saveFailedTitle;
	public static String saveFirst;
	public static String saveFirstTitle;
	public static String saveTip;
	public static String statusEnded;
	public static String statusFrozen;
	public static String statusNext;
	public static String statusOverdue;
	public static String statusState;
	public static String statusNoName;
	public static String undo;
	public static String undoTip;
	public static String wayDigital;
	public static String wayPaper;
	public static String csvChoose;
	public static String csvTitle;
	public static String csvDialogTitle;
	public static String csvIntro;
	public static String csvFormat;
	public static String csvSchoolType;
	public static String csvMapping;
	public static String csvUnused;
	public static String csvNoFormat;
	public static String csvWriteFailed;
	public static String csvDone;
	public static String csvCreate;
	public static String yes;
	public static String no;
	public static String nextPeriodCreate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
