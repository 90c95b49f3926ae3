package nl.oppstudio.diagram.internal;

import java.util.List;

import nl.oppstudio.diagram.Point;

/**
 * What {@link Painter} draws a scene on: the SVG writer and the PNG writer implement it, so that both
 * show the same drawing. Coordinates in points, colours 0xRRGGBB, text at its baseline.
 */
interface Canvas {

	/** A box with rounded corners; {@code dashed} draws the border in dashes. */
	void rect(double x, double y, double width, double height, double radius, int fill, int stroke, double strokeWidth,
			boolean dashed);

	/** One line of text in the diagram font. */
	void text(double x, double y, String text, double size, boolean bold, int colour);

	/** Lines through {@code points}; closed and filled with {@code fill} when it is not {@code null}. */
	void polyline(List<Point> points, int colour, double width, Integer fill);

	/** A circle, filled when {@code fill} is not {@code null}. */
	void circle(double cx, double cy, double r, Integer fill, int stroke, double width);

	/** An edge through {@code points}, with an arrow head at its end when {@code arrow}. */
	void edge(List<Point> points, int colour, double width, boolean arrow);
}
