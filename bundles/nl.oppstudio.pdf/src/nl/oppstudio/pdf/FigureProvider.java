package nl.oppstudio.pdf;

import java.util.List;

import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Element;

/**
 * Contributes figures to the PDF: after an element's content (a section, a goals or cycle block…) the
 * renderer places the figures every provider gives for it. The diagram step implements this; the PDF
 * step knows no diagram. One renderer serves several threads at once, so a provider must be
 * thread-safe; a provider that throws costs its figures (reported as a warning), not the PDF.
 */
@FunctionalInterface
public interface FigureProvider {

	/** The figures to place after {@code element} in {@code document}; empty for none. */
	List<Figure> figures(OppDocument document, Element element);
}
