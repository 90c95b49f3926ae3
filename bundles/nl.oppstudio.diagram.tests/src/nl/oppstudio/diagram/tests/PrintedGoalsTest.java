package nl.oppstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.internal.Boxes;
import nl.oppstudio.diagram.internal.DiagramFigures;
import nl.oppstudio.diagram.internal.GoalDescription;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.DiagramPlacement;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatFactory;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.pdf.Figure;
import nl.oppstudio.pdf.FigureProvider;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 13, review: the goal diagrams must be readable in the PDF "from 3 nodes to 200" (printed text
 * at least 7 pt), and an extract draws the diagrams of what it writes and no others.
 */
class PrintedGoalsTest {

	private static final double COLUMN = FigureProvider.Context.A4_WIDTH;
	private static final double PAGE = FigureProvider.Context.A4_HEIGHT;

	/** The figures as the PDF gets them: each printed at min(1, column / width); text at least 7 pt; on a page. */
	private static void readable(String name, Scene scene) {
		List<Scene> parts = Diagrams.parts(scene, PAGE);
		for (Scene part : parts) {
			double scale = Math.min(1, COLUMN / part.width());
			assertTrue(scale * Boxes.TEXT_SIZE >= 7, name + ": tekst gedrukt op " + scale * Boxes.TEXT_SIZE + " pt (breedte "
					+ part.width() + " pt)");
			assertTrue(part.height() <= PAGE, name + ": figuur hoger dan een pagina: " + part.height());
			assertFalse(part.altText().isBlank() || part.altText().endsWith(": "), name + ": alt-tekst " + part.altText());
			Checks.all(part);
		}
		assertEquals(scene.nodes().size(), parts.stream().mapToInt(p -> p.nodes().size()).sum(), name + ": knopen kwijt");
	}

	@TestFactory
	Stream<DynamicTest> everyExampleGoalDiagramPrintsAtSevenPointsOrMore() {
		Map<Path, Format> documents = ExampleDocuments.documents();
		return documents.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().getFileName().toString(), () -> {
			OppDocument document = Documents.load(entry.getKey(), entry.getValue());
			for (GoalTree.Block block : GoalTree.of(document)) {
				Scene scene = Diagrams.goals(block, GoalDescription.outflow(document), document.pupilName(), COLUMN);
				readable(entry.getKey().getFileName().toString(), scene);
			}
		}));
	}

	@Test
	void twoHundredNodesPrintAtSevenPointsOrMoreOnPages() {
		Scene scene = Diagrams.goals(Trees.tree(Trees.block(), 8, 5, 4), "vmbo", "Sem", COLUMN);
		assertEquals(209, scene.nodes().size());
		assertTrue(scene.width() <= COLUMN, "compact: " + scene.width());
		Checks.all(scene);
		List<Scene> parts = Diagrams.parts(scene, PAGE);
		assertTrue(parts.size() > 1);
		assertTrue(parts.get(0).altText().startsWith("Doelen van Sem (deel 1 van " + parts.size() + "): uitstroomperspectief vmbo"),
				parts.get(0).altText());
		assertTrue(parts.get(1).altText().startsWith("Doelen van Sem (deel 2 van " + parts.size() + "): "), parts.get(1).altText());
		readable("200 knopen", Diagrams.goals(Trees.tree(Trees.block(), 8, 5, 4), "vmbo", "Sem", COLUMN));
	}

	@Test
	void compactTreeIndentsEachLevelAndKeepsReadingOrder() {
		Scene scene = Diagrams.goals(Trees.tree(Trees.block(), 6, 3, 3), "vmbo", "Sem", COLUMN);
		Node previous = null;
		for (Node node : scene.nodes()) {
			if (previous != null) {
				assertTrue(node.y() >= previous.y() + previous.height(), node + " staat niet onder " + previous);
			}
			if (node.parent() != null) {
				assertTrue(node.x() > node.parent().x(), node + " niet ingesprongen");
			}
			previous = node;
		}
		Scene small = Diagrams.goals(Trees.tree(Trees.block(), 1, 1, 1), null, "Sem", COLUMN);
		assertEquals(Diagrams.goals(Trees.tree(Trees.block(), 1, 1, 1), null, "Sem").width(), small.width(),
				"een smalle boom blijft gelaagd");
	}

	@Test
	void noFigureForADocumentWithoutGoals() {
		GoalTree.Block empty = new GoalTree.Block(Trees.block(), null, "handelingsdeel/doelen", List.of(), List.of());
		Scene scene = Diagrams.goals(empty, "", "Sem", COLUMN);
		assertTrue(scene.nodes().stream().noneMatch(n -> n.role() == nl.oppstudio.diagram.NodeRole.GOAL));
	}

	/** Records the alt texts of what a provider gives, after blocks and at the end. */
	private static final class Recording implements FigureProvider {
		final DiagramFigures diagrams = new DiagramFigures();
		final List<String> after = new ArrayList<>();
		final List<String> closing = new ArrayList<>();

		@Override
		public List<Figure> figures(OppDocument document, Element element) {
			throw new AssertionError("de renderer geeft de context mee");
		}

		@Override
		public List<Figure> figures(OppDocument document, Element element, Context context) {
			List<Figure> figures = diagrams.figures(document, element, context);
			figures.forEach(f -> after.add(f.altText()));
			return figures;
		}

		@Override
		public List<Figure> closing(OppDocument document, Context context) {
			List<Figure> figures = diagrams.closing(document, context);
			figures.forEach(f -> closing.add(f.altText()));
			return figures;
		}
	}

	@Test
	void anExtractDrawsTheEndDiagramsOfWhatItWritesOnly(@TempDir Path dir) throws Exception {
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), TestFormats.load(Examples.file(Examples.FORMAT)));
		CycleBlock cycle = first(document, CycleBlock.class);
		GoalsBlock goals = first(document, GoalsBlock.class);
		cycle.setDiagram(end());
		goals.setDiagram(end());
		try {
			Recording recording = new Recording();
			PdfRenderer renderer = PdfRenderer.create(List.of(recording));
			// the extract (Handelingswijzer) writes handelingsdeel.doelen but not the cycle's section
			renderer.renderExtract(document, dir.resolve("uittreksel.pdf"));
			assertTrue(Files.size(dir.resolve("uittreksel.pdf")) > 0);
			assertTrue(recording.after.isEmpty(), recording.after.toString());
			assertEquals(1, recording.closing.size(), recording.closing.toString());
			assertTrue(recording.closing.get(0).startsWith(goals.getLabel()), recording.closing.toString());

			Recording full = new Recording();
			PdfRenderer.create(List.of(full)).render(document, new ByteArrayOutputStream());
			assertTrue(full.after.isEmpty(), full.after.toString());
			assertEquals(2, full.closing.size(), "de volledige PDF tekent beide achteraan: " + full.closing);
		} finally {
			cycle.setDiagram(null);
			goals.setDiagram(null);
		}
	}

	private static DiagramStyle end() {
		DiagramStyle style = FormatFactory.eINSTANCE.createDiagramStyle();
		style.setPlacement(DiagramPlacement.END);
		return style;
	}

	private static <T> T first(OppDocument document, Class<T> type) {
		List<Object> all = new ArrayList<>();
		document.format().eAllContents().forEachRemaining(all::add);
		return type.cast(all.stream().filter(type::isInstance).findFirst().orElseThrow());
	}
}
