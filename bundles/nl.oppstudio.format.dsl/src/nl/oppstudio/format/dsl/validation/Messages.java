package nl.oppstudio.format.dsl.validation;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of the format checker ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String invalidId;
	public static String invalidVersion;
	public static String unknownKind;
	public static String noMembers;
	public static String emptyContainer;
	public static String duplicateName;
	public static String duplicateOption;
	public static String choiceWithoutOptions;
	public static String optionSchoolType;
	public static String invalidRange;
	public static String invalidDate;
	public static String baseCycle;
	public static String consentTarget;
	public static String conditionType;
	public static String conditionNotBoolean;
	public static String conditionOrder;
	public static String conditionUnknownOption;
	public static String conditionCycle;
	public static String neverVisible;
	public static String legalTagType;
	public static String legalTagOnPhase;
	public static String adoptionRole;
	public static String recurringOneOffPhase;
	public static String phasePartOrder;
	public static String syntaxUnclosedBlock;
	public static String syntaxBlockAt;
	public static String syntaxBlock;
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
	public static String unknownBase;
	public static String phaseOrder;
	public static String unknownField;
	public static String unknownElement;
	public static String unknownPhase;
	public static String unknownBaseNear;
	public static String unknownFieldNear;
	public static String unknownElementNear;
	public static String unknownExtractElementNear;
	public static String unknownPhaseNear;
	public static String optionWithoutQuotes;
	public static String reservedWord;
	public static String unknownExtractElement;
	public static String invalidColour;
	public static String unknownFont;
	public static String fontSize;
	public static String margin;
	public static String logoWithoutText;
	public static String logoMissing;
	public static String logoUnreadable;
	public static String logoNotImage;
	public static String logoAbsolute;
	public static String logoOutside;
	public static String logoScript;
	public static String logoExternal;
	public static String logoDoctype;
	public static String duplicateDeclaration;
	public static String emptyExtract;
	public static String duplicateExtractElement;
	public static String extractInRepeatingGroup;
	public static String extractWithoutTitle;
	public static String signaturesWithoutParty;
	public static String signaturesWithoutMoment;
	public static String duplicateParty;
	public static String duplicateMoment;
	public static String diagramInvalidColour;
	public static String diagramGoalStateInCycle;
	public static String diagramPhaseStateInGoals;
	public static String diagramGoalsOnly;
	public static String diagramLevelMissing;
	public static String diagramActionsMissing;
	public static String diagramOutflowMissing;
	public static String diagramDuplicateColour;
	public static String diagramDuplicateLevel;
	public static String diagramLowContrast;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
