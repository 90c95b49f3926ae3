package nl.oppstudio.diagram.internal;

import java.util.List;

import nl.oppstudio.diagram.Edge;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeState;
import nl.oppstudio.diagram.Point;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.Style;

/** Draws a laid-out scene on a {@link Canvas}: edges first, then each node with its icon and lines. */
final class Painter {

	private Painter() {
	}

	static void paint(Scene scene, Canvas canvas) {
		canvas.rect(0, 0, scene.width(), scene.height(), 0, Styles.WHITE, Styles.WHITE, 0, false);
		for (Edge edge : scene.edges()) {
			if (edge.points().size() >= 2) {
				canvas.edge(edge.points(), Styles.EDGE, 1, edge.arrow());
			}
		}
		for (Node node : scene.nodes()) {
			node(node, canvas);
		}
	}

	private static void node(Node node, Canvas canvas) {
		Style style = node.style();
		canvas.rect(node.x(), node.y(), node.width(), node.height(), 4, style.fill(), style.border(), style.borderWidth(),
				style.dashed());
		double left = node.x() + Boxes.PAD;
		double y = node.y() + Boxes.PAD + Boxes.CAPTION_SIZE;
		canvas.text(left, y, Boxes.caption(node), Boxes.CAPTION_SIZE, true, style.text());
		icon(node.state().icon(), node.x() + node.width() - Boxes.PAD - Boxes.ICON, node.y() + Boxes.PAD - 0.5,
				Boxes.ICON, style.text(), canvas);
		y += Boxes.CAPTION_LEADING - Boxes.CAPTION_SIZE + 2;
		for (String line : node.lines()) {
			y += Boxes.TEXT_LEADING;
			canvas.text(left, y - 2.5, line, Boxes.TEXT_SIZE, false, style.text());
		}
		if (!node.details().isEmpty() || node.domain() != null) {
			y += 2;
		}
		for (String line : node.details()) {
			y += Boxes.DETAIL_LEADING;
			canvas.text(left, y - 2, line, Boxes.DETAIL_SIZE, false, style.text());
		}
		String domain = Boxes.domain(node);
		if (domain != null) {
			y += Boxes.DETAIL_LEADING;
			canvas.text(left, y - 2, domain, Boxes.DETAIL_SIZE, true, style.text());
		}
	}

	/** The state icon in a square of {@code size} at ({@code x}, {@code y}), drawn as lines. */
	static void icon(NodeState.Icon icon, double x, double y, double size, int colour, Canvas canvas) {
		double s = size;
		double cx = x + s / 2;
		double cy = y + s / 2;
		double r = s / 2 - 0.5;
		switch (icon) {
		case NONE -> {
		}
		case CHECK -> canvas.polyline(List.of(p(x + s * .1, y + s * .55), p(x + s * .4, y + s * .85), p(x + s * .9, y + s * .15)),
				colour, 1.6, null);
		case CHECK_LATE -> {
			canvas.polyline(List.of(p(x, y + s * .5), p(x + s * .3, y + s * .8), p(x + s * .7, y + s * .1)), colour, 1.4, null);
			canvas.circle(x + s * .8, y + s * .8, s * .2, colour, colour, 0.5);
		}
		case HALF -> {
			canvas.circle(cx, cy, r, null, colour, 1);
			canvas.polyline(List.of(p(cx, cy - r), p(cx - r * .7071, cy - r * .7071), p(cx - r, cy),
					p(cx - r * .7071, cy + r * .7071), p(cx, cy + r)), colour, 0.5, colour);
		}
		case CROSS -> {
			canvas.polyline(List.of(p(x + s * .15, y + s * .15), p(x + s * .85, y + s * .85)), colour, 1.6, null);
			canvas.polyline(List.of(p(x + s * .85, y + s * .15), p(x + s * .15, y + s * .85)), colour, 1.6, null);
		}
		case OPEN -> canvas.circle(cx, cy, r, null, colour, 1);
		case CLOCK -> {
			canvas.circle(cx, cy, r, null, colour, 1);
			canvas.polyline(List.of(p(cx, cy - r * .65), p(cx, cy), p(cx + r * .5, cy)), colour, 1, null);
		}
		case WARNING -> {
			canvas.polyline(List.of(p(cx, y), p(x + s, y + s), p(x, y + s), p(cx, y)), colour, 1, null);
			canvas.polyline(List.of(p(cx, y + s * .35), p(cx, y + s * .68)), colour, 1.2, null);
			canvas.circle(cx, y + s * .84, s * .07, colour, colour, 0.5);
		}
		}
	}

	private static Point p(double x, double y) {
		return new Point(x, y);
	}
}
