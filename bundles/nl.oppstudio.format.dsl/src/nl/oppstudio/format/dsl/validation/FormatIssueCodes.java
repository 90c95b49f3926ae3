package nl.oppstudio.format.dsl.validation;

import nl.oppstudio.format.rules.LegalMinimum;

/** Stable codes of the problems the format checker reports; tests and quick fixes refer to them. */
public final class FormatIssueCodes {

	private static final String PREFIX = "nl.oppstudio.format.";

	public static final String SYNTAX = PREFIX + "syntax";
	/** A keyword written where a name belongs; issue data: a name to use instead. */
	public static final String RESERVED_WORD = PREFIX + "reservedWord";
	/** A name that points at nothing, with a near existing one; issue data: that path. */
	public static final String UNKNOWN_NAME_SUGGESTION = PREFIX + "unknownNameSuggestion";
	public static final String INVALID_ID = PREFIX + "invalidId";
	public static final String INVALID_VERSION = PREFIX + "invalidVersion";
	public static final String UNKNOWN_KIND = PREFIX + "unknownKind";
	public static final String NO_MEMBERS = PREFIX + "noMembers";
	public static final String EMPTY_CONTAINER = PREFIX + "emptyContainer";
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
	public static final String DUPLICATE_OPTION = PREFIX + "duplicateOption";
	public static final String CHOICE_WITHOUT_OPTIONS = PREFIX + "choiceWithoutOptions";
	public static final String OPTION_SCHOOL_TYPE = PREFIX + "optionSchoolType";
	public static final String INVALID_RANGE = PREFIX + "invalidRange";
	public static final String INVALID_DATE = PREFIX + "invalidDate";
	public static final String BASE_CYCLE = PREFIX + "baseCycle";
	public static final String CONSENT_TARGET = PREFIX + "consentTarget";
	public static final String CONDITION_TYPE = PREFIX + "conditionType";
	public static final String CONDITION_UNKNOWN_OPTION = PREFIX + "conditionUnknownOption";
	public static final String CONDITION_CYCLE = PREFIX + "conditionCycle";
	public static final String NEVER_VISIBLE = PREFIX + "neverVisible";
	public static final String PHASE_ORDER = PREFIX + "phaseOrder";
	public static final String INVALID_COLOUR = PREFIX + "invalidColour";
	public static final String UNKNOWN_FONT = PREFIX + "unknownFont";
	public static final String FONT_SIZE = PREFIX + "fontSize";
	public static final String MARGIN = PREFIX + "margin";
	public static final String LOGO_WITHOUT_TEXT = PREFIX + "logoWithoutText";
	public static final String LOGO_MISSING = PREFIX + "logoMissing";
	public static final String LOGO_NOT_IMAGE = PREFIX + "logoNotImage";
	public static final String LOGO_ABSOLUTE = PREFIX + "logoAbsolute";
	public static final String LOGO_OUTSIDE = PREFIX + "logoOutside";
	public static final String LOGO_UNSAFE = PREFIX + "logoUnsafe";
	public static final String DUPLICATE_DECLARATION = PREFIX + "duplicateDeclaration";
	public static final String EMPTY_EXTRACT = PREFIX + "emptyExtract";
	public static final String DUPLICATE_EXTRACT_ELEMENT = PREFIX + "duplicateExtractElement";
	public static final String EXTRACT_IN_REPEATING_GROUP = PREFIX + "extractInRepeatingGroup";
	public static final String EXTRACT_WITHOUT_TITLE = PREFIX + "extractWithoutTitle";
	public static final String SIGNATURES_WITHOUT_PARTY = PREFIX + "signaturesWithoutParty";
	public static final String SIGNATURES_WITHOUT_MOMENT = PREFIX + "signaturesWithoutMoment";
	/** A diagram colour not in #rrggbb form; issue data: the colour meant, when it can be told (#2e7 → #22ee77). */
	public static final String DIAGRAM_INVALID_COLOUR = PREFIX + "diagramInvalidColour";
	/** A goal's state coloured in a cycle diagram, or a phase's state in a goals diagram. */
	public static final String DIAGRAM_STATE_KIND = PREFIX + "diagramStateKind";
	/** {@code richting} or {@code toon} in the diagram of a cycle (they are about the goal hierarchy). */
	public static final String DIAGRAM_GOALS_ONLY = PREFIX + "diagramGoalsOnly";
	/** A level shown that the goals block does not have. */
	public static final String DIAGRAM_LEVEL_MISSING = PREFIX + "diagramLevelMissing";
	/** A state coloured twice, or a level shown twice, in one diagram clause. */
	public static final String DIAGRAM_DUPLICATE = PREFIX + "diagramDuplicate";
	/** Black text on the colour stays under 4.5:1 (WCAG); issue data: a lighter colour of the same hue that reaches it. */
	public static final String DIAGRAM_LOW_CONTRAST = PREFIX + "diagramLowContrast";
	/**
	 * Prefix of the legal-minimum codes: {@code nl.oppstudio.format.law.<requirement>}; the law on formats
	 * ({@link LegalMinimum}, bundle nl.oppstudio.format.rules) owns them, the values never change.
	 */
	public static final String LAW = LegalMinimum.LAW;
	/** A vaststelling phase counted from the intake, not from inschrijving or plaatsing; has a quick fix. */
	public static final String LAW_ADOPTION_FROM_INTAKE = LegalMinimum.ADOPTION_FROM_INTAKE;
	public static final String LEGAL_TAG_TYPE = PREFIX + "legalTagType";
	public static final String ADOPTION_ROLE = PREFIX + "adoptionRole";
	public static final String RECURRING_ONE_OFF_PHASE = PREFIX + "recurringOneOffPhase";
	public static final String GROEIDOCUMENT_CLAIMS_OPP = LegalMinimum.GROEIDOCUMENT_CLAIMS_OPP;

	private FormatIssueCodes() {
	}
}
