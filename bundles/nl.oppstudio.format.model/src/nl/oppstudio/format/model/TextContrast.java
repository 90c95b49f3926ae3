package nl.oppstudio.format.model;

/**
 * The one rule for text on a diagram's fill colour, used by the diagrams (which draw the text) and by the
 * format validator (which warns): the text is near-black or white, whichever contrasts more with the fill
 * (WCAG 2.x contrast ratio from relative luminance); a fill is readable when that best contrast is at least
 * {@link #MIN_CONTRAST}, success criterion 1.4.3 (contrast, minimum) for normal text.
 */
public final class TextContrast {

	/** The dark text colour, 0xRRGGBB. */
	public static final int DARK = 0x1a1a1a;
	/** The light text colour, 0xRRGGBB. */
	public static final int WHITE = 0xffffff;
	/** WCAG 2.x, success criterion 1.4.3: "a contrast ratio of at least 4.5:1" for normal text. */
	public static final double MIN_CONTRAST = 4.5;

	private TextContrast() {
	}

	/** The text colour on {@code fill}: {@link #DARK} or {@link #WHITE}, whichever contrasts more. */
	public static int textOn(int fill) {
		return contrast(DARK, fill) >= contrast(WHITE, fill) ? DARK : WHITE;
	}

	/** The contrast of the text {@link #textOn} picks with {@code fill} (1 to 21). */
	public static double best(int fill) {
		return contrast(textOn(fill), fill);
	}

	/** Whether dark or white text reaches {@link #MIN_CONTRAST} on {@code fill}. */
	public static boolean readable(int fill) {
		return best(fill) >= MIN_CONTRAST;
	}

	/** The WCAG contrast ratio of two colours 0xRRGGBB (1 to 21). */
	public static double contrast(int a, int b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	/** WCAG relative luminance of 0xRRGGBB. */
	public static double luminance(int rgb) {
		return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}
