package nl.oppstudio.diagram.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import nl.oppstudio.diagram.Edge;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeRole;
import nl.oppstudio.diagram.Point;
import nl.oppstudio.diagram.Scene;

/**
 * Places the nodes of a scene. The goal hierarchy goes through ELK Layered (layers down or to the
 * right, orthogonal edges, the model order kept so that one changed node does not reshuffle the rest);
 * the cycle is an ellipse, clockwise from the top, grown until no two boxes come closer than a margin.
 */
public final class Layouts {

	/** Around the whole diagram. */
	public static final double MARGIN = 8;
	/** Between boxes of one layer, and between layers. */
	public static final double NODE_SPACING = 14;
	public static final double LAYER_SPACING = 28;
	/** The compact tree: the indent per level, and the space between two rows. */
	public static final double INDENT = 24;
	public static final double ROW_SPACING = 8;

	static {
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
	}

	private Layouts() {
	}

	/** Lays out a tree of sized nodes with ELK Layered, {@code right} for left to right, else top down. */
	public static void tree(Scene scene, boolean right) {
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, right ? Direction.RIGHT : Direction.DOWN);
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
		graph.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
		graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, LAYER_SPACING / 3);
		graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		// a tree described depth first has no crossings in model order: keeping that order is faster than
		// searching for one, and one changed node cannot reorder the others
		graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.NONE);
		graph.setProperty(LayeredOptions.THOROUGHNESS, 1);
		// a tree's layer is its depth: layering by longest path from the root, not by network simplex
		graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH_SOURCE);
		// a parent centred over its children
		graph.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
		graph.setProperty(CoreOptions.RANDOM_SEED, 1);
		Map<Node, ElkNode> elk = new IdentityHashMap<>();
		for (Node node : scene.nodes()) {
			ElkNode box = ElkGraphUtil.createNode(graph);
			box.setDimensions(node.width(), node.height());
			elk.put(node, box);
		}
		List<ElkEdge> edges = new ArrayList<>();
		for (Edge edge : scene.edges()) {
			edges.add(ElkGraphUtil.createSimpleEdge(elk.get(edge.source()), elk.get(edge.target())));
		}
		new LayeredLayoutProvider().layout(graph, new BasicProgressMonitor());
		for (Node node : scene.nodes()) {
			ElkNode box = elk.get(node);
			node.bounds(box.getX(), box.getY(), node.width(), node.height());
		}
		for (int i = 0; i < edges.size(); i++) {
			List<Point> points = new ArrayList<>();
			for (ElkEdgeSection section : edges.get(i).getSections()) {
				points.add(new Point(section.getStartX(), section.getStartY()));
				for (ElkBendPoint bend : section.getBendPoints()) {
					points.add(new Point(bend.getX(), bend.getY()));
				}
				points.add(new Point(section.getEndX(), section.getEndY()));
			}
			scene.edges().get(i).points(points);
		}
		scene.size(Math.ceil(graph.getWidth()), Math.ceil(graph.getHeight()));
	}

	/**
	 * Lays out a tree as an indented outline (the PDF's choice when the layered tree is wider than the
	 * page): the nodes one below the other in reading order (depth first), each indented {@link #INDENT}
	 * per level under the root; an edge runs from its parent's bottom, {@code INDENT / 2} in from the
	 * parent's left side, down and right to the child's left side. The width does not grow with the
	 * number of children, only the height.
	 */
	public static void compact(Scene scene) {
		Map<Node, Node> parents = new IdentityHashMap<>();
		for (Edge edge : scene.edges()) {
			parents.put(edge.target(), edge.source());
		}
		Map<Node, Integer> depths = new IdentityHashMap<>();
		double y = MARGIN;
		double right = 0;
		for (Node node : scene.nodes()) {
			int depth = depth(node, parents, depths);
			node.bounds(MARGIN + depth * INDENT, y, node.width(), node.height());
			y += node.height() + ROW_SPACING;
			right = Math.max(right, node.x() + node.width());
		}
		for (Edge edge : scene.edges()) {
			edge.points(elbow(edge.source(), edge.target()));
		}
		scene.size(Math.ceil(right + MARGIN), Math.ceil(scene.nodes().isEmpty() ? 2 * MARGIN : y - ROW_SPACING + MARGIN));
	}

	/** The depth of a node in the tree its edges make (0 for a root). */
	public static int depth(Node node, Map<Node, Node> parents, Map<Node, Integer> depths) {
		Integer known = depths.get(node);
		if (known != null) {
			return known;
		}
		Node parent = parents.get(node);
		int depth = parent == null ? 0 : depth(parent, parents, depths) + 1;
		depths.put(node, depth);
		return depth;
	}

	private static List<Point> elbow(Node parent, Node child) {
		double x = parent.x() + INDENT / 2;
		double y = child.y() + child.height() / 2;
		return List.of(new Point(x, parent.y() + parent.height()), new Point(x, y), new Point(child.x(), y));
	}

	/**
	 * A compactly laid-out scene cut into parts at most {@code height} tall (one part when it fits), at node
	 * boundaries: a part starts anew before a node that does not fit, or before a node at the top level
	 * under the root (a long-term goal) whose subtree does not fit in what is left but does on a part of
	 * its own. Each part is a new scene with the same kind and title, its nodes moved up; an edge whose
	 * parent is in an earlier part is dropped (the indent still shows the level). Alt texts are the caller's.
	 */
	public static List<Scene> split(Scene scene, double height) {
		List<Node> nodes = scene.nodes();
		if (scene.height() <= height || nodes.isEmpty()) {
			return List.of(scene);
		}
		Map<Node, Node> parents = new IdentityHashMap<>();
		for (Edge edge : scene.edges()) {
			parents.put(edge.target(), edge.source());
		}
		Map<Node, Integer> depths = new IdentityHashMap<>();
		int top = nodes.get(0).role() == NodeRole.OUTFLOW ? 1 : 0;
		List<List<Node>> parts = new ArrayList<>();
		List<Node> part = new ArrayList<>();
		double used = MARGIN;
		for (int i = 0; i < nodes.size(); i++) {
			Node node = nodes.get(i);
			double need = node.height() + ROW_SPACING;
			boolean full = used + node.height() + MARGIN > height;
			if (!full && !part.isEmpty() && depth(node, parents, depths) <= top) {
				double group = 0;
				for (int j = i; j < nodes.size() && (j == i || depth(nodes.get(j), parents, depths) > top); j++) {
					group += nodes.get(j).height() + ROW_SPACING;
				}
				full = used + group - ROW_SPACING + MARGIN > height && MARGIN + group - ROW_SPACING + MARGIN <= height;
			}
			if (full && !part.isEmpty()) {
				parts.add(part);
				part = new ArrayList<>();
				used = MARGIN;
			}
			part.add(node);
			used += need;
		}
		parts.add(part);
		List<Scene> scenes = new ArrayList<>();
		for (List<Node> nodesOfPart : parts) {
			Scene piece = new Scene(scene.kind(), scene.title());
			double shift = nodesOfPart.get(0).y() - MARGIN;
			double right = 0;
			double bottom = 0;
			for (Node node : nodesOfPart) {
				node.bounds(node.x(), node.y() - shift, node.width(), node.height());
				piece.add(node);
				right = Math.max(right, node.x() + node.width());
				bottom = node.y() + node.height();
			}
			for (Edge edge : scene.edges()) {
				if (nodesOfPart.contains(edge.source()) && nodesOfPart.contains(edge.target())) {
					edge.points(elbow(edge.source(), edge.target()));
					piece.add(edge);
				}
			}
			piece.size(Math.ceil(right + MARGIN), Math.ceil(bottom + MARGIN));
			scenes.add(piece);
		}
		return scenes;
	}

	/**
	 * After the height of one node of a top-down layered tree changed (its top kept), moves what lies below
	 * its layer by the change of the layer's height, instead of a new ELK run: every node and edge point at
	 * or below the layer's old bottom shifts by the same amount, x positions stay, the node's own edges
	 * start at its new bottom. Nothing above the layer moves.
	 */
	public static void grow(Scene scene, Node node, double oldHeight) {
		double top = node.y();
		double oldBottom = top + oldHeight;
		double layerBottom = oldBottom;
		double newLayerBottom = top + node.height();
		for (Node other : scene.nodes()) {
			if (other != node && other.y() < oldBottom && top < other.y() + other.height()) {
				layerBottom = Math.max(layerBottom, other.y() + other.height());
				newLayerBottom = Math.max(newLayerBottom, other.y() + other.height());
			}
		}
		double shift = newLayerBottom - layerBottom;
		double below = layerBottom - 0.001;
		for (Node other : scene.nodes()) {
			if (other != node && other.y() >= below) {
				other.bounds(other.x(), other.y() + shift, other.width(), other.height());
			}
		}
		for (Edge edge : scene.edges()) {
			List<Point> points = edge.points();
			List<Point> moved = new ArrayList<>(points.size());
			for (int i = 0; i < points.size(); i++) {
				Point point = points.get(i);
				double y = point.y() >= below ? point.y() + shift : point.y();
				if (i == 0 && edge.source() == node) {
					y = node.y() + node.height();
				}
				moved.add(new Point(point.x(), y));
			}
			edge.points(moved);
		}
		scene.size(scene.width(), Math.ceil(scene.height() + shift));
	}

	/** Places sized nodes clockwise on an ellipse from the top, with an edge from each to the next. */
	public static void ellipse(Scene scene) {
		List<Node> nodes = scene.nodes();
		int n = nodes.size();
		double widest = nodes.stream().mapToDouble(Node::width).max().orElse(0);
		double tallest = nodes.stream().mapToDouble(Node::height).max().orElse(0);
		double[] best = null;
		double bestScore = Double.MAX_VALUE;
		// the flattest ellipse is not always the best on a portrait page: try a few shapes, keep the one
		// that needs the least scaling to fit an A4 text column (about 480 × 680 pt)
		for (double ratio : new double[] { 0.6, 0.8, 1.0, 1.25 }) {
			double rx = n <= 1 ? 0 : Math.max(widest * 0.6, n * (widest + NODE_SPACING) / (2 * Math.PI) / Math.max(1, ratio));
			double ry = n <= 1 ? 0 : Math.max(tallest * 1.1, rx * ratio);
			for (int attempt = 0; attempt < 80; attempt++) {
				place(nodes, rx, ry);
				if (!crowded(nodes)) {
					break;
				}
				rx *= 1.06;
				ry *= 1.06;
			}
			double width = 2 * rx + widest;
			double height = 2 * ry + tallest;
			double score = Math.max(width / 480, height / 680);
			if (!crowded(nodes) && score < bestScore) {
				bestScore = score;
				best = new double[] { rx, ry };
			}
		}
		if (best != null) {
			place(nodes, best[0], best[1]);
		}
		double minX = nodes.stream().mapToDouble(Node::x).min().orElse(0);
		double minY = nodes.stream().mapToDouble(Node::y).min().orElse(0);
		double maxX = 0;
		double maxY = 0;
		for (Node node : nodes) {
			node.bounds(node.x() - minX + MARGIN, node.y() - minY + MARGIN, node.width(), node.height());
			maxX = Math.max(maxX, node.x() + node.width());
			maxY = Math.max(maxY, node.y() + node.height());
		}
		for (Edge edge : scene.edges()) {
			edge.points(connect(edge.source(), edge.target(), n == 2 && edge.source() == nodes.get(1)));
		}
		scene.size(Math.ceil(maxX + MARGIN), Math.ceil(maxY + MARGIN));
	}

	private static void place(List<Node> nodes, double rx, double ry) {
		for (int i = 0; i < nodes.size(); i++) {
			double angle = -Math.PI / 2 + 2 * Math.PI * i / nodes.size();
			Node node = nodes.get(i);
			double cx = rx * Math.cos(angle);
			double cy = ry * Math.sin(angle);
			node.bounds(cx - node.width() / 2, cy - node.height() / 2, node.width(), node.height());
		}
	}

	private static boolean crowded(List<Node> nodes) {
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				Node a = nodes.get(i);
				Node b = nodes.get(j);
				if (a.x() < b.x() + b.width() + NODE_SPACING * 2 && b.x() < a.x() + a.width() + NODE_SPACING * 2
						&& a.y() < b.y() + b.height() + NODE_SPACING && b.y() < a.y() + a.height() + NODE_SPACING) {
					return true;
				}
			}
		}
		return false;
	}

	/** A straight line between the borders of two boxes; {@code shifted} moves it aside (two phases, both ways). */
	private static List<Point> connect(Node from, Node to, boolean shifted) {
		double ax = from.x() + from.width() / 2;
		double ay = from.y() + from.height() / 2;
		double bx = to.x() + to.width() / 2;
		double by = to.y() + to.height() / 2;
		if (shifted || from == to) {
			double dx = bx - ax;
			double dy = by - ay;
			double length = Math.max(1, Math.hypot(dx, dy));
			ax += -dy / length * 8;
			bx += -dy / length * 8;
			ay += dx / length * 8;
			by += dx / length * 8;
		}
		Point start = border(from, ax, ay, bx, by);
		Point end = border(to, bx, by, ax, ay);
		return List.of(start, end);
	}

	/** Where the line from ({@code x}, {@code y}) inside {@code node} towards ({@code tx}, {@code ty}) leaves it. */
	private static Point border(Node node, double x, double y, double tx, double ty) {
		double dx = tx - x;
		double dy = ty - y;
		double t = 1;
		if (dx > 0) {
			t = Math.min(t, (node.x() + node.width() - x) / dx);
		} else if (dx < 0) {
			t = Math.min(t, (node.x() - x) / dx);
		}
		if (dy > 0) {
			t = Math.min(t, (node.y() + node.height() - y) / dy);
		} else if (dy < 0) {
			t = Math.min(t, (node.y() - y) / dy);
		}
		t = Math.max(0, t);
		return new Point(x + dx * t, y + dy * t);
	}
}
