package nl.oppstudio.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.Form;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.FormSession;
import nl.oppstudio.forms.RepeatNode;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** The form's state without widgets: values, commands, undo, conditions and diagnostics (issue 12). */
class FormTest {

	/** The code of DocumentValidator.REQUIRED (package-private there). */
	private static final String REQUIRED = "nl.oppstudio.document.required";
	private static final Path HANDREIKING = Examples.file("handreiking-voorbeeld-opp.oppformat");

	private static Form open(Path document, Format format) throws Exception {
		FormSession session = new FormSession(Documents.load(document, format), document);
		session.setDate(LocalDate.of(2026, 11, 30));
		return Form.of(session);
	}

	private static ControlNode control(Form form, String path) {
		return form.controls().stream().filter(c -> c.path().equals(path)).findFirst()
				.orElseThrow(() -> new AssertionError("no control " + path));
	}

	@Test
	void everyExampleDocumentShowsEveryValueAndTheSameDiagnosticsAsValidate() throws Exception {
		for (Map.Entry<Path, Format> example : ExampleDocuments.documents().entrySet()) {
			if (example.getValue() == null) {
				continue;
			}
			Form form = open(example.getKey(), example.getValue());
			OppDocument document = form.session().document();
			int filled = 0;
			for (ControlNode control : form.controls()) {
				if (control.value() != null) {
					filled++;
				}
			}
			// every stored value of every leaf, rows included, has a control that shows it
			assertEquals(countValues(document), filled, example.getKey().toString());
			assertFalse(form.pages().isEmpty());
			assertEquals(Documents.validate(document, example.getKey(), LocalDate.of(2026, 11, 30)), form.diagnostics());
			for (Diagnostic diagnostic : form.diagnostics()) {
				assertNotNull(form.nodeOf(diagnostic));
			}
			assertFalse(form.session().dirty(), "opening changes nothing");
		}
	}

	private static int countValues(OppDocument document) {
		int[] count = { 0 };
		document.root().eAllContents().forEachRemaining(object -> {
			for (var attribute : object.eClass().getEAllAttributes()) {
				Object value = object.eGet(attribute);
				boolean isLeaf = document.schema().leaves().stream().anyMatch(l -> l.attribute() == attribute);
				if (isLeaf && value != null && !(value instanceof List<?> list && list.isEmpty())) {
					count[0]++;
				}
			}
		});
		for (Leaf leaf : document.schema().outline().stream().filter(Leaf.class::isInstance).map(Leaf.class::cast).toList()) {
			if (OppDocument.value(document.root(), leaf) != null) {
				count[0]++;
			}
		}
		return count[0];
	}

	@Test
	void typingIsOneStepOfUndoAndEveryChangeCanBeUndoneAndRedone() throws Exception {
		Form form = open(Examples.file(Examples.DOCUMENT), TestFormats.example());
		FormSession session = form.session();
		ControlNode name = control(form, form.controls().get(0).path());
		String before = name.value();
		name.type("A");
		name.type("An");
		name.type("Ann");
		assertEquals("Ann", name.value());
		assertTrue(session.dirty());
		session.commands().undo();
		assertEquals(before, name.value(), "three keystrokes are one step");
		assertFalse(session.dirty());
		session.commands().redo();
		assertEquals("Ann", name.value());
		session.endTyping();
		name.type("Anna");
		session.commands().undo();
		assertEquals("Ann", name.value(), "a new run of typing is a new step");
	}

	@Test
	void aValueInAGroupThatIsNotThereYetMakesTheGroupAndUndoRemovesIt() throws Exception {
		Format format = TestFormats.load(HANDREIKING);
		FormSession session = new FormSession(Documents.create(format), null);
		Form form = Form.of(session);
		ControlNode present = control(form, "afwijking/aanwezig");
		assertNull(present.owner(), "an empty document holds no groups");
		present.set("ja");
		assertNotNull(present.owner());
		assertEquals("ja", session.document().value("afwijking/aanwezig").orElseThrow());
		session.commands().undo();
		assertNull(present.owner());
		assertTrue(session.document().root().eContents().isEmpty(), "undo leaves the document as it was");
	}

	/**
	 * Handreiking voorbeeld-OPP, rubriek 3: "Stroomschema inspectie" only when there is an afwijking
	 * ({@code zichtbaar wanneer afwijking.aanwezig = ja}, {@code verplicht wanneer} the same).
	 */
	@Test
	void aConditionShowsAFieldAndMakesItRequiredAsTheUserTypes() throws Exception {
		Format format = TestFormats.load(HANDREIKING);
		Form form = Form.of(new FormSession(Documents.create(format), null));
		ControlNode present = control(form, "afwijking/aanwezig");
		ControlNode scheme = control(form, "afwijking/stroomschema");
		present.set("nee");
		form.update();
		assertFalse(scheme.visible());
		assertFalse(hasDiagnostic(form, scheme, REQUIRED));
		present.set("ja");
		form.update();
		assertTrue(scheme.visible());
		assertTrue(scheme.required());
		assertTrue(hasDiagnostic(form, scheme, REQUIRED), scheme.diagnostics().toString());
		scheme.set("Zie bijlage 2");
		form.update();
		assertFalse(hasDiagnostic(form, scheme, REQUIRED));
	}

	private static boolean hasDiagnostic(Form form, FormNode node, String code) {
		return node.diagnostics().stream().anyMatch(d -> code.equals(d.code()));
	}

	@Test
	void diagnosticsReachTheirFieldAndRollUpToThePage() throws Exception {
		Form form = open(Examples.file(Examples.DOCUMENT), TestFormats.example());
		ControlNode name = form.controls().get(0);
		name.set(null);
		form.update();
		assertTrue(hasDiagnostic(form, name, REQUIRED), name.diagnostics().toString());
		ContainerNode page = form.pageOf(name);
		assertTrue(page.allDiagnostics().containsAll(name.diagnostics()));
		Diagnostic required = name.diagnostics().get(0);
		assertSame(name, form.nodeOf(required));
	}

	@Test
	void rowsAreAddedMovedAndRemovedAsCommands() throws Exception {
		Form form = open(Examples.file(Examples.DOCUMENT), TestFormats.example());
		RepeatNode repeat = repeats(form.root()).stream().filter(r -> r.rows().size() >= 2).findFirst()
				.orElseThrow(() -> new AssertionError("the example has a group with two rows"));
		int rows = repeat.rows().size();
		ControlNode firstOfSecond = controlsOf(repeat.rows().get(1)).get(0);
		String second = firstOfSecond.value();
		repeat.moveRow(1, 0);
		assertEquals(second, controlsOf(repeat.rows().get(0)).get(0).value());
		assertTrue(repeat.rows().get(0).path().endsWith("[1]"));
		repeat.addRow(-1);
		assertEquals(rows + 1, repeat.rows().size());
		repeat.removeRow(0);
		assertEquals(rows, repeat.rows().size());
		form.session().commands().undo();
		form.session().commands().undo();
		form.session().commands().undo();
		assertEquals(rows, repeat.rows().size());
		assertEquals(second, controlsOf(repeat.rows().get(1)).get(0).value());
		assertFalse(form.session().dirty());
	}

	@Test
	void pastingAndRemovingSeveralRowsIsOneStepOfUndo() throws Exception {
		Form form = open(Examples.file(Examples.DOCUMENT), TestFormats.example());
		RepeatNode repeat = repeats(form.root()).stream().filter(r -> r.rows().size() >= 2).findFirst().orElseThrow();
		int rows = repeat.rows().size();
		repeat.insertCopies(List.of(repeat.rows().get(0).object(), repeat.rows().get(1).object()), rows);
		assertEquals(rows + 2, repeat.rows().size());
		form.session().commands().undo();
		assertEquals(rows, repeat.rows().size(), "one undo takes both pasted rows away");
		repeat.removeRows(List.of(0, 1));
		assertEquals(rows - 2, repeat.rows().size());
		form.session().commands().undo();
		assertEquals(rows, repeat.rows().size(), "one undo brings both removed rows back");
		assertFalse(form.session().dirty());
	}

	@Test
	void savingAnUnchangedDocumentWritesTheSameBytes(@TempDir Path folder) throws Exception {
		for (Map.Entry<Path, Format> example : ExampleDocuments.documents().entrySet()) {
			if (example.getValue() == null) {
				continue;
			}
			Path copy = folder.resolve(example.getKey().getFileName());
			Files.copy(example.getKey(), copy);
			Form form = open(copy, example.getValue());
			Documents.save(form.session().document(), copy);
			assertEquals(Files.readString(example.getKey()), Files.readString(copy), copy.toString());
		}
	}

	private static List<RepeatNode> repeats(FormNode node) {
		List<RepeatNode> found = new java.util.ArrayList<>();
		if (node instanceof RepeatNode repeat) {
			found.add(repeat);
		}
		for (FormNode child : node.children()) {
			found.addAll(repeats(child));
		}
		return found;
	}

	private static List<ControlNode> controlsOf(FormNode node) {
		List<ControlNode> found = new java.util.ArrayList<>();
		for (FormNode child : node.children()) {
			if (child instanceof ControlNode control && control.value() != null) {
				found.add(control);
			}
			found.addAll(controlsOf(child).stream().filter(c -> !found.contains(c)).toList());
		}
		return found;
	}
}
