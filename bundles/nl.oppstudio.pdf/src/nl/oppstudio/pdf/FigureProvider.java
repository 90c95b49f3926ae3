package nl.oppstudio.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Element;

/**
 * Contributes figures to the PDF: after an element's content (a section, a goals or cycle block…) the
 * renderer places the figures every provider gives for it, and at the end of what it wrote those of
 * {@link #closing}. The diagram step implements this; the PDF step knows no diagram. One renderer
 * serves several threads at once, so a provider must be thread-safe; a provider that throws costs its
 * figures (reported as a warning), not the PDF.
 */
@FunctionalInterface
public interface FigureProvider {

	/**
	 * What the renderer tells a provider: the reference date of the rendering, the text column in points
	 * (a figure wider than {@code columnWidth} is scaled down to it; a figure taller than
	 * {@code columnHeight} does not fit on a page), and the elements whose content has been written so far
	 * (all of them when {@link #closing} is asked; an extract writes only some).
	 */
	record Context(LocalDate at, double columnWidth, double columnHeight, Set<Element> written) {

		/** The text column of an A4 page with the default margins, in points. */
		public static final double A4_WIDTH = 481.9;
		public static final double A4_HEIGHT = 671.5;

		public Context {
			Objects.requireNonNull(at, "at");
			Objects.requireNonNull(written, "written");
		}

		/** Today, an A4 column, nothing known to be written: for callers outside a rendering. */
		public static Context today() {
			return new Context(LocalDate.now(), A4_WIDTH, A4_HEIGHT, Set.of());
		}
	}

	/** The figures to place after {@code element} in {@code document}; empty for none. */
	List<Figure> figures(OppDocument document, Element element);

	/** As {@link #figures(OppDocument, Element)}, told about the rendering; by default that method. */
	default List<Figure> figures(OppDocument document, Element element, Context context) {
		return figures(document, element);
	}

	/** The figures to place at the end of what was written ({@code context.written()} is complete); none by default. */
	default List<Figure> closing(OppDocument document, Context context) {
		return List.of();
	}
}
