package nl.oppstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.oppstudio.testing.Examples;
import nl.oppstudio.ui.StudioWindow;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.editor.FormatEditor;

/**
 * Issue 14, the format editor's services through the Studio's widgets, on a copy of dsl-examples: a
 * content-assist proposal accepted after {@code wanneer}; a quick fix of a checker's problem (Ctrl+1 and
 * the problems table's menu); F3 into the base across {@code breidt uit}; find references into
 * "Verwijzingen"; rename through its Dutch dialog, with the migration warning first.
 */
class FormatEditorServicesTest {

	private static Path folder;
	private static Display display;
	private static StudioWindow window;

	@BeforeAll
	static void open() throws IOException {
		folder = Files.createTempDirectory("opp-studio-services");
		try (Stream<Path> files = Files.list(Examples.directory())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		window = new StudioWindow();
		window.openFolder(folder);
		Ui.until(display, () -> Ui.item(tree(), Examples.FORMAT) != null, 60, "de map is gelezen");
	}

	@AfterAll
	static void close() {
		if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
			window.close();
		}
		if (display != null && !display.isDisposed()) {
			display.dispose();
		}
	}

	static Shell shell() {
		return window.getShell();
	}

	static Tree tree() {
		return Ui.find(shell(), WidgetIds.FOLDER_TREE, Tree.class);
	}

	static FormatEditor openFormat(String name) {
		Ui.open(tree(), Ui.item(tree(), name));
		FormatEditor editor = window.editorOf(folder.resolve(name));
		assertNotNull(editor, name + " is geopend");
		Ui.until(display, editor::isChecked, 60, "de tekst is gecontroleerd");
		return editor;
	}

	static StyledText text(FormatEditor editor) {
		return Ui.find(editor.control(), WidgetIds.EDITOR_TEXT, StyledText.class);
	}

	/** The labels of the open proposal popup (content assist or quick fix), waiting for it. */
	static Table popup() {
		Ui.until(display, () -> Ui.proposals(display, shell()) != null, 20, "de voorstellen staan open");
		return Ui.proposals(display, shell());
	}

	static List<String> labels(Table table) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			labels.add(table.getItem(i).getText());
		}
		return labels;
	}

	@Test
	void contentAssistAfterWanneerInsertsAMemberPath() {
		FormatEditor editor = openFormat(Examples.FORMAT);
		StyledText text = text(editor);
		int at = editor.text().indexOf("\t\tveld school");
		text.setSelection(at);
		String typed = "\t\tveld extra \"Extra\": tekst zichtbaar wanneer ";
		text.insert(typed + "\n");
		text.setSelection(at + typed.length());
		Ui.menu(shell(), "Bewerken", "Inhoud voorstellen");
		Table proposals = popup();
		List<String> labels = labels(proposals);
		int groep = -1;
		for (int i = 0; i < labels.size(); i++) {
			if (labels.get(i).startsWith("leerling.groep")) {
				groep = i;
			}
		}
		assertTrue(groep >= 0, "leerling.groep wordt voorgesteld: " + labels);
		Ui.accept(proposals, groep);
		Ui.until(display, () -> editor.text().contains(typed + "leerling.groep\n"), 10, "het voorstel staat in de tekst");
		assertTrue(Ui.proposals(display, shell()) == null, "de voorstellen zijn dicht");
		assertEquals(at + typed.length() + "leerling.groep".length(), text.getCaretOffset());
		Ui.until(display, () -> editor.outline().size() > 0, 60, "de opbouw is bekend");
		Tree outline = Ui.find(shell(), WidgetIds.OUTLINE_TREE, Tree.class);
		assertTrue(outline.getItemCount() > 0, "de opbouw staat rechts");
		Ui.menu(shell(), "Bewerken", "Ongedaan maken");
		Ui.menu(shell(), "Bewerken", "Ongedaan maken");
	}

	@Test
	void aQuickFixRepairsTheVersion() {
		FormatEditor editor = openFormat(Examples.FORMAT);
		StyledText text = text(editor);
		int at = editor.text().indexOf("versie \"0.2.0\"");
		text.setSelection(at + "versie \"".length(), at + "versie \"0.2.0".length());
		text.insert("v0.2");
		Ui.until(display, editor::isChecked, 60, "de tekst is gecontroleerd");
		int line = text.getLineAtOffset(at) + 1;
		assertTrue(editor.problems().stream().anyMatch(p -> p.line() == line), "de versie is fout: " + editor.problems());
		text.setSelection(at + 9);
		Ui.menu(shell(), "Bewerken", "Snelle oplossing");
		Ui.until(display, () -> Ui.proposals(display, shell()) != null, 20,
				"de oplossingen staan open; statusregel: " + statusLine());
		Table fixes = Ui.proposals(display, shell());
		assertFalse(labels(fixes).isEmpty());
		Ui.accept(fixes, 0);
		Ui.until(display, () -> editor.text().contains("versie \"0.2.0\""), 10, "de oplossing is toegepast");
		Ui.until(display, editor::isChecked, 60, "de tekst is gecontroleerd");
		assertTrue(editor.problems().stream().noneMatch(p -> p.line() == line), editor.problems().toString());

		// the same from the problems table's menu
		text.setSelection(at + "versie \"".length(), at + "versie \"0.2.0".length());
		text.insert("v0.2");
		Ui.until(display, editor::isChecked, 60, "de tekst is gecontroleerd");
		Table problems = Ui.find(shell(), WidgetIds.PROBLEMS_TABLE, Table.class);
		int row = -1;
		for (int i = 0; i < problems.getItemCount(); i++) {
			if (problems.getItem(i).getText(3).equals(Integer.toString(line)) && problems.getItem(i).getText(2).equals(Examples.FORMAT)) {
				row = i;
			}
		}
		assertTrue(row >= 0, "de fout staat in Problemen");
		problems.setSelection(row);
		org.eclipse.swt.widgets.MenuItem fix = null;
		for (org.eclipse.swt.widgets.MenuItem item : problems.getMenu().getItems()) {
			if (item.getText().equals("Snelle oplossing")) {
				fix = item;
			}
		}
		assertNotNull(fix, "het menu van de tabel biedt de snelle oplossing");
		fix.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Ui.until(display, () -> Ui.proposals(display, shell()) != null, 20, "de oplossingen staan open");
		Ui.accept(Ui.proposals(display, shell()), 0);
		Ui.until(display, () -> editor.text().contains("versie \"0.2.0\""), 10, "de oplossing is toegepast");
		assertFalse(editor.isDirty(), "terug bij de tekst op schijf");
	}

	static String statusLine() {
		List<String> texts = new ArrayList<>();
		for (org.eclipse.swt.custom.CLabel label : Ui.all(shell(), org.eclipse.swt.custom.CLabel.class)) {
			texts.add(label.getText());
		}
		return texts.toString();
	}

	@Test
	void definitionGoesIntoTheBase() {
		FormatEditor editor = openFormat("revius-wijk-opp.oppformat");
		int base = editor.text().indexOf("\"wettelijk-minimum\"");
		assertTrue(base > 0);
		text(editor).setSelection(base + 3);
		Ui.menu(shell(), "Navigeren", "Ga naar definitie");
		FormatEditor opened = window.active().orElseThrow();
		assertEquals(folder.resolve("wettelijk-minimum.oppformat"), opened.file(), "de eigen kopie in de map wint");
		Point selection = opened.viewer().getSelectedRange();
		assertEquals("\"wettelijk-minimum\"", opened.text().substring(selection.x, selection.x + selection.y));
	}

	@Test
	void definitionIntoAnInstalledBaseOpensReadOnly() throws IOException {
		Path other = Files.createTempDirectory("opp-studio-installed");
		Path derived = other.resolve("afgeleid.oppformat");
		Files.writeString(derived, """
				formaat "afgeleid" "Afgeleid formaat" versie "1.0.0" soort opp voor po breidt uit "wettelijk-minimum" {
					sectie extra "Extra" {
						veld toelichting "Toelichting": tekst zichtbaar wanneer leerling.naam = "x"
					}
				}
				""");
		StudioWindow second = new StudioWindow();
		second.openFolder(other);
		try {
			FormatEditor editor = second.openEditor(derived);
			Ui.until(display, editor::isChecked, 60, "de tekst is gecontroleerd");
			text(editor).setSelection(editor.text().indexOf("leerling.naam") + 10);
			editor.goToDefinition();
			FormatEditor base = second.active().orElseThrow();
			assertTrue(base.file().getFileName().toString().equals("wettelijk-minimum.oppformat"), base.file().toString());
			assertFalse(base.file().startsWith(other), "de basis die met het programma is meegeleverd");
			assertTrue(base.isReadOnly());
			assertFalse(base.viewer().isEditable());
			Point selection = base.viewer().getSelectedRange();
			assertEquals("naam", base.text().substring(selection.x, selection.x + selection.y));
			String title = second.tabs().getSelection().getText();
			assertTrue(title.contains("alleen lezen"), title);
		} finally {
			second.close();
		}
	}

	@Test
	void findReferencesAndRename() throws IOException {
		String name = "swv-po-opp-1-4.oppformat";
		FormatEditor editor = openFormat(name);
		StyledText text = text(editor);
		text.setSelection(editor.text().indexOf("veld overeenstemming") + 7);
		Ui.menu(shell(), "Navigeren", "Verwijzingen zoeken");
		Table references = Ui.find(shell(), WidgetIds.REFERENCES_TABLE, Table.class);
		List<String[]> rows = Ui.rows(references);
		assertTrue(rows.size() >= 2, "de verwijzingen staan in de lijst");
		assertTrue(rows.stream().allMatch(r -> r[0].equals(name) && r[2].contains("overleg.overeenstemming")),
				rows.stream().map(r -> String.join(" | ", r)).toList().toString());

		text.setSelection(editor.text().indexOf("veld overeenstemming") + 7);
		List<String> seen = new ArrayList<>();
		Ui.whenDialog(display, "Hernoemen", dialog -> {
			Text field = Ui.find(dialog, WidgetIds.RENAME_TEXT, Text.class);
			seen.add(field.getText());
			field.setText("akkoord");
			Ui.press(dialog, "Hernoemen");
			if (dialog.isDisposed()) {
				seen.add("");
				return;
			}
			seen.add(Ui.find(dialog, WidgetIds.RENAME_MESSAGE, Label.class).getText());
			Ui.press(dialog, "Doorgaan");
		});
		Ui.menu(shell(), "Navigeren", "Hernoemen…");
		assertEquals("overeenstemming", seen.get(0), "de oude naam staat klaar");
		assertTrue(seen.get(1).contains("opp migrate"), "eerst de waarschuwing: " + seen.get(1));
		assertTrue(editor.text().contains("veld akkoord"), "de naam is veranderd");
		assertTrue(editor.text().contains("overleg.akkoord"), "de paden ook");
		assertTrue(editor.text().contains("was \"overleg.overeenstemming\""), "met de was-hint");
		assertTrue(editor.isDirty());
		Ui.menu(shell(), "Bewerken", "Ongedaan maken");
		assertFalse(editor.text().contains("veld akkoord"), "hernoemen is één stap ongedaan te maken");

		text.setSelection(editor.text().indexOf("veld overeenstemming") + 7);
		List<String> refusal = new ArrayList<>();
		Ui.whenDialog(display, "Hernoemen", dialog -> {
			Ui.find(dialog, WidgetIds.RENAME_TEXT, Text.class).setText("formaat");
			Ui.press(dialog, "Hernoemen");
			refusal.add(Ui.find(dialog, WidgetIds.RENAME_MESSAGE, Label.class).getText());
			Ui.press(dialog, "Annuleren");
		});
		Ui.menu(shell(), "Navigeren", "Hernoemen…");
		assertFalse(refusal.get(0).isBlank(), "een gereserveerd woord wordt geweigerd, met de reden");
		assertFalse(editor.text().contains("veld formaat"));
	}
}
