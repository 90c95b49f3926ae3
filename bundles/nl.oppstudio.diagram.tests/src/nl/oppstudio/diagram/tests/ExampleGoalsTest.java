package nl.oppstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeRole;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.internal.GoalDescription;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** Issue 13: the goal diagram of every example document: each goal and action exactly once, under its parent. */
class ExampleGoalsTest {

	@TestFactory
	Stream<DynamicTest> everyGoalAndActionOfEveryExampleOnce() {
		Map<Path, Format> documents = ExampleDocuments.documents();
		return documents.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().getFileName().toString(), () -> {
			OppDocument document = Documents.load(entry.getKey(), entry.getValue());
			List<GoalTree.Block> blocks = GoalTree.of(document);
			List<Scene> scenes = Diagrams.goals(document);
			assertEquals(blocks.size(), scenes.size());
			for (int b = 0; b < blocks.size(); b++) {
				GoalTree.Block block = blocks.get(b);
				Scene scene = scenes.get(b);
				List<Object> all = Trees.all(block);
				long shown = scene.nodes().stream().filter(n -> n.role() != NodeRole.OUTFLOW).count();
				assertEquals(all.size(), shown, "knopen van " + block.element().getName());
				for (Object item : all) {
					Object row = item instanceof GoalTree.Goal goal ? goal.row() : ((GoalTree.Action) item).row();
					String text = item instanceof GoalTree.Goal goal ? goal.text() : ((GoalTree.Action) item).text();
					long times = scene.nodes().stream().filter(n -> n.element() == row).count();
					assertEquals(1, times, "één keer: " + text);
					Node node = scene.nodeOf(row);
					if (text != null && !text.isBlank()) {
						assertEquals(text.strip(), node.text());
					}
				}
				for (GoalTree.Goal goal : block.goals()) {
					parents(scene, goal, scene.node(GoalDescription.OUTFLOW_ID));
				}
				Checks.all(scene);
				assertTrue(Diagrams.svg(scene).contains("<desc>"));
				// to look at: target/diagrams/<document>-doelen-N.svg and .png
				Path folder = Path.of("target", "diagrams");
				java.nio.file.Files.createDirectories(folder);
				String name = entry.getKey().getFileName().toString().replace(".opp", "") + "-doelen-" + (b + 1);
				java.nio.file.Files.writeString(folder.resolve(name + ".svg"), Diagrams.svg(scene));
				java.nio.file.Files.write(folder.resolve(name + ".png"), Diagrams.png(scene, 1.5));
				if (b == 0) {
					for (Scene cycle : Diagrams.cycle(document, java.time.LocalDate.of(2026, 11, 30))) {
						java.nio.file.Files.write(folder.resolve(name.replace("-doelen-1", "-cyclus") + ".png"), Diagrams.png(cycle, 1.5));
					}
				}
			}
		}));
	}

	private static void parents(Scene scene, GoalTree.Goal goal, Node parent) {
		Node node = scene.nodeOf(goal.row());
		assertNotNull(node);
		assertSame(parent, node.parent(), node.toString());
		if (parent != null) {
			assertTrue(scene.edges().stream().anyMatch(e -> e.source() == parent && e.target() == node));
		}
		for (GoalTree.Goal sub : goal.goals()) {
			parents(scene, sub, node);
		}
		for (GoalTree.Action action : goal.actions()) {
			assertSame(node, scene.nodeOf(action.row()).parent());
		}
	}

	@Test
	void semHasHisOutflowAsRoot() throws Exception {
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), TestFormats.load(Examples.file(Examples.FORMAT)));
		Scene scene = Diagrams.goals(document).get(0);
		Node root = scene.nodes().get(0);
		assertEquals(NodeRole.OUTFLOW, root.role());
		assertEquals("vmbo kaderberoepsgerichte leerweg \u00b7 Vmbo", root.text());
		assertTrue(Diagrams.altText(scene).startsWith("Doelen van Sem de Vries: uitstroomperspectief "), Diagrams.altText(scene));
	}
}
