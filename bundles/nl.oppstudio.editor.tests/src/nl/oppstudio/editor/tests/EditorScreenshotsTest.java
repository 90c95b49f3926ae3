package nl.oppstudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.NewDocuments;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.State;
import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.editor.EditorWindow;
import nl.oppstudio.editor.internal.Messages;
import nl.oppstudio.editor.internal.document.CsvImportDialog;
import nl.oppstudio.editor.internal.document.DocumentIds;
import nl.oppstudio.editor.internal.document.DocumentTab;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.Form;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.FormPane;
import nl.oppstudio.forms.RepeatNode;
import nl.oppstudio.editor.internal.update.AboutDialog;
import nl.oppstudio.editor.internal.update.Branding;
import nl.oppstudio.editor.internal.update.UpdateDialog;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.FormatRepositories;
import nl.oppstudio.update.FormatUpdates;
import nl.oppstudio.update.InstalledFormats;
import nl.oppstudio.testing.TestFormats;

/**
 * The OPP Editor's screens as a school sees them, on a copy of dsl-examples, written as PNG files for the
 * user guide (docs/nl/handleiding-editor.md) and for a person to look at after a change: the overview, a
 * document's form, a validation error, a table, the goals, the cycle, the log, the consent dialog, "Nieuw
 * OPP", the CSV import, the update dialog and the branded about box. Written to the folder of the system property {@code opp.screenshots} when set
 * (releng/screenshots/editor.sh sets it and makes them small), else to {@code target/screenshots/}. Each
 * screen is also checked: what it should show is there, and no button speaks English.
 */
class EditorScreenshotsTest {

	/** Button texts that would mean an untranslated dialog. */
	private static final Set<String> ENGLISH = Set.of("Cancel", "Yes", "No", "Close", "Browse", "Open", "Save", "Apply");

	private static Path folder;
	private static Path out;
	private static Display display;
	private static EditorWindow window;
	private static final List<Path> written = new ArrayList<>();

	@BeforeAll
	static void open() throws IOException {
		String property = System.getProperty("opp.screenshots");
		out = property == null || property.isBlank() ? Path.of("target", "screenshots") : Path.of(property);
		Files.createDirectories(out);
		// a folder named as a school would name it: "Nieuw OPP" shows its name
		folder = Files.createDirectory(Files.createTempDirectory("opp-editor-shots").resolve("OPP's De Kastanje"));
		try (Stream<Path> files = Files.list(Examples.directory())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		// as in EditorWindowTest: an OPP not adopted six weeks after its start (overdue), and a broken one
		Files.writeString(folder.resolve("lotte-smit.opp"), Files.readString(Examples.file(Examples.DOCUMENT))
				.replace("    <vaststelling>2026-10-09</vaststelling>\n", "").replace(Examples.PUPIL, "Lotte Smit"));
		Files.writeString(folder.resolve("kapot.opp"), Files.readString(Examples.file(Examples.DOCUMENT))
				.replace("</leerling>", "</leerlin>"));
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		window = new EditorWindow();
		// Not resized after it opened: without a window manager, GTK would wait for the resize and stop laying out.
		window.open(folder);
		Label status = Ui.find(window.getShell(), EditorIds.OVERVIEW_STATUS, Label.class);
		Ui.until(display, () -> !status.getText().isEmpty() && !status.getText().equals(Messages.loading), 120,
				"het overzicht is gelezen");
	}

	@AfterAll
	static void close() throws IOException {
		if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
			window.getShell().dispose();
		}
		if (folder != null) {
			try (Stream<Path> files = Files.walk(folder.getParent())) {
				for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	@Test
	void theEditorsScreensArePhotographed() throws Exception {
		Shell main = window.getShell();

		Table overview = Ui.find(main, EditorIds.OVERVIEW_TABLE, Table.class);
		assertTrue(Ui.rows(overview).get(0)[3].contains("te laat"), "the overdue OPP comes first, marked in words");
		assertNotNull(Ui.find(main, EditorIds.CSV_BUTTON, Button.class), "the overview offers the CSV import");
		overview.deselectAll();
		shoot(main, "overzicht");

		String[] pupil = new String[1];
		Dialogs.when(display, "Nieuw OPP", dialog -> {
			Text name = Ui.find(dialog, EditorIds.NEW_PUPIL, Text.class);
			name.setText("Noa Jansen");
			pupil[0] = name.getText();
			shoot(dialog, "nieuw-opp");
			Dialogs.press(dialog, "Annuleren");
		});
		Ui.find(main, EditorIds.NEW_BUTTON, Button.class).notifyListeners(SWT.Selection, new Event());
		settle();
		assertEquals("Noa Jansen", pupil[0], "the dialog was shown");

		Dialogs.when(display, "OPP's maken uit", dialog -> {
			Combo format = Ui.find(dialog, CsvImportDialog.FORMAT, Combo.class);
			for (int i = 0; i < format.getItemCount(); i++) {
				if (format.getItem(i).startsWith("OPP SWV De Voorbeeldregio")) {
					format.select(i);
					format.notifyListeners(SWT.Selection, new Event());
				}
			}
			settle();
			shoot(dialog, "csv-import");
			Dialogs.press(dialog, "Annuleren");
		});
		assertEquals(List.of(), CsvImportDialog.run(main, window.context(), folder.resolve("leerlingen-voorbeeld.csv")),
				"cancelled: nothing written");

		// Sem's plan: the first page with the navigation and its states
		DocumentTab sem = DocumentTab.of(window.openDocument(folder.resolve(Examples.DOCUMENT)).getControl()).orElseThrow();
		settle();
		sem.pane().showPage(sem.pane().form().pages().get(0));
		Table pageList = (Table) formPart(main, FormPane.PAGES);
		assertTrue(pageList.getItem(0).getText().contains(sem.pane().form().pages().get(0).label()), "the pages are listed");
		shoot(main, "document");

		// an error while typing: the pupil's name emptied, marked on the field and in the problems list
		ControlNode name = sem.pane().form().controls().get(0);
		Text nameText = Ui.all(body(main, name.path()), Text.class).get(0);
		nameText.setText("");
		settle();
		Table problems = (Table) formPart(main, FormPane.PROBLEMS);
		assertTrue(Ui.rows(problems).stream().anyMatch(row -> row[2].contains(name.label())), "the problem is listed");
		press(DocumentIds.NEXT_PROBLEM);
		shoot(main, "melding");
		press(DocumentIds.UNDO);
		assertEquals(Examples.PUPIL, nameText.getText());

		// the goals tree with an action chosen, then the cycle with its deadlines
		ContainerNode goals = block(sem.pane().form(), GoalsBlock.class);
		sem.pane().showPage(sem.pane().form().pageOf(goals));
		settle();
		FormNode action = node(sem.pane().form().root(), "handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/acties[2]/actie");
		sem.pane().view().reveal(action != null ? action : goals);
		shoot(main, "doelen");

		ContainerNode cycle = block(sem.pane().form(), CycleBlock.class);
		sem.pane().showPage(sem.pane().form().pageOf(cycle));
		settle();
		sem.pane().view().reveal(cycle);
		shoot(main, "cyclus");

		// a table: "Niveaus per vakgebied" of the PO groeidocument
		DocumentTab lina = DocumentTab.of(window.openDocument(folder.resolve("swv-po-groeidocument-lina.opp")).getControl())
				.orElseThrow();
		settle();
		RepeatNode levels = table(lina.pane().form().root(), "Niveaus per vakgebied");
		assertNotNull(levels, "the table of levels");
		lina.pane().showPage(lina.pane().form().pageOf(levels));
		settle();
		lina.pane().view().reveal(levels);
		shoot(main, "tabel");

		// the Levensloop menu and the consent dialog on Noa's plan, asked for consent and agreed to by her parents, as opp transition and opp consent record it
		OppDocument plan = NewDocuments.create(TestFormats.example(), "Noa Jansen", null);
		OffsetDateTime asked = OffsetDateTime.now().withNano(0).minusDays(3);
		Lifecycle.transition(plan, State.TER_INSTEMMING, "J. Jansen", "intern begeleider", null, asked);
		Lifecycle.consent(plan, "M. Jansen", "ouders", "akkoord", "papier", null, null, asked.plusDays(2));
		Path concept = NewDocuments.save(plan, folder, "Noa Jansen");
		window.context().refreshOverview();
		DocumentTab noa = DocumentTab.of(window.openDocument(concept).getControl()).orElseThrow();
		settle();
		Button life = Ui.find(window.tabs().getSelection().getControl(), DocumentIds.LIFECYCLE, Button.class);
		life.notifyListeners(SWT.Selection, new Event());
		settle();
		screen(main, "levensloop");
		Menu menu = (Menu) life.getData(DocumentIds.MENU);
		menu.setVisible(false);
		for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
			// Handreiking OPP 3.2: vaststellen after the consent; the consent is asked once per round
			if ("ADOPT".equals(item.getData(EditorIds.KEY)) || "ASK_CONSENT".equals(item.getData(EditorIds.KEY))) {
				assertEquals("ADOPT".equals(item.getData(EditorIds.KEY)), item.isEnabled(), item.getText());
			}
		}
		settle();
		String[] consent = new String[1];
		Dialogs.when(display, "Instemming vastleggen", dialog -> {
			Ui.find(dialog, DocumentIds.MOVE_WHO, Text.class).setText("M. Jansen");
			Ui.find(dialog, DocumentIds.MOVE_ROLE, Combo.class).setText("ouders");
			consent[0] = dialog.getText();
			shoot(dialog, "instemming");
			Dialogs.press(dialog, "Annuleren");
		});
		for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
			if ("RECORD_CONSENT".equals(item.getData(EditorIds.KEY))) {
				assertTrue(item.isEnabled(), "consent can be recorded before the vaststelling");
				item.notifyListeners(SWT.Selection, new Event());
			}
		}
		settle();
		assertNotNull(consent[0], "the consent dialog was shown");
		assertEquals(State.TER_INSTEMMING, Lifecycle.state(noa.session().document()), "cancelled: nothing changed");

		String[] log = new String[1];
		int[] entries = new int[1];
		Dialogs.when(display, "Logboek", dialog -> {
			log[0] = dialog.getText();
			entries[0] = Ui.all(dialog, Table.class).get(0).getItemCount();
			shoot(dialog, "logboek");
			Dialogs.press(dialog, "Sluiten");
		});
		press(DocumentIds.LOG);
		assertNotNull(log[0], "the log was shown");
		assertEquals(2, entries[0], "the move and the consent are in the log");

		// issue 16: Daan's plan is open on a colleague's computer: read-only, with who, where and since when
		Path daan = folder.resolve("swv-po-opp-1-4-daan.opp");
		Files.writeString(nl.oppstudio.document.DocumentLocks.lockFile(daan), nl.oppstudio.document.DocumentLocks.text(
				new nl.oppstudio.document.DocumentLocks.Holder("j.jansen", "KASTANJE-PC07",
						java.time.Instant.now().minus(java.time.Duration.ofMinutes(40)), java.time.Instant.now(), 4242,
						"OPP Editor")));
		DocumentTab inUse = DocumentTab.of(window.openDocument(daan).getControl()).orElseThrow();
		settle();
		assertTrue(inUse.inUseElsewhere(), "Daan's plan is in use elsewhere");
		assertTrue(Ui.find(main, DocumentIds.IN_USE, Label.class).getText().startsWith("Dit OPP is geopend door j.jansen"));
		shoot(main, "in-gebruik");

		// issue 16, AVG: the report of an anonymous PDF of Sem's plan
		window.tabs().setSelection(java.util.Arrays.stream(window.tabs().getItems())
				.filter(item -> item.getControl() != null && DocumentTab.of(item.getControl()).orElse(null) == sem).findFirst()
				.orElseThrow());
		settle();
		boolean[] anonymous = { false, false };
		Dialogs.when(display, "Anonieme PDF", dialog -> {
			anonymous[0] = true;
			shoot(dialog, "anoniem");
			Dialogs.press(dialog, "OK");
		});
		sem.exportPdf("ANONYMOUS", folder.getParent().resolve("swv-voorbeeld-opp-anoniem.pdf"), pdf -> anonymous[1] = true);
		Ui.until(display, () -> anonymous[1], 120, "de anonieme PDF is gemaakt");
		assertTrue(anonymous[0], "the report was shown");

		for (Path file : written) {
			assertTrue(Files.size(file) > 1000, file + " holds a picture");
		}
	}

	@Test
	void theUpdateDialogAndTheBrandedAboutBoxArePhotographed() throws Exception {
		Shell main = window.getShell();
		Path temp = Files.createTempDirectory("opp-editor-update-shots");
		System.setProperty(Branding.NAME, "OPP Editor De Voorbeeldregio");
		System.setProperty(Branding.ABOUT, "Het programma van SWV De Voorbeeldregio (PO) om OPP's in te vullen, te "
				+ "volgen en af te drukken. Vragen? Bel het loket: 010-1234567.");
		System.setProperty(Branding.LOGO, Examples.file("logo-swv-voorbeeld.svg").toString());
		try {
			InstalledFormats installed = new InstalledFormats(temp.resolve("data"),
					List.of(FormatRepositories.writeBundle(temp.resolve("plugins"), "0.2.0")));
			Path repository = FormatRepositories.writeRepository(temp.resolve("repo"), true, "1.0.0");
			List<FormatUpdates.Update> found = new FormatUpdates(installed).check(repository.toString());
			assertEquals(1, found.size());

			String[] text = new String[1];
			Dialogs.when(display, "Zoeken naar updates", dialog -> {
				text[0] = Ui.find(dialog, EditorIds.UPDATE_TEXT, Text.class).getText();
				shoot(dialog, "bijwerken");
				Dialogs.press(dialog, "Later");
			});
			new UpdateDialog(main, found).open();
			assertNotNull(text[0], "the update dialog was shown");
			assertTrue(text[0].startsWith("Nieuwe versie 1.0.0 van OPP SWV De Voorbeeldregio (PO) (nu 0.2.0)."), text[0]);
			assertFalse(text[0].contains("''"), text[0]);

			String[] about = new String[1];
			Dialogs.when(display, "Over OPP Editor De Voorbeeldregio", dialog -> {
				about[0] = Ui.find(dialog, EditorIds.ABOUT_TEXT, Label.class).getText();
				shoot(dialog, "over");
				Dialogs.press(dialog, "OK");
			});
			new AboutDialog(main, installed.ids().stream().map(id -> installed.active(id).orElseThrow()).toList()).open();
			assertNotNull(about[0], "the about box was shown");
			assertTrue(about[0].contains("OPP's in te vullen"), about[0]);
		} finally {
			System.clearProperty(Branding.NAME);
			System.clearProperty(Branding.ABOUT);
			System.clearProperty(Branding.LOGO);
		}
	}

	/** Lets the form finish its deferred updates and paint. */
	private static void settle() {
		long end = System.currentTimeMillis() + 400;
		do {
			while (display.readAndDispatch()) {
				// run what is queued
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		} while (System.currentTimeMillis() < end);
		display.update();
	}

	/** Presses a button of the document tab shown (every open tab has its own). */
	private static void press(String id) {
		Button button = Ui.find(window.tabs().getSelection().getControl(), id, Button.class);
		assertNotNull(button, id);
		button.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	/** Writes a shell (the window or a dialog over it) as editor-NAME.png, drawn by the widgets themselves. */
	private static void shoot(Shell shell, String name) {
		english(shell, name);
		shell.layout(true, true);
		settle();
		Rectangle area = shell.getClientArea();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(image);
		try {
			shell.print(gc);
			save(image, name);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void english(Shell shell, String name) {
		for (Button button : Ui.all(shell, Button.class)) {
			assertFalse(ENGLISH.contains(button.getText().replace("&", "")), name + ": English button " + button.getText());
		}
	}

	private static void save(Image image, String name) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		Path file = out.resolve("editor-" + name + ".png");
		loader.save(file.toString(), SWT.IMAGE_PNG);
		written.add(file);
	}

	/** Writes what the screen shows of a shell, with what lies over it (an open menu), as editor-NAME.png. */
	private static void screen(Shell shell, String name) {
		english(shell, name);
		shell.layout(true, true);
		settle();
		// the client area: without a window manager there are no decorations, and the bounds reach beyond
		Rectangle area = shell.getClientArea();
		org.eclipse.swt.graphics.Point origin = shell.toDisplay(0, 0);
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			save(image, name);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The form node with this path under {@code node}, or {@code null}. */
	private static FormNode node(FormNode node, String path) {
		if (path.equals(node.path())) {
			return node;
		}
		for (FormNode child : node.children()) {
			FormNode found = node(child, path);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** The first container whose format element is a block of this type. */
	private static ContainerNode block(Form form, Class<?> type) {
		List<FormNode> todo = new ArrayList<>(List.of(form.root()));
		while (!todo.isEmpty()) {
			FormNode node = todo.remove(0);
			if (node instanceof ContainerNode container && type.isInstance(container.element())) {
				return container;
			}
			todo.addAll(node.children());
		}
		throw new AssertionError("no " + type.getSimpleName() + " in " + form.session().file());
	}

	/** The repeating group shown as a table with this label, or {@code null}. */
	private static RepeatNode table(FormNode node, String label) {
		if (node instanceof RepeatNode repeat && repeat.isTable() && label.equals(repeat.label())) {
			return repeat;
		}
		for (FormNode child : node.children()) {
			RepeatNode found = table(child, label);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static org.eclipse.swt.widgets.Control body(org.eclipse.swt.widgets.Control control, String path) {
		if (path.equals(control.getData(nl.oppstudio.forms.FormView.PATH_KEY))) {
			return control;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				org.eclipse.swt.widgets.Control found = body(child, path);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static org.eclipse.swt.widgets.Control formPart(org.eclipse.swt.widgets.Control control, String id) {
		if (id.equals(control.getData(FormPane.KEY))) {
			return control;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				org.eclipse.swt.widgets.Control found = formPart(child, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
