package nl.oppstudio.diagram.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import nl.oppstudio.diagram.Point;
import nl.oppstudio.diagram.Scene;

/** A scene as a PNG, drawn with Java2D off screen (no display needed) by the same {@link Painter} as the SVG. */
public final class PngWriter implements Canvas {

	private final Graphics2D g;

	private PngWriter(Graphics2D g) {
		this.g = g;
	}

	/** The PNG of a laid-out scene, {@code scale} pixels per point. */
	public static byte[] write(Scene scene, double scale) {
		int width = Math.max(1, (int) Math.ceil(scene.width() * scale));
		int height = Math.max(1, (int) Math.ceil(scene.height() * scale));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.scale(scale, scale);
			Painter.paint(scene, new PngWriter(g));
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	@Override
	public void rect(double x, double y, double width, double height, double radius, int fill, int stroke,
			double strokeWidth, boolean dashed) {
		RoundRectangle2D shape = new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius);
		g.setColor(new Color(fill));
		g.fill(shape);
		if (strokeWidth > 0) {
			g.setColor(new Color(stroke));
			g.setStroke(dashed ? new BasicStroke((float) strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
					new float[] { 4, 2 }, 0) : new BasicStroke((float) strokeWidth));
			g.draw(shape);
		}
	}

	@Override
	public void text(double x, double y, String text, double size, boolean bold, int colour) {
		g.setFont(Fonts.font(size, bold));
		g.setColor(new Color(colour));
		g.drawString(text, (float) x, (float) y);
	}

	@Override
	public void polyline(List<Point> points, int colour, double width, Integer fill) {
		Path2D path = path(points);
		if (fill != null) {
			path.closePath();
			g.setColor(new Color(fill));
			g.fill(path);
		}
		g.setColor(new Color(colour));
		g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(path);
	}

	@Override
	public void circle(double cx, double cy, double r, Integer fill, int stroke, double width) {
		Ellipse2D shape = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
		if (fill != null) {
			g.setColor(new Color(fill));
			g.fill(shape);
		}
		g.setColor(new Color(stroke));
		g.setStroke(new BasicStroke((float) width));
		g.draw(shape);
	}

	@Override
	public void edge(List<Point> points, int colour, double width, boolean arrow) {
		g.setColor(new Color(colour));
		g.setStroke(new BasicStroke((float) width));
		g.draw(path(points));
		if (arrow) {
			// as the SVG marker: 6 line widths long, its tip on the end point
			Point end = points.get(points.size() - 1);
			Point before = points.get(points.size() - 2);
			double angle = Math.atan2(end.y() - before.y(), end.x() - before.x());
			double length = 6 * width;
			Path2D head = new Path2D.Double();
			head.moveTo(end.x(), end.y());
			head.lineTo(end.x() - length * Math.cos(angle) + length / 2 * Math.sin(angle),
					end.y() - length * Math.sin(angle) - length / 2 * Math.cos(angle));
			head.lineTo(end.x() - length * Math.cos(angle) - length / 2 * Math.sin(angle),
					end.y() - length * Math.sin(angle) + length / 2 * Math.cos(angle));
			head.closePath();
			g.fill(head);
		}
	}

	private static Path2D path(List<Point> points) {
		Path2D path = new Path2D.Double();
		path.moveTo(points.get(0).x(), points.get(0).y());
		for (int i = 1; i < points.size(); i++) {
			path.lineTo(points.get(i).x(), points.get(i).y());
		}
		return path;
	}
}
