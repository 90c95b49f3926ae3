package nl.oppstudio.pdf.tests;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.pdf.Figure;
import nl.oppstudio.pdf.FigureProvider;

/**
 * A figure provider as a diagram bundle would plug it in: named in this bundle's
 * {@code META-INF/services/nl.oppstudio.pdf.FigureProvider} (the command line's way) and, in
 * {@link FigureProvidersTest}, registered as an OSGi service (the window's way). One figure under the
 * goals, with the given caption.
 */
public class CaptionFigureProvider implements FigureProvider {

	static final String SERVICE_LOADER_CAPTION = "Figuur gevonden door de ServiceLoader";

	private final String caption;

	public CaptionFigureProvider() {
		this(SERVICE_LOADER_CAPTION);
	}

	CaptionFigureProvider(String caption) {
		this.caption = caption;
	}

	@Override
	public List<Figure> figures(OppDocument document, Element element) {
		return "doelen".equals(element.getName())
				? List.of(new Figure("<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'><rect width='40' height='20'/></svg>"
						.getBytes(StandardCharsets.UTF_8), Figure.SVG, "Doelen", caption))
				: List.of();
	}
}
