package nl.oppstudio.diagram.internal;

import java.util.List;
import java.util.Locale;

import nl.oppstudio.diagram.Point;
import nl.oppstudio.diagram.Scene;

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
		out.append(" fill=\"").append(colour(colour)).append("\">").append(escape(text)).append("</text>\n");
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
