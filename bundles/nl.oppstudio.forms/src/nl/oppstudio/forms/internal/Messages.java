package nl.oppstudio.forms.internal;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of forms ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String editValue;
	public static String generalPage;
	public static String noRenderer;
	public static String counter;
	public static String valueAtLimit;
	public static String datePattern;
	public static String datePick;
	public static String datePickTip;
	public static String dateInvalid;
	public static String ok;
	public static String cancel;
	public static String numberBetween;
	public static String numberAtLeast;
	public static String numberAtMost;
	public static String yes;
	public static String no;
	public static String clear;
	public static String clearTip;
	public static String levelLrv;
	public static String levelDle;
	public static String levelFunctioning;
	public static String levelReference;
	public static String adviceText;
	public static String browse;
	public static String rowAdd;
	public static String rowAddTip;
	public static String rowRemove;
	public static String rowUp;
	public static String rowUpTip;
	public static String rowDown;
	public static String rowDownTip;
	public static String rowCopy;
	public static String rowCopyTip;
	public static String rowPaste;
	public static String rowPasteTip;
	public static String pagesName;
	public static String problemsName;
	public static String problemSeverity;
	public static String problemWhere;
	public static String problemMessage;
	public static String wholeDocument;
	public static String pageErrors;
	public static String pageWarnings;
	public static String pageComplete;
	public static String pageNotRequired;
	public static String pageHidden;
	public static String noProblems;
	public static String problemCount;
	public static String problemCountInfo;
	public static String factorsPromoting;
	public static String factorsHindering;
	public static String goalsEmpty;
	public static String goalsAddGoal;
	public static String goalsAddGoalTip;
	public static String goalsAddSubGoal;
	public static String goalsAddSubGoalTip;
	public static String goalsGoal;
	public static String goalsAction;
	public static String goalsActionOf;
	public static String goalsNewAction;
	public static String goalsNoActor;
	public static String goalsAddAction;
	public static String goalsAddActionTip;
	public static String goalsRemove;
	public static String goalsRemoveTip;
	public static String goalsUp;
	public static String goalsUpTip;
	public static String goalsDown;
	public static String goalsDownTip;
	public static String goalsHint;
	public static String goalsActorHint;
	public static String goalsCount;
	public static String cyclePhase;
	public static String cycleKind;
	public static String cycleWho;
	public static String cycleDate;
	public static String cycleDeadline;
	public static String cycleReference;
	public static String cycleDue;
	public static String cycleNext;
	public static String cycleRecommended;
	public static String cycleOverdue;
	public static String cycleDoneLate;
	public static String cycleDone;
	public static String cycleDoneInTime;
	public static String cycleNoDeadline;
	public static String cycleNotApplicable;
	public static String cycleUnknown;
	public static String cycleUnknownTip;
	public static String cycleWithParents;
	public static String cycleKindOther;
	public static String cycleKindAanmelding;
	public static String cycleKindOpstellen;
	public static String cycleKindRegistratie;
	public static String cycleKindVaststelling;
	public static String cycleKindOndertekening;
	public static String cycleKindStartgesprek;
	public static String cycleKindVoortgangsgesprek;
	public static String cycleKindEindgesprek;
	public static String cycleKindEvaluatie;
	public static String signaturesParty;
	public static String signaturesName;
	public static String signaturesDate;
	public static String outflowAdviceTitle;
	public static String outflowAdviceNote;
	public static String outflowAdviceNone;
	public static String outflowAdviceLine;
	public static String outflowAdviceLineIn;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
