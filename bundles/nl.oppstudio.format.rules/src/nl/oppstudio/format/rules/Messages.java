package nl.oppstudio.format.rules;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of the law on formats ({@code messages.properties}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String lawUitstroom;
	public static String lawOnderbouwing;
	public static String lawFactoren;
	public static String lawHandelingsdeel;
	public static String lawOuderinstemming;
	public static String lawHoorrecht;
	public static String lawOogo;
	public static String lawEvaluatie;
	public static String lawVaststelling;
	public static String lawVaststellingIntake;
	public static String lawStartdatum;
	public static String lawGeboortedatum;
	public static String lawCommissieAdvies;
	public static String lawRegistratie;
	public static String tagNeedsConsent;
	public static String tagNeedsOogo;
	public static String tagNeedsPupilView;
	public static String tagNeedsDates;
	public static String tagNeedsDate;
	public static String groeidocumentClaimsOpp;
	public static String lawFactNotRequired;
	public static String adopters;
	public static String checklistMet;
	public static String checklistNotMet;
	public static String checklistCannotTell;
	public static String checklistQuestion1;
	public static String checklistQuestion2;
	public static String checklistQuestion3;
	public static String checklistQuestion4;
	public static String checklistQuestion5;
	public static String checklistQuestion6;
	public static String checklistQuestion7;
	public static String checklistQuestion8;
	public static String checklistQuestion9;
	public static String checklistQuestion10;
	public static String checklistQuestion11;
	public static String checklistQuestion12;
	public static String checklistQuestion13;
	public static String checklistQuestion14;
	public static String checklistQuestion15;
	public static String checklistFactorsAll;
	public static String checklistFactorsMissing;
	public static String checklistFactorsRecent;
	public static String checklistFactorsRecentUnknown;
	public static String checklistOutflowMet;
	public static String checklistOutflowFreeText;
	public static String checklistOutflowNoReasoning;
	public static String checklistInclusionMet;
	public static String checklistInclusionNotMet;
	public static String checklistNeedsAll;
	public static String checklistNoNeeds;
	public static String checklistNeedsMissing;
	public static String checklistActionsMet;
	public static String checklistActionsNotMet;
	public static String checklistExtraMet;
	public static String checklistExtraUnknown;
	public static String checklistCareMet;
	public static String checklistCareNotMet;
	public static String checklistPagesMet;
	public static String checklistPagesTooMany;
	public static String checklistPagesUnknown;
	public static String checklistLanguage;
	public static String checklistVisualMet;
	public static String checklistVisualNotMet;
	public static String checklistVisualAfterBlock;
	public static String checklistVisualAtEnd;
	public static String checklistVisualHidden;
	public static String checklistJudgement;
	public static String checklistNoCycle;
	public static String checklistCycleMet;
	public static String checklistNoTimeline;
	public static String checklistNoResponsible;
	public static String checklistNoEvaluation;
	public static String checklistNoGoalLevels;
	public static String checklistGoalsUnderOutflow;
	public static String checklistGoalsOneTerm;
	public static String checklistParticipationMet;
	public static String checklistOogo;
	public static String checklistConsent;
	public static String checklistHoorrecht;
	public static String checklistLacking;
	public static String checklistTagged;
	public static String checklistGoalsBothTerms;

	public static String tag_uitstroomprofiel;
	public static String tag_onderbouwing;
	public static String tag_factoren;
	public static String tag_handelingsdeel;
	public static String tag_ouderinstemming;
	public static String tag_hoorrecht;
	public static String tag_evaluatie;
	public static String tag_oogo;
	public static String tag_vaststelling;
	public static String tag_afwijking_programma;
	public static String tag_vervangende_doelen;
	public static String tag_onderwijstijd;
	public static String tag_registratie;
	public static String tag_toestemming_derden;
	public static String tag_commissie_advies;
	public static String tag_behoeften;
	public static String tag_doelen;
	public static String tag_inclusie;
	public static String tag_samenwerking_zorg;
	public static String tag_ondertekening;
	public static String tag_contact;
	public static String tag_startdatum;
	public static String tag_geboortedatum;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
