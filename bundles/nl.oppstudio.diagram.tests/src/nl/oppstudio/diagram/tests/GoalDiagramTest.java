package nl.oppstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.Edge;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeRole;
import nl.oppstudio.diagram.NodeState;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.internal.Styles;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.format.model.DiagramColour;
import nl.oppstudio.format.model.DiagramDirection;
import nl.oppstudio.format.model.DiagramLevel;
import nl.oppstudio.format.model.DiagramState;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.FormatFactory;
import nl.oppstudio.format.model.GoalsBlock;

/** Issue 13: the goal hierarchy as a scene: every goal and action once, styled by evaluation, laid out without overlap. */
class GoalDiagramTest {

	@Test
	void everyGoalAndActionOnceUnderItsParent() {
		GoalTree.Block tree = Trees.tree(Trees.block(), 3, 2, 3);
		Scene scene = Diagrams.goals(tree, "vmbo kaderberoepsgerichte leerweg", "Sem");
		List<Object> all = Trees.all(tree);
		assertEquals(all.size() + 1, scene.nodes().size());
		Node root = scene.nodes().get(0);
		assertEquals(NodeRole.OUTFLOW, root.role());
		assertEquals("vmbo kaderberoepsgerichte leerweg", root.text());
		for (GoalTree.Goal goal : tree.goals()) {
			Node node = scene.node(goal.path());
			assertNotNull(node, goal.path());
			assertSame(root, node.parent());
			assertEquals(goal.level().getLabel(), node.caption());
			assertTrue(hasEdge(scene, root, node));
			for (GoalTree.Goal sub : goal.goals()) {
				Node child = scene.node(sub.path());
				assertSame(node, child.parent());
				assertTrue(hasEdge(scene, node, child), "geen lijn " + node + " > " + child);
				for (GoalTree.Action action : sub.actions()) {
					Node leaf = scene.node(action.path());
					assertEquals(NodeRole.ACTION, leaf.role());
					assertEquals(action.actorLabel(), leaf.caption());
					assertEquals(action.text(), leaf.text());
					assertTrue(hasEdge(scene, child, leaf));
					assertEquals(action.criterion() == null, leaf.details().isEmpty());
					if (action.criterion() != null) {
						assertEquals("Criterium: " + action.criterion(), leaf.details().get(0));
					}
				}
			}
		}
		assertEquals(scene.nodes().size() - 1, scene.edges().size(), "een boom: één lijn per knoop onder de wortel");
		Checks.all(scene);
	}

	private static boolean hasEdge(Scene scene, Node from, Node to) {
		return scene.edges().stream().anyMatch(e -> e.source() == from && e.target() == to);
	}

	@Test
	void stateByColourIconAndBorder() {
		Scene scene = Diagrams.goals(Trees.tree(Trees.block(), 4, 3, 0), null, "Sem");
		Map<GoalTree.Evaluation, NodeState> expected = Map.of(GoalTree.Evaluation.ACHIEVED, NodeState.ACHIEVED,
				GoalTree.Evaluation.PARTLY, NodeState.PARTLY, GoalTree.Evaluation.NOT_ACHIEVED, NodeState.NOT_ACHIEVED,
				GoalTree.Evaluation.OPEN, NodeState.NOT_EVALUATED);
		Map<NodeState, NodeState.Icon> icons = Map.of(NodeState.ACHIEVED, NodeState.Icon.CHECK, NodeState.PARTLY,
				NodeState.Icon.HALF, NodeState.NOT_ACHIEVED, NodeState.Icon.CROSS, NodeState.NOT_EVALUATED, NodeState.Icon.OPEN);
		GoalTree.Block tree = Trees.tree(Trees.block(), 4, 3, 0);
		Set<Integer> fills = new java.util.HashSet<>();
		for (Object item : Trees.all(tree)) {
			GoalTree.Goal goal = (GoalTree.Goal) item;
			Node node = scene.node(goal.path());
			NodeState state = expected.get(goal.evaluation());
			assertEquals(state, node.state(), node.toString());
			assertEquals(icons.get(state), node.state().icon());
			assertEquals(state == NodeState.NOT_EVALUATED, node.style().dashed(), "gestippeld alleen als niet geëvalueerd");
			assertTrue(Styles.contrast(node.style().text(), node.style().fill()) >= 4.5, "contrast van " + node);
			fills.add(node.style().fill());
			assertEquals(goal.domainLabel() == null ? null : "Domein: " + goal.domainLabel(), node.domain());
		}
		assertEquals(4, fills.size(), "elke evaluatie een eigen kleur");
		assertFalse(scene.nodes().stream().anyMatch(n -> n.role() == NodeRole.OUTFLOW), "geen uitstroom zonder uitstroomblok");
	}

	@Test
	void blockStyleDirectionLevelsAndColours() {
		GoalsBlock block = Trees.block();
		DiagramStyle style = FormatFactory.eINSTANCE.createDiagramStyle();
		style.setDirection(DiagramDirection.RIGHT);
		style.getShown().add(DiagramLevel.LANGE_TERMIJN);
		style.getShown().add(DiagramLevel.ACTIES);
		DiagramColour colour = FormatFactory.eINSTANCE.createDiagramColour();
		colour.setState(DiagramState.BEHAALD);
		colour.setColour("#003366");
		style.getColours().add(colour);
		block.setDiagram(style);
		GoalTree.Block tree = Trees.tree(block, 2, 2, 2);
		Scene scene = Diagrams.goals(tree, "havo", "Sem");
		// no uitstroom, no short-term goals: the actions hang under the long-term goals
		assertNull(scene.node("uitstroom"));
		assertEquals(2 + 2 * 2 * 2, scene.nodes().size());
		for (GoalTree.Goal goal : tree.goals()) {
			Node node = scene.node(goal.path());
			for (GoalTree.Goal sub : goal.goals()) {
				assertNull(scene.node(sub.path()));
				for (GoalTree.Action action : sub.actions()) {
					assertSame(node, scene.node(action.path()).parent());
				}
			}
			if (goal.evaluation() == GoalTree.Evaluation.ACHIEVED) {
				assertEquals(0x003366, node.style().fill());
				assertEquals(Styles.WHITE, node.style().text(), "witte tekst op een donkere kleur");
			}
		}
		// to the right: a child lies right of its parent
		for (Edge edge : scene.edges()) {
			assertTrue(edge.target().x() >= edge.source().x() + edge.source().width(), edge.target() + " niet rechts");
		}
		Checks.all(scene);
	}

	@Test
	void downByDefault() {
		Scene scene = Diagrams.goals(Trees.tree(Trees.block(), 2, 2, 1), "vmbo", "Sem");
		for (Edge edge : scene.edges()) {
			assertTrue(edge.target().y() >= edge.source().y() + edge.source().height(), edge.target() + " niet eronder");
		}
	}

	@Test
	void altTextInReadingOrder() {
		Scene scene = Diagrams.goals(Trees.tree(Trees.block(), 1, 1, 1), "vmbo", "Sem");
		String alt = Diagrams.altText(scene);
		assertTrue(alt.startsWith("Doelen van Sem: uitstroomperspectief vmbo; langetermijndoel 1: Doel 1: "), alt);
		int shortTerm = alt.indexOf("kortetermijndoel 1.1: Tussendoel 1.1");
		int action = alt.indexOf("actie ouders: Actie 1.1.1");
		assertTrue(shortTerm > 0 && action > shortTerm, alt);
		assertTrue(alt.contains("(deels behaald)") || alt.contains("(behaald)") || alt.contains("(niet behaald)")
				|| alt.contains("(nog niet geëvalueerd)"), alt);
	}

	@Test
	void longTextsAreWrappedAndShortened() {
		Scene scene = Diagrams.goals(Trees.tree(Trees.block(), 6, 2, 0), null, null);
		boolean shortened = false;
		for (Node node : scene.nodes()) {
			String drawn = String.join(" ", node.lines()).replace(" …", "").replace("…", "");
			assertTrue(node.text().replaceAll("\\s+", "").startsWith(drawn.replaceAll("\\s+", "")),
					"getekende tekst is het begin van de tekst: " + node);
			shortened |= node.lines().get(node.lines().size() - 1).endsWith("…");
		}
		assertTrue(shortened, "een lange tekst eindigt in …");
		Checks.linesFit(scene);
	}

	@Test
	void twoHundredNodesWithoutOverlap() {
		GoalTree.Block tree = Trees.tree(Trees.block(), 8, 5, 4);
		Scene scene = Diagrams.goals(tree, "vmbo", "Sem");
		assertEquals(209, scene.nodes().size());
		Checks.all(scene);
	}
}
