package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.GoalEdits;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.GoalTree.Action;
import nl.oppstudio.document.GoalTree.Block;
import nl.oppstudio.document.GoalTree.Evaluation;
import nl.oppstudio.document.GoalTree.Goal;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.testing.Examples;

/**
 * Issue 13: the diagram's and the form's edits of goals and actions are commands on the editor's stack, so
 * undo and redo cover them and the document holds exactly what the user sees.
 */
class GoalEditsTest {

	private EditingDomain domain;
	private BasicCommandStack stack;

	@TempDir
	Path temp;

	@BeforeEach
	void domain() {
		stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
	}

	private void run(Command command) {
		assertTrue(command.canExecute(), command.toString());
		stack.execute(command);
	}

	private static Block block(OppDocument document) {
		return GoalTree.of(document).get(0);
	}

	@Test
	void setTextsAndEvaluationUndoAndRedo() throws Exception {
		OppDocument document = GoalTreeTest.load("revius-wijk-opp-tim.opp");
		Goal goal = block(document).goals().get(0);
		String before = goal.text();
		run(GoalEdits.setGoalText(domain, goal, "Tim gaat over naar klas 3."));
		run(GoalEdits.setEvaluation(domain, goal, Evaluation.NOT_ACHIEVED));
		run(GoalEdits.setGoalDomain(domain, goal, "gedrag"));
		Goal changed = block(document).goals().get(0);
		assertEquals("Tim gaat over naar klas 3.", changed.text());
		assertEquals(Evaluation.NOT_ACHIEVED, changed.evaluation());
		assertEquals("Gedrag", changed.domainLabel());
		stack.undo();
		stack.undo();
		assertEquals(Evaluation.OPEN, block(document).goals().get(0).evaluation());
		stack.undo();
		assertEquals(before, block(document).goals().get(0).text());
		stack.redo();
		assertEquals("Tim gaat over naar klas 3.", block(document).goals().get(0).text());

		Action action = block(document).goals().get(0).goals().get(0).actions().get(0);
		run(GoalEdits.setActionText(domain, action, "Weekgesprek op maandag."));
		run(GoalEdits.setCriterion(domain, action, "Verslag in SOMtoday."));
		Action edited = block(document).goals().get(0).goals().get(0).actions().get(0);
		assertEquals("Weekgesprek op maandag.", edited.text());
		assertEquals("Verslag in SOMtoday.", edited.criterion());
		stack.undo();
		stack.undo();
		assertEquals(action.text(), block(document).goals().get(0).goals().get(0).actions().get(0).text());
	}

	@Test
	void addGoalsAndActionsAndUndoThem() throws Exception {
		OppDocument document = GoalTreeTest.load("revius-wijk-opp-tim.opp");
		run(GoalEdits.addGoal(domain, document, block(document), "Tim kiest in april zijn profiel."));
		assertEquals(4, block(document).goals().size());
		Goal added = block(document).goals().get(3);
		assertEquals("handelingsdeel/doelen/langeTermijn[4]", added.path());
		run(GoalEdits.addGoal(domain, added, "Tim bezoekt in maart twee open dagen."));
		Goal sub = block(document).goals().get(3).goals().get(0);
		assertEquals("Tim bezoekt in maart twee open dagen.", sub.text());
		assertFalse(GoalEdits.addGoal(domain, sub, "te diep").canExecute(), "no level under the last");
		assertFalse(GoalEdits.addAction(domain, added, "school", "niet op dit niveau").canExecute());
		run(GoalEdits.addAction(domain, sub, "ouders", "Moeder gaat mee naar de open dagen."));
		Action action = block(document).goals().get(3).goals().get(0).actions().get(0);
		assertEquals("ouders", action.actor());
		assertEquals("Ouders", action.actorLabel());
		assertEquals("handelingsdeel/doelen/langeTermijn[4]/korteTermijn[1]/acties[1]", action.path());

		stack.undo();
		assertEquals(List.of(), block(document).goals().get(3).goals().get(0).actions());
		stack.undo();
		assertEquals(List.of(), block(document).goals().get(3).goals());
		stack.undo();
		assertEquals(3, block(document).goals().size());
		stack.redo();
		stack.redo();
		stack.redo();
		assertEquals("Moeder gaat mee naar de open dagen.",
				block(document).goals().get(3).goals().get(0).actions().get(0).text());
	}

	/** In a new document nothing exists yet: the first goal creates its section and block, undo removes them. */
	@Test
	void theFirstGoalCreatesItsContainers() throws Exception {
		OppDocument document = Documents.create(GoalTreeTest.load(Examples.DOCUMENT).format());
		Block block = block(document);
		assertNull(block.object());
		Command add = GoalEdits.addGoal(domain, document, block, "Sem leest eind juni op AVI-niveau E4.");
		run(add);
		assertEquals("Sem leest eind juni op AVI-niveau E4.", block(document).goals().get(0).text());
		// what the command changed is the new goal (the diagram selects and edits it), not its new section
		assertEquals(List.of(block(document).goals().get(0).row()), List.copyOf(add.getAffectedObjects()));
		assertEquals("handelingsdeel/doelen/langeTermijn[1]", block(document).goals().get(0).path());
		stack.undo();
		assertNull(block(document).object());
		assertNull(document.root().eGet(document.root().eClass().getEStructuralFeature("handelingsdeel")));
		stack.redo();
		Path file = temp.resolve("nieuw.opp");
		Documents.save(document, file);
		OppDocument reloaded = Documents.load(file, document.format());
		assertEquals("Sem leest eind juni op AVI-niveau E4.", block(reloaded).goals().get(0).text());
	}

	@Test
	void removeAndMove() throws Exception {
		OppDocument document = GoalTreeTest.load("revius-wijk-opp-tim.opp");
		Goal behaviour = block(document).goals().get(1);
		Goal signals = behaviour.goals().get(0);
		Goal incidents = behaviour.goals().get(1);
		Action care = incidents.actions().get(1);

		run(GoalEdits.moveAction(domain, care, signals));
		assertEquals(List.of("school", "hulpverlening"),
				block(document).goals().get(1).goals().get(0).actions().stream().map(Action::actor).toList());
		assertEquals(1, block(document).goals().get(1).goals().get(1).actions().size());
		stack.undo();
		assertEquals(List.of("school", "hulpverlening"),
				block(document).goals().get(1).goals().get(1).actions().stream().map(Action::actor).toList());
		assertEquals(1, block(document).goals().get(1).goals().get(0).actions().size());

		run(GoalEdits.move(domain, incidents, 0));
		assertEquals(incidents.text(), block(document).goals().get(1).goals().get(0).text());
		stack.undo();
		assertEquals(signals.text(), block(document).goals().get(1).goals().get(0).text());
		run(GoalEdits.move(domain, care, 0));
		assertEquals("hulpverlening", block(document).goals().get(1).goals().get(1).actions().get(0).actor());
		assertFalse(GoalEdits.move(domain, care, 5).canExecute());

		run(GoalEdits.remove(domain, block(document).goals().get(1).goals().get(1).actions().get(0)));
		assertEquals(1, block(document).goals().get(1).goals().get(1).actions().size());
		run(GoalEdits.remove(domain, block(document).goals().get(1)));
		assertEquals(2, block(document).goals().size());
		stack.undo();
		stack.undo();
		assertEquals(3, block(document).goals().size());
		assertEquals(2, block(document).goals().get(1).goals().get(1).actions().size());
	}

	/**
	 * A doelen block the format marks {@code verplicht} needs a goal, as its level texts were required before
	 * goals repeated: without any, validation says so where the goals go.
	 */
	@Test
	void aRequiredBlockWithoutGoalsIsAnError() throws Exception {
		OppDocument document = GoalTreeTest.load("revius-wijk-opp-light-eva.opp");
		run(GoalEdits.remove(domain, block(document).goals().get(0)));
		List<Diagnostic> errors = Documents.validate(document, temp.resolve("eva.opp"), LocalDate.of(2026, 11, 23)).stream()
				.filter(Diagnostic::isError).toList();
		assertTrue(errors.stream().anyMatch(d -> "handelingsdeel/doelen/langeTermijn".equals(d.path())
				&& d.message().contains("nog geen doel")), errors.toString());
		stack.undo();
		assertTrue(Documents.validate(document, temp.resolve("eva.opp"), LocalDate.of(2026, 11, 23)).stream().noneMatch(Diagnostic::isError));
	}

	/** What can be added where, and where an action can go: the rules every client (diagram, form) shares. */
	@Test
	void additionsAndMovesFollowTheLevels() throws Exception {
		OppDocument document = GoalTreeTest.load("revius-wijk-opp-light-eva.opp");
		Block block = block(document);
		assertEquals(2, block.element().getLevels().size(), "Eva's format: end of year, short term");
		assertEquals(List.of(GoalEdits.Kind.GOAL),
				GoalEdits.additions(domain, document, block, null).stream().map(GoalEdits.Choice::kind).toList());
		Goal top = block.goals().get(0);
		assertEquals(List.of(GoalEdits.Kind.SUB_GOAL),
				GoalEdits.additions(domain, document, block, top).stream().map(GoalEdits.Choice::kind).toList());
		Goal shortTerm = top.goals().get(0);
		List<GoalEdits.Choice> actions = GoalEdits.additions(domain, document, block, shortTerm);
		assertEquals(block.element().getActors(), actions.stream().map(GoalEdits.Choice::actor).toList(), "one per actor of the format");
		run(actions.get(0).command().get());
		assertEquals(shortTerm.actions().size() + 1, block(document).goals().get(0).goals().get(0).actions().size());

		Action action = shortTerm.actions().get(0);
		List<GoalEdits.Choice> moves = GoalEdits.moves(domain, block, shortTerm, action);
		assertEquals(List.of(top.goals().get(1).row()), moves.stream().map(choice -> choice.target().row()).toList(),
				"the other short-term goal, not the end-of-year one");
		assertEquals(List.of(), GoalEdits.moves(domain, block, null, action), "an action without a goal has nowhere to go");
	}
}
