package nl.oppstudio.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;

import nl.oppstudio.diagram.DiagramKind;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.Scene;

/**
 * Where the arrow keys go from a node. In the goal hierarchy: up to the parent, down to the first child,
 * left and right to the previous and next sibling. In the cycle: left and right to the previous and next
 * phase (round the cycle), and so do up and down.
 */
public final class Navigation {

	private Navigation() {
	}

	/** The node an arrow key ({@code SWT.ARROW_*}) leads to from {@code from}, or {@code from} when there is none. */
	public static Node move(Scene scene, Node from, int key) {
		List<Node> nodes = scene.nodes();
		if (nodes.isEmpty()) {
			return null;
		}
		if (from == null || !nodes.contains(from)) {
			return nodes.get(0);
		}
		if (scene.kind() == DiagramKind.CYCLE) {
			int index = nodes.indexOf(from);
			int step = key == SWT.ARROW_LEFT || key == SWT.ARROW_UP ? -1 : 1;
			return nodes.get(Math.floorMod(index + step, nodes.size()));
		}
		switch (key) {
		case SWT.ARROW_UP:
			return from.parent() != null ? from.parent() : from;
		case SWT.ARROW_DOWN:
			for (Node node : nodes) {
				if (node.parent() == from) {
					return node;
				}
			}
			return from;
		case SWT.ARROW_LEFT:
		case SWT.ARROW_RIGHT:
			List<Node> siblings = new ArrayList<>();
			for (Node node : nodes) {
				if (node.parent() == from.parent()) {
					siblings.add(node);
				}
			}
			int index = siblings.indexOf(from) + (key == SWT.ARROW_LEFT ? -1 : 1);
			return index >= 0 && index < siblings.size() ? siblings.get(index) : from;
		default:
			return from;
		}
	}
}
