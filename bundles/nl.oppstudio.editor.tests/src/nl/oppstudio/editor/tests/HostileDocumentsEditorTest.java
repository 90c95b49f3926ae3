package nl.oppstudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.editor.EditorWindow;
import nl.oppstudio.editor.internal.Messages;
import nl.oppstudio.testing.Examples;

/**
 * Issue 16, hostile input in the OPP Editor: a folder with the documented 52 MB pupil name, a value past
 * the limit and a billion-laughs document. The overview reads the folder (it does not freeze on them)
 * and shows each as a row with its problem in Dutch, beside the good OPP. Drives the real SWT widgets,
 * found by data key.
 */
class HostileDocumentsEditorTest {

	private static final int STATE = 1;
	private static final int NEXT = 2;
	private static final int FILE = 4;

	private static Path folder;
	private static Display display;
	private static EditorWindow window;

	@BeforeAll
	static void open() throws IOException {
		folder = Files.createTempDirectory("opp-hostile");
		for (String name : new String[] { Examples.FORMAT, "wettelijk-minimum.oppformat", "logo-swv-voorbeeld.svg", Examples.DOCUMENT }) {
			Files.copy(Examples.file(name), folder.resolve(name));
		}
		String sem = Files.readString(Examples.file(Examples.DOCUMENT));
		String name = "<naam>Sem de Vries</naam>";
		// issue 16: "a copy of sem-de-vries.opp whose pupil name is 52 MB of text took opp validate 264 s and 6.4 GB"
		Files.writeString(folder.resolve("groot.opp"), sem.replace(name, "<naam>" + "Sem ".repeat(13 * 1024 * 1024) + "</naam>"));
		Files.writeString(folder.resolve("lang.opp"), sem.replace(name, "<naam>" + "x".repeat(200_000) + "</naam>"));
		StringBuilder laughs = new StringBuilder("<!DOCTYPE opp:Document [<!ENTITY l0 \"ha\">");
		for (int i = 1; i <= 10; i++) {
			laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		Files.writeString(folder.resolve("lachen.opp"), sem.replace("?>\n", "?>\n" + laughs + "]>\n").replace(name, "<naam>&l10;</naam>"));
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		window = new EditorWindow();
		window.open(folder);
		Ui.until(display, () -> !status().getText().isEmpty() && !status().getText().equals(Messages.loading), 120,
				"het overzicht is gelezen");
	}

	@AfterAll
	static void close() throws IOException {
		if (window != null) {
			window.close();
		}
		if (display != null && !display.isDisposed()) {
			display.dispose();
		}
		for (String name : new String[] { "groot.opp", "lang.opp" }) {
			Files.deleteIfExists(folder.resolve(name)); // 52 MB: not left in the temp folder
		}
	}

	private static Label status() {
		return Ui.find(window.getShell(), EditorIds.OVERVIEW_STATUS, Label.class);
	}

	@Test
	void eachHostileDocumentIsARowWithItsProblemAndTheGoodOneStillOpens() {
		Map<String, String[]> rows = new HashMap<>();
		for (String[] row : Ui.rows(Ui.find(window.getShell(), EditorIds.OVERVIEW_TABLE, Table.class))) {
			rows.put(row[FILE], row);
		}
		assertEquals("probleem", rows.get("groot.opp")[STATE]);
		assertTrue(rows.get("groot.opp")[NEXT].startsWith("Dit document is 52 MB groot; een OPP is hoogstens 16 MB."),
				rows.get("groot.opp")[NEXT]);
		assertEquals("probleem", rows.get("lang.opp")[STATE]);
		assertTrue(rows.get("lang.opp")[NEXT].startsWith("Regel 4, kolom "), rows.get("lang.opp")[NEXT]);
		assertTrue(rows.get("lang.opp")[NEXT].contains("De waarde van 'leerling/naam' is langer dan 100.000 tekens"), rows.get("lang.opp")[NEXT]);
		assertEquals("probleem", rows.get("lachen.opp")[STATE]);
		assertTrue(rows.get("lachen.opp")[NEXT].contains("DOCTYPE"), rows.get("lachen.opp")[NEXT]);
		assertTrue(status().getText().contains("3 met een probleem"), status().getText());
		assertEquals(Examples.PUPIL, rows.get(Examples.DOCUMENT)[0]);
	}
}
