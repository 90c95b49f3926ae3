package nl.oppstudio.diagram.internal;

import java.util.ArrayList;
import java.util.List;

import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeRole;

/**
 * The inside of a node box: padding, the caption line with the state icon, the wrapped text, the detail
 * lines and the domain tag. {@link #size} measures a node (its lines and height, at a fixed width per
 * role); {@link Painter} draws with the same numbers.
 */
public final class Boxes {

	public static final double PAD = 6;
	public static final double CAPTION_SIZE = 8;
	public static final double CAPTION_LEADING = 10.5;
	public static final double TEXT_SIZE = 9;
	public static final double TEXT_LEADING = 11.5;
	public static final double DETAIL_SIZE = 7.5;
	public static final double DETAIL_LEADING = 9.5;
	public static final double ICON = 9;
	/** Lines of text at most; the last one ends in "…" when more was left out. */
	public static final int MAX_LINES = 5;
	public static final int MAX_DETAIL_LINES = 2;

	private Boxes() {
	}

	/** The width of a node with this role. */
	public static double width(NodeRole role) {
		return switch (role) {
		case OUTFLOW -> 200;
		case GOAL -> 180;
		case ACTION -> 160;
		case PHASE -> 150;
		};
	}

	/** The width text may take inside a node. */
	public static double inner(Node node) {
		return node.width() - 2 * PAD;
	}

	/** The width the caption may take: beside the icon. */
	public static double captionWidth(Node node) {
		return inner(node) - ICON - 4;
	}

	/** The caption as drawn: shortened with "…" when it is too long. */
	public static String caption(Node node) {
		return node.caption() == null ? "" : Fonts.shorten(node.caption(), captionWidth(node), CAPTION_SIZE, true);
	}

	/** The domain tag as drawn. */
	public static String domain(Node node) {
		return node.domain() == null ? null : Fonts.shorten(node.domain(), inner(node), DETAIL_SIZE, true);
	}

	/**
	 * Wraps the node's text and details to its role's width and sets its size (its place stays). The
	 * details given are replaced by their wrapped lines.
	 */
	public static void size(Node node, List<String> details) {
		double width = width(node.role());
		node.bounds(node.x(), node.y(), width, 0);
		double inner = inner(node);
		node.lines(Fonts.wrap(node.text(), inner, TEXT_SIZE, false, MAX_LINES));
		List<String> wrapped = new ArrayList<>();
		for (String detail : details) {
			wrapped.addAll(Fonts.wrap(detail, inner, DETAIL_SIZE, false, MAX_DETAIL_LINES));
		}
		node.details(wrapped);
		node.bounds(node.x(), node.y(), width, height(node));
	}

	static double height(Node node) {
		double height = PAD + CAPTION_LEADING + 2 + node.lines().size() * TEXT_LEADING;
		int small = node.details().size() + (node.domain() != null ? 1 : 0);
		if (small > 0) {
			height += 2 + small * DETAIL_LEADING;
		}
		return Math.ceil(height + PAD);
	}
}
