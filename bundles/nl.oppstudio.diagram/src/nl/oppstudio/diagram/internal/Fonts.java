package nl.oppstudio.diagram.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.oppstudio.pdf.internal.BundledFonts;

/**
 * The font of the diagrams: the PDF's own DejaVu Sans (the TrueType file FOP embeds), loaded with
 * {@link Font#createFont} so that measuring needs no display and no fonts of the machine. Text is
 * wrapped with the same widths in the SVG, the PNG and the PDF. Thread-safe.
 */
public final class Fonts {

	/** The family the SVG names, so that FOP draws it with the embedded font. */
	public static final String FAMILY = BundledFonts.FAMILY;

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
	/** The two faces, loaded on first use (a missing font is an IllegalStateException then, not a broken class). */
	private static volatile Font regular;
	private static volatile Font bold;
	/** Widths at 1 pt of the words measured so far, per face. */
	private static final Map<String, Double> REGULAR_WIDTHS = new ConcurrentHashMap<>();
	private static final Map<String, Double> BOLD_WIDTHS = new ConcurrentHashMap<>();

	private Fonts() {
	}

	private static Font face(boolean isBold) {
		Font face = isBold ? bold : regular;
		if (face == null) {
			byte[] bytes;
			try {
				bytes = BundledFonts.face(FAMILY, isBold);
			} catch (IOException | RuntimeException | LinkageError e) {
				throw new IllegalStateException(org.eclipse.osgi.util.NLS.bind(Messages.fontMissing, FAMILY, e.getMessage()), e);
			}
			face = parse(bytes);
			if (isBold) {
				bold = face;
			} else {
				regular = face;
			}
		}
		return face;
	}

	/**
	 * A TrueType font from its bytes; an {@link IllegalStateException} with a Dutch message when there are
	 * none or they are no font.
	 */
	public static Font parse(byte[] bytes) {
		if (bytes == null) {
			throw new IllegalStateException(org.eclipse.osgi.util.NLS.bind(Messages.fontMissing, FAMILY, "-"));
		}
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
		} catch (IOException | FontFormatException e) {
			throw new IllegalStateException(org.eclipse.osgi.util.NLS.bind(Messages.fontMissing, FAMILY, e.getMessage()), e);
		}
	}

	/**
	 * The TrueType file of the face (the one the PDF embeds), for screens that load it
	 * ({@code Display.loadFont}) so that they draw the diagrams with the font they were measured with.
	 */
	public static byte[] file(boolean bold) throws IOException {
		byte[] bytes = BundledFonts.face(FAMILY, bold);
		if (bytes == null) {
			throw new IOException(FAMILY);
		}
		return bytes;
	}

	/** The font at {@code size} points. */
	public static Font font(double size, boolean bold) {
		return face(bold).deriveFont((float) size);
	}

	/** The advance width of {@code text} at {@code size} points. */
	public static double width(String text, double size, boolean bold) {
		Map<String, Double> cache = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
		Double unit = cache.get(text);
		if (unit == null) {
			Font font = face(bold).deriveFont(100f);
			unit = font.getStringBounds(text, CONTEXT).getWidth() / 100;
			if (cache.size() < 50_000) {
				cache.put(text, unit);
			}
		}
		return unit * size;
	}

	/**
	 * {@code text} wrapped at spaces into lines no wider than {@code width}, at most {@code maxLines};
	 * a word wider than a line is cut, and the last line ends in "…" when text was left out.
	 */
	public static List<String> wrap(String text, double width, double size, boolean bold, int maxLines) {
		List<String> lines = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return lines;
		}
		String[] words = text.strip().split("\\s+");
		StringBuilder line = new StringBuilder();
		double lineWidth = 0;
		double space = width(" ", size, bold);
		boolean cut = false;
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			double wordWidth = width(word, size, bold);
			double candidate = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
			if (candidate <= width) {
				if (!line.isEmpty()) {
					line.append(' ');
				}
				line.append(word);
				lineWidth = candidate;
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
				lineWidth = 0;
				if (lines.size() == maxLines) {
					cut = true;
					break;
				}
			}
			// a word alone wider than the line: as much of it as fits
			while (width(word, size, bold) > width) {
				int fits = fitting(word, width, size, bold);
				lines.add(word.substring(0, fits));
				word = word.substring(fits);
				if (lines.size() == maxLines) {
					cut = true;
					break;
				}
			}
			if (cut) {
				break;
			}
			line.append(word);
			lineWidth = width(word, size, bold);
		}
		if (!cut && !line.isEmpty()) {
			if (lines.size() == maxLines) {
				cut = true;
			} else {
				lines.add(line.toString());
			}
		}
		if (cut) {
			int last = lines.size() - 1;
			lines.set(last, shorten(lines.get(last) + " …", width, size, bold));
		}
		return lines;
	}

	/** {@code text} on one line: as it is when it fits, else cut and ended with "…". */
	public static String shorten(String text, double width, double size, boolean bold) {
		if (width(text, size, bold) <= width) {
			return text;
		}
		String base = text.endsWith("…") ? text.substring(0, text.length() - 1).stripTrailing() : text;
		int end = base.length();
		while (end > 0 && width(base.substring(0, end).stripTrailing() + "…", size, bold) > width) {
			end--;
		}
		return base.substring(0, end).stripTrailing() + "…";
	}

	private static int fitting(String word, double width, double size, boolean bold) {
		int end = word.length();
		while (end > 1 && width(word.substring(0, end), size, bold) > width) {
			end--;
		}
		return end;
	}
}
