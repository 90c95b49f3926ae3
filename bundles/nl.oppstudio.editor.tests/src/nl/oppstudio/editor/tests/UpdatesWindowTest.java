package nl.oppstudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.editor.EditorWindow;
import nl.oppstudio.editor.internal.NewDocumentDialog;
import nl.oppstudio.editor.internal.document.DocumentTab;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.FormatRepositories;
import nl.oppstudio.update.InstalledFormats;
import nl.oppstudio.update.UpdateRun;

/**
 * A branded editor with an installed format (0.2.0) and an update (1.0.0) in its repository: the title and the
 * about box, a document found through the installed format, the notice of the check at start, the dialog of
 * "Zoeken naar updates…" with "Installeren", the migrated open document with its report, and the way back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpdatesWindowTest {

	private static final String NAME = "OPP Editor Voorbeeldregio";
	private static final String ABOUT = "Het OPP-programma van SWV De Voorbeeldregio.";

	private static Path temp;
	private static Path folder;
	private static Path data;
	private static Display display;
	private static EditorWindow window;
	private static InstalledFormats installed;

	@BeforeAll
	static void open() throws IOException {
		temp = Files.createTempDirectory("opp-updates");
		folder = Files.createDirectories(temp.resolve("school"));
		Files.copy(Examples.file(Examples.DOCUMENT), folder.resolve(Examples.DOCUMENT));
		data = temp.resolve("data");
		Path repository = FormatRepositories.writeRepository(temp.resolve("repo"), true, "0.2.0", "1.0.0");
		System.setProperty("nl.oppstudio.editor.name", NAME);
		System.setProperty("nl.oppstudio.editor.about", ABOUT);
		System.setProperty(UpdateRun.UPDATES, repository.toUri().toString());
		installed = new InstalledFormats(data,
				List.of(FormatRepositories.writeBundle(temp.resolve("plugins"), "0.2.0")));
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		window = new EditorWindow();
		window.setInstalledFormats(installed);
		window.open(folder);
	}

	@AfterAll
	static void close() {
		System.clearProperty("nl.oppstudio.editor.name");
		System.clearProperty("nl.oppstudio.editor.about");
		System.clearProperty(UpdateRun.UPDATES);
		if (window != null) {
			window.close();
		}
		if (display != null && !display.isDisposed()) {
			display.dispose();
		}
	}

	private static MenuItem menuItem(String id) {
		List<Menu> menus = new ArrayList<>(List.of(window.getShell().getMenuBar()));
		while (!menus.isEmpty()) {
			Menu menu = menus.remove(0);
			for (MenuItem item : menu.getItems()) {
				if (id.equals(item.getData(EditorIds.KEY))) {
					return item;
				}
				if (item.getMenu() != null) {
					menus.add(item.getMenu());
				}
			}
		}
		throw new AssertionError("Geen menu-item " + id);
	}

	private static String labels(Shell shell) {
		return Ui.all(shell, Label.class).stream().map(Label::getText).collect(Collectors.joining("\n"));
	}

	private static DocumentTab openTab() {
		CTabItem item = window.openDocument(folder.resolve(Examples.DOCUMENT));
		return DocumentTab.of(item.getControl()).orElseThrow();
	}

	@Test
	@Order(1)
	void theBrandedNameIsInTheTitleAndTheAboutBox() {
		assertEquals(NAME + " — " + folder.toAbsolutePath().normalize(), window.getShell().getText());
		MenuItem about = menuItem(EditorIds.MENU_ABOUT);
		assertEquals("&Over " + NAME, about.getText());
		String[] shown = new String[1];
		Dialogs.when(display, "Over " + NAME, shell -> {
			shown[0] = Ui.find(shell, EditorIds.ABOUT_TEXT, Label.class).getText() + "\n" + labels(shell);
			Dialogs.press(shell, "OK");
		});
		about.notifyListeners(SWT.Selection, new Event());
		assertNotNull(shown[0]);
		assertTrue(shown[0].startsWith(ABOUT), shown[0]);
		assertTrue(shown[0].contains(FormatRepositories.ID + " versie 0.2.0"), shown[0]);
	}

	@Test
	@Order(2)
	void aDocumentWithoutItsFormatInTheFolderOpensWithTheInstalledFormat() {
		DocumentTab tab = openTab();
		assertNotNull(tab.session(), "the document opened");
		assertEquals("0.2.0", tab.session().document().format().getVersion());
		// "Nieuw OPP…" offers the installed format
		assertTrue(NewDocumentDialog.choices(folder, window.context().formats(), installed.activeFormatFiles()).stream()
				.anyMatch(f -> f.getId().equals(FormatRepositories.ID) && f.getVersion().equals("0.2.0")));
		assertTrue(NewDocumentDialog.choices(folder, window.context().formats()).isEmpty());
	}

	@Test
	@Order(3)
	void theCheckAtStartShowsASmallNotice() {
		Composite notice = Ui.find(window.getShell(), EditorIds.UPDATE_NOTICE, Composite.class);
		Ui.until(display, notice::isVisible, 120, "de melding van de nieuwe versie");
		assertTrue(labels(window.getShell()).contains("Er is een nieuwe versie van OPP SWV De Voorbeeldregio (PO): 1.0.0."),
				labels(window.getShell()));
	}

	@Test
	@Order(4)
	void checkShowsWhatIsNewAndInstallMigratesTheOpenDocument() throws Exception {
		String[] offered = new String[1];
		String[] report = new String[1];
		Dialogs.when(display, "Zoeken naar updates", shell -> {
			offered[0] = Ui.find(shell, EditorIds.UPDATE_TEXT, Text.class).getText();
			Dialogs.press(shell, "Installeren");
			Dialogs.when(display, "Bijwerken", done -> {
				report[0] = labels(done);
				Dialogs.press(done, "OK");
			});
		});
		menuItem(EditorIds.MENU_CHECK_UPDATES).notifyListeners(SWT.Selection, new Event());
		Ui.until(display, () -> report[0] != null, 120, "het verslag van het bijwerken");
		assertTrue(offered[0].startsWith("Nieuwe versie 1.0.0 van OPP SWV De Voorbeeldregio (PO) (nu 0.2.0)."), offered[0]);
		assertTrue(offered[0].contains("Waarden die geen plaats meer hebben"), offered[0]);
		assertTrue(offered[0].contains("leerling/school"), offered[0]);
		assertTrue(report[0].contains("De nieuwe versie is geïnstalleerd."), report[0]);
		assertTrue(report[0].contains(Examples.DOCUMENT + ": omgezet van 0.2.0 naar 1.0.0"), report[0]);
		assertTrue(report[0].contains("niets is verloren"), report[0]);
		assertEquals("1.0.0", installed.active(FormatRepositories.ID).orElseThrow().version());
		assertTrue(Files.exists(folder.resolve(Examples.DOCUMENT + ".bak")));
		assertEquals("1.0.0", openTab().session().document().format().getVersion());
	}

	@Test
	@Order(5)
	void anOlderDocumentOpenedAfterTheUpdateIsOfferedTheInstalledVersion() throws Exception {
		Path older = Files.copy(Examples.file(Examples.DOCUMENT), folder.resolve("sem-oud.opp"));
		String[] question = new String[1];
		Dialogs.when(display, "Nieuwe versie van het formaat", shell -> {
			question[0] = labels(shell);
			Dialogs.press(shell, "Nee");
		});
		CTabItem item = window.openDocument(older);
		assertNotNull(question[0]);
		assertTrue(question[0].contains("versie 0.2.0") && question[0].contains("1.0.0"), question[0]);
		assertEquals("0.2.0", DocumentTab.of(item.getControl()).orElseThrow().session().document().format().getVersion());
		item.dispose();
	}

	@Test
	@Order(6)
	void thePreviousVersionCanBeMadeActiveAgain() {
		String[] told = new String[1];
		Dialogs.when(display, "Vorige versie terugzetten", shell -> {
			Dialogs.press(shell, "Ja");
			Dialogs.when(display, "Vorige versie terugzetten", done -> {
				told[0] = labels(done);
				Dialogs.press(done, "OK");
			});
		});
		menuItem(EditorIds.MENU_ROLLBACK).notifyListeners(SWT.Selection, new Event());
		Ui.until(display, () -> told[0] != null, 60, "de melding van het terugzetten");
		assertTrue(told[0].contains("Versie 0.2.0 van " + FormatRepositories.ID + " wordt weer gebruikt."), told[0]);
		assertEquals("0.2.0", installed.active(FormatRepositories.ID).orElseThrow().version());
		// the migrated document stays readable: its version stays installed
		assertEquals("1.0.0", openTab().session().document().format().getVersion());
	}
}
