package nl.oppstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.FolderContext;
import nl.oppstudio.ui.internal.StudioContext;
import nl.oppstudio.ui.internal.newformat.NewFormatDialog;
import nl.oppstudio.ui.internal.preview.PreviewIds;
import nl.oppstudio.ui.internal.preview.PreviewPanel;

/**
 * Issue 14: the Studio's live preview follows the format text (form, PDF, cycle, checklist), and "Nieuw
 * formaat…" writes a new format. A shell of its own with a fake Studio window; real SWT widgets.
 */
class PreviewPanelTest {

	@TempDir
	Path folder;

	private final Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
	private Shell shell;
	private PreviewPanel panel;
	private final List<String> revealed = new ArrayList<>();
	private int refreshed;
	private Path file;
	private String text;

	private final StudioContext context = new FolderContext(() -> folder, () -> shell) {
		@Override
		public Optional<Path> activeFormat() {
			return Optional.ofNullable(file);
		}

		@Override
		public Optional<String> textOf(Path path) {
			return Optional.ofNullable(text);
		}

		@Override
		public void reveal(Path path, int offset, int length) {
			revealed.add(path.getFileName() + "@" + offset + "+" + length);
		}

		@Override
		public void refresh() {
			refreshed++;
		}
	};

	private <T> T ui(Supplier<T> action) {
		dispatch();
		AtomicReference<T> result = new AtomicReference<>();
		display.syncExec(() -> result.set(action.get()));
		return result.get();
	}

	private void run(Runnable action) {
		display.syncExec(action);
		dispatch();
	}

	/** On the display's own thread, runs what the panel left for later (asyncExec, deferred layout) as an event loop would. */
	private void dispatch() {
		if (display.getThread() == Thread.currentThread()) {
			while (display.readAndDispatch()) {
				// pending events
			}
		}
	}

	@BeforeEach
	void open() throws Exception {
		for (String name : List.of(Examples.FORMAT, Examples.DOCUMENT, "logo-swv-voorbeeld.svg", "wettelijk-minimum.oppformat")) {
			Files.copy(Examples.file(name), folder.resolve(name));
		}
		file = folder.resolve(Examples.FORMAT);
		text = Files.readString(file);
		run(() -> {
			shell = new Shell(display);
			shell.setLayout(new FillLayout());
			shell.setSize(1200, 900);
			panel = new PreviewPanel(shell, context);
			shell.open();
		});
	}

	@AfterEach
	void close() {
		run(() -> shell.dispose());
	}

	/** The editor's text changed: read it as the window does and show it. */
	private void type(String newText) {
		text = newText;
		LoadedFormat loaded = FormatLoader.create(null).load(file, newText.getBytes(StandardCharsets.UTF_8));
		assertNotNull(loaded.format(), loaded.diagnostics().toString());
		run(() -> panel.show(file, loaded));
	}

	private static <T extends Control> List<T> all(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				all(child, type, found);
			}
		}
		return found;
	}

	private static <T extends Control> T find(Control control, String id, Class<T> type) {
		return all(control, type, new ArrayList<>()).stream().filter(c -> id.equals(c.getData(WidgetIds.KEY))).findFirst()
				.orElse(null);
	}

	/** The texts of the labels of the form shown in the preview. */
	private List<String> formLabels() {
		return ui(() -> all(find(panel.control(), PreviewIds.FORM, Composite.class), Label.class, new ArrayList<>()).stream()
				.map(Label::getText).toList());
	}

	private void selectTab(int index) {
		run(() -> {
			CTabFolder tabs = find(panel.control(), PreviewIds.TABS, CTabFolder.class);
			tabs.setSelection(index);
			tabs.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
	}

	private void waitFor(Supplier<Boolean> condition, long millis, Supplier<String> what) throws InterruptedException {
		long end = System.currentTimeMillis() + millis;
		while (!ui(condition)) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out: " + what.get());
			}
			if (display.getThread() == Thread.currentThread()) {
				while (display.readAndDispatch()) {
					// the panel's background work reports through asyncExec
				}
			}
			Thread.sleep(20);
		}
	}

	@Test
	void theFormFollowsTheTextAndKeepsItsPage() throws Exception {
		assertTrue(ui(() -> find(panel.control(), PreviewIds.EMPTY, Label.class).isVisible()));
		type(text);
		assertTrue(formLabels().stream().anyMatch(l -> l.contains("Naam van de leerling")), formLabels().toString());
		String note = ui(() -> find(panel.control(), PreviewIds.FORM_NOTE, Label.class).getText());
		assertTrue(note.contains(Examples.DOCUMENT), note);

		type(text.replace("\"Naam van de leerling\"", "\"Volledige naam\""));
		assertTrue(formLabels().stream().anyMatch(l -> l.contains("Volledige naam")), formLabels().toString());
		assertFalse(formLabels().stream().anyMatch(l -> l.contains("Naam van de leerling")), formLabels().toString());

		String added = text.replace("veld school \"School\": tekst verplicht",
				"veld school \"School\": tekst verplicht\n\t\tveld roepnaam \"Roepnaam van de leerling\": tekst");
		assertFalse(added.equals(text));
		type(added);
		assertTrue(formLabels().stream().anyMatch(l -> l.contains("Roepnaam van de leerling")), formLabels().toString());
		// the example's values are in the form
		assertTrue(ui(() -> all(find(panel.control(), PreviewIds.FORM, Composite.class), Text.class, new ArrayList<>())
				.stream().anyMatch(t -> t.getText().equals(Examples.PUPIL))));

		// a renamed field: the example still shows, with a line why a value is missing
		type(text.replace("veld school \"School\"", "veld schoolnaam \"School\""));
		note = ui(() -> find(panel.control(), PreviewIds.FORM_NOTE, Label.class).getText());
		assertTrue(note.contains("leerling/school"), note);

		// the page and the scroll position stay while the designer types
		run(() -> panel.form().showPage(2));
		String page = ui(() -> panel.form().currentPage());
		run(() -> panel.form().scrollTo(60));
		int scrolled = ui(() -> panel.form().scrollY());
		type(text.replace("\"Naam van de leerling\"", "\"Naam\""));
		assertEquals(page, ui(() -> panel.form().currentPage()));
		assertEquals(scrolled, (int) ui(() -> panel.form().scrollY()));

		run(() -> panel.clear());
		assertTrue(ui(() -> find(panel.control(), PreviewIds.EMPTY, Label.class).isVisible()));
	}

	/** The largest example, typed into repeatedly: each update shows its form again (the speed is in releng/bench/studio.sh). */
	@Test
	void theLargestExampleIsShownAfterEveryUpdate() throws Exception {
		Path largest = Examples.all("oppformat").stream().max(Comparator.comparingLong(f -> f.toFile().length())).get();
		for (Path sibling : Examples.all("opp")) {
			Files.copy(sibling, folder.resolve(sibling.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		for (Path sibling : Examples.all("oppformat")) {
			Files.copy(sibling, folder.resolve(sibling.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		file = folder.resolve(largest.getFileName());
		String base = Files.readString(file);
		for (int i = 0; i < 3; i++) {
			String label = "Label na toetsaanslag " + i;
			type(base.replaceFirst("(veld \\w+) \"[^\"]*\"", "$1 \"" + label + "\""));
			assertTrue(formLabels().stream().anyMatch(l -> l.contains(label)), formLabels().toString());
		}
	}

	@Test
	void theChecklistScoresAndAClickShowsTheMember() throws Exception {
		type(text);
		selectTab(3);
		String score = ui(() -> find(panel.control(), PreviewIds.CHECKLIST_SCORE, Label.class).getText());
		assertTrue(score.matches(".*\\d+ van de 15 punten.*"), score);
		assertEquals(15, (int) ui(() -> find(panel.control(), PreviewIds.CHECKLIST_TABLE, Table.class).getItemCount()));
		run(() -> {
			Table table = find(panel.control(), PreviewIds.CHECKLIST_TABLE, Table.class);
			table.setSelection(3); // point 4: the cycle
			table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		assertEquals(1, revealed.size(), revealed.toString());
		String where = revealed.get(0);
		assertTrue(where.startsWith(Examples.FORMAT + "@"), where);
		int offset = Integer.parseInt(where.substring(where.indexOf('@') + 1, where.indexOf('+')));
		assertTrue(text.substring(offset).startsWith("cyclus"), text.substring(offset, Math.min(text.length(), offset + 30)));
	}

	@Test
	void theCycleIsDrawn() throws Exception {
		type(text);
		selectTab(2);
		assertTrue(ui(() -> find(panel.control(), PreviewIds.CYCLE_CANVAS, Control.class).getVisible()));
		assertFalse(ui(() -> find(panel.control(), PreviewIds.CYCLE_EMPTY, Label.class).getVisible()));
	}

	@Test
	void thePdfTabGetsPageImages() throws Exception {
		type(text);
		selectTab(1);
		waitFor(() -> find(panel.control(), PreviewIds.PDF_STATUS, Label.class).getText().startsWith("bijgewerkt"), 90_000,
				() -> ui(() -> find(panel.control(), PreviewIds.PDF_STATUS, Label.class).getText()));
		int pages = ui(() -> all(panel.control(), Label.class, new ArrayList<>()).stream()
				.filter(l -> PreviewIds.PDF_PAGE.equals(l.getData(WidgetIds.KEY)) && l.getImage() != null).toList().size());
		assertTrue(pages >= 2, "pages: " + pages);
	}

	@Test
	void newFormatDialogWritesAFormat() throws Exception {
		AtomicReference<NewFormatDialog> dialog = new AtomicReference<>();
		run(() -> {
			NewFormatDialog created = NewFormatDialog.create(context);
			created.setBlockOnOpen(false);
			created.open();
			dialog.set(created);
		});
		Shell dialogShell = ui(() -> dialog.get().getShell());
		Button ok = ui(() -> all(dialogShell, Button.class, new ArrayList<>()).stream().filter(b -> "Maken".equals(b.getText()))
				.findFirst().get());
		assertFalse(ui(ok::getEnabled), "nothing filled in yet");
		run(() -> find(dialogShell, NewFormatDialog.ID, Text.class).setText("Fout Id"));
		assertFalse(ui(ok::getEnabled));
		assertTrue(ui(() -> find(dialogShell, NewFormatDialog.PROBLEM, Label.class).getText()).contains("kleine letters"));
		run(() -> {
			find(dialogShell, NewFormatDialog.ID, Text.class).setText("swv-voorbeeld-opp");
			find(dialogShell, NewFormatDialog.NAME, Text.class).setText("Nieuw");
		});
		assertFalse(ui(ok::getEnabled), "the id of a format in the folder");
		run(() -> {
			find(dialogShell, NewFormatDialog.ID, Text.class).setText("swv-nieuw");
			find(dialogShell, NewFormatDialog.NAME, Text.class).setText("OPP SWV Nieuw");
			Button po = find(dialogShell, NewFormatDialog.TYPE + "po", Button.class);
			po.setSelection(true);
			po.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		assertTrue(ui(ok::getEnabled), ui(() -> find(dialogShell, NewFormatDialog.PROBLEM, Label.class).getText()));
		run(() -> ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
		Path written = dialog.get().written();
		assertEquals(folder.resolve("swv-nieuw.oppformat"), written);
		assertEquals(1, refreshed);
		LoadedFormat loaded = FormatLoader.create(null).load(written);
		assertTrue(loaded.isUsable(), loaded.diagnostics().toString());
		assertEquals("OPP SWV Nieuw", loaded.format().getName());
		assertTrue(ui(() -> dialogShell.isDisposed()));
	}
}
