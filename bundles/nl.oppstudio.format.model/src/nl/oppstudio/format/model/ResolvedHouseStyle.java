package nl.oppstudio.format.model;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The house style a format's documents are printed in, after inheritance and defaults
 * ({@link Formats#houseStyle(Format)}): every value is filled in, except the logo, which may be absent.
 *
 * @param logo         the logo file, resolved against the folder of the format that names it; {@code null}
 *                     when no format in the chain names one, or the format has no file location. The file
 *                     may not exist or not be an image: the checker warns, a renderer should leave it out
 *                     (see {@link ImageFormat#detect(Path)})
 * @param logoText     the logo's alternative text (PDF/UA), {@code null} exactly when {@code logo} is
 * @param colour       the accent colour of headings and rules, {@code #rrggbb}
 * @param fontFamily   one of {@link #FONT_FAMILIES}
 * @param fontSize     body text size in points
 * @param marginLeft   page margin in millimetres
 * @param marginRight  page margin in millimetres
 * @param marginTop    page margin in millimetres
 * @param marginBottom page margin in millimetres
 */
public record ResolvedHouseStyle(Path logo, String logoText, String colour, String fontFamily, BigDecimal fontSize,
		BigDecimal marginLeft, BigDecimal marginRight, BigDecimal marginTop, BigDecimal marginBottom) {

	/** The font families the PDF embeds; a format can only choose one of these. */
	public static final List<String> FONT_FAMILIES = List.of("DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono");

	public static final String DEFAULT_COLOUR = "#1f4e79";
	public static final String DEFAULT_FONT_FAMILY = "DejaVu Sans";
	public static final BigDecimal DEFAULT_FONT_SIZE = BigDecimal.TEN;
	public static final BigDecimal DEFAULT_MARGIN_LEFT = BigDecimal.valueOf(20);
	public static final BigDecimal DEFAULT_MARGIN_RIGHT = BigDecimal.valueOf(20);
	public static final BigDecimal DEFAULT_MARGIN_TOP = BigDecimal.valueOf(12);
	public static final BigDecimal DEFAULT_MARGIN_BOTTOM = BigDecimal.valueOf(12);

	/** Allowed font sizes in points, inclusive. */
	public static final BigDecimal MIN_FONT_SIZE = BigDecimal.valueOf(6);
	public static final BigDecimal MAX_FONT_SIZE = BigDecimal.valueOf(20);
	/** Allowed margins in millimetres, inclusive. */
	public static final BigDecimal MIN_MARGIN = BigDecimal.valueOf(5);
	public static final BigDecimal MAX_MARGIN = BigDecimal.valueOf(50);

	/** The house style of a format that declares none and has no base that does. */
	public static final ResolvedHouseStyle DEFAULT = new ResolvedHouseStyle(null, null, DEFAULT_COLOUR,
			DEFAULT_FONT_FAMILY, DEFAULT_FONT_SIZE, DEFAULT_MARGIN_LEFT, DEFAULT_MARGIN_RIGHT, DEFAULT_MARGIN_TOP,
			DEFAULT_MARGIN_BOTTOM);

	/** {@code true} when a logo is named (whether or not its file is there). */
	public boolean hasLogo() {
		return logo != null;
	}
}
