package nl.oppstudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.State;
import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.editor.EditorWindow;
import nl.oppstudio.editor.internal.Messages;
import nl.oppstudio.editor.internal.Widgets;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.testing.Examples;

/**
 * Issue 12, the OPP Editor's window: opened on a copy of dsl-examples (with a broken document and one
 * whose format is missing), it lists every OPP with the pupil, state and next deadline that the
 * document step computes, overdue first; filters by state and name; "Nieuw OPP" makes a concept that
 * loads and validates; Enter opens a document's tab. Drives the real SWT widgets, found by data key.
 */
class EditorWindowTest {

	private static final int PUPIL = 0;
	private static final int STATE = 1;
	private static final int NEXT = 2;
	private static final int DUE = 3;
	private static final int FILE = 4;
	private static final int FORMAT = 5;
	private static final String BROKEN = "kapot.opp";
	private static final String NO_FORMAT = "zonder-formaat.opp";
	private static final String OVERDUE = "lotte-smit.opp";

	private static Path folder;
	private static Display display;
	private static EditorWindow window;

	@BeforeAll
	static void open() throws IOException {
		folder = Files.createTempDirectory("opp-editor");
		try (Stream<Path> files = Files.list(Examples.directory())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		Files.writeString(folder.resolve(BROKEN), Files.readString(Examples.file(Examples.DOCUMENT))
				.replace("</leerling>", "</leerlin>"));
		// an OPP not yet adopted, six weeks after its start: overdue (as in opp due's test)
		Files.writeString(folder.resolve(OVERDUE), Files.readString(Examples.file(Examples.DOCUMENT))
				.replace("    <vaststelling>2026-10-09</vaststelling>\n", "").replace(Examples.PUPIL, "Lotte Smit"));
		Files.writeString(folder.resolve(NO_FORMAT), Files.readString(Examples.file(Examples.DOCUMENT))
				.replace("urn:oppstudio:format:swv-voorbeeld-opp:", "urn:oppstudio:format:bestaat-niet:"));
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		window = new EditorWindow();
		window.open(folder);
		waitForOverview();
	}

	@AfterAll
	static void close() {
		if (window != null) {
			window.close();
		}
		if (display != null && !display.isDisposed()) {
			display.dispose();
		}
	}

	private static Shell shell() {
		return window.getShell();
	}

	private static Table table() {
		return Ui.find(shell(), EditorIds.OVERVIEW_TABLE, Table.class);
	}

	private static Label status() {
		return Ui.find(shell(), EditorIds.OVERVIEW_STATUS, Label.class);
	}

	private static void waitForOverview() {
		Ui.until(display, () -> !status().getText().isEmpty() && !status().getText().equals(Messages.loading), 120,
				"het overzicht is gelezen");
	}

	/** Every row of the overview by file name. */
	private static Map<String, String[]> rowsByFile() {
		Map<String, String[]> rows = new HashMap<>();
		for (String[] row : Ui.rows(table())) {
			rows.put(row[FILE], row);
		}
		return rows;
	}

	private static FormatResolver resolver() {
		return new FormatResolver(file -> {
			LoadedFormat loaded = FormatLoader.create().load(file);
			return new FormatResolver.CheckedFormat(file, loaded.format(), loaded.diagnostics());
		}, format -> {
		});
	}

	private static void showAll() {
		Combo states = Ui.find(shell(), EditorIds.STATE_FILTER, Combo.class);
		states.select(0);
		states.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		Ui.find(shell(), EditorIds.SEARCH, Text.class).setText("");
	}

	@Test
	void titleAndOverviewTab() {
		assertEquals("OPP Editor — " + folder.toAbsolutePath().normalize(), shell().getText());
		CTabFolder tabs = Ui.find(shell(), EditorIds.TABS, CTabFolder.class);
		CTabItem overview = tabs.getItem(0);
		assertEquals("Overzicht", overview.getText());
		assertFalse(overview.getShowClose(), "the overview cannot be closed");
		assertEquals("Zoeken op naam", Ui.find(shell(), EditorIds.SEARCH, Text.class).getData(Widgets.ACCESSIBLE_NAME));
		assertEquals("Status", Ui.find(shell(), EditorIds.STATE_FILTER, Combo.class).getData(Widgets.ACCESSIBLE_NAME));
		assertEquals("&Nieuw OPP…", Ui.find(shell(), EditorIds.NEW_BUTTON, Button.class).getText());
		assertEquals("&Openen", Ui.find(shell(), EditorIds.OPEN_BUTTON, Button.class).getText());
	}

	@Test
	void overviewListsEveryDocumentWithItsStateAndNextDeadline() throws Exception {
		showAll();
		LocalDate today = LocalDate.now();
		Map<String, String[]> rows = rowsByFile();
		FormatResolver formats = resolver();
		List<Path> documents;
		try (Stream<Path> files = Files.list(folder)) {
			documents = files.filter(f -> f.getFileName().toString().endsWith(".opp")).toList();
		}
		assertEquals(documents.size(), rows.size(), rows.keySet().toString());
		int overdue = 0;
		for (Path file : documents) {
			String[] row = rows.get(file.getFileName().toString());
			assertNotNull(row, file.toString());
			FormatResolver.Resolution resolution = formats.resolve(file, null);
			if (resolution.format() == null || file.getFileName().toString().equals(BROKEN)) {
				continue; // problemRows
			}
			OppDocument document = Documents.load(file, resolution.format());
			assertEquals(document.pupilName(), row[PUPIL], file.toString());
			assertEquals(document.format().getName() + ", versie " + document.format().getVersion(), row[FORMAT]);
			State state = Lifecycle.state(document);
			assertEquals(state.label().replace('-', ' ').replace("geevalueerd", "geëvalueerd").replace("beeindigd", "beëindigd"),
					row[STATE], file.toString());
			Optional<Planning.Due> next = state == State.BEEINDIGD ? Optional.empty() : Planning.next(document, today);
			assertEquals(next.map(Planning.Due::label).orElse("geen termijn"), row[NEXT], file.toString());
			String date = next.map(d -> String.format("%02d-%02d-%d", d.date().getDayOfMonth(), d.date().getMonthValue(),
					d.date().getYear())).orElse("");
			boolean late = next.map(d -> d.date().isBefore(today)).orElse(false);
			assertEquals(late ? date + " (te laat)" : date, row[DUE], file.toString());
			overdue += late ? 1 : 0;
		}
		assertTrue(overdue > 0, "the folder holds an overdue OPP");
		assertTrue(rows.get(OVERDUE)[DUE].endsWith("(te laat)"), String.join("|", rows.get(OVERDUE)));
		assertTrue(status().getText().contains(overdue + " te laat"), status().getText());
	}

	@Test
	void overdueFirstThenByDateThenByName() {
		showAll();
		List<String[]> rows = Ui.rows(table());
		LocalDate previous = null;
		boolean seenOnTime = false;
		boolean seenWithout = false;
		String previousName = "";
		for (String[] row : rows) {
			String due = row[DUE];
			if (due.isEmpty()) {
				seenWithout = true;
				continue;
			}
			assertFalse(seenWithout, "rows without a deadline come last: " + row[FILE]);
			boolean late = due.endsWith("(te laat)");
			assertFalse(late && seenOnTime, "overdue first: " + row[FILE]);
			LocalDate date = LocalDate.parse(due.substring(6, 10) + "-" + due.substring(3, 5) + "-" + due.substring(0, 2));
			if (!late && !seenOnTime) {
				previous = null;
			}
			seenOnTime |= !late;
			if (previous != null) {
				assertFalse(date.isBefore(previous), "by date: " + row[FILE]);
				if (date.equals(previous)) {
					assertTrue(previousName.compareToIgnoreCase(row[PUPIL]) <= 0, "then by name: " + row[FILE]);
				}
			}
			previous = date;
			previousName = row[PUPIL];
		}
		assertTrue(seenOnTime, "the examples hold a deadline still to come");
	}

	@Test
	void filterByStateAndSearchByName() {
		showAll();
		int all = table().getItemCount();
		Combo states = Ui.find(shell(), EditorIds.STATE_FILTER, Combo.class);
		assertEquals("Alle statussen", states.getItem(0));
		states.select(states.indexOf("concept"));
		states.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		List<String[]> concepts = Ui.rows(table());
		assertFalse(concepts.isEmpty());
		assertTrue(concepts.size() < all, concepts.size() + " of " + all);
		concepts.forEach(row -> assertEquals("concept", row[STATE], row[FILE]));
		assertTrue(status().getText().contains(concepts.size() + " van " + all + " getoond"), status().getText());

		states.select(0);
		states.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		Text search = Ui.find(shell(), EditorIds.SEARCH, Text.class);
		search.setText("sem de");
		List<String[]> found = Ui.rows(table());
		assertEquals(1, found.size());
		assertEquals(Examples.PUPIL, found.get(0)[PUPIL]);
		search.setText("");
		assertEquals(all, table().getItemCount());
	}

	@Test
	void brokenDocumentsAreRowsWithTheirProblem() {
		showAll();
		Map<String, String[]> rows = rowsByFile();
		String[] broken = rows.get(BROKEN);
		assertEquals("probleem", broken[STATE]);
		assertTrue(broken[NEXT].startsWith("Regel 9, kolom 5: het bestand is beschadigd"), broken[NEXT]);
		assertFalse(broken[NEXT].contains("element"), "not the XML parser's English: " + broken[NEXT]);
		String[] missing = rows.get(NO_FORMAT);
		assertEquals("probleem", missing[STATE]);
		assertEquals("Het formaat van dit OPP staat niet in de map.", missing[NEXT]);
		assertTrue(status().getText().contains("2 met een probleem"), status().getText());
	}

	@Test
	void enterOpensTheDocumentInItsOwnTabOnce() {
		showAll();
		Ui.find(shell(), EditorIds.SEARCH, Text.class).setText(Examples.PUPIL);
		Table table = table();
		table.setSelection(0);
		table.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		CTabFolder tabs = Ui.find(shell(), EditorIds.TABS, CTabFolder.class);
		List<CTabItem> open = Ui.documentTabs(tabs);
		assertEquals(1, open.size());
		CTabItem tab = open.get(0);
		assertSame(tab, tabs.getSelection());
		assertEquals(Examples.PUPIL, tab.getText());
		assertTrue(tab.getShowClose(), "a document's tab can be closed");
		String status = Ui.find(tab.getControl(), nl.oppstudio.editor.internal.document.DocumentIds.DOCUMENT_STATUS, Label.class)
				.getText();
		assertTrue(status.startsWith(Examples.PUPIL), status);
		window.openDocument(folder.resolve(Examples.DOCUMENT));
		assertEquals(1, Ui.documentTabs(tabs).size(), "opening again selects the tab");
		tab.dispose();
		showAll();
	}

	@Test
	void newOppMakesAConceptThatLoadsValidatesAndIsListed() throws Exception {
		showAll();
		AtomicReference<List<String>> errors = new AtomicReference<>(new ArrayList<>());
		AtomicReference<List<String>> formatItems = new AtomicReference<>();
		// The dialog is modal: it is filled in from inside its own event loop.
		display.asyncExec(new Runnable() {
			@Override
			public void run() {
				Shell dialog = dialog();
				if (dialog == null) {
					display.asyncExec(this);
					return;
				}
				Button create = dialog.getDefaultButton();
				create.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()); // without a name
				errors.get().addAll(texts(dialog));
				Ui.find(dialog, EditorIds.NEW_PUPIL, Text.class).setText("  Zoë van Dijk ");
				Combo format = Ui.find(dialog, EditorIds.NEW_FORMAT, Combo.class);
				formatItems.set(List.of(format.getItems()));
				format.select(format.indexOf("OPP SWV De Voorbeeldregio (PO), versie 0.2.0"));
				format.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				Combo schoolType = Ui.find(dialog, EditorIds.NEW_SCHOOL_TYPE, Combo.class);
				create.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()); // without a school type
				errors.get().addAll(texts(dialog));
				schoolType.select(schoolType.indexOf("speciaal basisonderwijs (sbo)"));
				schoolType.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				create.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			}
		});
		Ui.find(shell(), EditorIds.NEW_BUTTON, Button.class).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());

		assertTrue(errors.get().contains("Vul de naam van de leerling in."), errors.get().toString());
		assertTrue(errors.get().contains("Kies het schooltype van de leerling."), errors.get().toString());
		// Only formats that documents use, the newest version each: no base (wettelijk-minimum).
		assertFalse(formatItems.get().stream().anyMatch(f -> f.startsWith("Wettelijk minimum")), formatItems.get().toString());
		assertTrue(formatItems.get().size() >= 5, formatItems.get().toString());
		assertTrue(formatItems.get().contains("OPP SWV De Voorbeeldregio (PO), versie 0.2.0"), formatItems.get().toString());
		assertEquals(formatItems.get().stream().sorted(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl"))).toList(),
				formatItems.get(), "by name");

		Path created = folder.resolve("zoe-van-dijk.opp");
		assertTrue(Files.exists(created));
		FormatResolver formats = resolver();
		OppDocument document = Documents.load(created, formats.resolve(created, null).format());
		assertEquals("Zoë van Dijk", document.pupilName());
		assertEquals("sbo", document.schoolType());
		assertEquals("swv-voorbeeld-opp", document.format().getId(), "the format chosen");
		assertEquals(State.CONCEPT, Lifecycle.state(document));
		List<Diagnostic> diagnostics = Documents.validate(document, created);
		assertFalse(diagnostics.isEmpty(), "an empty concept lacks required values");

		CTabFolder tabs = Ui.find(shell(), EditorIds.TABS, CTabFolder.class);
		assertEquals("Zoë van Dijk", tabs.getSelection().getText());
		waitForOverview();
		Ui.until(display, () -> rowsByFile().containsKey("zoe-van-dijk.opp"), 30, "het nieuwe OPP staat in het overzicht");
		String[] row = rowsByFile().get("zoe-van-dijk.opp");
		assertEquals("Zoë van Dijk", row[PUPIL]);
		assertEquals("concept", row[STATE]);
		tabs.getSelection().dispose();
	}

	@Test
	void f5ReadsTheFolderAgain() throws Exception {
		showAll();
		Path copy = folder.resolve("kopie-van-sem.opp");
		Files.writeString(copy, Files.readString(Examples.file(Examples.DOCUMENT)).replace(Examples.PUPIL, "Kopie van Sem"));
		assertFalse(rowsByFile().containsKey(copy.getFileName().toString()), "not before a refresh");
		org.eclipse.swt.widgets.Event f5 = new org.eclipse.swt.widgets.Event();
		f5.keyCode = SWT.F5;
		table().notifyListeners(SWT.KeyDown, f5);
		Ui.until(display, () -> rowsByFile().containsKey(copy.getFileName().toString()), 30, "F5 leest de map opnieuw");
		assertEquals("Kopie van Sem", rowsByFile().get(copy.getFileName().toString())[PUPIL]);
	}

	private static Shell dialog() {
		for (Shell shell : display.getShells()) {
			if (EditorIds.NEW_DIALOG.equals(shell.getData(EditorIds.KEY)) && shell.isVisible()) {
				return shell;
			}
		}
		return null;
	}

	private static List<String> texts(Control control) {
		List<String> texts = new ArrayList<>();
		Ui.all(control, Label.class).forEach(l -> texts.add(l.getText().strip()));
		Ui.all(control, Text.class).forEach(t -> texts.add(t.getText().strip()));
		return texts;
	}
}
