package nl.oppstudio.pdf.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which characters each bundled font family can draw. FOP draws '#' for a character its font lacks and
 * does not fall back for characters outside the Basic Multilingual Plane (most emoji), so the FO
 * writer chooses the font itself: a run the house style's family lacks is set in the first fallback
 * that has it, and a character no font has becomes U+FFFD (a visible replacement mark), reported.
 */
public final class GlyphCoverage {

	/** What replaces a character that no bundled font has. */
	public static final int REPLACEMENT = 0xFFFD;

	private final Map<String, Font> regularFaces;

	private GlyphCoverage(Map<String, Font> regularFaces) {
		this.regularFaces = regularFaces;
	}

	/** Reads the regular face of every family: its other faces cover the same characters. */
	public static GlyphCoverage load() {
		Map<String, Font> faces = new LinkedHashMap<>();
		for (BundledFonts.Face face : BundledFonts.FACES) {
			if (!faces.containsKey(face.family()) && "normal".equals(face.style()) && "normal".equals(face.weight())) {
				try (InputStream in = BundledFonts.open(face.path())) {
					if (in != null) {
						faces.put(face.family(), Font.createFont(Font.TRUETYPE_FONT, in));
					}
				} catch (IOException | FontFormatException e) {
					// a font that cannot be read covers nothing; FOP reports it when it renders
				}
			}
		}
		return new GlyphCoverage(Map.copyOf(faces));
	}

	/** Whether the family draws the character. */
	public boolean covers(String family, int codePoint) {
		Font font = regularFaces.get(family);
		return font != null && font.canDisplay(codePoint);
	}

	/**
	 * The family to set the character in: {@code null} when {@code primary} has it, else the first
	 * fallback family that has it, else {@code ""}.
	 */
	public String familyFor(int codePoint, String primary) {
		if (codePoint < 0x250 || covers(primary, codePoint)) {
			return null;
		}
		for (String fallback : BundledFonts.FALLBACK_FAMILIES) {
			if (!fallback.equals(primary) && covers(fallback, codePoint)) {
				return fallback;
			}
		}
		return "";
	}

	/** Invisible characters that shape emoji: without a colour emoji font they only get in the way. */
	static boolean ignorable(int codePoint) {
		return codePoint == 0x200D || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
				|| (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) || (codePoint >= 0xE0020 && codePoint <= 0xE007F);
	}
}
