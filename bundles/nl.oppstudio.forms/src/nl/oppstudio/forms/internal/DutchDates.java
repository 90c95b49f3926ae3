package nl.oppstudio.forms.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as schools write them (dd-mm-jjjj) and as documents store them (ISO, jjjj-mm-dd). */
public final class DutchDates {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");
	private static final Pattern DUTCH = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

	private DutchDates() {
	}

	/** The stored date as shown (dd-mm-jjjj); what is not an ISO date is shown as it is. */
	public static String shown(String stored) {
		if (stored == null) {
			return "";
		}
		try {
			return LocalDate.parse(stored.strip()).format(SHOWN);
		} catch (DateTimeParseException e) {
			return stored;
		}
	}

	/** The date typed (d-m-jjjj, dd/mm/jjjj, dd.mm.jjjj or ISO), or {@code null} when it is no date. */
	public static LocalDate parse(String typed) {
		String text = typed == null ? "" : typed.strip();
		Matcher matcher = DUTCH.matcher(text);
		try {
			if (matcher.matches()) {
				return LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(1)));
			}
			return LocalDate.parse(text);
		} catch (java.time.DateTimeException e) {
			return null;
		}
	}
}
