package nl.oppstudio.document.rules;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of the law on documents ({@code messages.properties}). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String lawLateAdoption;
	public static String lawNotAdopted;
	public static String lawAdoptBy;
	public static String lawNoConsent;
	public static String lawPartialConsent;
	public static String lawConsentAfter;
	public static String lawNoOogo;
	public static String lawOogoAfter;
	public static String lawNoPupilView;
	public static String lawVsoDestination;
	public static String lawNoEvaluation;
	public static String lawNoCommissionAdvice;
	public static String lawCycleMoment;
	public static String lawNoRegistration;
	public static String lawNoThirdPartyConsent;
	public static String lawPartialConsentWithoutParts;
	public static String lawConsentLog;
	public static String lawConsentWithoutRole;
	public static String lawConsentByParentsOfAdult;
	public static String lawConsentByMinor;
	public static String lawConsentByPupilWithoutAge;
	public static String lawConsentByOther;
	public static String lawCommissionAdviceAfter;
	public static String lawCycleLate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
