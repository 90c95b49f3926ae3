package nl.oppstudio.format.dsl.validation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nl.oppstudio.format.model.DiagramState;
import nl.oppstudio.format.model.TextContrast;

/**
 * Colours of a diagram clause: which states each kind of diagram colours, the {@code #rrggbb} shape, and the
 * contrast of the text on a colour by the diagrams' own rule ({@link TextContrast}: dark or white text,
 * whichever contrasts more; at least 4.5:1 for normal text, WCAG 2.x success criterion 1.4.3).
 */
public final class DiagramColours {

	/** The only shape a colour may have: a hash and six hexadecimal digits. */
	public static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
	/** WCAG 2.x, success criterion 1.4.3 (contrast, minimum) for normal text. */
	public static final double MIN_CONTRAST = TextContrast.MIN_CONTRAST;

	/** The states a goals diagram colours: a goal's evaluation. */
	public static final Set<DiagramState> GOAL_STATES = java.util.Collections.unmodifiableSet(EnumSet.of(DiagramState.BEHAALD,
			DiagramState.DEELS, DiagramState.NIET_BEHAALD, DiagramState.NIET_GEEVALUEERD));
	/** The states a cycle diagram colours: a phase's place in time, as {@code opp due} tells it. */
	public static final Set<DiagramState> PHASE_STATES = java.util.Collections
			.unmodifiableSet(EnumSet.complementOf(EnumSet.copyOf(GOAL_STATES)));

	private DiagramColours() {
	}

	/** Whether {@code colour} is {@code #rrggbb}. */
	public static boolean valid(String colour) {
		return colour != null && COLOUR.matcher(colour).matches();
	}

	/** The contrast of the diagram's text (dark or white, whichever is better) on a valid {@code #rrggbb} colour. */
	public static double textContrast(String colour) {
		return TextContrast.best(Integer.parseInt(colour.substring(1), 16));
	}

	/**
	 * The same hue mixed with white, just light enough for the dark text to reach {@link #MIN_CONTRAST}; the
	 * colour itself when it already does.
	 */
	public static String lightened(String colour) {
		int rgb = Integer.parseInt(colour.substring(1), 16);
		for (int percent = 0; percent <= 100; percent++) {
			int mixed = mix(rgb, percent);
			if (TextContrast.contrast(TextContrast.DARK, mixed) >= MIN_CONTRAST) {
				return String.format(Locale.ROOT, "#%06x", mixed);
			}
		}
		return "#ffffff";
	}

	private static int mix(int rgb, int percentWhite) {
		int result = 0;
		for (int shift = 16; shift >= 0; shift -= 8) {
			int c = rgb >> shift & 0xff;
			int m = c + (255 - c) * percentWhite / 100;
			result |= m << shift;
		}
		return result;
	}

	/**
	 * What the designer probably meant by a colour that is not {@code #rrggbb}, or {@code null}: the hash
	 * added ({@code 2e7d32}), the short form written out ({@code #2e7} becomes {@code #22ee77}).
	 */
	public static String repaired(String colour) {
		if (colour == null) {
			return null;
		}
		String text = colour.strip();
		String hex = text.startsWith("#") ? text.substring(1) : text;
		if (hex.matches("[0-9a-fA-F]{6}")) {
			return "#" + hex.toLowerCase(Locale.ROOT);
		}
		if (hex.matches("[0-9a-fA-F]{3}")) {
			StringBuilder longer = new StringBuilder("#");
			for (char c : hex.toLowerCase(Locale.ROOT).toCharArray()) {
				longer.append(c).append(c);
			}
			return longer.toString();
		}
		return null;
	}

	/** A contrast ratio as the Dutch messages write it: one decimal with a comma ({@code 4,1}). */
	public static String ratio(double contrast) {
		return String.format(Locale.ROOT, "%.1f", Math.floor(contrast * 10) / 10).replace('.', ',');
	}
}
