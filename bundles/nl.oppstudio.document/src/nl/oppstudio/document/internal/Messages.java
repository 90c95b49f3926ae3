package nl.oppstudio.document.internal;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of document validation ({@code messages.properties}). */
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
	public static String lawLateAdoption;
	public static String lawNotAdopted;
	public static String lawAdoptBy;
	public static String lawNoConsent;
	public static String lawPartialConsent;
	public static String lawPartialConsentWithoutParts;
	public static String lawConsentLog;
	public static String lawConsentWithoutRole;
	public static String lawConsentByParentsOfAdult;
	public static String lawConsentByMinor;
	public static String lawConsentByPupilWithoutAge;
	public static String lawConsentByOther;
	public static String lawCommissionAdviceAfter;
	public static String lawCycleLate;
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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
