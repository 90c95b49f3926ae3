package nl.oppstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.word.WordExamples;
import nl.oppstudio.ui.StudioWindow;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.editor.FormatEditor;
import nl.oppstudio.ui.internal.word.WordTemplateImport;

/**
 * The screens of "Formaat uit Word…" for docs/nl/handleiding-import.md, on a copy of dsl-examples: the report
 * beside the draft (studio-formaat-uit-word.png) and the draft open with its to-do list under Problemen and its
 * preview (studio-word-concept.png). The template is the Handreiking's Bijlage 2, built with POI by
 * {@link WordExamples} as dsl-examples/word/opp-sjabloon.docx is. Written to the folder of the system property
 * {@code opp.screenshots} (releng/screenshots/word-import.sh sets it), else to {@code target/screenshots/}.
 */
class WordImportScreenshotsTest {

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
		folder = Files.createTempDirectory("opp-word-shots");
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
	}

	@Test
	void screens() throws IOException {
		Path template = WordExamples.bijlage2(Files.createTempDirectory("opp-word").resolve("opp-sjabloon.docx"), Map.of());
		AtomicReference<WordTemplateImport.Done> result = new AtomicReference<>();
		boolean[] ended = { false };
		window.importWord(template, done -> {
			result.set(done);
			ended[0] = true;
		});
		Ui.until(display, () -> ended[0], 60, "de import is klaar");
		assertNotNull(result.get(), "a draft");
		FormatEditor editor = window.editorOf(result.get().draft());
		Ui.until(display, editor::isChecked, 60, "het concept is gecontroleerd");
		Ui.idle(display, 1500); // the preview draws
		Shell report = result.get().report().getShell();
		report.setLocation(window.getShell().toDisplay(120, 90));
		screen("formaat-uit-word", report);
		report.close();
		Ui.idle(display, 300);
		editor.reveal(editor.text().indexOf("// herkend uit"), 0);
		screen("word-concept", window.getShell());
	}

	/** Writes what the screen shows of {@code shell} as studio-NAME.png (as StudioScreenshotsTest does). */
	private static void screen(String name, Shell shell) throws IOException {
		if (shell != window.getShell()) {
			shell.forceActive();
		}
		for (Button button : Ui.all(shell, Button.class)) {
			assertFalse(ENGLISH.contains(button.getText().replace("&", "")), name + ": Engelse knop " + button.getText());
		}
		shell.layout(true, true);
		Ui.idle(display, 300);
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
