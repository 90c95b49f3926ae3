package nl.oppstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import nl.oppstudio.diagram.Edge;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.Point;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.internal.Boxes;
import nl.oppstudio.diagram.internal.Fonts;

/** What every laid-out scene must satisfy. */
final class Checks {

	private Checks() {
	}

	/** No two boxes overlap; every box lies inside the scene. */
	static void noOverlap(Scene scene) {
		List<Node> nodes = scene.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			Node a = nodes.get(i);
			assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= scene.width() + 0.01
					&& a.y() + a.height() <= scene.height() + 0.01, a + " buiten de scène");
			for (int j = i + 1; j < nodes.size(); j++) {
				Node b = nodes.get(j);
				boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
						&& b.y() < a.y() + a.height();
				assertFalse(overlap, a + " overlapt " + b);
			}
		}
	}

	/** Every drawn line (caption, text, details, domain) fits inside its node, measured with the PDF's font. */
	static void linesFit(Scene scene) {
		for (Node node : scene.nodes()) {
			double inner = Boxes.inner(node);
			assertTrue(Fonts.width(Boxes.caption(node), Boxes.CAPTION_SIZE, true) <= Boxes.captionWidth(node) + 0.01,
					node + ": " + Boxes.caption(node));
			assertTrue(node.lines().size() <= Boxes.MAX_LINES, node + " heeft te veel regels");
			for (String line : node.lines()) {
				assertTrue(Fonts.width(line, Boxes.TEXT_SIZE, false) <= inner + 0.01, node + ": " + line);
			}
			for (String line : node.details()) {
				assertTrue(Fonts.width(line, Boxes.DETAIL_SIZE, false) <= inner + 0.01, node + ": " + line);
			}
			if (node.domain() != null) {
				assertTrue(Fonts.width(Boxes.domain(node), Boxes.DETAIL_SIZE, true) <= inner + 0.01, node + ": domein");
			}
		}
	}

	/** Each edge starts on its source's border and ends on its target's. */
	static void edgesTouch(Scene scene) {
		for (Edge edge : scene.edges()) {
			List<Point> points = edge.points();
			assertTrue(points.size() >= 2, "lijn zonder punten: " + edge.source() + " > " + edge.target());
			assertTrue(near(edge.source(), points.get(0)), "begint niet bij " + edge.source() + ": " + points);
			assertTrue(near(edge.target(), points.get(points.size() - 1)), "eindigt niet bij " + edge.target() + ": " + points);
		}
	}

	private static boolean near(Node node, Point point) {
		double e = 1.5;
		return point.x() >= node.x() - e && point.x() <= node.x() + node.width() + e && point.y() >= node.y() - e
				&& point.y() <= node.y() + node.height() + e;
	}

	static void all(Scene scene) {
		noOverlap(scene);
		linesFit(scene);
		edgesTouch(scene);
		assertEquals(scene.nodes().size(), scene.nodes().stream().map(Node::id).distinct().count(), "ids niet uniek");
	}
}
