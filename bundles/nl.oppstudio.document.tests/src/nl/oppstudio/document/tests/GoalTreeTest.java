package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.GoalTree.Action;
import nl.oppstudio.document.GoalTree.Block;
import nl.oppstudio.document.GoalTree.Evaluation;
import nl.oppstudio.document.GoalTree.Goal;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;

/**
 * Issue 13: the goal hierarchy of a document (the diagram draws it, the form edits it). Every goal row and
 * every action row of each example document is in the tree exactly once, on its level, with its evaluation
 * and domain as stored.
 */
class GoalTreeTest {

	@Test
	void everyGoalAndActionOfEachExampleAppearsOnceWithWhatItSays() throws Exception {
		int goals = 0;
		int actions = 0;
		for (Map.Entry<Path, Format> entry : ExampleDocuments.documents().entrySet()) {
			OppDocument document = Documents.load(entry.getKey(), entry.getValue());
			Map<EObject, Integer> seen = new IdentityHashMap<>();
			for (Block block : GoalTree.of(document)) {
				for (Goal goal : block.goals()) {
					goals += check(goal, block, 0, seen, entry.getKey());
				}
				for (Action action : block.actions()) {
					seen.merge(action.row(), 1, Integer::sum);
				}
				actions += count(block);
			}
			List<EObject> rows = new ArrayList<>();
			document.root().eAllContents().forEachRemaining(object -> {
				if (object.eClass().getEStructuralFeature("doel") != null
						|| object.eClass().getEStructuralFeature("actie") != null) {
					rows.add(object);
				}
			});
			assertEquals(rows.size(), seen.size(), entry.getKey() + ": rows in the tree");
			for (EObject row : rows) {
				assertEquals(1, seen.getOrDefault(row, 0), entry.getKey() + ": " + row);
			}
		}
		assertTrue(goals >= 40, "goals in the examples: " + goals);
		assertTrue(actions >= 30, "actions in the examples: " + actions);
	}

	private static int check(Goal goal, Block block, int depth, Map<EObject, Integer> seen, Path file) {
		seen.merge(goal.row(), 1, Integer::sum);
		assertSame(block.element().getLevels().get(depth), goal.level(), file + " " + goal.path());
		assertFalse(goal.text().isBlank(), file + " " + goal.path());
		assertEquals(value(goal.row(), "evaluatie"), goal.evaluation().code(), goal.path());
		assertEquals(value(goal.row(), "doel"), goal.text());
		if (goal.domain() != null) {
			assertEquals(block.element().getDomains().stream().filter(o -> o.getCode().equals(goal.domain()))
					.map(ChoiceOption::getLabel).findFirst().orElseThrow(), goal.domainLabel());
		}
		boolean last = depth == block.element().getLevels().size() - 1;
		assertTrue(last || goal.actions().isEmpty(), "actions only under the last level: " + goal.path());
		assertTrue(!last || goal.goals().isEmpty());
		for (Action action : goal.actions()) {
			seen.merge(action.row(), 1, Integer::sum);
			assertEquals(value(action.row(), "actie"), action.text());
			assertTrue(action.path().startsWith(goal.path() + "/acties["), action.path());
		}
		int count = 1;
		for (Goal sub : goal.goals()) {
			assertTrue(sub.path().startsWith(goal.path() + "/"), sub.path());
			count += check(sub, block, depth + 1, seen, file);
		}
		return count;
	}

	private static int count(Block block) {
		int count = block.actions().size();
		for (Goal goal : GoalTree.allGoals(block)) {
			count += goal.actions().size();
		}
		return count;
	}

	private static String value(EObject row, String name) {
		return (String) row.eGet(row.eClass().getEStructuralFeature(name));
	}

	/** Tim's plan: three long-term goals, the actions under the short-term goal they serve, with domains. */
	@Test
	void timsGoalsAreNestedWithTheirActionsAndDomains() throws Exception {
		Block block = blockOf("revius-wijk-opp-tim.opp");
		assertEquals("handelingsdeel/doelen", block.path());
		assertEquals(3, block.goals().size());
		Goal behaviour = block.goals().get(1);
		assertEquals("handelingsdeel/doelen/langeTermijn[2]", behaviour.path());
		assertEquals("gedrag", behaviour.domain());
		assertEquals("Gedrag", behaviour.domainLabel());
		assertEquals(2, behaviour.goals().size());
		Goal incidents = behaviour.goals().get(1);
		assertEquals("korte-termijn", incidents.level().getHorizon().getLiteral());
		assertEquals(List.of("school", "hulpverlening"), incidents.actions().stream().map(Action::actor).toList());
		assertEquals("Hulpverlening", incidents.actions().get(1).actorLabel());
		assertEquals("handelingsdeel/doelen/langeTermijn[2]/korteTermijn[2]/acties[2]", incidents.actions().get(1).path());
		assertEquals(Evaluation.OPEN, incidents.evaluation());
	}

	/** Eva's plan was evaluated halfway (tussenevaluatie): one short-term goal achieved, one partly. */
	@Test
	void evasEvaluationsAreRead() throws Exception {
		Block block = blockOf("revius-wijk-opp-light-eva.opp");
		Goal goal = block.goals().get(0);
		assertEquals(Evaluation.OPEN, goal.evaluation());
		assertEquals(List.of(Evaluation.ACHIEVED, Evaluation.PARTLY), goal.goals().stream().map(Goal::evaluation).toList());
		assertNull(goal.domain(), "this format has no domeinen");
	}

	/** A block inside a repeating group: one block per row, its path with the row. */
	@Test
	void blocksInRepeatingGroupsArePerRow() throws Exception {
		List<Block> blocks = GoalTree.of(load("swv-po-opp-1-4-daan.opp"));
		assertTrue(blocks.size() >= 3, "blocks: " + blocks.size());
		assertEquals("handelingsdeel/vakgebiedDoelen[1]/doelen", blocks.get(0).path());
		assertEquals("handelingsdeel/vakgebiedDoelen[1]/doelen/langeTermijn[1]/korteTermijn[1]",
				blocks.get(0).goals().get(0).goals().get(0).path());
	}

	@Test
	void anEmptyDocumentHasItsBlocksWithoutGoals() throws Exception {
		OppDocument document = Documents.create(load(Examples.DOCUMENT).format());
		List<Block> blocks = GoalTree.of(document);
		assertEquals(1, blocks.size());
		assertNull(blocks.get(0).object());
		assertEquals(List.of(), blocks.get(0).goals());
		assertEquals("handelingsdeel/doelen", blocks.get(0).path());
	}

	static OppDocument load(String name) throws Exception {
		Path file = Examples.file(name);
		return Documents.load(file, ExampleDocuments.documents().get(file));
	}

	private static Block blockOf(String name) throws Exception {
		List<Block> blocks = GoalTree.of(load(name));
		assertEquals(1, blocks.size());
		return blocks.get(0);
	}
}
