package nl.oppstudio.format.dsl.validation;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.validation.Check;

import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.FieldType;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatPackage.Literals;
import nl.oppstudio.format.model.Section;

/** The quality checks of a format: identity, version and unambiguous names. */
public class FormatValidator extends AbstractFormatValidator {

	/** Format ids end up in document namespaces and file names. */
	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
	/** Semantic version, optionally with a pre-release part (1.0.0, 2.1.0-concept). */
	private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?");

	@Check
	public void checkIdentity(Format format) {
		if (format.getId() != null && !ID.matcher(format.getId()).matches()) {
			error(NLS.bind(Messages.invalidId, format.getId()), Literals.FORMAT__ID, FormatIssueCodes.INVALID_ID);
		}
		if (format.getVersion() != null && !SEMVER.matcher(format.getVersion()).matches()) {
			error(NLS.bind(Messages.invalidVersion, format.getVersion()), Literals.FORMAT__VERSION,
					FormatIssueCodes.INVALID_VERSION);
		}
		if (format.getSections().isEmpty()) {
			warning(Messages.noSections, Literals.FORMAT__ID, FormatIssueCodes.NO_SECTIONS);
		}
	}

	@Check
	public void checkSectionNamesUnique(Format format) {
		Set<String> seen = new HashSet<>();
		for (Section section : format.getSections()) {
			if (section.getName() != null && !seen.add(section.getName())) {
				error(NLS.bind(Messages.duplicateSection, section.getName()), section, Literals.ELEMENT__NAME,
						FormatIssueCodes.DUPLICATE_SECTION);
			}
		}
	}

	@Check
	public void checkSection(Section section) {
		if (section.getFields().isEmpty()) {
			warning(NLS.bind(Messages.emptySection, section.getName()), Literals.ELEMENT__NAME,
					FormatIssueCodes.EMPTY_SECTION);
		}
		Set<String> seen = new HashSet<>();
		for (Field field : section.getFields()) {
			if (field.getName() != null && !seen.add(field.getName())) {
				error(NLS.bind(Messages.duplicateField, field.getName(), section.getName()), field,
						Literals.ELEMENT__NAME, FormatIssueCodes.DUPLICATE_FIELD);
			}
		}
	}

	@Check
	public void checkOptions(Field field) {
		if (field.getType() == FieldType.CHOICE) {
			if (field.getOptions().isEmpty()) {
				error(NLS.bind(Messages.choiceWithoutOptions, field.getName()), Literals.FIELD__TYPE,
						FormatIssueCodes.CHOICE_WITHOUT_OPTIONS);
			}
		} else if (!field.getOptions().isEmpty()) {
			error(NLS.bind(Messages.optionsOnNonChoice, field.getName()), Literals.FIELD__OPTIONS, 0,
					FormatIssueCodes.OPTIONS_ON_NON_CHOICE);
		}
		Set<String> codes = new HashSet<>();
		for (ChoiceOption option : field.getOptions()) {
			if (option.getCode() != null && !codes.add(option.getCode())) {
				error(NLS.bind(Messages.duplicateOption, option.getCode(), field.getName()), option,
						Literals.CHOICE_OPTION__CODE, FormatIssueCodes.DUPLICATE_OPTION);
			}
		}
	}
}
