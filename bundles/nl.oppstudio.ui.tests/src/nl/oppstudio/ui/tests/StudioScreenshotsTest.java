package nl.oppstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.oppstudio.generator.GenerateException;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.ui.StudioWindow;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.FolderContext;
import nl.oppstudio.ui.internal.StudioContext;
import nl.oppstudio.ui.internal.editor.FormatEditor;
import nl.oppstudio.ui.internal.git.GitIds;
import nl.oppstudio.ui.internal.git.HistoryDialog;
import nl.oppstudio.ui.internal.git.PublishDialog;
import nl.oppstudio.ui.internal.newformat.NewFormatDialog;
import nl.oppstudio.ui.internal.publish.PublishEditorDialog;
import nl.oppstudio.ui.internal.publish.PublishIds;
import nl.oppstudio.ui.internal.preview.PreviewIds;
import nl.oppstudio.versions.FormatRepository;

/**
 * The Studio's screens for the guide and for a person to look at after a change, on a copy of
 * dsl-examples: a format open with its preview (studio-formaat.png), a typed error with its mark and the
 * problems table (studio-probleem.png), content assist open after {@code wanneer} (studio-voorstellen.png);
 * the preview's PDF with its page images, its cycle and its checklist (studio-pdf, -cyclus, -checklist.png);
 * the "Nieuw formaat" dialog filled in (studio-nieuw-formaat.png); on a temporary git repository with two
 * published versions, the history with the diff of both (studio-geschiedenis.png) and the publish dialog
 * refusing a breaking change with a minor bump (studio-publiceren.png); "Editor publiceren…" filled in
 * (studio-editor-publiceren.png).
 * Written to the folder of the system property {@code opp.screenshots} when set
 * (releng/screenshots/studio.sh sets it), else to {@code target/screenshots/}.
 */
class StudioScreenshotsTest {

	/** Button texts that would mean an untranslated window. */
	private static final Set<String> ENGLISH = Set.of("Cancel", "Yes", "No", "Close", "Browse", "Open", "Save", "Apply");

	private static Path folder;
	private static Path out;
	private static Display display;
	private static StudioWindow window;

	@BeforeAll
	static void open() throws IOException {
		String property = System.getProperty("opp.screenshots");
		out = property == null || property.isBlank() ? Path.of("target", "screenshots") : Path.of(property);
		Files.createDirectories(out);
		folder = Files.createTempDirectory("opp-studio-shots");
		try (Stream<Path> files = Files.list(Examples.directory())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		window = new StudioWindow();
		window.openFolder(folder);
		Tree tree = Ui.find(window.getShell(), WidgetIds.FOLDER_TREE, Tree.class);
		Ui.until(display, () -> Ui.item(tree, Examples.FORMAT) != null, 60, "de map is gelezen");
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

	private static FormatEditor open(String name) {
		Tree tree = Ui.find(window.getShell(), WidgetIds.FOLDER_TREE, Tree.class);
		Ui.open(tree, Ui.item(tree, name));
		FormatEditor editor = window.editorOf(folder.resolve(name));
		assertNotNull(editor);
		Ui.until(display, editor::isChecked, 60, "de tekst is gecontroleerd");
		Ui.idle(display, 1500); // the preview draws
		return editor;
	}

	@Test
	void screens() throws IOException {
		FormatEditor editor = open(Examples.FORMAT);
		int section = editor.text().indexOf("sectie leerling");
		editor.reveal(section, 0);
		screen("formaat");

		StyledText text = Ui.find(editor.control(), WidgetIds.EDITOR_TEXT, StyledText.class);
		int offset = editor.text().indexOf("verplicht wet startdatum");
		text.setSelection(offset);
		Ui.type(text, "verplict ");
		Ui.until(display, editor::isChecked, 60, "de fout is gevonden");
		assertFalse(editor.problems().isEmpty(), "een fout om te tonen");
		int lineStart = text.getOffsetAtLine(text.getLineAtOffset(offset));
		text.setSelection(lineStart);
		text.setHorizontalIndex(0);
		Ui.idle(display, 600);
		// the space typed opens the proposals by itself: closed, so that the problems table shows
		Table typed = Ui.proposals(display, window.getShell());
		if (typed != null) {
			typed.getShell().setVisible(false);
		}
		Ui.idle(display, 200);
		assertTrue(Ui.proposals(display, window.getShell()) == null, "geen voorstellen over de problemen");
		screen("probleem");
		Ui.menu(window.getShell(), "Bewerken", "Ongedaan maken");

		FormatEditor revius = open("revius-wijk-opp.oppformat");
		StyledText reviusText = Ui.find(revius.control(), WidgetIds.EDITOR_TEXT, StyledText.class);
		int condition = revius.text().indexOf("wanneer aanleiding.route") + "wanneer ".length();
		revius.reveal(condition, 0);
		window.getShell().forceActive();
		reviusText.setFocus();
		Ui.idle(display, 200);
		Ui.menu(window.getShell(), "Bewerken", "Inhoud voorstellen");

		Ui.until(display, () -> Ui.proposals(display, window.getShell()) != null, 20, "de voorstellen staan open");
		Ui.idle(display, 800);
		screen("voorstellen");
		Table proposals = Ui.proposals(display, window.getShell());
		proposals.getShell().setVisible(false);
		reviusText.setFocus();
	}

	@Test
	void previewTabs() throws IOException {
		open(Examples.FORMAT);
		Shell shell = window.getShell();
		CTabFolder tabs = Ui.find(shell, PreviewIds.TABS, CTabFolder.class);
		try {
			selectTab(tabs, 1);
			Ui.until(display, () -> Ui.find(shell, PreviewIds.PDF_STATUS, Label.class).getText().startsWith("bijgewerkt")
					&& Ui.all(shell, Label.class).stream()
							.anyMatch(l -> PreviewIds.PDF_PAGE.equals(l.getData(WidgetIds.KEY)) && l.getImage() != null),
					120, "de PDF is gemaakt");
			Ui.idle(display, 500);
			screen("pdf");
			selectTab(tabs, 2);
			Ui.idle(display, 800);
			screen("cyclus");
			selectTab(tabs, 3);
			Ui.idle(display, 800);
			assertTrue(Ui.find(shell, PreviewIds.CHECKLIST_TABLE, Table.class).getItemCount() > 0, "de checklist is gevuld");
			screen("checklist");
		} finally {
			selectTab(tabs, 0);
		}
	}

	private static void selectTab(CTabFolder tabs, int index) {
		tabs.setSelection(index);
		tabs.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void newFormatDialog() throws IOException {
		NewFormatDialog dialog = NewFormatDialog.create(window);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			Ui.find(shell, NewFormatDialog.ID, Text.class).setText("swv-zuidrand-opp");
			Ui.find(shell, NewFormatDialog.NAME, Text.class).setText("OPP SWV Zuidrand (PO)");
			Button po = Ui.find(shell, NewFormatDialog.TYPE + "po", Button.class);
			po.setSelection(true);
			po.notifyListeners(SWT.Selection, new Event());
			Ui.idle(display, 500);
			screen("nieuw-formaat", shell);
		} finally {
			dialog.close();
		}
	}

	@Test
	void versionDialogs() throws Exception {
		Path git = Files.createTempDirectory("opp-studio-shots-git");
		for (String name : new String[] { Examples.FORMAT, "wettelijk-minimum.oppformat", "logo-swv-voorbeeld.svg",
				Examples.DOCUMENT }) {
			Files.copy(Examples.file(name), git.resolve(name));
		}
		Path format = git.resolve(Examples.FORMAT);
		replace(format, "versie \"0.2.0\"", "versie \"1.0.0\"");
		try (FormatRepository repository = FormatRepository.start(git)) {
			repository.publish(format, "1.0.0", "Eerste versie voor de scholen");
		}
		replace(format, "\"School\"", "\"Naam van de school\"");
		try (FormatRepository repository = FormatRepository.open(git).orElseThrow()) {
			repository.publish(format, "1.0.1", "Duidelijker label voor de school");
		}

		HistoryDialog history = new HistoryDialog(window.getShell(), format);
		opened(history);
		try {
			Table table = Ui.find(history.getShell(), GitIds.HISTORY_TABLE, Table.class);
			Ui.until(display, () -> table.getItemCount() == 3, 30, "de versies staan er");
			table.setSelection(new int[] { 1, 2 });
			table.notifyListeners(SWT.Selection, new Event());
			Text diff = Ui.find(history.getShell(), GitIds.HISTORY_DIFF, Text.class);
			Ui.until(display, () -> diff.getText().startsWith("Van 1.0.0"), 30, "de verschillen staan er");
			Ui.idle(display, 300);
			screen("geschiedenis", history.getShell());
		} finally {
			history.close();
		}

		replace(format, "\t\tveld school \"Naam van de school\": tekst verplicht\n", "");
		PublishDialog publish = new PublishDialog(window.getShell(), context(git, format), format);
		opened(publish);
		try {
			Shell shell = publish.getShell();
			Text version = Ui.find(shell, GitIds.PUBLISH_VERSION, Text.class);
			Ui.until(display, () -> "2.0.0".equals(version.getText()), 30, "de voorgestelde versie");
			Ui.find(shell, GitIds.PUBLISH_MESSAGE, Text.class).setText("Veld school vervalt");
			version.setText("1.1.0");
			Label reason = Ui.find(shell, GitIds.PUBLISH_REASON, Label.class);
			Ui.until(display, () -> reason.getText().contains("hoofdversie"), 30, "de weigering");
			assertFalse(Ui.find(shell, GitIds.PUBLISH_BUTTON, Button.class).isEnabled());
			assertTrue(Ui.find(shell, GitIds.PUBLISH_STEPS, Table.class).getItemCount() == 5, "vijf stappen");
			Ui.idle(display, 300);
			screen("publiceren", shell);
		} finally {
			publish.close();
		}
	}

	@Test
	void publishEditorDialog() throws IOException {
		PublishEditorDialog dialog = new PublishEditorDialog(window.getShell(), folder.resolve(Examples.FORMAT),
				(request, progress) -> {
					throw new GenerateException("niet in de schermafdruk", java.util.List.of());
				});
		opened(dialog);
		try {
			Shell shell = dialog.getShell();
			Ui.find(shell, PublishIds.NAME, Text.class).setText("OPP Editor SWV De Voorbeeldregio");
			Ui.find(shell, PublishIds.ABOUT, Text.class).setText("Vragen over de OPP Editor? Mail helpdesk@swv-voorbeeldregio.nl");
			Ui.find(shell, PublishIds.UPDATES, Text.class).setText("https://opp.swv-voorbeeldregio.nl/updates");
			Ui.idle(display, 300);
			screen("editor-publiceren", shell);
		} finally {
			dialog.close();
		}
	}

	private static void opened(Dialog dialog) {
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.idle(display, 300);
	}

	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertTrue(text.contains(from), from);
		Files.writeString(file, text.replace(from, to));
	}

	/** What the publish dialog needs of the Studio, for the temporary repository. */
	private static StudioContext context(Path git, Path format) {
		return new FolderContext(() -> git, () -> window.getShell()) {
			@Override
			public Optional<Path> activeFormat() {
				return Optional.of(format);
			}
		};

	}

	/** Writes what the screen shows of the window, with what lies over it (a popup), as studio-NAME.png. */
	private static void screen(String name) throws IOException {
		screen(name, window.getShell());
	}

	/** Writes what the screen shows of {@code shell} (the window or a dialog) as studio-NAME.png. */
	private static void screen(String name, Shell shell) throws IOException {
		if (shell != window.getShell()) {
			shell.forceActive(); // not the window: that would close a popup over it
		}
		for (Button button : Ui.all(shell, Button.class)) {
			assertFalse(ENGLISH.contains(button.getText().replace("&", "")), name + ": Engelse knop " + button.getText());
		}
		shell.layout(true, true);
		Ui.idle(display, 300);
		// the client area: on the virtual screen no window manager draws a title bar
		Rectangle area = shell.getClientArea();
		Point origin = shell.toDisplay(0, 0);
		Rectangle screen = display.getBounds();
		area.width = Math.min(area.width, screen.width - Math.max(0, origin.x));
		area.height = Math.min(area.height, screen.height - Math.max(0, origin.y));
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path file = out.resolve("studio-" + name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			assertTrue(Files.size(file) > 10_000, file + " is geschreven");
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
