package nl.oppstudio.diagram;

import java.util.List;

/**
 * A line from one node to another: from a goal to the goal or action under it, or from a phase to the
 * next one in the cycle (with an arrow). The points run from the source's border to the target's,
 * with ELK's bend points between.
 */
public final class Edge {

	private final Node source;
	private final Node target;
	private final boolean arrow;
	private List<Point> points = List.of();

	public Edge(Node source, Node target, boolean arrow) {
		this.source = source;
		this.target = target;
		this.arrow = arrow;
	}

	public Node source() {
		return source;
	}

	public Node target() {
		return target;
	}

	/** Whether the line ends in an arrow head at the target. */
	public boolean arrow() {
		return arrow;
	}

	public List<Point> points() {
		return points;
	}

	public void points(List<Point> points) {
		this.points = List.copyOf(points);
	}
}
