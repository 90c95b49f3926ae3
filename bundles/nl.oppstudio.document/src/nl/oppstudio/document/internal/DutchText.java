package nl.oppstudio.document.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;

/** Binds a message's arguments as Dutch readers write them: dates as dd-mm-jjjj. */
public final class DutchText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private DutchText() {
	}

	/** {@link NLS#bind(String, Object[])}, with every {@link LocalDate} written dd-mm-jjjj. */
	public static String bind(String message, Object... arguments) {
		Object[] shown = arguments.clone();
		for (int i = 0; i < shown.length; i++) {
			if (shown[i] instanceof LocalDate date) {
				shown[i] = date.format(DAY);
			}
		}
		return NLS.bind(message, shown);
	}
}
