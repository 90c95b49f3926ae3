package nl.oppstudio.format.dsl.ide.quickfix;

import org.eclipse.osgi.util.NLS;

/** The Dutch titles of the quick fixes ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String semanticVersion;
	public static String slugId;
	public static String knownKind;
	public static String nearestName;
	public static String otherName;
	public static String addHoorrecht;
	public static String addOogo;
	public static String addFactors;
	public static String addEvaluation;
	public static String addAdoption;
	public static String adoptionFromEnrolment;
	public static String addStartDate;
	public static String addBirthDate;
	public static String addCommissionAdvice;
	public static String addRegistration;
	public static String diagramColour;
	public static String lighterColour;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
