package nl.oppstudio.diagram.internal;

import java.util.EnumMap;
import java.util.Map;

import nl.oppstudio.diagram.NodeRole;
import nl.oppstudio.diagram.NodeState;
import nl.oppstudio.diagram.Style;
import nl.oppstudio.format.model.DiagramColour;
import nl.oppstudio.format.model.DiagramState;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.TextContrast;

/**
 * The colours of a node by its state (and, without a state, by its role). The defaults are light fills
 * under dark text (contrast well above 4.5:1, WCAG 1.4.3) with a darker border of the same hue; a format's
 * {@code kleur} replaces a fill, and the text then takes black or white, whichever contrasts more. A state
 * that is not final (not evaluated, planned) has a dashed border, so it reads without colour too.
 */
public final class Styles {

	/** The dark text colour on light fills. */
	public static final int DARK = TextContrast.DARK;
	public static final int WHITE = TextContrast.WHITE;
	/** Edges. */
	public static final int EDGE = 0x555555;

	private final Map<NodeState, Integer> fills = new EnumMap<>(NodeState.class);

	private Styles() {
	}

	/** The styles of a block: the defaults with the colours of its {@code diagram { … }}, if any. */
	public static Styles of(DiagramStyle style) {
		Styles styles = new Styles();
		if (style != null) {
			for (DiagramColour colour : style.getColours()) {
				Integer rgb = parse(colour.getColour());
				NodeState state = state(colour.getState());
				if (rgb != null && state != null) {
					styles.fills.put(state, rgb);
				}
			}
		}
		return styles;
	}

	private static NodeState state(DiagramState key) {
		for (NodeState state : NodeState.values()) {
			if (state.styleKey() != null && state.styleKey() == key) {
				return state;
			}
		}
		return null;
	}

	/** {@code #rrggbb} as 0xRRGGBB, or {@code null}. */
	static Integer parse(String colour) {
		if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
			return null;
		}
		return Integer.parseInt(colour.substring(1), 16);
	}

	/** The style of a node with this role and state. */
	public Style style(NodeRole role, NodeState state) {
		int fill = defaultFill(role, state);
		int border = defaultBorder(role, state);
		Integer own = fills.get(state);
		if (own != null) {
			fill = own;
			border = darker(own);
		}
		boolean dashed = state == NodeState.NOT_EVALUATED || state == NodeState.PLANNED;
		double width = role == NodeRole.OUTFLOW ? 1.5 : 1;
		return new Style(fill, border, textOn(fill), width, dashed);
	}

	private static int defaultFill(NodeRole role, NodeState state) {
		return switch (state) {
		case ACHIEVED, DONE -> 0xdcefdc;
		case PARTLY, DUE_SOON -> 0xfff1c2;
		case NOT_ACHIEVED, OVERDUE -> 0xf9d6d5;
		case DONE_LATE -> 0xffe3c4;
		case NOT_EVALUATED, PLANNED -> 0xffffff;
		case NONE -> switch (role) {
		case OUTFLOW -> 0xdceaf7;
		case ACTION -> 0xf2f2f2;
		default -> 0xffffff;
		};
		};
	}

	private static int defaultBorder(NodeRole role, NodeState state) {
		return switch (state) {
		case ACHIEVED, DONE -> 0x2e7d32;
		case PARTLY, DUE_SOON -> 0x9a6700;
		case NOT_ACHIEVED, OVERDUE -> 0xb71c1c;
		case DONE_LATE -> 0xa84300;
		case NOT_EVALUATED, PLANNED -> 0x5f5f5f;
		case NONE -> role == NodeRole.OUTFLOW ? 0x1f5d99 : 0x6b6b6b;
		};
	}

	/** Black or white text, whichever contrasts more with {@code fill}: the rule the format validator warns by. */
	public static int textOn(int fill) {
		return TextContrast.textOn(fill);
	}

	private static int darker(int rgb) {
		int r = (rgb >> 16 & 0xff) * 55 / 100;
		int g = (rgb >> 8 & 0xff) * 55 / 100;
		int b = (rgb & 0xff) * 55 / 100;
		return r << 16 | g << 8 | b;
	}

	/** The WCAG contrast ratio of two colours (1 to 21). */
	public static double contrast(int a, int b) {
		return TextContrast.contrast(a, b);
	}
}
