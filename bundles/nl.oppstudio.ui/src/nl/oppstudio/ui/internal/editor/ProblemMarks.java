package nl.oppstudio.ui.internal.editor;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.jface.text.source.IAnnotationPresentation;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;

import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Problem;

/**
 * How problems look: an annotation per problem (painted in the ruler as a small round mark, squiggled in
 * the text, a stripe in the overview ruler), and the same marks as images for tables. No workbench:
 * the annotation access that the Eclipse editors take from {@code org.eclipse.ui.editors} is here.
 */
public final class ProblemMarks {

	/** The annotation type of each severity. */
	static final Map<Severity, String> TYPES = new EnumMap<>(Map.of(Severity.ERROR, "nl.oppstudio.problem.fout",
			Severity.WARNING, "nl.oppstudio.problem.waarschuwing", Severity.INFO, "nl.oppstudio.problem.info"));

	private static final Map<Severity, RGB> COLOURS = new EnumMap<>(Map.of(Severity.ERROR, new RGB(210, 40, 40),
			Severity.WARNING, new RGB(230, 150, 0), Severity.INFO, new RGB(40, 110, 200)));

	private static final String IMAGES = "nl.oppstudio.problemImages";

	private ProblemMarks() {
	}

	/** The colour of a severity. */
	public static Color colour(Severity severity) {
		return new Color(COLOURS.get(severity));
	}

	/** A small round mark for a severity (12 × 12), shared per display and disposed with it. */
	@SuppressWarnings("unchecked")
	public static Image image(Display display, Severity severity) {
		Map<Severity, Image> images = (Map<Severity, Image>) display.getData(IMAGES);
		if (images == null) {
			images = new EnumMap<>(Severity.class);
			display.setData(IMAGES, images);
			Map<Severity, Image> created = images;
			display.disposeExec(() -> created.values().forEach(Image::dispose));
		}
		return images.computeIfAbsent(severity, s -> draw(display, s));
	}

	private static Image draw(Display display, Severity severity) {
		ImageData data = new ImageData(12, 12, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		data.transparentPixel = data.palette.getPixel(new RGB(255, 0, 255));
		for (int y = 0; y < 12; y++) {
			for (int x = 0; x < 12; x++) {
				data.setPixel(x, y, data.transparentPixel);
			}
		}
		Image image = new Image(display, data);
		GC gc = new GC(image);
		try {
			paintMark(gc, severity, new Rectangle(0, 0, 12, 12));
		} finally {
			gc.dispose();
		}
		return image;
	}

	/** Paints a severity's mark centred in the bounds. */
	static void paintMark(GC gc, Severity severity, Rectangle bounds) {
		int size = Math.min(11, Math.min(bounds.width, bounds.height) - 1);
		if (size < 4) {
			return;
		}
		int x = bounds.x + (bounds.width - size) / 2;
		int y = bounds.y + (bounds.height - size) / 2;
		gc.setAntialias(SWT.ON);
		gc.setBackground(colour(severity));
		gc.fillOval(x, y, size, size);
		gc.setForeground(new Color(255, 255, 255));
		gc.setLineWidth(2);
		int middle = x + size / 2;
		if (severity == Severity.INFO) {
			gc.drawLine(middle, y + size / 2 - 1, middle, y + size - 3);
			gc.drawPoint(middle, y + 2);
		} else {
			gc.drawLine(middle, y + 2, middle, y + size - 5);
			gc.drawLine(middle, y + size - 3, middle, y + size - 3);
		}
	}

	/** A problem in the text: its message is the annotation's text. */
	public static final class ProblemAnnotation extends Annotation implements IAnnotationPresentation {

		private final Problem problem;

		ProblemAnnotation(Problem problem) {
			super(TYPES.get(problem.severity()), false, problem.message());
			this.problem = problem;
		}

		/** The problem it marks. */
		public Problem problem() {
			return problem;
		}

		@Override
		public int getLayer() {
			return 2 - problem.severity().ordinal();
		}

		@Override
		public void paint(GC gc, Canvas canvas, Rectangle bounds) {
			paintMark(gc, problem.severity(), bounds);
		}
	}

	/** The annotation access of the ruler, the overview ruler and the squiggles. */
	static final class Access implements IAnnotationAccess, IAnnotationAccessExtension {

		@Override
		public Object getType(Annotation annotation) {
			return annotation.getType();
		}

		@Override
		public boolean isMultiLine(Annotation annotation) {
			return true;
		}

		@Override
		public boolean isTemporary(Annotation annotation) {
			return true;
		}

		@Override
		public String getTypeLabel(Annotation annotation) {
			if (annotation instanceof ProblemAnnotation problem) {
				return switch (problem.problem().severity()) {
				case ERROR -> Messages.errorAnnotation;
				case WARNING -> Messages.warningAnnotation;
				case INFO -> Messages.infoAnnotation;
				};
			}
			return "";
		}

		@Override
		public int getLayer(Annotation annotation) {
			return annotation instanceof IAnnotationPresentation presentation ? presentation.getLayer() : 0;
		}

		@Override
		public void paint(Annotation annotation, GC gc, Canvas canvas, Rectangle bounds) {
			if (annotation instanceof IAnnotationPresentation presentation) {
				presentation.paint(gc, canvas, bounds);
			}
		}

		@Override
		public boolean isPaintable(Annotation annotation) {
			return annotation instanceof IAnnotationPresentation;
		}

		@Override
		public boolean isSubtype(Object annotationType, Object potentialSupertype) {
			return annotationType.equals(potentialSupertype);
		}

		@Override
		public Object[] getSupertypes(Object annotationType) {
			return new Object[] { annotationType };
		}
	}

	/** Colours by RGB for the overview ruler (SWT colours need no disposing). */
	static final class SharedColours implements ISharedTextColors {

		private final Map<RGB, Color> colours = new HashMap<>();

		@Override
		public Color getColor(RGB rgb) {
			return colours.computeIfAbsent(rgb, Color::new);
		}

		@Override
		public void dispose() {
			colours.clear();
		}
	}

	static RGB rgb(Severity severity) {
		return COLOURS.get(severity);
	}
}
