package nl.oppstudio.document;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Dutch people write them, read as ISO ({@code 2025-09-12}): {@code 12-09-2025}, {@code 12/9/2025},
 * {@code 12.09.2025}, {@code 2025-09-12}, {@code 12 september 2025}, {@code 12 sept. 2025}, with or without a
 * weekday in front ({@code vrijdag 12 september 2025}). Used by the CSV import, by conversions between
 * format versions and by the Word import.
 */
public final class DutchDates {

	private static final List<DateTimeFormatter> NUMERIC = List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("d-M-uuuu"),
			strict("d/M/uuuu"), strict("d.M.uuuu"));
	private static final Pattern WRITTEN = Pattern.compile("(?:[a-z]+,?\\s+)?(\\d{1,2})\\s+([a-z]+)\\.?\\s+(\\d{4})");
	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("jan", 1),
			Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("febr", 2), Map.entry("maart", 3), Map.entry("mrt", 3),
			Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6),
			Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("augustus", 8), Map.entry("aug", 8),
			Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10),
			Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
			Map.entry("dec", 12));

	private DutchDates() {
	}

	/** The date as ISO {@code yyyy-MM-dd}, or {@code null} when the text is no (real) date. */
	public static String iso(String text) {
		if (text == null) {
			return null;
		}
		String date = text.strip();
		for (DateTimeFormatter format : NUMERIC) {
			try {
				return LocalDate.parse(date, format).toString();
			} catch (DateTimeParseException e) {
				// try the next way of writing a date
			}
		}
		String lower = Normalizer.normalize(date, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		Matcher written = WRITTEN.matcher(lower);
		if (written.matches() && MONTHS.containsKey(written.group(2))) {
			try {
				return LocalDate.of(Integer.parseInt(written.group(3)), MONTHS.get(written.group(2)),
						Integer.parseInt(written.group(1))).toString();
			} catch (DateTimeException e) {
				return null; // 31 februari
			}
		}
		return null;
	}

	/**
	 * A date shown in a known pattern first (a Word date control's {@code dd-MM-yyyy}, letters as Word and
	 * Java share them), else as {@link #iso(String)} reads it.
	 */
	public static String iso(String text, String pattern) {
		if (text != null && pattern != null && !pattern.isBlank()) {
			try {
				return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.forLanguageTag("nl"))
						.withResolverStyle(ResolverStyle.STRICT)).toString();
			} catch (IllegalArgumentException | DateTimeParseException e) {
				// not in its own pattern, or a pattern Java does not know: the usual ways
			}
		}
		return iso(text);
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}
}
