package nl.oppstudio.document;

import java.math.BigDecimal;
import java.util.Locale;

import nl.oppstudio.document.SchemaNode.ValueKind;

/**
 * How a stored value becomes a value of another kind when a format version changes a field's type:
 * text to long text and back as it is; text to a date, a number or ja/nee when it reads as one (Dutch
 * ways of writing included); anything else only when it already fits.
 */
public final class Conversions {

	private Conversions() {
	}

	/** The value for a leaf of {@code kind}, or {@code null} when it cannot be one. */
	public static String convert(String value, ValueKind kind) {
		String text = value.strip();
		return switch (kind) {
		case TEXT, LONG_TEXT, ATTACHMENT, LEVEL, CHOICE, MULTIPLE_CHOICE -> value;
		case DATE -> date(text);
		case NUMBER -> number(text);
		case YES_NO -> switch (text.toLowerCase(Locale.ROOT)) {
			case "ja", "j", "yes", "true", "waar" -> "ja";
			case "nee", "n", "no", "false", "onwaar" -> "nee";
			default -> null;
			};
		};
	}

	/** Whether a value of one kind can become the other (perhaps not every value). */
	public static boolean convertible(ValueKind from, ValueKind to) {
		boolean textual = from == ValueKind.TEXT || from == ValueKind.LONG_TEXT;
		return from == to || textual && to != ValueKind.CHOICE && to != ValueKind.MULTIPLE_CHOICE;
	}

	/** Whether every value of one kind fits the other as it is. */
	public static boolean lossless(ValueKind from, ValueKind to) {
		return from == to || (from == ValueKind.TEXT && to == ValueKind.LONG_TEXT)
				|| (from == ValueKind.CHOICE && to == ValueKind.MULTIPLE_CHOICE);
	}

	private static String date(String text) {
		return DutchDates.iso(text);
	}

	private static String number(String text) {
		try {
			return new BigDecimal(text.replace("%", "").replace(',', '.').strip()).toPlainString();
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
