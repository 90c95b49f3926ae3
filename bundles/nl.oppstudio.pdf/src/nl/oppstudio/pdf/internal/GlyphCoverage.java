package nl.oppstudio.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

/**
 * Which characters each bundled font face can draw, read from the faces' character maps. FOP draws '#'
 * for a character its font lacks and does not fall back for characters outside the Basic Multilingual
 * Plane (most emoji), so the FO writer chooses the font itself: a run the house style's face lacks is
 * set in the first fallback that has it (in the regular face when only that has it), and a character no
 * font has becomes U+FFFD (a visible replacement mark), reported. The bundled fonts never change, so
 * each face is read once per process, on first need. Thread-safe.
 */
public final class GlyphCoverage {

	/** What replaces a character that no bundled font has. */
	public static final int REPLACEMENT = 0xFFFD;
	/** Every face of every bundled family has Basic Latin, Latin-1 and Latin Extended-A. */
	private static final int ALWAYS_COVERED_BELOW = 0x180;

	private static final Map<String, BitSet> FACES = new ConcurrentHashMap<>();

	/**
	 * Where a run of text goes: the family ({@code null}: the house style's own, as the text around it),
	 * and whether it must be set upright and regular there.
	 */
	public record Choice(String family, boolean regular) {
	}

	private static final Choice PRIMARY = new Choice(null, false);

	private GlyphCoverage() {
	}

	/**
	 * Where to set the character: {@code Choice(null, false)} when the primary face has it; else the
	 * first family whose face in this style has it, then the first whose regular face has it; {@code null}
	 * when no bundled font has it.
	 */
	public static Choice choose(int codePoint, String primary, boolean italic, boolean bold) {
		if (codePoint < ALWAYS_COVERED_BELOW || covers(primary, italic, bold, codePoint)) {
			return PRIMARY;
		}
		List<String> families = BundledFonts.FALLBACK_FAMILIES;
		for (String family : families) {
			if (!family.equals(primary) && covers(family, italic, bold, codePoint)) {
				return new Choice(family, false);
			}
		}
		if (italic || bold) {
			if (covers(primary, false, false, codePoint)) {
				return new Choice(primary, true);
			}
			for (String family : families) {
				if (covers(family, false, false, codePoint)) {
					return new Choice(family, true);
				}
			}
		}
		return null;
	}

	static boolean covers(String family, boolean italic, boolean bold, int codePoint) {
		String style = italic ? "italic" : "normal";
		String weight = bold ? "bold" : "normal";
		for (BundledFonts.Face face : BundledFonts.FACES) {
			if (face.family().equals(family) && face.style().equals(style) && face.weight().equals(weight)) {
				return FACES.computeIfAbsent(face.path(), GlyphCoverage::read).get(codePoint);
			}
		}
		return false;
	}

	/** Invisible characters that shape emoji: without a colour emoji font they only get in the way. */
	public static boolean ignorable(int codePoint) {
		return codePoint == 0x200D || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
				|| (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) || (codePoint >= 0xE0020 && codePoint <= 0xE007F);
	}

	/** The characters a TrueType file maps, from its Unicode 'cmap' subtable (format 12, else 4). */
	private static BitSet read(String path) {
		try (InputStream in = BundledFonts.open(path)) {
			if (in == null) {
				throw new IllegalStateException(NLS.bind(Messages.fontMissing, path));
			}
			return characters(ByteBuffer.wrap(in.readAllBytes()));
		} catch (IOException | RuntimeException e) {
			throw new IllegalStateException(NLS.bind(Messages.fontUnreadable, path), e);
		}
	}

	static BitSet characters(ByteBuffer font) {
		int tables = font.getShort(4) & 0xFFFF;
		int cmap = -1;
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (font.getInt(record) == 0x636D6170) { // 'cmap'
				cmap = font.getInt(record + 8);
			}
		}
		if (cmap < 0) {
			throw new IllegalStateException("geen cmap-tabel");
		}
		int subtables = font.getShort(cmap + 2) & 0xFFFF;
		int format4 = -1;
		int format12 = -1;
		for (int i = 0; i < subtables; i++) {
			int platform = font.getShort(cmap + 4 + 8 * i) & 0xFFFF;
			int encoding = font.getShort(cmap + 6 + 8 * i) & 0xFFFF;
			int offset = cmap + font.getInt(cmap + 8 + 8 * i);
			int format = font.getShort(offset) & 0xFFFF;
			boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
			if (unicode && format == 12) {
				format12 = offset;
			} else if (unicode && format == 4) {
				format4 = offset;
			}
		}
		BitSet characters = new BitSet(0x20000);
		if (format12 >= 0) {
			int groups = font.getInt(format12 + 12);
			for (int g = 0; g < groups; g++) {
				int start = font.getInt(format12 + 16 + 12 * g);
				int end = font.getInt(format12 + 20 + 12 * g);
				characters.set(start, end + 1);
			}
		} else if (format4 >= 0) {
			int segments = (font.getShort(format4 + 6) & 0xFFFF) / 2;
			int ends = format4 + 14;
			int starts = ends + 2 * segments + 2;
			int deltas = starts + 2 * segments;
			int rangeOffsets = deltas + 2 * segments;
			for (int s = 0; s < segments; s++) {
				int end = font.getShort(ends + 2 * s) & 0xFFFF;
				int start = font.getShort(starts + 2 * s) & 0xFFFF;
				int delta = font.getShort(deltas + 2 * s);
				int rangeOffset = font.getShort(rangeOffsets + 2 * s) & 0xFFFF;
				for (int c = start; c <= end && c != 0xFFFF; c++) {
					int glyph;
					if (rangeOffset == 0) {
						glyph = (c + delta) & 0xFFFF;
					} else {
						int at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
						glyph = font.getShort(at) & 0xFFFF;
						glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
					}
					if (glyph != 0) {
						characters.set(c);
					}
				}
			}
		}
		return characters;
	}
}
