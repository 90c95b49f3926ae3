package nl.oppstudio.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** Dutch text of the diagrams ({@code messages.properties}): captions, details and alternative text. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String outflowCaption;
	public static String outflowNone;
	public static String goalsTitle;
	public static String goalsOf;
	public static String cycleTitle;
	public static String cycleOf;
	public static String noText;
	public static String criterion;
	public static String domain;
	public static String actionCaption;
	public static String levelOutflow;
	public static String levelLongTerm;
	public static String levelShortTerm;
	public static String actionAlt;
	public static String altItem;
	public static String altItemNumbered;
	public static String altState;
	public static String altOutflow;
	public static String partOf;
	public static String figureCaptionGoalsPart;
	public static String evaluationAchieved;
	public static String evaluationPartly;
	public static String evaluationNotAchieved;
	public static String evaluationOpen;
	public static String kindOther;
	public static String kindAanmelding;
	public static String kindOpstellen;
	public static String kindRegistratie;
	public static String kindVaststelling;
	public static String kindOndertekening;
	public static String kindStartgesprek;
	public static String kindVoortgangsgesprek;
	public static String kindEindgesprek;
	public static String kindEvaluatie;
	public static String deadlineRelative;
	public static String deadlineAfter;
	public static String deadlineBefore;
	public static String deadlineAfterPhase;
	public static String deadlineCalendar;
	public static String deadlinePeriodic;
	public static String deadlineNone;
	public static String deadlineAt;
	public static String deadlineEvery;
	public static String unitDay;
	public static String unitWeek;
	public static String unitMonth;
	public static String phaseNotApplicable;
	public static String responsible;
	public static String withParents;
	public static String phaseDone;
	public static String phaseDue;
	public static String stateDone;
	public static String stateDoneLate;
	public static String stateDueSoon;
	public static String stateOverdue;
	public static String statePlanned;
	public static String stateNotApplicable;
	public static String altPhase;
	public static String altCycleBack;
	public static String figureCaptionGoals;
	public static String figureCaptionCycle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
