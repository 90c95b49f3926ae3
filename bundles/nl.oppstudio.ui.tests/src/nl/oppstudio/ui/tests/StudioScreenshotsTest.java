package nl.oppstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.oppstudio.testing.Examples;
import nl.oppstudio.ui.StudioWindow;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.editor.FormatEditor;

/**
 * The Studio's screens for the guide and for a person to look at after a change, on a copy of
 * dsl-examples: a format open with its preview (studio-formaat.png), a typed error with its mark and the
 * problems table (studio-probleem.png), content assist open after {@code wanneer} (studio-voorstellen.png).
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
		Ui.idle(display, 200);
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

	/** Writes what the screen shows of the window, with what lies over it (a popup), as studio-NAME.png. */
	private static void screen(String name) throws IOException {
		Shell shell = window.getShell();
		for (Button button : Ui.all(shell, Button.class)) {
			assertFalse(ENGLISH.contains(button.getText().replace("&", "")), name + ": Engelse knop " + button.getText());
		}
		shell.layout(true, true);
		Ui.idle(display, 300);
		Rectangle area = shell.getClientArea();
		Point origin = shell.toDisplay(0, 0);
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
