package nl.oppstudio.document.internal;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.DisplayValues;

/** Binds a message's arguments as Dutch readers write them: dates as dd-mm-jjjj. */
public final class DutchText {

	private DutchText() {
	}

	/** {@link NLS#bind(String, Object[])}, with every {@link LocalDate} written dd-mm-jjjj. */
	public static String bind(String message, Object... arguments) {
		Object[] shown = arguments.clone();
		for (int i = 0; i < shown.length; i++) {
			if (shown[i] instanceof LocalDate date) {
				shown[i] = DisplayValues.day(date);
			}
		}
		return NLS.bind(message, shown);
	}
}
