package nl.oppstudio.diagram;

import java.util.List;

/**
 * A box of a scene: a caption (the level, the actor, the phase's kind), the text wrapped and shortened to
 * fit, a few detail lines (criterium, deadline, who, dates), the whole text for the hover, and a state
 * shown by colour and icon. {@link #element()} is the model object it shows (a row of the document, a
 * phase) and {@link #path()} its place in the form, so that the editor can select and edit it.
 */
public final class Node {

	private final String id;
	private final NodeRole role;
	private final Object element;
	private final String path;
	private final Node parent;
	private String caption;
	private String text;
	private List<String> lines = List.of();
	private List<String> details = List.of();
	private String domain;
	private NodeState state = NodeState.NONE;
	private Style style;
	private String alt;
	private double x;
	private double y;
	private double width;
	private double height;

	public Node(String id, NodeRole role, Object element, String path, Node parent) {
		this.id = id;
		this.role = role;
		this.element = element;
		this.path = path;
		this.parent = parent;
	}

	/** Unique within the scene and stable while the document is edited (the basis of selection). */
	public String id() {
		return id;
	}

	public NodeRole role() {
		return role;
	}

	/** The model object shown: an EObject row of the document, a format's {@code Phase}, or {@code null}. */
	public Object element() {
		return element;
	}

	/** The form path of the field that holds the node's text (as {@code FormView.PATH_KEY}), or {@code null}. */
	public String path() {
		return path;
	}

	/** The node this one hangs under in the goal hierarchy; {@code null} for the root and for phases. */
	public Node parent() {
		return parent;
	}

	/** The small line above the text: level, actor or kind of phase. */
	public String caption() {
		return caption;
	}

	/** The whole text, shown on hover and in the alt text. */
	public String text() {
		return text;
	}

	/** The text as drawn: wrapped to the node's width, the last line shortened with "…" when it does not fit. */
	public List<String> lines() {
		return lines;
	}

	/** Lines under the text in a smaller font: the criterium, deadline, responsible, dates. */
	public List<String> details() {
		return details;
	}

	/** The domain's label (leren, werkhouding …) when the format has {@code domeinen}, else {@code null}. */
	public String domain() {
		return domain;
	}

	public NodeState state() {
		return state;
	}

	public Style style() {
		return style;
	}

	public Node caption(String caption) {
		this.caption = caption;
		return this;
	}

	public Node text(String text) {
		this.text = text;
		return this;
	}

	public Node lines(List<String> lines) {
		this.lines = List.copyOf(lines);
		return this;
	}

	public Node details(List<String> details) {
		this.details = List.copyOf(details);
		return this;
	}

	public Node domain(String domain) {
		this.domain = domain;
		return this;
	}

	public Node state(NodeState state) {
		this.state = state;
		return this;
	}

	/** The node in words as the alt text lists it (with its number and state), or {@code null}. */
	public String alt() {
		return alt;
	}

	public Node alt(String alt) {
		this.alt = alt;
		return this;
	}

	public Node style(Style style) {
		this.style = style;
		return this;
	}

	public double x() {
		return x;
	}

	public double y() {
		return y;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public void bounds(double x, double y, double width, double height) {
		this.x = x;
		this.y = y;
		this.width = width;
		this.height = height;
	}

	public boolean contains(double px, double py) {
		return px >= x && px <= x + width && py >= y && py <= y + height;
	}

	@Override
	public String toString() {
		return role + "[" + id + "]";
	}
}
