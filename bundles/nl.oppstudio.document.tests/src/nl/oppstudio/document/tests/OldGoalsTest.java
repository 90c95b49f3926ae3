package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.GoalTree.Action;
import nl.oppstudio.document.GoalTree.Block;
import nl.oppstudio.document.GoalTree.Goal;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.State;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;

/**
 * Issue 13: documents written before goals repeated (one text per level, a flat list of actions beside them)
 * still open; their goals become one chain, the actions under its last goal; saving writes the new shape.
 * The copies in {@code data/old-goals} are example documents as they were written then.
 */
class OldGoalsTest {

	private static final Path OLD = Path.of("data", "old-goals");

	@TempDir
	Path temp;

	private static Format formatOf(String example) {
		return ExampleDocuments.documents().get(Examples.file(example));
	}

	@Test
	void anOldBlockBecomesOneChainWithTheActionsUnderItsLastGoal() throws Exception {
		OppDocument document = Documents.load(OLD.resolve("sem-de-vries.opp"), formatOf(Examples.DOCUMENT));
		Block block = GoalTree.of(document).get(0);
		assertEquals(1, block.goals().size());
		Goal longTerm = block.goals().get(0);
		assertEquals("Sem leest eind juni op AVI-niveau E4 en gebruikt voorleessoftware zelfstandig bij zaakvakken.",
				longTerm.text());
		Goal shortTerm = longTerm.goals().get(0);
		assertEquals("Sem leest in januari op AVI-niveau M4.", shortTerm.text());
		assertEquals(List.of("school", "ouders"), shortTerm.actions().stream().map(Action::actor).toList());
		assertEquals("Leeslogboek.", shortTerm.actions().get(1).criterion());
		assertEquals(List.of(), errors(document, OLD.resolve("sem-de-vries.opp")));

		Path file = temp.resolve("sem.opp");
		Documents.save(document, file);
		String saved = Files.readString(file);
		assertTrue(saved.contains("<doel>Sem leest in januari op AVI-niveau M4.</doel>"), saved);
		assertFalse(saved.contains("<korteTermijn>Sem"), saved);
		// The saved file is the new shape: it reads back the same, and as the example itself does.
		assertEquals(Files.readString(Examples.file(Examples.DOCUMENT)), saved);
	}

	/** Tim's old file had its actions before the level texts; every action and text is kept. */
	@Test
	void actionsBeforeTheLevelsAreKept() throws Exception {
		OppDocument document = Documents.load(OLD.resolve("revius-wijk-opp-tim.opp"), formatOf("revius-wijk-opp-tim.opp"));
		Goal longTerm = GoalTree.of(document).get(0).goals().get(0);
		assertTrue(longTerm.text().startsWith("1. Tim gaat aan het einde van het schooljaar over"), longTerm.text());
		assertEquals(List.of("school", "school", "school", "leerling", "ouders", "hulpverlening"),
				longTerm.goals().get(0).actions().stream().map(Action::actor).toList());
		assertEquals(List.of(), errors(document, OLD.resolve("revius-wijk-opp-tim.opp")));
	}

	/** A hand-edited old file with a level written twice: both texts are kept, neither is lost. */
	@Test
	void aLevelWrittenTwiceKeepsBothTexts() throws Exception {
		String text = Files.readString(OLD.resolve("sem-de-vries.opp"));
		int at = text.indexOf("<korteTermijn>");
		assertTrue(at > 0, "the old copy has a korteTermijn text");
		text = text.substring(0, at) + "<korteTermijn>Sem leest hardop voor in de klas.</korteTermijn>\n      " + text.substring(at);
		Path file = temp.resolve("sem-twice.opp");
		Files.writeString(file, text);
		Goal shortTerm = GoalTree.of(Documents.load(file, formatOf(Examples.DOCUMENT))).get(0).goals().get(0).goals().get(0);
		assertEquals("Sem leest hardop voor in de klas.\n\nSem leest in januari op AVI-niveau M4.", shortTerm.text());
	}

	/** Daan's goals are per subject, in the rows of a repeating group: each row's block is rewritten. */
	@Test
	void blocksInRepeatingGroupsAreEachRewritten() throws Exception {
		OppDocument old = Documents.load(OLD.resolve("swv-po-opp-1-4-daan.opp"), formatOf("swv-po-opp-1-4-daan.opp"));
		List<Block> blocks = GoalTree.of(old);
		assertTrue(blocks.size() >= 3);
		for (Block block : blocks) {
			assertEquals(1, block.goals().size(), block.path());
			assertFalse(block.goals().get(0).goals().get(0).text().isBlank(), block.path());
		}
		assertEquals(List.of(), errors(old, OLD.resolve("swv-po-opp-1-4-daan.opp")));
		Path file = temp.resolve("daan.opp");
		Documents.save(old, file);
		assertEquals(Files.readString(Examples.file("swv-po-opp-1-4-daan.opp")), Files.readString(file));
	}

	/**
	 * A plan adopted before goals repeated (written by that version: its log's digest is of the old shape)
	 * still verifies after the upgrade; a change of a goal is still found. Evaluating a goal is not a change
	 * of the adopted plan.
	 */
	@Test
	void aPlanAdoptedInTheOldShapeStillVerifies() throws Exception {
		Path file = OLD.resolve("sem-de-vries-vastgesteld.opp");
		OppDocument document = Documents.load(file, formatOf(Examples.DOCUMENT));
		assertEquals(State.VASTGESTELD, Lifecycle.state(document));
		assertEquals(List.of(), Lifecycle.verify(document, file));

		Goal shortTerm = GoalTree.of(document).get(0).goals().get(0).goals().get(0);
		shortTerm.row().eSet(shortTerm.row().eClass().getEStructuralFeature("evaluatie"), "behaald");
		assertEquals(List.of(), Lifecycle.verify(document, file), "an evaluation is not a change of the plan");

		shortTerm.row().eSet(shortTerm.row().eClass().getEStructuralFeature("doel"), "Sem leest in januari AVI M5.");
		List<Diagnostic> problems = Lifecycle.verify(document, file);
		assertTrue(problems.stream().anyMatch(d -> d.message().contains("inhoud is gewijzigd")), problems.toString());
	}

	/** The upgrade parses as securely as the loader: a DOCTYPE is refused, not expanded. */
	@Test
	void hostileOldDocumentsAreRefused() throws Exception {
		String old = Files.readString(OLD.resolve("sem-de-vries.opp"));
		Path file = temp.resolve("vijandig.opp");
		Files.writeString(file, old.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")
				.replace("Leeslogboek.", "&e;"));
		DocumentException refused = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class,
				() -> Documents.load(file, formatOf(Examples.DOCUMENT)));
		assertFalse(refused.getMessage().contains("root:"), refused.getMessage());
	}

	private static List<Diagnostic> errors(OppDocument document, Path file) {
		return Documents.validate(document, file, LocalDate.of(2026, 11, 23)).stream().filter(Diagnostic::isError).toList();
	}
}
