package nl.oppstudio.diagram.internal;

import java.util.List;
import java.util.Locale;

import nl.oppstudio.diagram.Point;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.pdf.internal.GlyphCoverage;

/**
 * A scene as a standalone SVG 1.1 document: size in points with a matching viewBox, the title and the
 * alternative text in {@code <title>} and {@code <desc>}, nodes as rectangles with lines of text in the
 * PDF's font family (so FOP draws them with the embedded font), icons and edges as paths, arrow heads as
 * one marker. No scripts, no external references; the same scene gives the same bytes.
 */
public final class SvgWriter implements Canvas {

	private final StringBuilder out = new StringBuilder(8192);

	private SvgWriter() {
	}

	/** The SVG of a laid-out scene, with {@code altText} as its description. */
	public static String write(Scene scene, String altText) {
		SvgWriter svg = new SvgWriter();
		String w = n(scene.width());
		String h = n(scene.height());
		svg.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
				.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(w)
				.append("pt\" height=\"").append(h).append("pt\" viewBox=\"0 0 ").append(w).append(' ').append(h)
				.append("\">\n<title>").append(escape(scene.title() == null ? "" : scene.title())).append("</title>\n<desc>")
				.append(escape(altText)).append("</desc>\n")
				.append("<defs><marker id=\"pijl\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" ")
				.append("markerHeight=\"6\" markerUnits=\"strokeWidth\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
				.append(colour(Styles.EDGE)).append("\"/></marker></defs>\n")
				.append("<g font-family=\"").append(Fonts.FAMILY).append("\">\n");
		Painter.paint(scene, svg);
		svg.out.append("</g>\n</svg>\n");
		return svg.out.toString();
	}

	@Override
	public void rect(double x, double y, double width, double height, double radius, int fill, int stroke,
			double strokeWidth, boolean dashed) {
		out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
				.append("\" height=\"").append(n(height)).append('"');
		if (radius > 0) {
			out.append(" rx=\"").append(n(radius)).append('"');
		}
		out.append(" fill=\"").append(colour(fill)).append('"');
		if (strokeWidth > 0) {
			out.append(" stroke=\"").append(colour(stroke)).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
			if (dashed) {
				out.append(" stroke-dasharray=\"4 2\"");
			}
		}
		out.append("/>\n");
	}

	@Override
	public void text(double x, double y, String text, double size, boolean bold, int colour) {
		out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
				.append('"');
		if (bold) {
			out.append(" font-weight=\"bold\"");
		}
		out.append(" fill=\"").append(colour(colour)).append("\">").append(covered(text, bold)).append("</text>\n");
	}

	/**
	 * The text escaped, with each run the diagram's family lacks in a {@code tspan} of the bundled
	 * fallback family that has it (as the PDF's own text), and a character no bundled font has as U+FFFD.
	 * Without this, FOP drew such a character (a Chinese one, an emoji) in the unembedded Times-Roman and
	 * the PDF/A check refused the whole PDF (issue 16, fuzzing finding 5).
	 */
	public static String covered(String text, boolean bold) {
		StringBuilder result = new StringBuilder(text.length() + 16);
		StringBuilder run = new StringBuilder();
		String family = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (GlyphCoverage.ignorable(c)) {
				continue;
			}
			String wanted = family; // a space stays in the run it is in
			if (!Character.isWhitespace(c)) {
				GlyphCoverage.Choice choice = GlyphCoverage.choose(c, Fonts.FAMILY, false, bold);
				if (choice == null) {
					c = GlyphCoverage.REPLACEMENT;
					choice = GlyphCoverage.choose(c, Fonts.FAMILY, false, bold);
				}
				wanted = choice == null ? null : choice.family();
			}
			if (!java.util.Objects.equals(wanted, family)) {
				span(result, run, family);
				family = wanted;
			}
			run.appendCodePoint(c);
		}
		span(result, run, family);
		return result.toString();
	}

	private static void span(StringBuilder result, StringBuilder run, String family) {
		if (run.isEmpty()) {
			return;
		}
		if (family == null) {
			result.append(escape(run.toString()));
		} else {
			result.append("<tspan font-family=\"").append(escape(family)).append("\">").append(escape(run.toString()))
					.append("</tspan>");
		}
		run.setLength(0);
	}

	@Override
	public void polyline(List<Point> points, int colour, double width, Integer fill) {
		out.append("<path d=\"").append(d(points)).append(fill != null ? " z" : "").append("\" fill=\"")
				.append(fill != null ? colour(fill) : "none").append("\" stroke=\"").append(colour(colour))
				.append("\" stroke-width=\"").append(n(width)).append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n");
	}

	@Override
	public void circle(double cx, double cy, double r, Integer fill, int stroke, double width) {
		out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
				.append("\" fill=\"").append(fill != null ? colour(fill) : "none").append("\" stroke=\"").append(colour(stroke))
				.append("\" stroke-width=\"").append(n(width)).append("\"/>\n");
	}

	@Override
	public void edge(List<Point> points, int colour, double width, boolean arrow) {
		out.append("<path d=\"").append(d(points)).append("\" fill=\"none\" stroke=\"").append(colour(colour))
				.append("\" stroke-width=\"").append(n(width)).append('"');
		if (arrow) {
			out.append(" marker-end=\"url(#pijl)\"");
		}
		out.append("/>\n");
	}

	private static String d(List<Point> points) {
		StringBuilder d = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			d.append(i == 0 ? "M" : " L").append(n(points.get(i).x())).append(',').append(n(points.get(i).y()));
		}
		return d.toString();
	}

	/** A number with at most two decimals, without trailing zeros: the same on every machine. */
	static String n(double value) {
		String text = String.format(Locale.ROOT, "%.2f", value);
		if (text.contains(".")) {
			text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
		}
		return "-0".equals(text) ? "0" : text;
	}

	private static String colour(int rgb) {
		return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
	}

	/** Text as XML character data or attribute value; characters XML 1.0 does not allow are left out. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			default -> {
				if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
						|| c >= 0x10000 && c <= 0x10FFFF) {
					escaped.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD ? ' ' : c);
				}
			}
			}
		});
		return escaped.toString();
	}
}
