package nl.oppstudio.pdf.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which characters the bundled fonts can draw. FOP draws '#' for a character no font has; we replace
 * it beforehand by U+FFFD (a visible replacement mark) and report it, and drop invisible joiners and
 * variation selectors that only matter to colour emoji.
 */
public final class GlyphCoverage {

	/** What replaces a character that no bundled font has. */
	public static final int REPLACEMENT = 0xFFFD;

	private final List<Font> fonts;

	private GlyphCoverage(List<Font> fonts) {
		this.fonts = fonts;
	}

	/** Reads the regular face of every family: the other faces cover the same characters. */
	public static GlyphCoverage load() {
		List<Font> fonts = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (BundledFonts.Face face : BundledFonts.FACES) {
			if (seen.add(face.path()) && "normal".equals(face.style()) && "normal".equals(face.weight())) {
				try (InputStream in = BundledFonts.open(face.path())) {
					if (in != null) {
						fonts.add(Font.createFont(Font.TRUETYPE_FONT, in));
					}
				} catch (IOException | FontFormatException e) {
					// a font that cannot be read covers nothing; FOP reports it when it renders
				}
			}
		}
		return new GlyphCoverage(List.copyOf(fonts));
	}

	/** Whether some bundled font draws the character. */
	public boolean covers(int codePoint) {
		for (Font font : fonts) {
			if (font.canDisplay(codePoint)) {
				return true;
			}
		}
		return false;
	}

	/** Invisible characters that shape emoji: without a colour emoji font they only get in the way. */
	static boolean ignorable(int codePoint) {
		return codePoint == 0x200D || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
				|| (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) || (codePoint >= 0xE0020 && codePoint <= 0xE007F);
	}
}
