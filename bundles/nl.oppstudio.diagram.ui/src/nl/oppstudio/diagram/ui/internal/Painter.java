package nl.oppstudio.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import nl.oppstudio.diagram.Edge;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeState;
import nl.oppstudio.diagram.Point;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.Style;
import nl.oppstudio.diagram.internal.Boxes;
import nl.oppstudio.diagram.internal.Fonts;
import nl.oppstudio.diagram.internal.Styles;

/**
 * Draws a scene with SWT's GC as the SVG writer draws it: rounded boxes with their fill and (dashed)
 * border, the caption in small bold type, the text lines, the details in smaller type, the state icon and
 * the domain tag, and the edges as polylines with arrow heads. Scene units are points; on screen one point
 * is {@code zoom} pixels. Colours and fonts are kept until {@link #dispose()}.
 */
public final class Painter {

	/** The geometry of a node's inside, in points (the SVG writer's numbers). */
	public static final double PAD = Boxes.PAD, CORNER = 4, CAPTION = Boxes.CAPTION_SIZE, CAPTION_LEADING = Boxes.CAPTION_LEADING,
			TEXT = Boxes.TEXT_SIZE, TEXT_LEADING = Boxes.TEXT_LEADING, DETAIL = Boxes.DETAIL_SIZE,
			DETAIL_LEADING = Boxes.DETAIL_LEADING, ICON = Boxes.ICON;
	/** The colour of the edges. */
	public static final int EDGE = Styles.EDGE;
	/** The diagrams' font: the PDF's own TrueType files, loaded into each device that paints (see {@link #loadFont}). */
	public static final String FAMILY = Fonts.FAMILY;
	/** The font files written once per run, for {@link Device#loadFont}; {@code null} when they could not be. */
	private static List<java.nio.file.Path> fontFiles;
	/** The devices that have loaded them. */
	private static final Map<Device, Boolean> LOADED = new java.util.WeakHashMap<>();
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
		this.family = FAMILY;
		this.dpi = device.getDPI().y <= 0 ? 96 : device.getDPI().y;
		loadFont(device);
	}

	/**
	 * Loads the PDF's DejaVu Sans (regular and bold) into {@code device} once, so that the screen draws
	 * with the font the boxes were measured with on every machine, whatever fonts it has installed.
	 *
	 * @return whether the device has the font files loaded (when not, it draws with its own "DejaVu Sans"
	 *         or the nearest font it has)
	 */
	public static synchronized boolean loadFont(Device device) {
		Boolean loaded = LOADED.get(device);
		if (loaded != null) {
			return loaded;
		}
		boolean ok = false;
		try {
			if (fontFiles == null) {
				// one copy per user, reused by every start: written once (atomically) and again only when the
				// bundled font changed (its size is in the name), so no temporary folder is left behind
				java.nio.file.Path folder = fontFolder();
				Files.createDirectories(folder);
				List<java.nio.file.Path> files = new ArrayList<>();
				for (boolean bold : new boolean[] { false, true }) {
					byte[] bytes = Fonts.file(bold);
					java.nio.file.Path file = folder.resolve((bold ? "DejaVuSans-Bold-" : "DejaVuSans-") + bytes.length + ".ttf");
					if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
						nl.oppstudio.core.AtomicFiles.write(file, out -> out.write(bytes));
					}
					files.add(file);
				}
				fontFiles = List.copyOf(files);
			}
			ok = true;
			for (java.nio.file.Path file : fontFiles) {
				ok &= device.loadFont(file.toString());
			}
		} catch (IOException | RuntimeException e) {
			ok = false; // the machine's own fonts then: the diagram is still drawn
		}
		LOADED.put(device, ok);
		return ok;
	}

	/** Where the copies of the PDF's font live: the user's cache folder of OPP Studio. */
	private static java.nio.file.Path fontFolder() {
		String cache = System.getenv("XDG_CACHE_HOME");
		java.nio.file.Path base = cache != null && !cache.isBlank() ? java.nio.file.Path.of(cache)
				: java.nio.file.Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("oppstudio").resolve("fonts");
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
		gc.setLineStyle(SWT.LINE_SOLID);
		stroke(gc, view, points, EDGE, 1, null);
		if (edge.arrow()) {
			// the SVG's marker: 6 stroke widths long, a triangle ending at the last point
			Point tip = points.get(points.size() - 1);
			Point from = points.get(points.size() - 2);
			double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
			double length = 6, half = 3;
			double bx = tip.x() - length * Math.cos(angle), by = tip.y() - length * Math.sin(angle);
			stroke(gc, view, List.of(tip, new Point(bx + half * Math.sin(angle), by - half * Math.cos(angle)),
					new Point(bx - half * Math.sin(angle), by + half * Math.cos(angle))), EDGE, 0.5, EDGE);
		}
	}

	/** A node as the SVG draws it (the diagram bundle's painter): box, caption, icon, lines, details, domain. */
	private void node(GC gc, View view, Node node) {
		Style style = node.style() == null ? PLAIN : node.style();
		Rectangle box = view.box(node);
		int arc = (int) Math.round(2 * CORNER * view.zoom);
		gc.setBackground(color(style.fill()));
		gc.fillRoundRectangle(box.x, box.y, box.width, box.height, arc, arc);
		if (style.borderWidth() > 0) {
			gc.setForeground(color(style.border()));
			gc.setLineWidth(Math.max(1, (int) Math.round(style.borderWidth() * view.zoom)));
			if (style.dashed()) {
				int dash = Math.max(1, (int) Math.round(4 * view.zoom)), gap = Math.max(1, (int) Math.round(2 * view.zoom));
				gc.setLineDash(new int[] { dash, gap });
			} else {
				gc.setLineStyle(SWT.LINE_SOLID);
			}
			gc.drawRoundRectangle(box.x, box.y, box.width, box.height, arc, arc);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		Rectangle old = gc.getClipping();
		gc.setClipping(box.intersection(old));
		double left = node.x() + PAD;
		double y = node.y() + PAD + CAPTION;
		double inner = node.width() - 2 * PAD;
		text(gc, view, left, y, Boxes.caption(node), CAPTION, true, style.text(), inner - ICON - 4);
		NodeState.Icon icon = node.state() == null ? NodeState.Icon.NONE : node.state().icon();
		icon(gc, view, icon, node.x() + node.width() - PAD - ICON, node.y() + PAD - 0.5, ICON, style.text());
		y += CAPTION_LEADING - CAPTION + 2;
		for (String line : node.lines()) {
			y += TEXT_LEADING;
			text(gc, view, left, y - 2.5, line, TEXT, false, style.text(), inner);
		}
		if (!node.details().isEmpty() || node.domain() != null) {
			y += 2;
		}
		for (String line : node.details()) {
			y += DETAIL_LEADING;
			text(gc, view, left, y - 2, line, DETAIL, false, style.text(), inner);
		}
		String domain = Boxes.domain(node);
		if (domain != null) {
			y += DETAIL_LEADING;
			text(gc, view, left, y - 2, domain, DETAIL, true, style.text(), inner);
		}
		gc.setClipping(old);
	}

	/**
	 * One line of text with its baseline at ({@code x}, {@code y}) points, at most {@code width} points wide:
	 * the lines were wrapped with the PDF font's widths, and a screen font that comes out a little wider
	 * is drawn a little smaller rather than cut off at the box's edge.
	 */
	private void text(GC gc, View view, double x, double y, String text, double size, boolean bold, int colour,
			double width) {
		if (text.isEmpty()) {
			return;
		}
		gc.setFont(font(size, bold, view.zoom));
		int extent = gc.textExtent(text, SWT.DRAW_TRANSPARENT).x;
		double room = width * view.zoom;
		if (extent > room && extent > 0) {
			gc.setFont(font(size * room / extent * 0.98, bold, view.zoom));
		}
		gc.setForeground(color(colour));
		int ascent = gc.getFontMetrics().getAscent() + gc.getFontMetrics().getLeading();
		gc.drawText(text, view.x(x), view.y(y) - ascent, true);
	}

	/** The state icon in a square of {@code s} points at ({@code x}, {@code y}), drawn as lines (as in the SVG). */
	private void icon(GC gc, View view, NodeState.Icon icon, double x, double y, double s, int colour) {
		double cx = x + s / 2;
		double cy = y + s / 2;
		double r = s / 2 - 0.5;
		switch (icon) {
		case NONE -> {
			// no state
		}
		case CHECK -> stroke(gc, view, List.of(p(x + s * .1, y + s * .55), p(x + s * .4, y + s * .85), p(x + s * .9, y + s * .15)),
				colour, 1.6, null);
		case CHECK_LATE -> {
			stroke(gc, view, List.of(p(x, y + s * .5), p(x + s * .3, y + s * .8), p(x + s * .7, y + s * .1)), colour, 1.4, null);
			circle(gc, view, x + s * .8, y + s * .8, s * .2, colour, colour, 0.5);
		}
		case HALF -> {
			circle(gc, view, cx, cy, r, null, colour, 1);
			stroke(gc, view, List.of(p(cx, cy - r), p(cx - r * .7071, cy - r * .7071), p(cx - r, cy),
					p(cx - r * .7071, cy + r * .7071), p(cx, cy + r)), colour, 0.5, colour);
		}
		case CROSS -> {
			stroke(gc, view, List.of(p(x + s * .15, y + s * .15), p(x + s * .85, y + s * .85)), colour, 1.6, null);
			stroke(gc, view, List.of(p(x + s * .85, y + s * .15), p(x + s * .15, y + s * .85)), colour, 1.6, null);
		}
		case OPEN -> circle(gc, view, cx, cy, r, null, colour, 1);
		case CLOCK -> {
			circle(gc, view, cx, cy, r, null, colour, 1);
			stroke(gc, view, List.of(p(cx, cy - r * .65), p(cx, cy), p(cx + r * .5, cy)), colour, 1, null);
		}
		case WARNING -> {
			stroke(gc, view, List.of(p(cx, y), p(x + s, y + s), p(x, y + s), p(cx, y)), colour, 1, null);
			stroke(gc, view, List.of(p(cx, y + s * .35), p(cx, y + s * .68)), colour, 1.2, null);
			circle(gc, view, cx, y + s * .84, s * .07, colour, colour, 0.5);
		}
		}
	}

	/** Lines through {@code points} (round caps and joins); closed and filled with {@code fill} when it is not {@code null}. */
	private void stroke(GC gc, View view, List<Point> points, int colour, double width, Integer fill) {
		Path path = new Path(device);
		try {
			for (int i = 0; i < points.size(); i++) {
				float px = (float) (view.dx + points.get(i).x() * view.zoom), py = (float) (view.dy + points.get(i).y() * view.zoom);
				if (i == 0) {
					path.moveTo(px, py);
				} else {
					path.lineTo(px, py);
				}
			}
			if (fill != null) {
				path.close();
				gc.setBackground(color(fill));
				gc.fillPath(path);
			}
			gc.setForeground(color(colour));
			gc.setLineAttributes(new LineAttributes((float) Math.max(0.5, width * view.zoom), SWT.CAP_ROUND, SWT.JOIN_ROUND));
			gc.drawPath(path);
		} finally {
			path.dispose();
			gc.setLineAttributes(new LineAttributes(1));
		}
	}

	private void circle(GC gc, View view, double cx, double cy, double r, Integer fill, int colour, double width) {
		Path path = new Path(device);
		try {
			float x = (float) (view.dx + (cx - r) * view.zoom), y = (float) (view.dy + (cy - r) * view.zoom);
			float d = (float) (2 * r * view.zoom);
			path.addArc(x, y, d, d, 0, 360);
			if (fill != null) {
				gc.setBackground(color(fill));
				gc.fillPath(path);
			}
			gc.setForeground(color(colour));
			gc.setLineAttributes(new LineAttributes((float) Math.max(0.5, width * view.zoom)));
			gc.drawPath(path);
		} finally {
			path.dispose();
			gc.setLineAttributes(new LineAttributes(1));
		}
	}

	private static Point p(double x, double y) {
		return new Point(x, y);
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
