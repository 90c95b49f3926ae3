package nl.oppstudio.document.internal;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of the document step: validation, the lifecycle, the labels of slots ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String required;
	public static String documentUnreadable;
	public static String noFormatBeside;
	public static String formatHasErrors;
	public static String invalidDate;
	public static String unknownOption;
	public static String unknownContent;
	public static String invalidNumber;
	public static String outOfRange;
	public static String invalidYesNo;
	public static String tooLong;
	public static String tooFewRows;
	public static String tooManyRows;
	public static String lifecycleNotNext;
	public static String csvMissing;
	public static String csvUnreadable;
	public static String csvEmpty;
	public static String csvUnclosedQuote;
	public static String csvColumn;
	public static String csvDuplicateHeader;
	public static String csvTooManyCells;
	public static String csvNoSuchColumn;
	public static String csvNoSuchField;
	public static String csvNameNotMapped;
	public static String csvBadValue;
	public static String csvNoName;
	public static String csvExpectDate;
	public static String csvExpectNumber;
	public static String csvExpectYesNo;
	public static String csvExpectOption;
	public static String nextPeriodNotEvaluated;
	public static String nextPeriodBrokenLog;
	public static String nextPeriodMark;
	public static String nextPeriodLogRemark;
	public static String lifecycleAdopterRole;
	public static String lifecycleConsentBeforeRound;
	public static String lifecycleNoConsent;
	public static String lifecycleConsentRefused;
	public static String lifecycleAdoptionError;
	public static String lifecycleAdoptionErrors;
	public static String lifecycleMoreErrors;
	public static String lifecycleUnknownDecision;
	public static String lifecycleUnknownWay;
	public static String lifecyclePartsMissing;
	public static String lifecycleEnded;
	public static String lifecycleFrozen;
	public static String lifecyclePartialRemark;
	public static String lifecycleWhoAndRole;
	public static String lifecycleParentsOfAdult;
	public static String lifecycleMinorPupil;
	public static String lifecyclePupilOfUnknownAge;
	public static String lifecycleNotAParty;
	public static String logOutOfPlace;
	public static String logChanged;
	public static String logOutOfOrder;
	public static String logUnknownState;
	public static String logContentChanged;
	public static String slotAgreed;
	public static String slotNotAgreed;
	public static String slotPartlyAgreed;
	public static String slotOnPaper;
	public static String slotDigital;
	public static String slotPromoting;
	public static String slotHindering;
	public static String slotOutflowLevel;
	public static String slotOutflowDestination;
	public static String slotReasoning;
	public static String slotActions;
	public static String slotActor;
	public static String slotAction;
	public static String slotCriterion;
	public static String slotGoalDomain;
	public static String slotGoalEvaluation;
	public static String slotGoalAchieved;
	public static String slotGoalPartly;
	public static String slotGoalNotAchieved;
	public static String goalsMissing;
	public static String goalMoveAction;
	public static String oldGoalsFailed;
	public static String slotPupilView;
	public static String slotDiscussedOn;
	public static String slotOogoDate;
	public static String slotOogoReport;
	public static String slotSignedBy;
	public static String slotSignedOn;
	public static String slotName;
	public static String slotRole;
	public static String slotOrganisation;
	public static String slotContact;
	public static String slotDecision;
	public static String slotDate;
	public static String slotWay;
	public static String slotRemark;
	public static String slotAgreedParts;
	public static String slotReportReference;
	public static String slotThirdPartyConsent;
	public static String slotThirdPartyConsentDate;
	public static String slotNeedsPupil;
	public static String slotNeedsTeachers;
	public static String slotNeedsParents;
	public static String slotActorPupil;
	public static String slotActorSchool;
	public static String slotActorParents;
	public static String slotActorCare;
	public static String slotActorTeachers;

	public static String exampleOneValueNoPlace;
	public static String exampleValuesNoPlace;
	public static String exampleNoPlaceFor;
	public static String exampleDoesNotFit;
	public static String lockHeldBy;
	public static String anonymousName;
	public static String anonymousContact;
	public static String anonymousBirth;
	public static String anonymousInText;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
