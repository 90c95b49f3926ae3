package nl.oppstudio.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One diagram, laid out: nodes and edges with their places, in points (1/72 inch) from the top left.
 * Both renderers (SVG here, SWT in {@code nl.oppstudio.diagram.ui}) draw exactly this, so the screen and
 * the PDF look the same. A scene is built by {@link Diagrams} and not shared between threads.
 */
public final class Scene {

	private final DiagramKind kind;
	private final String title;
	private final List<Node> nodes = new ArrayList<>();
	private final List<Edge> edges = new ArrayList<>();
	private double width;
	private double height;
	private String altText = "";

	public Scene(DiagramKind kind, String title) {
		this.kind = Objects.requireNonNull(kind);
		this.title = title;
	}

	public DiagramKind kind() {
		return kind;
	}

	/** The diagram's title: the block's label. */
	public String title() {
		return title;
	}

	/** The nodes in reading order: depth first for the goal hierarchy, clockwise from the top for the cycle. */
	public List<Node> nodes() {
		return Collections.unmodifiableList(nodes);
	}

	public List<Edge> edges() {
		return Collections.unmodifiableList(edges);
	}

	public Node add(Node node) {
		nodes.add(node);
		return node;
	}

	public Edge add(Edge edge) {
		edges.add(edge);
		return edge;
	}

	/** The node with this id, or {@code null}. */
	public Node node(String id) {
		for (Node node : nodes) {
			if (node.id().equals(id)) {
				return node;
			}
		}
		return null;
	}

	/** The node that shows this model element (a row of the document, a phase), or {@code null}. */
	public Node nodeOf(Object element) {
		for (Node node : nodes) {
			if (node.element() != null && node.element() == element) {
				return node;
			}
		}
		return null;
	}

	/** The node whose form path ({@code nl.oppstudio.forms.FormView#PATH_KEY}) is {@code path}, or {@code null}. */
	public Node nodeAt(String path) {
		for (Node node : nodes) {
			if (path != null && path.equals(node.path())) {
				return node;
			}
		}
		return null;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	/** The scene in words, in reading order: the PDF's alternative text and the SVG's description. */
	public String altText() {
		return altText;
	}

	public void altText(String altText) {
		this.altText = Objects.requireNonNull(altText);
	}

	public void size(double width, double height) {
		this.width = width;
		this.height = height;
	}
}
