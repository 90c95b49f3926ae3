package nl.oppstudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.CsvImport;
import nl.oppstudio.document.DocumentLocks;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.NewDocuments;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.document.State;
import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.editor.EditorWindow;
import nl.oppstudio.editor.internal.document.CsvImportDialog;
import nl.oppstudio.editor.internal.document.DocumentIds;
import nl.oppstudio.editor.internal.document.DocumentTab;
import nl.oppstudio.editor.internal.document.Recovery;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormPane;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.RepeatNode;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;
import nl.oppstudio.testing.pdf.PdfConformance;

/**
 * Issue 12, an OPP in the editor: filled in through its widgets, undone, saved and reopened, checked
 * while typing, taken through consent and vaststelling, exported, restored after a crash, migrated, and
 * carried into the next plan period. Each test opens a window on its own copy of dsl-examples.
 */
class DocumentTabTest {

	/** Sem's plan starts on 2026-09-28; the moves are made in its first weeks, as in opp's own tests. */
	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	@TempDir
	Path folder;
	private Display display;
	private EditorWindow window;

	@BeforeEach
	void open() throws Exception {
		try (Stream<Path> files = Files.list(Examples.directory())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		at("2026-10-05T10:00:00");
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		window = new EditorWindow();
		window.open(folder);
	}

	@AfterEach
	void close() {
		if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
			window.getShell().dispose();
		}
		DocumentTab.useClock(Clock.systemDefaultZone());
	}

	private static void at(String localDateTime) {
		DocumentTab.useClock(Clock.fixed(java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant(), ZONE));
	}

	private DocumentTab tab(Path file) {
		CTabItem item = window.openDocument(file);
		settle();
		return DocumentTab.of(item.getControl()).orElseThrow();
	}

	private void settle() {
		for (int i = 0; i < 3; i++) {
			while (display.readAndDispatch()) {
				// run what is queued
			}
		}
	}

	private void press(DocumentTab tab, String id) {
		Button button = Ui.find(window.getShell(), id, Button.class);
		assertNotNull(button, id);
		button.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	/** The input widgets of a control (found by the path its frame carries). */
	private static <T extends Control> List<T> widgets(Control root, String path, Class<T> type) {
		Control body = body(root, path);
		return body == null ? List.of() : Ui.all(body, type);
	}

	private static Control body(Control control, String path) {
		if (path.equals(control.getData(FormView.PATH_KEY))) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = body(child, path);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean inTable(ControlNode control) {
		for (var node = control.parent(); node != null; node = node.parent()) {
			if (node instanceof RepeatNode) {
				return true;
			}
		}
		return false;
	}

	/** Fills the first visible field of each kind through its widget; returns path → the value it should store. */
	private Map<String, String> fillEveryKind(DocumentTab tab, Set<ValueKind> done) {
		Map<String, String> expected = new LinkedHashMap<>();
		FormPane pane = tab.pane();
		for (ContainerNode page : pane.form().pages()) {
			pane.showPage(page);
			settle();
			// a new OPP has no rows: one is added to each repeating group, as "Toevoegen" does
			for (RepeatNode repeat : repeats(page)) {
				if (repeat.rows().isEmpty() && repeat.visible()) {
					repeat.addRow(-1);
				}
			}
			settle();
			for (ControlNode control : pane.form().controls()) {
				if (pane.form().pageOf(control) != page || !control.visible() || done.contains(control.kind())) {
					continue;
				}
				String stored = inTable(control) ? fillCell(tab, control) : fill(control);
				if (stored != null) {
					settle();
					done.add(control.kind());
					expected.put(control.path(), stored);
				}
			}
		}
		return expected;
	}

	private static List<RepeatNode> repeats(nl.oppstudio.forms.FormNode node) {
		List<RepeatNode> found = new java.util.ArrayList<>();
		for (nl.oppstudio.forms.FormNode child : node.children()) {
			if (child instanceof RepeatNode repeat) {
				found.add(repeat);
			} else if (!(child instanceof ContainerNode container && container.isPage())) {
				found.addAll(repeats(child));
			}
		}
		return found;
	}

	/** A number or level in a table: typed into the cell editor that the jump to the field opens. */
	private String fillCell(DocumentTab tab, ControlNode control) {
		if (control.kind() != ValueKind.NUMBER && control.kind() != ValueKind.LEVEL) {
			return null;
		}
		RepeatNode repeat = (RepeatNode) control.parent().parent();
		if (!repeat.isTable()) {
			return fill(control);
		}
		tab.pane().view().reveal(control);
		Table table = (Table) body(window.getShell(), repeat.path());
		Text editor = Ui.all(table, Text.class).stream().filter(Text::isVisible).findFirst().orElseThrow();
		String value = control.kind() == ValueKind.NUMBER ? "12" : "72%";
		editor.setText(value);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(value, control.value(), "the cell's value is applied");
		settle();
		return value;
	}

	private String fill(ControlNode control) {
		Control root = window.getShell();
		List<Text> texts = widgets(root, control.path(), Text.class);
		List<Button> buttons = widgets(root, control.path(), Button.class).stream()
				.filter(b -> (b.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0).toList();
		List<Combo> combos = widgets(root, control.path(), Combo.class);
		switch (control.kind()) {
		case TEXT, LONG_TEXT, ATTACHMENT -> {
			texts.get(0).setText("Ingevuld in de editor");
			return "Ingevuld in de editor";
		}
		case LEVEL -> {
			texts.get(0).setText("72%");
			return "72%";
		}
		case NUMBER -> {
			texts.get(0).setText("12");
			return "12";
		}
		case DATE -> {
			texts.get(0).setText("15-01-2027");
			return "2027-01-15";
		}
		case YES_NO, CHOICE, MULTIPLE_CHOICE -> {
			if (!combos.isEmpty()) {
				combos.get(0).select(1);
				combos.get(0).notifyListeners(SWT.Selection, new Event());
				return control.value();
			}
			Button first = buttons.get(0);
			first.setSelection(true);
			first.notifyListeners(SWT.Selection, new Event());
			return control.value();
		}
		default -> {
			return null;
		}
		}
	}

	@Test
	void fieldsOfEveryKindAreFilledInSavedAndFoundAgainAfterReopening() throws Exception {
		Set<ValueKind> inFormats = EnumSet.noneOf(ValueKind.class);
		Set<ValueKind> filled = EnumSet.noneOf(ValueKind.class);
		for (Map.Entry<Path, Format> format : ExampleDocuments.formats().entrySet()) {
			if (!NewDocuments.forDocuments(format.getValue())) {
				continue;
			}
			OppDocument fresh = NewDocuments.create(format.getValue(), "Test Leerling", null);
			fresh.schema().leaves().forEach(leaf -> inFormats.add(leaf.kind()));
			Path file = NewDocuments.save(fresh, folder, "Test " + format.getValue().getId());
			DocumentTab tab = tab(file);
			Set<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
			Map<String, String> expected = fillEveryKind(tab, kinds);
			filled.addAll(kinds);
			assertFalse(expected.isEmpty(), file.toString());
			assertTrue(tab.session().dirty());
			press(tab, DocumentIds.SAVE);
			assertFalse(tab.session().dirty());
			nl.oppstudio.forms.Form saved = nl.oppstudio.forms.Form.of(new nl.oppstudio.forms.FormSession(
					Documents.load(file, format.getValue()), file));
			for (Map.Entry<String, String> value : expected.entrySet()) {
				String stored = saved.controls().stream().filter(c -> c.path().equals(value.getKey())).findFirst()
						.map(ControlNode::value).orElse(null);
				assertEquals(value.getValue(), stored, file + " " + value.getKey());
			}
			window.tabs().getSelection().dispose();
			DocumentTab reopened = tab(file);
			for (Map.Entry<String, String> value : expected.entrySet()) {
				ControlNode control = reopened.pane().form().controls().stream().filter(c -> c.path().equals(value.getKey()))
						.findFirst().orElseThrow();
				assertEquals(value.getValue(), control.value(), value.getKey());
			}
			window.tabs().getSelection().dispose();
		}
		inFormats.remove(ValueKind.ATTACHMENT);
		assertTrue(filled.containsAll(inFormats), "filled " + filled + " of " + inFormats);
	}

	/** Handreiking voorbeeld-OPP, rubriek 3: the inspection's flow chart only shows when there is an afwijking. */
	@Test
	void aConditionShowsAFieldAsTheUserChooses() throws Exception {
		Format format = TestFormats.load(folder.resolve("handreiking-voorbeeld-opp.oppformat"));
		Path file = NewDocuments.save(NewDocuments.create(format, "Test Leerling", null), folder, "Test Leerling");
		DocumentTab tab = tab(file);
		ControlNode present = control(tab, "afwijking/aanwezig");
		tab.pane().showPage(tab.pane().form().pageOf(present));
		settle();
		Control scheme = body(window.getShell(), "afwijking/stroomschema").getParent();
		assertFalse(scheme.isVisible(), "hidden without an afwijking");
		Button yes = widgets(window.getShell(), "afwijking/aanwezig", Button.class).get(0);
		yes.setSelection(true);
		yes.notifyListeners(SWT.Selection, new Event());
		settle();
		assertTrue(scheme.isVisible(), "shown after 'ja'");
		assertTrue(Ui.all(scheme, Label.class).get(0).getText().endsWith("*"), "and required");
	}

	private static ControlNode control(DocumentTab tab, String path) {
		return tab.pane().form().controls().stream().filter(c -> c.path().equals(path)).findFirst().orElseThrow();
	}

	@Test
	void undoAndRedoCoverTypingAndAValidationErrorLeadsToItsField() throws Exception {
		DocumentTab tab = tab(folder.resolve(Examples.DOCUMENT));
		ControlNode name = tab.pane().form().controls().get(0);
		tab.pane().showPage(tab.pane().form().pageOf(name));
		settle();
		Text text = widgets(window.getShell(), name.path(), Text.class).get(0);
		text.setText("");
		settle();
		Table problems = (Table) find(window.getShell(), FormPane.PROBLEMS);
		assertTrue(Ui.rows(problems).stream().anyMatch(row -> row[2].contains(name.label())), "the problem is listed");
		tab.pane().showPage(tab.pane().form().pages().get(tab.pane().form().pages().size() - 1));
		press(tab, DocumentIds.NEXT_PROBLEM);
		assertEquals(text, display.getFocusControl(), "the next problem is the empty name, and it has the focus");
		press(tab, DocumentIds.UNDO);
		assertEquals(Examples.PUPIL, text.getText());
		assertFalse(tab.session().dirty());
		press(tab, DocumentIds.REDO);
		assertEquals("", text.getText());
		assertTrue(window.tabs().getSelection().getText().startsWith("*"), "the tab shows unsaved changes");
	}

	private static Control find(Control control, String id) {
		if (id.equals(control.getData(FormPane.KEY))) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Handreiking OPP 3.2: vaststellen needs the parents' consent on the handelingsdeel; the bevoegd gezag adopts. */
	@Test
	void consentAndVaststellingAreRecordedAndRefusedWithoutConsent() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		// Sem's plan before the parents were asked: no consent, not yet adopted
		String text = Files.readString(file);
		text = text.substring(0, text.indexOf("    <instemming>")) + text.substring(text.indexOf("</instemming>") + 14)
				.replace("    <vaststelling>2026-10-09</vaststelling>\n", "").replace("    <registratie>2026-10-16</registratie>\n", "");
		Files.writeString(file, text);
		DocumentTab tab = tab(file);
		move(tab, "Instemming vragen", "J. Jansen", "intern begeleider");
		assertEquals(State.TER_INSTEMMING, Lifecycle.state(Documents.load(file, tab.session().document().format())));
		at("2026-10-09T10:00:00");
		String[] refusal = new String[1];
		Dialogs.when(display, "Vaststellen", shell -> {
			fillMove(shell, "A. Bakker", "directeur");
			Dialogs.press(shell, "Vaststellen…");
			refusal[0] = Ui.find(shell, DocumentIds.MOVE_ERROR, Label.class).getText();
			Dialogs.press(shell, "Annuleren");
		});
		lifecycle(tab, "ADOPT");
		assertTrue(refusal[0] != null && refusal[0].toLowerCase().contains("instemming"), String.valueOf(refusal[0]));
		assertEquals(State.TER_INSTEMMING, Lifecycle.state(tab.session().document()));
		at("2026-10-06T10:00:00");
		// the parents signed on paper yesterday: the consent is dated that day
		Dialogs.when(display, "Instemming vastleggen", shell -> {
			fillMove(shell, "M. de Vries", "ouders");
			Ui.find(shell, DocumentIds.MOVE_DATE, Text.class).setText("05-10-2026");
			Dialogs.press(shell, "Instemming vastleggen…");
			Dialogs.when(display, "Instemming vastleggen", done -> Dialogs.press(done, "OK"));
		});
		lifecycle(tab, "RECORD_CONSENT");
		assertEquals("2026-10-05", tab.session().document().value("betrokkenheid/instemming/datum").orElse(null));
		at("2026-10-09T10:00:00");
		move(tab, "Vaststellen", "A. Bakker", "directeur");
		OppDocument saved = Documents.load(file, tab.session().document().format());
		assertEquals(State.VASTGESTELD, Lifecycle.state(saved));
		assertEquals(List.of(), Lifecycle.verify(saved, file), "the log checks out");
		assertTrue(tab.session().readOnly(), "a vastgesteld plan is read-only");
	}

	private void fillMove(org.eclipse.swt.widgets.Shell shell, String who, String role) {
		Ui.find(shell, DocumentIds.MOVE_WHO, Text.class).setText(who);
		Ui.find(shell, DocumentIds.MOVE_ROLE, Combo.class).setText(role);
	}

	/** Makes a move through its dialog and confirms the message after it. */
	private void move(DocumentTab tab, String title, String who, String role) {
		Dialogs.when(display, title, shell -> {
			fillMove(shell, who, role);
			Dialogs.press(shell, shell.getText().replace("&", ""));
			Dialogs.when(display, title, done -> Dialogs.press(done, "OK"));
		});
		lifecycle(tab, switch (title) {
		case "Instemming vragen" -> "ASK_CONSENT";
		case "Instemming vastleggen" -> "RECORD_CONSENT";
		default -> "ADOPT";
		});
	}

	private void lifecycle(DocumentTab tab, String action) {
		Button button = Ui.find(window.getShell(), DocumentIds.LIFECYCLE, Button.class);
		button.notifyListeners(SWT.Selection, new Event());
		org.eclipse.swt.widgets.Menu menu = (org.eclipse.swt.widgets.Menu) button.getData(DocumentIds.MENU);
		menu.setVisible(false);
		boolean found = false;
		for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
			if (action.equals(item.getData(EditorIds.KEY))) {
				assertTrue(item.isEnabled(), action + " can be chosen");
				item.notifyListeners(SWT.Selection, new Event());
				found = true;
			}
		}
		assertTrue(found, action);
		settle();
	}

	@Test
	void thePlanIsExportedAsAnArchivablePdf() throws Exception {
		DocumentTab tab = tab(folder.resolve(Examples.DOCUMENT));
		Path pdf = folder.resolve("sem.pdf");
		Path[] written = new Path[1];
		tab.exportPdf("PLAN", pdf, path -> written[0] = path == null ? folder.resolve("mislukt") : path);
		Ui.until(display, () -> written[0] != null, 120, "de PDF is geschreven");
		assertEquals(pdf, written[0]);
		PdfConformance.assertConforms("editor", Files.readAllBytes(pdf));
	}

	@Test
	void unsavedWorkIsRestoredAfterACrash() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		byte[] before = Files.readAllBytes(file);
		DocumentTab tab = tab(file);
		ControlNode name = tab.pane().form().controls().get(0);
		widgets(window.getShell(), name.path(), Text.class).get(0).setText("Sem de Vries-Jansen");
		settle();
		tab.autosave();
		// the crash: the window goes without closing its tabs
		window.getShell().dispose();
		assertTrue(Files.exists(Recovery.fileFor(file)));
		org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(file), "the document itself is untouched");
		window = new EditorWindow();
		window.open(folder);
		Dialogs.when(display, "Werk herstellen", shell -> Dialogs.press(shell, "Ja"));
		DocumentTab restored = tab(file);
		assertEquals("Sem de Vries-Jansen", restored.pane().form().controls().get(0).value());
		assertTrue(restored.session().dirty(), "restored work is not saved yet");
		press(restored, DocumentIds.SAVE);
		assertFalse(Files.exists(Recovery.fileFor(file)), "saving removes the recovery file");
	}

	/**
	 * Issue 16: "A disk that is full or read-only gives a clear message, and the old file stays." The folder
	 * is made immutable ({@code chattr +i}: root, as CI runs, ignores chmod); skipped where that is not possible.
	 */
	@Test
	void aSaveThatCannotBeWrittenSaysWhyAndLosesNothing() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		byte[] before = Files.readAllBytes(file);
		DocumentTab tab = tab(file);
		ControlNode name = tab.pane().form().controls().get(0);
		widgets(window.getShell(), name.path(), Text.class).get(0).setText("Sem de Vries-Jansen");
		settle();
		org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("chattr", "+i", folder.toString()).start().waitFor() == 0,
				"chattr +i is not possible here");
		List<String> told = new java.util.ArrayList<>();
		try {
			Dialogs.when(display, "Opslaan mislukt", shell -> {
				Ui.all(shell, org.eclipse.swt.widgets.Label.class).forEach(label -> told.add(label.getText()));
				Dialogs.press(shell, "OK");
			});
			press(tab, DocumentIds.SAVE);
			assertTrue(told.stream().anyMatch(text -> text.startsWith(Examples.DOCUMENT + " kon niet worden opgeslagen: u mag niet schrijven in")
					&& text.endsWith("Het bestaande bestand is niet veranderd.")), told.toString());
			String status = Ui.find(window.getShell(), DocumentIds.DOCUMENT_STATUS, org.eclipse.swt.widgets.Label.class).getText();
			assertTrue(status.contains("kon niet worden opgeslagen"), status);
			assertTrue(tab.session().dirty(), "the work is still unsaved");
			assertEquals("Sem de Vries-Jansen", tab.pane().form().controls().get(0).value(), "the work is still in the window");
			org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(file));
			try (Stream<Path> files = Files.list(folder)) {
				assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "a temporary file was left");
			}
		} finally {
			new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
		}
		press(tab, DocumentIds.SAVE);
		assertFalse(tab.session().dirty());
		assertEquals("Sem de Vries-Jansen", Documents.load(file, tab.session().document().format()).pupilName());
	}

	@Test
	void workFromBeforeACrashIsKeptAsideWhenTheDocumentChangedSince() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		DocumentTab tab = tab(file);
		ControlNode name = tab.pane().form().controls().get(0);
		widgets(window.getShell(), name.path(), Text.class).get(0).setText("Sem (voor de crash)");
		settle();
		tab.autosave();
		window.getShell().dispose();
		// after the crash a colleague's version arrives, newer than the recovery file
		Files.writeString(file, Files.readString(file).replace(Examples.PUPIL, "Sem (van een collega)"));
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
				Files.getLastModifiedTime(Recovery.fileFor(file)).toMillis() + 5_000));
		window = new EditorWindow();
		window.open(folder);
		String[] question = new String[1];
		Dialogs.when(display, "Werk herstellen", shell -> {
			question[0] = Ui.all(shell, Label.class).stream().map(Label::getText).filter(t -> t.contains("daarna")).findFirst()
					.orElse("");
			Dialogs.press(shell, "Nee");
			Dialogs.when(display, "Werk herstellen", told -> Dialogs.press(told, "OK"));
		});
		DocumentTab reopened = tab(file);
		assertFalse(question[0].isEmpty(), "the question says the document changed after the crash");
		assertEquals("Sem (van een collega)", reopened.pane().form().controls().get(0).value());
		assertFalse(Files.exists(Recovery.fileFor(file)));
		try (Stream<Path> files = Files.list(folder)) {
			Path aside = files.filter(f -> f.getFileName().toString().startsWith("sem-de-vries (eigen werk")).findFirst()
					.orElseThrow(() -> new AssertionError("the work from before the crash is kept as a document"));
			assertTrue(Files.readString(aside).contains("Sem (voor de crash)"));
		}
	}

	/** A lock file as the editor of a colleague on another computer writes it. */
	private static void openedElsewhere(Path file) throws Exception {
		Files.writeString(DocumentLocks.lockFile(file), DocumentLocks.text(new DocumentLocks.Holder("j.jansen",
				"SCHOOL-PC-07", Instant.parse("2026-11-30T08:15:00Z"), Instant.now(), 4242, "OPP Editor")));
	}

	/**
	 * Issue 16, two people, one file: a document someone else has open is shown read-only with who, where and
	 * since when; nothing can be changed or saved; when it is free, "Opnieuw proberen" makes it editable.
	 */
	@Test
	void aDocumentOpenElsewhereIsReadOnlyUntilItIsFree() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		openedElsewhere(file);
		String theirLock = Files.readString(DocumentLocks.lockFile(file));
		byte[] before = Files.readAllBytes(file);
		DocumentTab tab = tab(file);
		Label bar = Ui.find(window.getShell(), DocumentIds.IN_USE, Label.class);
		assertNotNull(bar, "the in-use bar");
		String since = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm")
				.withZone(ZoneId.systemDefault()).format(Instant.parse("2026-11-30T08:15:00Z"));
		assertEquals("Dit OPP is geopend door j.jansen op computer SCHOOL-PC-07 sinds " + since
				+ ". U kunt het nu alleen lezen.", bar.getText());
		assertTrue(tab.inUseElsewhere());
		assertTrue(tab.session().readOnly(), "no edits");
		for (String id : List.of(DocumentIds.SAVE, DocumentIds.UNDO, DocumentIds.REDO, DocumentIds.LIFECYCLE,
				DocumentIds.NEXT_PERIOD)) {
			assertFalse(Ui.find(window.getShell(), id, Button.class).isEnabled(), id);
		}
		assertTrue(Ui.find(window.getShell(), DocumentIds.PDF, Button.class).isEnabled(), "reading and printing go on");
		Text name = widgets(window.getShell(), tab.pane().form().controls().get(0).path(), Text.class).get(0);
		assertFalse(name.getEditable(), "the fields are read-only");
		assertFalse(tab.save(), "no save");
		assertTrue(tab.session().document().pupilName().equals(Examples.PUPIL));
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(theirLock, Files.readString(DocumentLocks.lockFile(file)), "their lock is left alone");

		// the overview marks it
		window.context().refreshOverview();
		Table table = Ui.find(window.getShell(), EditorIds.OVERVIEW_TABLE, Table.class);
		Ui.until(display, () -> Ui.rows(table).stream().anyMatch(row -> row[4].equals(Examples.DOCUMENT
				+ " (in gebruik door j.jansen)")), 60, "het overzicht toont wie het OPP open heeft");

		// still in use: the bar stays
		press(tab, DocumentIds.IN_USE_RETRY);
		assertTrue(tab.inUseElsewhere());
		// the colleague closes it
		Files.delete(DocumentLocks.lockFile(file));
		press(tab, DocumentIds.IN_USE_RETRY);
		assertFalse(tab.inUseElsewhere());
		assertNull(Ui.find(window.getShell(), DocumentIds.IN_USE, Label.class), "the bar is gone");
		assertFalse(tab.session().readOnly());
		assertTrue(Ui.find(window.getShell(), DocumentIds.SAVE, Button.class).isEnabled());
		assertTrue(Files.readString(DocumentLocks.lockFile(file)).contains("proces=" + ProcessHandle.current().pid()),
				"now this editor holds it");
		window.getShell().dispose();
		assertFalse(Files.exists(DocumentLocks.lockFile(file)), "closing the window releases it");
	}

	/**
	 * Finding 7: this editor's lock was taken over while the document was open (the laptop slept past the stale
	 * time and a colleague opened it): the tab notices before saving and turns read-only with the bar; the
	 * colleague's file and lock are left alone and the unsaved work is kept as a document of its own.
	 */
	@Test
	void aLockTakenOverWhileOpenTurnsTheTabReadOnly() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		byte[] before = Files.readAllBytes(file);
		DocumentTab tab = tab(file);
		assertFalse(tab.inUseElsewhere());
		ControlNode name = tab.pane().form().controls().get(0);
		widgets(window.getShell(), name.path(), Text.class).get(0).setText("Sem (na de slaap)");
		settle();
		assertTrue(tab.session().dirty());
		openedElsewhere(file); // the colleague's editor took the lock over
		String theirLock = Files.readString(DocumentLocks.lockFile(file));

		assertFalse(tab.save(), "no save over the colleague's work");
		settle();
		assertTrue(tab.inUseElsewhere());
		assertTrue(tab.session().readOnly());
		assertFalse(Ui.find(window.getShell(), DocumentIds.SAVE, Button.class).isEnabled());
		Label bar = Ui.find(window.getShell(), DocumentIds.IN_USE, Label.class);
		assertNotNull(bar, "the in-use bar");
		assertTrue(bar.getText().startsWith("Dit OPP is geopend door j.jansen op computer SCHOOL-PC-07 sinds ")
				&& bar.getText().contains("U kunt het nu alleen lezen. Uw niet-opgeslagen werk staat in het document \"sem-de-vries (eigen werk"),
				bar.getText());
		assertArrayEquals(before, Files.readAllBytes(file), "the document is unchanged");
		assertEquals(theirLock, Files.readString(DocumentLocks.lockFile(file)), "their lock is left alone");
		try (Stream<Path> files = Files.list(folder)) {
			Path aside = files.filter(f -> f.getFileName().toString().startsWith("sem-de-vries (eigen werk")).findFirst()
					.orElseThrow(() -> new AssertionError("the unsaved work is kept as a document"));
			assertTrue(Files.readString(aside).contains("Sem (na de slaap)"));
		}
		assertTrue(tab.mayClose(), "nothing unsaved is left in the tab to ask about");

		// the same through the timer's refresh: a lock removed is simply taken again
		Files.delete(DocumentLocks.lockFile(file));
		press(tab, DocumentIds.IN_USE_RETRY);
		assertFalse(tab.inUseElsewhere());
		openedElsewhere(file);
		assertFalse(tab.stillOurs(), "the check the timer and every save make");
		settle();
		assertTrue(tab.inUseElsewhere());
		assertNotNull(Ui.find(window.getShell(), DocumentIds.IN_USE, Label.class));
		window.getShell().dispose();
		assertEquals(theirLock.replaceAll("bijgewerkt=.*", ""),
				Files.readString(DocumentLocks.lockFile(file)).replaceAll("bijgewerkt=.*", ""), "still theirs after closing");
	}

	/** Issue 16: opening a document takes its lock; closing the tab releases it. */
	@Test
	void openingTakesTheLockAndClosingReleasesIt() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		DocumentTab tab = tab(file);
		assertFalse(tab.inUseElsewhere());
		assertTrue(Files.exists(DocumentLocks.lockFile(file)));
		assertTrue(DocumentLocks.heldByOther(file).isEmpty(), "ours, not someone else's");
		CTabItem item = window.tabs().getSelection();
		item.dispose();
		settle();
		assertFalse(Files.exists(DocumentLocks.lockFile(file)), "closing the tab releases it");
	}

	/** Issue 16, AVG: "Anonieme PDF…" writes the PDF of an anonymous copy and shows what was replaced, never the names. */
	@Test
	void anAnonymousPdfShowsWhatWasReplaced() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		byte[] before = Files.readAllBytes(file);
		DocumentTab tab = tab(file);
		Path out = folder.resolve("sem-anoniem.pdf");
		String[] report = new String[1];
		Dialogs.when(display, "Anonieme PDF", shell -> {
			StringBuilder text = new StringBuilder();
			Ui.all(shell, Label.class).forEach(label -> text.append(label.getText()).append('\n'));
			report[0] = text.toString();
			Dialogs.press(shell, "OK");
		});
		Path[] written = new Path[1];
		boolean[] finished = { false };
		tab.exportPdf("ANONYMOUS", out, result -> {
			written[0] = result;
			finished[0] = true;
		});
		Ui.until(display, () -> finished[0], 120, "de anonieme PDF is gemaakt");
		assertEquals(out, written[0]);
		assertTrue(Files.size(out) > 1000);
		assertNotNull(report[0], "the report is shown");
		assertTrue(report[0].contains("leerling/naam: naam vervangen door 'Leerling' (1x)"), report[0]);
		assertTrue(report[0].contains("betrokkenheid/instemming/wie: naam vervangen door 'Ouder …' (1x)"), report[0]);
		assertFalse(report[0].contains("Sem") || report[0].contains("Vries"), report[0]);
		assertArrayEquals(before, Files.readAllBytes(file), "the OPP itself is not changed");
	}

	/** Review finding 34: the anonymous PDF's proposed file name never names the pupil (the document's is hers). */
	@Test
	void theAnonymousPdfIsNotProposedUnderThePupilsName() throws Exception {
		DocumentTab tab = tab(folder.resolve(Examples.DOCUMENT));
		assertEquals("sem-de-vries.pdf", tab.proposedPdfName("PLAN"));
		assertEquals("swv-voorbeeld-opp-anoniem.pdf", tab.proposedPdfName("ANONYMOUS"));
	}

	/**
	 * Review finding 30: the PDF is made from a snapshot in memory, not from a copy of the document in the
	 * system's temp folder read back: a value longer than the loader takes (pasted in the editor) is rendered,
	 * cut, and no file is left anywhere.
	 */
	@Test
	void thePdfIsMadeFromASnapshotInMemory() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		DocumentTab tab = tab(file);
		OppDocument document = tab.session().document();
		document.setValue(document.schema().leaf("factoren/thuisBelemmerend"),
				"Lang. ".repeat(100_000 / 6 + 10) /* past Limits.MAX_VALUE_CHARS */);
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		java.util.Set<Path> tempBefore;
		try (Stream<Path> files = Files.list(tmp)) {
			tempBefore = files.collect(java.util.stream.Collectors.toSet());
		}
		Path out = folder.resolve("plan.pdf");
		Path[] written = new Path[1];
		String[] problem = new String[1];
		boolean[] finished = { false };
		tab.exportPdf("PLAN", out, result -> {
			written[0] = result;
			finished[0] = true;
		}, told -> problem[0] = told);
		Ui.until(display, () -> finished[0], 240, "de PDF is gemaakt");
		assertEquals(out, written[0], "rendered, not refused as too long: " + problem[0]);
		try (Stream<Path> files = Files.list(tmp)) {
			assertEquals(java.util.List.of(), files.filter(f -> !tempBefore.contains(f))
					.filter(f -> f.getFileName().toString().endsWith("." + Documents.EXTENSION)).toList(), "no copy in " + tmp);
		}
	}

	@Test
	void aChangeOnDiskIsNeverOverwrittenWithoutAskingAndCanBeReadAgain() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		DocumentTab tab = tab(file);
		ControlNode name = tab.pane().form().controls().get(0);
		widgets(window.getShell(), name.path(), Text.class).get(0).setText("Sem (in de editor)");
		settle();
		// a colleague's version arrives through git pull
		String theirs = Files.readString(file).replace(Examples.PUPIL, "Sem (van een collega)");
		Files.writeString(file, theirs);
		Dialogs.when(display, "Bestand gewijzigd", shell -> Dialogs.press(shell, "Nee"));
		press(tab, DocumentIds.SAVE);
		assertEquals(theirs, Files.readString(file), "not overwritten when the user says no");
		assertTrue(tab.session().dirty());
		Dialogs.when(display, "Bestand gewijzigd", shell -> {
			Dialogs.press(shell, "Ja");
			Dialogs.when(display, "Werk herstellen", told -> Dialogs.press(told, "OK"));
		});
		tab.offerReload();
		settle();
		DocumentTab reloaded = DocumentTab.of(window.tabs().getSelection().getControl()).orElseThrow();
		assertEquals("Sem (van een collega)", reloaded.pane().form().controls().get(0).value());
		try (Stream<Path> files = Files.list(folder)) {
			Path aside = files.filter(f -> f.getFileName().toString().startsWith("sem-de-vries (eigen werk")).findFirst()
					.orElseThrow(() -> new AssertionError("the user's own work is kept as a document of its own"));
			assertTrue(Files.readString(aside).contains("Sem (in de editor)"));
		}
	}

	@Test
	void aDocumentOfAnOlderFormatVersionIsMigratedWhenOpened() throws Exception {
		Files.copy(Examples.directory().resolve("versies/swv-voorbeeld-opp-1.0.0.oppformat"),
				folder.resolve("swv-voorbeeld-opp-1.0.0.oppformat"));
		Path file = folder.resolve(Examples.DOCUMENT);
		OppDocument old = Documents.load(file, TestFormats.example());
		Dialogs.when(display, "Nieuwe versie van het formaat", shell -> {
			Dialogs.press(shell, "Ja");
			Dialogs.when(display, "Nieuwe versie van het formaat", report -> Dialogs.press(report, "OK"));
		});
		DocumentTab tab = tab(file);
		assertEquals("1.0.0", tab.session().document().format().getVersion());
		assertEquals(old.pupilName(), tab.session().document().pupilName());
		assertTrue(Files.exists(file.resolveSibling(file.getFileName() + ".bak")), "the old version is kept");
		assertTrue(Files.readString(file).contains(":1.0.0"), "the file is of the new version");
	}

	@Test
	void theNextPlanPeriodCarriesTheValuesOver() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		OppDocument document = Documents.load(file, TestFormats.example());
		var t0 = java.time.OffsetDateTime.parse("2026-10-01T10:00:00+02:00");
		Lifecycle.transition(document, State.TER_INSTEMMING, "J. Jansen", "intern begeleider", null, t0);
		Lifecycle.consent(document, "M. de Vries", "ouder", "akkoord", "papier", null, t0.plusDays(4));
		Lifecycle.transition(document, State.VASTGESTELD, "A. Bakker", "directeur", null, t0.plusDays(8));
		Lifecycle.transition(document, State.IN_UITVOERING, "J. Jansen", "intern begeleider", null, t0.plusDays(9));
		Lifecycle.transition(document, State.GEEVALUEERD, "J. Jansen", "intern begeleider", null, t0.plusMonths(8));
		Documents.save(document, file);
		at("2027-06-30T10:00:00");
		DocumentTab tab = tab(file);
		Dialogs.when(display, "Nieuw plan voor de volgende periode", who -> {
			Ui.all(who, Text.class).get(0).setText("J. Jansen");
			Dialogs.press(who, "Plan maken");
			Dialogs.when(display, "Nieuw plan voor de volgende periode", done -> Dialogs.press(done, "OK"));
		});
		press(tab, DocumentIds.NEXT_PERIOD);
		Path next = folder.resolve("sem-de-vries-2027.opp");
		assertTrue(Files.exists(next), "the new plan is written beside the old one");
		OppDocument plan = Documents.load(next, TestFormats.example());
		assertEquals(State.CONCEPT, Lifecycle.state(plan));
		assertEquals(document.pupilName(), plan.pupilName());
		DocumentTab opened = DocumentTab.of(window.tabs().getSelection().getControl()).orElseThrow();
		assertEquals(next, opened.file());
	}

	@Test
	void opps_forSeveralPupilsComeFromACsvFile() throws Exception {
		Path csv = folder.resolve("leerlingen-voorbeeld.csv");
		assertTrue(Files.exists(csv));
		Dialogs.when(display, "OPP's maken uit", shell -> {
			Combo format = Ui.find(shell, CsvImportDialog.FORMAT, Combo.class);
			for (int i = 0; i < format.getItemCount(); i++) {
				if (format.getItem(i).startsWith("OPP SWV De Voorbeeldregio")) {
					format.select(i);
					format.notifyListeners(SWT.Selection, new Event());
				}
			}
			Dialogs.press(shell, "OPP's maken");
			Dialogs.when(display, "OPP's uit een CSV-bestand", done -> Dialogs.press(done, "OK"));
		});
		List<CsvImport.Written> written = CsvImportDialog.run(window.getShell(), window.context(), csv);
		assertEquals(CsvImport.read(csv).rows().size(), written.size());
		for (CsvImport.Written one : written) {
			OppDocument document = Documents.load(one.file(), TestFormats.example());
			assertEquals(State.CONCEPT, Lifecycle.state(document));
			assertFalse(document.pupilName().isEmpty());
		}
	}
}
