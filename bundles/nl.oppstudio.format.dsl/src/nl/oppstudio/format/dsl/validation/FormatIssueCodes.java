package nl.oppstudio.format.dsl.validation;

/** Stable codes of the problems the format checker reports; tests and quick fixes refer to them. */
public final class FormatIssueCodes {

	private static final String PREFIX = "nl.oppstudio.format.";

	public static final String SYNTAX = PREFIX + "syntax";
	public static final String INVALID_ID = PREFIX + "invalidId";
	public static final String INVALID_VERSION = PREFIX + "invalidVersion";
	public static final String DUPLICATE_SECTION = PREFIX + "duplicateSection";
	public static final String DUPLICATE_FIELD = PREFIX + "duplicateField";
	public static final String DUPLICATE_OPTION = PREFIX + "duplicateOption";
	public static final String CHOICE_WITHOUT_OPTIONS = PREFIX + "choiceWithoutOptions";
	public static final String OPTIONS_ON_NON_CHOICE = PREFIX + "optionsOnNonChoice";
	public static final String EMPTY_SECTION = PREFIX + "emptySection";
	public static final String NO_SECTIONS = PREFIX + "noSections";

	private FormatIssueCodes() {
	}
}
