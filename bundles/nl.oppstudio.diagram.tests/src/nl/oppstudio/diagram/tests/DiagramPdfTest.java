package nl.oppstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.oppstudio.diagram.internal.DiagramFigures;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.DiagramPlacement;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatFactory;
import nl.oppstudio.pdf.Figure;
import nl.oppstudio.pdf.FigureProvider;
import nl.oppstudio.pdf.FigureProviders;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.pdf.Rendering;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;
import nl.oppstudio.testing.pdf.PdfConformance;

/**
 * Issue 13: with the diagrams in, every example PDF is still tagged PDF/A-2a and PDF/UA-1 (veraPDF);
 * the provider is found by DS in OSGi and named for the ServiceLoader; a block's placement is followed.
 */
class DiagramPdfTest {

	private static PdfRenderer renderer;

	@BeforeAll
	static void setUp() {
		renderer = PdfRenderer.create(List.of(new DiagramFigures()));
	}

	@TestFactory
	Stream<DynamicTest> everyExampleWithDiagramsIsPdfA2aAndPdfUa1() {
		Map<Path, Format> documents = ExampleDocuments.documents();
		return documents.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().getFileName().toString(), () -> {
			OppDocument document = Documents.load(entry.getKey(), entry.getValue());
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			Rendering rendering = renderer.render(document, pdf);
			assertTrue(rendering.warnings().stream().noneMatch(w -> w.contains("guur") || w.contains("iagram")),
					rendering.warnings().toString());
			PdfConformance.assertConforms(entry.getKey().getFileName() + " (met diagrammen)", pdf.toByteArray());
		}));
	}

	/**
	 * Issue 16, fuzzing finding 5: a goal is drawn in the goals diagram; a character there that DejaVu
	 * Sans lacks (Chinese) went to FOP's unembedded Times-Roman and the PDF/A check refused the whole PDF.
	 * Now it is set in M+ 1p, a character no bundled font has (Tigrinya) is U+FFFD, and the PDF conforms.
	 */
	@Test
	void aGoalOnlyAFallbackFontCanDrawStillGivesAConformingPdf(@org.junit.jupiter.api.io.TempDir Path temp)
			throws Exception {
		Map.Entry<Path, Format> sem = ExampleDocuments.documents().entrySet().stream()
				.filter(e -> e.getKey().getFileName().toString().equals("sem-de-vries.opp")).findFirst().orElseThrow();
		String goal = "Sem leest in januari op AVI-niveau M4.";
		String text = java.nio.file.Files.readString(sem.getKey(), StandardCharsets.UTF_8);
		assertTrue(text.contains(goal));
		Path edited = temp.resolve("sem-de-vries.opp");
		java.nio.file.Files.writeString(edited, text.replace(goal, "Sem leest \u597D\u4E66 en \u1230\u120B\u121D."),
				StandardCharsets.UTF_8);
		OppDocument document = Documents.load(edited, sem.getValue());
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Rendering rendering = renderer.render(document, pdf); // threw "Offending font: /Times-Roman" before
		assertTrue(rendering.warnings().toString().contains("U+1230"), rendering.warnings().toString());
		PdfConformance.assertConforms("doel in een ander schrift (met diagrammen)", pdf.toByteArray());
	}

	@Test
	void registeredForDeclarativeServicesAndTheServiceLoader() {
		assertTrue(FigureProviders.available().stream().anyMatch(DiagramFigures.class::isInstance),
				"de diagrammen zijn als FigureProvider-service geregistreerd: " + FigureProviders.available());
		assertTrue(ServiceLoader.load(FigureProvider.class, DiagramFigures.class.getClassLoader()).stream()
				.anyMatch(p -> p.type() == DiagramFigures.class), "META-INF/services noemt DiagramFigures");
	}

	@Test
	void cycleFigureAfterItsBlockAtTheEndOrNotAtAll() throws Exception {
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT),
				TestFormats.load(Examples.file(Examples.FORMAT)));
		CycleBlock cycle = nested(document);
		assertNotNull(cycle);
		DiagramFigures figures = new DiagramFigures();
		List<Figure> after = figures.figures(document, cycle);
		assertEquals(1, after.size());
		Figure figure = after.get(0);
		assertEquals(Figure.SVG, figure.mediaType());
		assertTrue(figure.altText().startsWith(cycle.getLabel() + " van " + Examples.PUPIL + ": fase 1"), figure.altText());
		assertTrue(new String(figure.image(), StandardCharsets.UTF_8).contains("<desc>"));
		assertTrue(figure.caption().contains(cycle.getLabel()), figure.caption());

		DiagramStyle style = FormatFactory.eINSTANCE.createDiagramStyle();
		style.setPlacement(DiagramPlacement.END);
		cycle.setDiagram(style);
		try {
			// at the end: after no block, but among the closing figures when the block was written
			List<Element> parts = document.schema().outline().stream().map(n -> n.element()).toList();
			for (Element part : parts) {
				assertTrue(figures.figures(document, part).isEmpty(), "achteraan: " + part);
			}
			FigureProvider.Context today = FigureProvider.Context.today();
			assertTrue(figures.closing(document, today).isEmpty(), "niet geschreven, dus niet achteraan");
			FigureProvider.Context written = new FigureProvider.Context(today.at(), today.columnWidth(),
					today.columnHeight(), java.util.Set.of(cycle), false);
			assertEquals(1, figures.closing(document, written).size());
			style.setPlacement(DiagramPlacement.NONE);
			for (Element part : parts) {
				assertTrue(figures.figures(document, part).isEmpty(), "geen: " + part);
			}
			assertTrue(figures.closing(document, written).isEmpty(), "geen");
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			renderer.render(document, pdf);
			assertFalse(pdf.size() == 0);
		} finally {
			cycle.setDiagram(null);
		}
	}

	private static CycleBlock nested(OppDocument document) {
		List<Object> all = new java.util.ArrayList<>();
		document.format().eAllContents().forEachRemaining(all::add);
		return (CycleBlock) all.stream().filter(CycleBlock.class::isInstance).findFirst().orElse(null);
	}
}
