package nl.oppstudio.diagram.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import nl.oppstudio.diagram.Edge;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeState;
import nl.oppstudio.diagram.Point;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.Style;

/**
 * Draws a scene with SWT's GC as the SVG writer draws it: rounded boxes with their fill and (dashed)
 * border, the caption in small bold type, the text lines, the details in smaller type, the state icon and
 * the domain tag, and the edges as polylines with arrow heads. Scene units are points; on screen one point
 * is {@code zoom} pixels. Colours and fonts are kept until {@link #dispose()}.
 */
public final class Painter {

	/** The geometry of a node's inside, in points (the SVG writer's numbers). */
	public static final double PAD = 6, CORNER = 6, CAPTION = 7.5, TEXT = 9.5, DETAIL = 7.5, LINE = 1.25, ICON = 11;
	/** The selection ring: its colour and its distance from the box. */
	public static final int RING = 0x1565C0;
	private static final Style PLAIN = new Style(0xFFFFFF, 0x607D8B, 0x212121, 1, false);

	private final Device device;
	private final String family;
	private final Map<Integer, Color> colors = new HashMap<>();
	private final Map<String, Font> fonts = new HashMap<>();
	private final float dpi;

	public Painter(Device device) {
		this.device = device;
		FontData system = device.getSystemFont().getFontData()[0];
		this.family = system.getName();
		this.dpi = device.getDPI().y <= 0 ? 96 : device.getDPI().y;
	}

	/**
	 * Paints {@code scene} with its top left at ({@code dx}, {@code dy}) pixels, {@code zoom} pixels per
	 * point, on a white background of {@code area}; {@code selected} gets a ring.
	 */
	public void paint(GC gc, Rectangle area, Scene scene, double zoom, double dx, double dy, Node selected) {
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setBackground(color(0xFFFFFF));
		gc.fillRectangle(area);
		if (scene == null) {
			return;
		}
		View view = new View(zoom, dx, dy);
		for (Edge edge : scene.edges()) {
			edge(gc, view, edge);
		}
		for (Node node : scene.nodes()) {
			Rectangle box = view.box(node);
			if (!box.intersects(area)) {
				continue;
			}
			node(gc, view, node);
		}
		if (selected != null && scene.nodes().contains(selected)) {
			Rectangle box = view.box(selected);
			int gap = Math.max(3, (int) Math.round(3 * zoom));
			gc.setForeground(color(RING));
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setLineWidth(Math.max(2, (int) Math.round(2.5 * zoom)));
			int arc = (int) Math.round(2 * (CORNER * zoom + gap));
			gc.drawRoundRectangle(box.x - gap, box.y - gap, box.width + 2 * gap, box.height + 2 * gap, arc, arc);
		}
	}

	private void edge(GC gc, View view, Edge edge) {
		List<Point> points = edge.points();
		if (points.size() < 2) {
			return;
		}
		int[] line = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			line[2 * i] = view.x(points.get(i).x());
			line[2 * i + 1] = view.y(points.get(i).y());
		}
		gc.setForeground(color(0x78909C));
		gc.setBackground(color(0x78909C));
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(Math.max(1, (int) Math.round(view.zoom)));
		gc.drawPolyline(line);
		if (edge.arrow()) {
			Point tip = points.get(points.size() - 1);
			Point from = points.get(points.size() - 2);
			double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
			double length = 7, half = 3.5;
			double bx = tip.x() - length * Math.cos(angle), by = tip.y() - length * Math.sin(angle);
			int[] head = { view.x(tip.x()), view.y(tip.y()), view.x(bx + half * Math.sin(angle)),
					view.y(by - half * Math.cos(angle)), view.x(bx - half * Math.sin(angle)), view.y(by + half * Math.cos(angle)) };
			gc.fillPolygon(head);
		}
	}

	private void node(GC gc, View view, Node node) {
		Style style = node.style() == null ? PLAIN : node.style();
		Rectangle box = view.box(node);
		int arc = (int) Math.round(2 * CORNER * view.zoom);
		gc.setBackground(color(style.fill()));
		gc.fillRoundRectangle(box.x, box.y, box.width, box.height, arc, arc);
		gc.setForeground(color(style.border()));
		gc.setLineWidth(Math.max(1, (int) Math.round(style.borderWidth() * view.zoom)));
		gc.setLineStyle(style.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.drawRoundRectangle(box.x, box.y, box.width, box.height, arc, arc);
		gc.setLineStyle(SWT.LINE_SOLID);

		Rectangle old = gc.getClipping();
		gc.setClipping(box.intersection(old));
		double x = node.x() + PAD;
		double y = node.y() + PAD;
		double right = node.x() + node.width() - PAD;
		NodeState.Icon icon = node.state() == null ? NodeState.Icon.NONE : node.state().icon();
		if (icon != NodeState.Icon.NONE) {
			icon(gc, view, icon, right - ICON, y, style);
			right -= ICON + 3;
		}
		Color text = color(style.text());
		gc.setForeground(text);
		if (node.domain() != null && !node.domain().isBlank()) {
			Font font = font(DETAIL, false, view.zoom);
			gc.setFont(font);
			org.eclipse.swt.graphics.Point extent = gc.textExtent(node.domain());
			double tagWidth = extent.x / view.zoom + 6;
			double tagHeight = DETAIL * LINE + 1;
			gc.setBackground(color(0xFFFFFF));
			gc.setForeground(color(style.border()));
			gc.setLineWidth(1);
			int tx = view.x(right - tagWidth), ty = view.y(y - 1);
			int tw = (int) Math.round(tagWidth * view.zoom), th = (int) Math.round(tagHeight * view.zoom);
			gc.fillRoundRectangle(tx, ty, tw, th, th, th);
			gc.drawRoundRectangle(tx, ty, tw, th, th, th);
			gc.setForeground(text);
			gc.drawText(node.domain(), tx + (int) Math.round(3 * view.zoom), ty + (th - extent.y) / 2, true);
			right -= tagWidth + 3;
		}
		if (node.caption() != null && !node.caption().isBlank()) {
			gc.setFont(font(CAPTION, true, view.zoom));
			gc.drawText(node.caption(), view.x(x), view.y(y), true);
			y += CAPTION * LINE + 2;
		}
		gc.setFont(font(TEXT, false, view.zoom));
		for (String line : node.lines()) {
			gc.drawText(line, view.x(x), view.y(y), true);
			y += TEXT * LINE;
		}
		if (!node.details().isEmpty()) {
			y += 2;
			gc.setFont(font(DETAIL, false, view.zoom));
			for (String line : node.details()) {
				gc.drawText(line, view.x(x), view.y(y), true);
				y += DETAIL * LINE;
			}
		}
		gc.setClipping(old);
	}

	/** The state icon in a square of {@link #ICON} points at ({@code x}, {@code y}): drawn as paths, in the text colour. */
	private void icon(GC gc, View view, NodeState.Icon icon, double x, double y, Style style) {
		float z = (float) view.zoom;
		float left = view.x(x), top = view.y(y), size = (float) (ICON * z);
		float cx = left + size / 2, cy = top + size / 2, r = size / 2 - Math.max(1, z);
		Color ink = color(style.text());
		gc.setForeground(ink);
		gc.setBackground(ink);
		gc.setLineWidth(Math.max(1, Math.round(1.5f * z)));
		gc.setLineCap(SWT.CAP_ROUND);
		gc.setLineJoin(SWT.JOIN_ROUND);
		Path path = new Path(device);
		try {
			switch (icon) {
			case CHECK, CHECK_LATE -> {
				gc.setBackground(color(0xFFFFFF));
				gc.fillOval(Math.round(cx - r), Math.round(cy - r), Math.round(2 * r), Math.round(2 * r));
				gc.drawOval(Math.round(cx - r), Math.round(cy - r), Math.round(2 * r), Math.round(2 * r));
				path.moveTo(cx - r * 0.5f, cy);
				path.lineTo(cx - r * 0.1f, cy + r * 0.4f);
				path.lineTo(cx + r * 0.55f, cy - r * 0.4f);
				gc.drawPath(path);
				if (icon == NodeState.Icon.CHECK_LATE) {
					// a small clock hand at the top right: done, but after the deadline
					gc.setBackground(ink);
					float d = Math.max(2, r * 0.55f);
					gc.fillOval(Math.round(left + size - d), Math.round(top), Math.round(d), Math.round(d));
				}
			}
			case HALF -> {
				gc.setBackground(color(0xFFFFFF));
				gc.fillOval(Math.round(cx - r), Math.round(cy - r), Math.round(2 * r), Math.round(2 * r));
				gc.setBackground(ink);
				path.moveTo(cx, cy - r);
				path.addArc(cx - r, cy - r, 2 * r, 2 * r, 90, 180);
				path.close();
				gc.fillPath(path);
				gc.drawOval(Math.round(cx - r), Math.round(cy - r), Math.round(2 * r), Math.round(2 * r));
			}
			case CROSS -> {
				gc.setBackground(color(0xFFFFFF));
				gc.fillOval(Math.round(cx - r), Math.round(cy - r), Math.round(2 * r), Math.round(2 * r));
				gc.drawOval(Math.round(cx - r), Math.round(cy - r), Math.round(2 * r), Math.round(2 * r));
				float a = r * 0.45f;
				path.moveTo(cx - a, cy - a);
				path.lineTo(cx + a, cy + a);
				path.moveTo(cx + a, cy - a);
				path.lineTo(cx - a, cy + a);
				gc.drawPath(path);
			}
			case OPEN -> {
				gc.setBackground(color(0xFFFFFF));
				gc.fillOval(Math.round(cx - r), Math.round(cy - r), Math.round(2 * r), Math.round(2 * r));
				gc.drawOval(Math.round(cx - r), Math.round(cy - r), Math.round(2 * r), Math.round(2 * r));
			}
			case CLOCK -> {
				gc.setBackground(color(0xFFFFFF));
				gc.fillOval(Math.round(cx - r), Math.round(cy - r), Math.round(2 * r), Math.round(2 * r));
				gc.drawOval(Math.round(cx - r), Math.round(cy - r), Math.round(2 * r), Math.round(2 * r));
				path.moveTo(cx, cy - r * 0.6f);
				path.lineTo(cx, cy);
				path.lineTo(cx + r * 0.45f, cy + r * 0.3f);
				gc.drawPath(path);
			}
			case WARNING -> {
				path.moveTo(cx, top + Math.max(1, z));
				path.lineTo(left + size - Math.max(1, z), top + size - Math.max(1, z));
				path.lineTo(left + Math.max(1, z), top + size - Math.max(1, z));
				path.close();
				gc.setBackground(color(0xFFFFFF));
				gc.fillPath(path);
				gc.drawPath(path);
				Path mark = new Path(device);
				mark.moveTo(cx, top + size * 0.38f);
				mark.lineTo(cx, top + size * 0.65f);
				mark.moveTo(cx, top + size * 0.8f);
				mark.lineTo(cx, top + size * 0.81f);
				gc.drawPath(mark);
				mark.dispose();
			}
			case NONE -> {
				// no state
			}
			}
		} finally {
			path.dispose();
		}
		gc.setLineCap(SWT.CAP_FLAT);
		gc.setLineJoin(SWT.JOIN_MITER);
	}

	/** A colour of 0xRRGGBB, kept. */
	public Color color(int rgb) {
		return colors.computeIfAbsent(rgb, key -> new Color(device, new RGB(key >> 16 & 0xFF, key >> 8 & 0xFF, key & 0xFF)));
	}

	/** The font of {@code points} scene points at {@code zoom}, kept (a few zoom levels at most are in use). */
	public Font font(double points, boolean bold, double zoom) {
		float height = (float) (points * zoom * 72 / dpi);
		String key = Math.round(height * 20) + (bold ? "b" : "");
		if (fonts.size() > 60) {
			dispose(fonts);
		}
		return fonts.computeIfAbsent(key, k -> {
			FontData data = new FontData(family, 10, bold ? SWT.BOLD : SWT.NORMAL);
			data.height = Math.max(1f, Math.round(height * 20) / 20f);
			return new Font(device, data);
		});
	}

	private static void dispose(Map<String, Font> fonts) {
		fonts.values().forEach(Font::dispose);
		fonts.clear();
	}

	public void dispose() {
		dispose(fonts);
		colors.values().forEach(Color::dispose);
		colors.clear();
	}

	/** Scene points to pixels. */
	private record View(double zoom, double dx, double dy) {
		int x(double x) {
			return (int) Math.round(dx + x * zoom);
		}

		int y(double y) {
			return (int) Math.round(dy + y * zoom);
		}

		Rectangle box(Node node) {
			int left = x(node.x()), top = y(node.y());
			return new Rectangle(left, top, x(node.x() + node.width()) - left, y(node.y() + node.height()) - top);
		}
	}
}
