package nl.oppstudio.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.ChoiceOption;

/** What a reader sees for a stored value: option labels for codes, Dutch dates, Ja/Nee. */
public final class DisplayValues {

	private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("nl"));

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private DisplayValues() {
	}

	/** A date as Dutch messages write it: dd-mm-jjjj (the one place this pattern is defined for messages). */
	public static String day(LocalDate date) {
		return date.format(DAY);
	}

	/** The value as shown in a PDF or a form, or {@code null} when nothing is filled in. */
	public static String of(Leaf leaf, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (leaf.kind()) {
		case CHOICE -> optionLabel(leaf, value.strip());
		case MULTIPLE_CHOICE -> String.join(", ",
				Arrays.stream(value.split(",")).map(code -> optionLabel(leaf, code.strip())).toList());
		case YES_NO -> "ja".equals(value.strip()) ? "Ja" : "nee".equals(value.strip()) ? "Nee" : value;
		case DATE -> {
			try {
				yield LocalDate.parse(value.strip()).format(DUTCH_DATE);
			} catch (DateTimeParseException e) {
				yield value;
			}
		}
		default -> value;
		};
	}

	private static String optionLabel(Leaf leaf, String code) {
		return leaf.options().stream().filter(option -> code.equals(option.getCode())).map(ChoiceOption::getLabel)
				.filter(label -> label != null).findFirst().orElse(code);
	}
}
