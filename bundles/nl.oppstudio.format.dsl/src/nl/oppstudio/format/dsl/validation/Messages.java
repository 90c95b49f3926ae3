package nl.oppstudio.format.dsl.validation;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of the format checker ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String invalidId;
	public static String invalidVersion;
	public static String duplicateSection;
	public static String duplicateField;
	public static String duplicateOption;
	public static String choiceWithoutOptions;
	public static String optionsOnNonChoice;
	public static String emptySection;
	public static String noSections;

	public static String syntaxMismatched;
	public static String syntaxMissing;
	public static String syntaxExtraneous;
	public static String syntaxNoViableAlternative;
	public static String syntaxLoop;
	public static String syntaxMismatchedCharacter;
	public static String syntaxUnexpectedCharacter;
	public static String syntaxUnterminatedString;
	public static String syntaxOther;
	public static String tokenEof;
	public static String tokenId;
	public static String tokenString;
	public static String tokenInt;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
