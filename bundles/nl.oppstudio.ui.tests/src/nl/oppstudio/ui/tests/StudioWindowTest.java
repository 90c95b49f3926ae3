package nl.oppstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.oppstudio.testing.Examples;
import nl.oppstudio.ui.StudioWindow;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.editor.FormatEditor;
import nl.oppstudio.ui.internal.editor.ProblemMarks.ProblemAnnotation;

/**
 * Issue 14, the OPP Studio window: opened on a copy of dsl-examples, it lists the formats with their
 * documents; a format opens in a tab with its outline; a typed error shows as a mark in the ruler and a
 * row in "Problemen", and both go when it is fixed; save writes the file atomically; a tab or window with
 * unsaved changes asks first; a file changed on disk is read again. Drives the real SWT widgets, found by
 * their data key, and the menu bar by its Dutch labels. Each test works on its own example format.
 */
class StudioWindowTest {

	private static Path folder;
	private static Display display;
	private static StudioWindow window;

	@BeforeAll
	static void open() throws IOException {
		folder = Files.createTempDirectory("opp-studio");
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

	static Table problems() {
		return Ui.find(shell(), WidgetIds.PROBLEMS_TABLE, Table.class);
	}

	/** Opens a format by double-clicking it in the tree and waits until its text is checked. */
	static FormatEditor openFormat(String name) {
		TreeItem item = Ui.item(tree(), name);
		assertNotNull(item, name + " staat in de boom");
		Ui.open(tree(), item);
		FormatEditor editor = window.editorOf(folder.resolve(name));
		assertNotNull(editor, name + " is geopend");
		assertSame(editor, window.active().orElse(null));
		checked(editor);
		return editor;
	}

	static void checked(FormatEditor editor) {
		Ui.until(display, editor::isChecked, 60, "de tekst is gecontroleerd");
	}

	static StyledText text(FormatEditor editor) {
		return Ui.find(editor.control(), WidgetIds.EDITOR_TEXT, StyledText.class);
	}

	static CTabItem tab(FormatEditor editor) {
		for (CTabItem item : window.tabs().getItems()) {
			if (item.getControl() == editor.control()) {
				return item;
			}
		}
		return null;
	}

	static List<ProblemAnnotation> marks(FormatEditor editor) {
		List<ProblemAnnotation> marks = new ArrayList<>();
		editor.viewer().getAnnotationModel().getAnnotationIterator().forEachRemaining((Annotation a) -> {
			if (a instanceof ProblemAnnotation problem) {
				marks.add(problem);
			}
		});
		return marks;
	}

	/** Closes the tab of an editor without unsaved changes, so that later tests see only their own formats. */
	static void closeClean(FormatEditor editor) {
		assertFalse(editor.isDirty());
		window.openEditor(editor.file());
		Ui.menu(shell(), "Bestand", "Sluiten");
		assertTrue(editor.control().isDisposed());
	}

	@Test
	void listsTheFormatsWithTheirDocuments() {
		Tree tree = tree();
		TreeItem format = Ui.item(tree, Examples.FORMAT);
		assertNotNull(format);
		assertNull(format.getParentItem(), "een formaat staat bovenaan");
		List<String> documents = new ArrayList<>();
		for (TreeItem child : format.getItems()) {
			documents.add(child.getText(0));
		}
		assertTrue(documents.contains(Examples.DOCUMENT), "het document van het formaat staat eronder: " + documents);
		TreeItem revius = Ui.item(tree, "revius-wijk-opp.oppformat");
		List<String> reviusDocuments = new ArrayList<>();
		for (TreeItem child : revius.getItems()) {
			reviusDocuments.add(child.getText(0));
		}
		assertEquals(List.of("revius-wijk-opp-tim.opp", "revius-wijk-opp-yara.opp"), reviusDocuments);
		assertEquals("Versiebeheer", tree.getColumn(1).getText());
		for (Path format2 : Examples.all("oppformat")) {
			assertNotNull(Ui.item(tree, format2.getFileName().toString()), format2.getFileName() + " staat in de boom");
		}
	}

	@Test
	void aTypedErrorIsMarkedAndListedUntilItIsFixed() {
		FormatEditor editor = openFormat(Examples.FORMAT);
		assertTrue(marks(editor).isEmpty(), "het voorbeeld heeft geen problemen: " + marks(editor));
		assertEquals(0, Ui.rows(problems()).stream().filter(r -> r[2].equals(Examples.FORMAT)).count());
		StyledText text = text(editor);
		int offset = editor.text().indexOf("veld school");
		text.setSelection(offset);
		Ui.type(text, "@@ ");
		assertTrue(tab(editor).getText().startsWith("*"), "een gewijzigd tabblad heeft een *: " + tab(editor).getText());
		checked(editor);
		List<ProblemAnnotation> marks = marks(editor);
		assertFalse(marks.isEmpty(), "de fout staat in de kantlijn");
		int line = editor.viewer().getTextWidget().getLineAtOffset(offset) + 1;
		List<String[]> rows = Ui.rows(problems()).stream().filter(r -> r[2].equals(Examples.FORMAT)).toList();
		assertFalse(rows.isEmpty(), "de fout staat in Problemen");
		assertEquals("fout", rows.get(0)[0]);
		int reported = Integer.parseInt(rows.get(0)[3]);
		assertTrue(reported == line || reported == line - 1, "met de regel van de fout: " + reported + ", getypt op " + line);
		Label status = Ui.find(shell(), WidgetIds.FORMAT_STATUS, Label.class);
		assertTrue(status.getText().contains("probleem") || status.getText().contains("problemen"), status.getText());

		// double-clicking the row selects the place in the text
		// (the row of this format: other tests may leave formats with warnings open)
		List<String[]> all = Ui.rows(problems());
		int row = all.indexOf(all.stream().filter(r -> r[2].equals(Examples.FORMAT)).findFirst().orElseThrow());
		text.setSelection(0);
		problems().setSelection(row);
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.item = problems().getItem(row);
		problems().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, event);
		assertEquals(reported, text.getLineAtOffset(text.getCaretOffset()) + 1);

		Ui.menu(shell(), "Bewerken", "Ongedaan maken");
		assertFalse(editor.text().contains("@@"));
		checked(editor);
		assertTrue(marks(editor).isEmpty(), "de markering is weg");
		assertEquals(0, Ui.rows(problems()).stream().filter(r -> r[2].equals(Examples.FORMAT)).count(), "de rij is weg");
		assertFalse(tab(editor).getText().startsWith("*"), "terug bij de opgeslagen tekst: geen *");
	}

	@Test
	void saveWritesTheFile() throws IOException {
		String name = "swv-po-opp-1-4.oppformat";
		FormatEditor editor = openFormat(name);
		StyledText text = text(editor);
		text.setSelection(0);
		Ui.type(text, "// opgeslagen in de test\n");
		assertEquals("*" + name, tab(editor).getText());
		Ui.menu(shell(), "Bestand", "Opslaan");
		assertEquals(name, tab(editor).getText());
		String written = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
		assertTrue(written.startsWith("// opgeslagen in de test\n"), written.substring(0, 80));
		assertEquals(editor.text(), written);
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "geen tijdelijk bestand achtergelaten");
		}
	}

	@Test
	void closingWithUnsavedChangesAsks() throws IOException {
		String name = "swv-vo-amsterdam-diemen-opp.oppformat";
		String before = Files.readString(folder.resolve(name));
		FormatEditor editor = openFormat(name);
		StyledText text = text(editor);
		text.setSelection(0);
		Ui.type(text, "// nog niet opgeslagen\n");

		Ui.whenDialog(display, "Niet opgeslagen wijzigingen", dialog -> Ui.press(dialog, "Annuleren"));
		Ui.menu(shell(), "Bestand", "Sluiten");
		assertFalse(editor.control().isDisposed(), "Annuleren laat het tabblad open");
		assertNotNull(window.editorOf(folder.resolve(name)));

		Ui.whenDialog(display, "Niet opgeslagen wijzigingen", dialog -> Ui.press(dialog, "Niet opslaan"));
		Ui.menu(shell(), "Bestand", "Sluiten");
		assertTrue(editor.control().isDisposed(), "Niet opslaan sluit het tabblad");
		assertEquals(before, Files.readString(folder.resolve(name)), "het bestand is niet veranderd");

		FormatEditor again = openFormat(name);
		Ui.type(text(again), "x");
		Ui.whenDialog(display, "Niet opgeslagen wijzigingen", dialog -> Ui.press(dialog, "Opslaan"));
		Ui.menu(shell(), "Bestand", "Sluiten");
		assertTrue(again.control().isDisposed());
		assertTrue(Files.readString(folder.resolve(name)).startsWith("x"), "Opslaan schrijft de wijziging");
	}

	@Test
	void closingTheWindowWithUnsavedChangesAsks() {
		FormatEditor editor = openFormat("revius-wijk-opp-light.oppformat");
		StyledText text = text(editor);
		text.setSelection(0);
		Ui.type(text, "// nog niet opgeslagen\n");
		Ui.whenDialog(display, "Niet opgeslagen wijzigingen", dialog -> Ui.press(dialog, "Annuleren"));
		shell().close();
		assertFalse(shell().isDisposed(), "Annuleren laat het venster open");
		assertTrue(editor.isDirty(), "met de wijziging");
		Ui.menu(shell(), "Bewerken", "Ongedaan maken");
		assertFalse(editor.isDirty());
	}

	@Test
	void aFileChangedOnDiskIsReadAgain() throws IOException {
		String name = "swv-po-groeidocument.oppformat";
		FormatEditor editor = openFormat(name);
		Path file = folder.resolve(name);
		String changed = "// elders gewijzigd\n" + Files.readString(file);
		Files.writeString(file, changed);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
		Ui.until(display, () -> editor.text().equals(changed), 20, "de nieuwe tekst staat in de editor");
		assertFalse(editor.isDirty());
	}

	/**
	 * Review item 2: the file changes on disk while the editor has unsaved changes. The editor keeps its
	 * text; saving asks. Annuleren keeps both (disk and screen); "Mijn versie opslaan" writes the screen's
	 * text. Review item 6: a save refreshes the folder's view.
	 */
	@Test
	void aChangeOnDiskUnderUnsavedChangesIsNotOverwrittenSilently() throws IOException {
		String name = "handreiking-voorbeeld-opp.oppformat";
		Path file = folder.resolve(name);
		FormatEditor editor = openFormat(name);
		StyledText text = text(editor);
		text.setSelection(0);
		Ui.type(text, "// mijn wijziging\n");
		assertTrue(editor.isDirty());
		String elsewhere = "// elders gewijzigd\n" + Files.readString(file);
		Files.writeString(file, elsewhere);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
		Ui.until(display, editor::hasConflict, 20, "de editor merkt de wijziging op schijf");
		assertTrue(editor.text().startsWith("// mijn wijziging\n"), "de wijziging op het scherm blijft");

		Ui.whenDialog(display, "Bestand elders gewijzigd", dialog -> Ui.press(dialog, "Annuleren"));
		Ui.menu(shell(), "Bestand", "Opslaan");
		assertEquals(elsewhere, Files.readString(file), "Annuleren: de versie op schijf blijft");
		assertTrue(editor.isDirty() && editor.text().startsWith("// mijn wijziging\n"), "en die op het scherm ook");

		int[] refreshed = { 0 };
		window.setFolderListener(() -> refreshed[0]++);
		Ui.whenDialog(display, "Bestand elders gewijzigd", dialog -> Ui.press(dialog, "Mijn versie opslaan"));
		Ui.menu(shell(), "Bestand", "Opslaan");
		assertEquals(editor.text(), Files.readString(file), "mijn versie is opgeslagen");
		assertFalse(editor.isDirty());
		assertFalse(editor.hasConflict());
		Ui.until(display, () -> refreshed[0] > 0, 20, "de map is na het opslaan opnieuw gelezen");

		// saving again without a change elsewhere does not ask (a dialog would block the test)
		Ui.type(text, "x");
		assertTrue(editor.save());
		// the version on disk can also be chosen: the screen shows it, nothing unsaved
		Ui.type(text, "y");
		String third = "// derde versie\n" + Files.readString(file);
		Files.writeString(file, third);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
		Ui.whenDialog(display, "Bestand elders gewijzigd", dialog -> Ui.press(dialog, "Versie van schijf laden"));
		Ui.menu(shell(), "Bestand", "Opslaan");
		assertEquals(third, editor.text());
		assertEquals(third, Files.readString(file));
		assertFalse(editor.isDirty());
		closeClean(editor);
	}

	/** Review item 8: while the checker is busy, only the newest of the queued checks runs. */
	@Test
	void outdatedChecksAreSkipped() throws Exception {
		FormatEditor editor = openFormat("wettelijk-minimum.oppformat");
		String original = editor.text();
		StyledText text = text(editor);
		java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
		window.checker().submit(() -> {
			busy.await();
			return null;
		});
		long before = editor.checksRun();
		text.setSelection(0);
		for (int i = 0; i < 5; i++) {
			Ui.type(text, "//");
			Ui.idle(display, FormatEditor.DELAY + 100); // each pause queues a check
		}
		busy.countDown();
		checked(editor);
		Ui.idle(display, 300);
		assertEquals(1, editor.checksRun() - before, "only the check of the newest text ran");
		editor.viewer().getDocument().set(original);
		assertFalse(editor.isDirty());
		checked(editor);
		closeClean(editor);
	}

	/**
	 * Review item 16: typing in the editor changes the preview's form: a label typed anew shows, and a
	 * typed new field appears.
	 */
	@Test
	void typingChangesThePreviewsForm() {
		FormatEditor editor = openFormat(Examples.FORMAT);
		String original = editor.text();
		Ui.until(display, () -> formLabels().stream().anyMatch(l -> l.contains("Naam van de leerling")), 60,
				"het formulier staat in de voorbeeldweergave: " + formLabels());
		StyledText text = text(editor);
		int label = original.indexOf("Naam van de leerling");
		assertTrue(label > 0);
		text.setSelection(label, label + "Naam van de leerling".length());
		Ui.type(text, "Volledige naam");
		Ui.until(display, () -> formLabels().stream().anyMatch(l -> l.contains("Volledige naam")), 60,
				"het nieuwe label staat in het formulier");
		assertFalse(formLabels().stream().anyMatch(l -> l.contains("Naam van de leerling")), formLabels().toString());

		String line = "veld school \"School\": tekst verplicht";
		int end = editor.text().indexOf(line) + line.length();
		assertTrue(end > line.length());
		text.setSelection(end);
		Ui.type(text, "\nveld roepnaam \"Roepnaam van de leerling\": tekst");
		Ui.until(display, () -> formLabels().stream().anyMatch(l -> l.contains("Roepnaam van de leerling")), 60,
				"het nieuwe veld staat in het formulier: " + formLabels());

		editor.viewer().getDocument().set(original);
		assertFalse(editor.isDirty());
		checked(editor);
		closeClean(editor);
	}

	/**
	 * Review item 7: content assist opens by itself after a dot, not after every space (each would wait
	 * for a check of the whole text on the UI thread).
	 */
	@Test
	void contentAssistOpensByItselfOnlyAfterADot() {
		FormatEditor editor = openFormat(Examples.FORMAT);
		String original = editor.text();
		StyledText text = text(editor);
		int at = original.indexOf("\t\tveld school");
		text.setSelection(at);
		Ui.type(text, "\t\tveld extra \"Extra\": tekst zichtbaar wanneer ");
		Ui.idle(display, 1000);
		assertNull(Ui.proposals(display, shell()), "geen voorstellen na een spatie");
		Ui.type(text, "leerling.");
		Ui.until(display, () -> Ui.proposals(display, shell()) != null, 20, "de voorstellen openen na een punt");
		Ui.type(text, "\u001b");
		Ui.until(display, () -> Ui.proposals(display, shell()) == null, 10, "Escape sluit de voorstellen");
		editor.viewer().getDocument().set(original);
		assertFalse(editor.isDirty());
		checked(editor);
		closeClean(editor);
	}

	/** The texts of the labels of the form in the preview. */
	static List<String> formLabels() {
		List<String> labels = new ArrayList<>();
		for (org.eclipse.swt.widgets.Composite form : Ui.all(shell(), org.eclipse.swt.widgets.Composite.class)) {
			if (nl.oppstudio.ui.internal.preview.PreviewIds.FORM.equals(form.getData(WidgetIds.KEY))) {
				for (Label label : Ui.all(form, Label.class)) {
					labels.add(label.getText());
				}
			}
		}
		return labels;
	}
}
