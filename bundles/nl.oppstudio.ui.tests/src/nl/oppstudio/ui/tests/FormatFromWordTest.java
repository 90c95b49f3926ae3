package nl.oppstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.oppstudio.testing.word.WordExamples;
import nl.oppstudio.ui.StudioWindow;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.editor.FormatEditor;
import nl.oppstudio.ui.internal.word.WordReportDialog;
import nl.oppstudio.ui.internal.word.WordTemplateImport;

/**
 * Issue 17, "Formaat uit Word…" in OPP Studio: the template of the Handreiking OPP's Bijlage 2 (built with POI
 * by {@link WordExamples}) becomes a draft in the Studio's folder, opened in the format editor, with a report
 * row per paragraph and table, and check-format's to-do list in the problems table; a taken id is asked again,
 * never overwritten; a broken file gets a Dutch message. The chosen file is passed in place of the system's
 * file dialog; everything else goes through the real widgets and the menu bar.
 */
class FormatFromWordTest {

	private static Path folder;
	private static Path words;
	private static Display display;
	private static StudioWindow window;

	/** One window for the class, as StudioWindowTest: each test imports a template of its own name (its own id). */
	@BeforeAll
	static void open() throws IOException {
		folder = Files.createTempDirectory("opp-studio-word");
		words = Files.createTempDirectory("opp-word");
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		window = new StudioWindow();
		window.openFolder(folder);
		Ui.idle(display, 200);
	}

	@AfterEach
	void closeDialogs() {
		for (Shell shell : display.getShells()) {
			if (shell != window.getShell() && !shell.isDisposed()) {
				shell.dispose();
			}
		}
	}

	@AfterAll
	static void close() {
		if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
			window.close();
		}
	}

	private static Path template(String name) {
		return WordExamples.bijlage2(words.resolve(name), Map.of());
	}

	private static long drafts() throws IOException {
		try (var files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(".oppformat")).count();
		}
	}

	private WordTemplateImport.Done importWord(Path word) {
		AtomicReference<WordTemplateImport.Done> result = new AtomicReference<>();
		boolean[] ended = { false };
		window.importWord(word, done -> {
			result.set(done);
			ended[0] = true;
		});
		Ui.until(display, () -> ended[0], 60, "de import is klaar");
		return result.get();
	}

	@Test
	void theMenuOffersItNextToNewFormat() {
		Shell shell = window.getShell();
		org.eclipse.swt.widgets.Menu file = shell.getMenuBar().getItem(0).getMenu();
		file.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> labels = java.util.Arrays.stream(file.getItems()).map(item -> Ui.label(item.getText())).toList();
		assertEquals(labels.indexOf("Nieuw formaat…") + 1, labels.indexOf("Formaat uit Word…"), labels.toString());
	}

	@Test
	void aTemplateBecomesADraftOpenWithItsReportAndToDoList() throws Exception {
		WordTemplateImport.Done done = importWord(template("opp-sjabloon.docx"));
		assertNotNull(done, "a draft was written");
		Path draft = done.draft();
		assertEquals(folder, draft.getParent(), "into the Studio's folder");
		assertTrue(Files.isRegularFile(draft));

		// open in the editor, checked: its findings (the to-do list) are the rows of the problems table
		FormatEditor editor = window.editorOf(draft);
		assertNotNull(editor, "the draft is open");
		Ui.until(display, editor::isChecked, 60, "het concept is gecontroleerd");
		Ui.idle(display, 100);
		Table problems = Ui.find(window.getShell(), WidgetIds.PROBLEMS_TABLE, Table.class);
		assertEquals(editor.problems().size(),
				Ui.rows(problems).stream().filter(row -> row[2].equals(draft.getFileName().toString())).count());

		// the report: a row per paragraph and table, with what it became
		Shell report = done.report().getShell();
		assertEquals("Verslag: opp-sjabloon.docx", report.getText());
		Table rows = Ui.find(report, WordReportDialog.TABLE, Table.class);
		assertTrue(rows.getItemCount() > 20, "rows: " + rows.getItemCount());
		assertEquals(List.of("Plaats in Word", "Tekst", "Werd"),
				java.util.Arrays.stream(rows.getColumns()).map(c -> c.getText()).toList());
		String[] first = Ui.rows(rows).stream().filter(row -> row[0].equals("alinea 1")).findFirst().orElseThrow();
		assertEquals("Ontwikkelingsperspectiefplan (OPP)", first[1]);
		assertFalse(first[2].isEmpty());
		assertTrue(Ui.rows(rows).stream().anyMatch(row -> row[0].startsWith("tabel 1")), "tables are in it");
		String summary = Ui.find(report, WordReportDialog.SUMMARY, Label.class).getText();
		assertTrue(summary.matches("Velden: \\d+, tabellen: \\d+, herkend: \\d+, overgeslagen: \\d+\\."), summary);
		String todo = Ui.find(report, WordReportDialog.TODO, Label.class).getText();
		assertTrue(todo.startsWith("Wat nog moet: "), todo);
		if (!editor.problems().isEmpty()) {
			assertTrue(todo.contains("Problemen"), todo);
		}
		Ui.press(report, "Sluiten");
		assertTrue(report.isDisposed());
	}

	@Test
	void aTakenIdIsAskedAgainAndNothingIsOverwritten() throws Exception {
		Path template = template("tweemaal.docx");
		Path first = importWord(template).draft();
		long before0 = drafts();
		byte[] before = Files.readAllBytes(first);
		String taken = first.getFileName().toString().replace(".oppformat", "");
		Ui.whenDialog(display, "Naam van het conceptformaat", shell -> {
			Text id = Ui.all(shell, Text.class).get(0);
			assertEquals(taken + "-2", id.getText(), "a free id is proposed");
			id.setText("swv-tweede-opp");
			Ui.press(shell, "Maken");
		});
		WordTemplateImport.Done second = importWord(template);
		assertNotNull(second);
		assertEquals(folder.resolve("swv-tweede-opp.oppformat"), second.draft());
		assertTrue(Files.readString(second.draft()).contains("\"swv-tweede-opp\""));
		assertArrayEquals(before, Files.readAllBytes(first));

		// cancelled: nothing written
		Ui.whenDialog(display, "Naam van het conceptformaat", shell -> Ui.press(shell, "Annuleren"));
		assertNull(importWord(template));
		assertEquals(before0 + 1, drafts());
	}

	/**
	 * Review finding 9: a logo file of the draft's name with other content stays as it is; the new logo gets a free
	 * name, the draft refers to it, and the designer is told.
	 */
	@Test
	void anExistingLogoWithOtherContentIsKeptAndTheDesignerIsTold() throws Exception {
		Path template = template("eigen-logo.docx");
		Path first = importWord(template).draft();
		String id = first.getFileName().toString().replace(".oppformat", "");
		Path logo;
		try (var files = Files.list(folder)) {
			logo = files.filter(f -> f.getFileName().toString().startsWith(id + "-logo.")).findFirst().orElseThrow();
		}
		String name = logo.getFileName().toString();
		String extension = name.substring(name.lastIndexOf('.'));
		byte[] ours = Files.readAllBytes(logo);
		// the same template again under another id, whose logo's name a file with other content already has
		Path taken = folder.resolve("swv-logo-twee-logo" + extension);
		byte[] other = "het logo van een ander samenwerkingsverband".getBytes(StandardCharsets.UTF_8);
		Files.write(taken, other);
		String renamed = "swv-logo-twee-logo-2" + extension;
		Ui.whenDialog(display, "Naam van het conceptformaat", shell -> {
			Ui.all(shell, Text.class).get(0).setText("swv-logo-twee");
			Ui.press(shell, "Maken");
		});
		String[] message = { null };
		Ui.whenDialog(display, "Formaat uit Word", shell -> {
			message[0] = Ui.all(shell, Label.class).stream().map(Label::getText).filter(t -> t.contains(renamed)).findFirst().orElse("");
			Ui.press(shell, "OK");
		});
		WordTemplateImport.Done again = importWord(template);
		assertNotNull(again);
		assertArrayEquals(other, Files.readAllBytes(taken));
		assertArrayEquals(ours, Files.readAllBytes(folder.resolve(renamed)));
		assertTrue(Files.readString(again.draft()).contains("logo \"" + renamed + "\""), Files.readString(again.draft()));
		assertNotNull(message[0]);
		assertFalse(message[0].isEmpty(), "the designer is told");
	}

	@Test
	void aBrokenFileGetsADutchMessageNamingIt() throws Exception {
		long before = drafts();
		Path broken = words.resolve("kapot.docx");
		Files.write(broken, "geen Word".getBytes(StandardCharsets.UTF_8));
		String[] message = { null };
		Ui.whenDialog(display, "Formaat uit Word", shell -> {
			message[0] = Ui.all(shell, Label.class).stream().map(Label::getText).filter(t -> t.contains("kapot.docx"))
					.findFirst().orElse("");
			Ui.press(shell, "OK");
		});
		assertNull(importWord(broken));
		assertNotNull(message[0]);
		assertFalse(message[0].isEmpty(), "the message names the file");
		assertFalse(message[0].contains("Exception"), message[0]);
		assertEquals(before, drafts(), "nothing written");
	}
}
