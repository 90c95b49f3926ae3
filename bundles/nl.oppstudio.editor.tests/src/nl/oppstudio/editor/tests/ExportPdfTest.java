package nl.oppstudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.editor.EditorWindow;
import nl.oppstudio.editor.internal.EditorApplication;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.FormatRepositories;
import nl.oppstudio.update.InstalledFormats;

/** The editor's {@code -exportPdf OUT.pdf -open DOC.opp}: the document opened in the window, its PDF made as the menu makes it, the window closed. */
class ExportPdfTest {

	private static Display display;

	@TempDir
	Path temp;

	@BeforeAll
	static void display() {
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
	}

	@AfterAll
	static void close() {
		if (display != null && !display.isDisposed()) {
			display.dispose();
		}
	}

	@Test
	void writesThePdfOfTheDocumentAndClosesTheWindow() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("school"));
		for (String name : new String[] { Examples.FORMAT, Examples.DOCUMENT, "logo-swv-voorbeeld.svg" }) {
			Files.copy(Examples.file(name), folder.resolve(name));
		}
		Path out = temp.resolve("sem.pdf");
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		EditorWindow window = new EditorWindow();
		int code = EditorApplication.exportPdf(window, folder, folder.resolve(Examples.DOCUMENT), out,
				new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		byte[] pdf = Files.readAllBytes(out);
		assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
		assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("PDF gemaakt: " + out), stdout::toString);
		assertTrue(window.getShell() == null || window.getShell().isDisposed(), "the window is closed");
	}

	@Test
	void withoutAUserNothingIsAskedAndTheDocumentStaysAsItIs() throws Exception {
		// the document's format is installed (0.2.0), and a newer version (1.0.0) is active: the window would
		// offer the migration; -exportPdf must not ask, nor change the document
		Path folder = Files.createDirectories(temp.resolve("school"));
		Path document = Files.copy(Examples.file(Examples.DOCUMENT), folder.resolve(Examples.DOCUMENT));
		byte[] before = Files.readAllBytes(document);
		Path data = temp.resolve("data");
		FormatRepositories.writeBundle(data.resolve("updates"), "1.0.0");
		EditorWindow window = new EditorWindow();
		window.setInstalledFormats(new InstalledFormats(data,
				List.of(FormatRepositories.writeBundle(temp.resolve("plugins"), "0.2.0"))));
		String[] asked = new String[1];
		Dialogs.when(display, "", shell -> {
			asked[0] = shell.getText();
			Dialogs.press(shell, "Nee");
		});
		Path out = temp.resolve("sem.pdf");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = EditorApplication.exportPdf(window, folder, document, out, System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		assertEquals(null, asked[0], "a question was asked");
		assertTrue(Files.size(out) > 1000);
		assertArrayEquals(before, Files.readAllBytes(document));
	}

	@Test
	void aDocumentThatCannotBeOpenedGivesADutchMessageAndExitCodeOne() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("leeg"));
		Files.copy(Examples.file(Examples.DOCUMENT), folder.resolve(Examples.DOCUMENT));
		Path out = temp.resolve("niets.pdf");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
		int code = EditorApplication.exportPdf(new EditorWindow(), folder, folder.resolve(Examples.DOCUMENT), out,
				System.out, errors);
		assertEquals(1, code);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("kan niet worden geopend"), err::toString);
		assertFalse(Files.exists(out));
		assertEquals(1, EditorApplication.exportPdf(new EditorWindow(), folder, null, out, System.out, errors));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("-exportPdf heeft -open"), err::toString);
	}
}
