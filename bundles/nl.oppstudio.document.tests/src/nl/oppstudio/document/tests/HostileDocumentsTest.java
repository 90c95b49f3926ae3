package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Limits;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.internal.DocumentReadErrors;
import nl.oppstudio.document.internal.XmlLimits;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 16, hostile input: documents past {@link Limits} or with hostile XML are refused before EMF
 * reads them, with a located Dutch message. The hostile files are made here, at run time.
 */
class HostileDocumentsTest {

	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<opp:Document xmlns:opp="urn:oppstudio:format:swv-voorbeeld-opp:0.2.0" schooltype="po">
			""";

	private static Format format;

	@TempDir
	Path temp;

	@BeforeAll
	static void loadFormat() {
		format = TestFormats.example();
	}

	/** Sem de Vries with his name replaced by {@code name}. */
	private Path semNamed(String name) throws IOException {
		String text = Files.readString(Examples.file(Examples.DOCUMENT));
		Path copy = temp.resolve("sem.opp");
		Files.writeString(copy, text.replace("<naam>Sem de Vries</naam>", "<naam>" + name + "</naam>"));
		return copy;
	}

	private Diagnostic refused(Path file) {
		return assertThrows(DocumentException.class, () -> Documents.load(file, format)).diagnostic();
	}

	@Test
	void theDocumentedCaseA52MegabyteNameIsRefusedBeforeItIsRead() throws Exception {
		// issue 16: "a copy of sem-de-vries.opp whose pupil name is 52 MB of text took opp validate 264 s and 6.4 GB"
		Path file = semNamed("Sem ".repeat(13 * 1024 * 1024));
		Diagnostic refused = refused(file);
		assertEquals(XmlLimits.TOO_LARGE, refused.code(), refused.toString());
		assertTrue(refused.message().contains("52 MB"), refused.message());
	}

	@Test
	void aValueLongerThanTheLimitIsRefusedWithItsPlace() throws Exception {
		Path file = semNamed("x".repeat(Limits.MAX_VALUE_CHARS + 1));
		Diagnostic refused = refused(file);
		assertEquals(XmlLimits.VALUE_TOO_LONG, refused.code(), refused.toString());
		assertEquals(4, refused.line(), refused.toString());
		assertTrue(refused.column() > 0, refused.toString());
		assertTrue(refused.message().contains("'leerling/naam'"), refused.message());
		assertTrue(refused.message().contains("langer dan 100.000 tekens"), refused.message());
	}

	@Test
	void aDocumentThatCouldNotBeReadBackIsNeverWritten() throws Exception {
		// review #15: a value pasted past the limit saved fine, and then neither the OPP nor its recovery file opened
		Path file = temp.resolve("sem.opp");
		Files.copy(Examples.file(Examples.DOCUMENT), file);
		OppDocument document = Documents.load(file, format);
		document.setValue(document.schema().leaf("leerling/naam"), "x".repeat(Limits.MAX_VALUE_CHARS));
		Documents.save(document, file); // at the limit: saved, and read back
		assertEquals(Limits.MAX_VALUE_CHARS, Documents.load(file, format).value(document.schema().leaf("leerling/naam")).length());
		byte[] before = Files.readAllBytes(file);
		byte[] backup = Files.readAllBytes(temp.resolve("sem.opp.bak"));
		java.util.List<Path> listed = Files.list(temp).sorted().toList();

		document.setValue(document.schema().leaf("leerling/naam"), "x".repeat(Limits.MAX_VALUE_CHARS) + "\uD83D\uDE00");
		IOException save = assertThrows(IOException.class, () -> Documents.save(document, file));
		assertEquals("De tekst in 'leerling/naam' is langer dan 100.000 tekens, het maximum van één waarde; zo'n OPP zou niet"
				+ " meer geopend kunnen worden. Kort de tekst in en sla dan opnieuw op.", save.getMessage());
		String shown = nl.oppstudio.core.WriteErrors.describe(file, save);
		assertTrue(shown.contains("'leerling/naam'") && shown.endsWith("Het bestaande bestand is niet veranderd."), shown);
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the document is unchanged");
		assertTrue(java.util.Arrays.equals(backup, Files.readAllBytes(temp.resolve("sem.opp.bak"))), "the backup is unchanged");
		assertThrows(IOException.class, () -> Documents.writeCopy(document, temp.resolve(".sem.opp.herstel")));
		assertThrows(IOException.class, () -> Documents.saveNew(document, temp.resolve("nieuw.opp")));
		assertEquals(listed, Files.list(temp).sorted().toList(), "no file written, none left behind");
		Documents.load(file, format); // and the OPP still opens
	}

	@Test
	void aLongButRealTextStillLoads() throws Exception {
		String longText = "Sem leest graag over dieren. ".repeat(2_000); // 58,000 characters: a very long field
		OppDocument document = Documents.load(semNamed(longText.strip()), format);
		assertEquals(longText.strip(), document.pupilName());
	}

	@Test
	void aLongAttributeIsRefused() throws Exception {
		Path file = temp.resolve("attribuut.opp");
		Files.writeString(file, HEAD.replace("schooltype=\"po\"", "schooltype=\"" + "p".repeat(Limits.MAX_VALUE_CHARS + 1) + "\"")
				+ "</opp:Document>\n");
		assertEquals(XmlLimits.VALUE_TOO_LONG, refused(file).code());
	}

	@Test
	void a100MegabyteDocumentIsRefusedWithoutReadingIt() throws Exception {
		Path file = temp.resolve("groot.opp");
		Files.writeString(file, HEAD);
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(100L * 1024 * 1024); // sparse: costs no disk, and is never read
		}
		Diagnostic refused = refused(file);
		assertEquals(XmlLimits.TOO_LARGE, refused.code());
		assertTrue(refused.message().contains("100 MB"), refused.message());
	}

	@Test
	void aMillionElementsAreRefused() throws Exception {
		Path file = temp.resolve("veel.opp");
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(HEAD.getBytes(StandardCharsets.UTF_8));
			byte[] element = "<x/>".getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 1_000_000; i++) {
				out.write(element);
			}
			out.write("</opp:Document>\n".getBytes(StandardCharsets.UTF_8));
		}
		Diagnostic refused = refused(file);
		assertEquals(XmlLimits.TOO_MANY_ELEMENTS, refused.code(), refused.toString());
		assertEquals(3, refused.line());
	}

	@Test
	void deepNestingIsRefused() throws Exception {
		Path file = temp.resolve("diep.opp");
		Files.writeString(file, HEAD + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</opp:Document>\n");
		Diagnostic refused = refused(file);
		assertEquals(XmlLimits.TOO_DEEP, refused.code(), refused.toString());
		assertTrue(refused.message().contains(String.valueOf(Limits.MAX_XML_DEPTH)), refused.message());
	}

	@Test
	void entityExpansionIsRefused() throws Exception {
		// the "billion laughs": ten entities, each ten of the one before
		StringBuilder doctype = new StringBuilder("<!DOCTYPE opp:Document [\n<!ENTITY l0 \"ha\">\n");
		for (int i = 1; i <= 10; i++) {
			doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
		}
		doctype.append("]>\n");
		Path file = temp.resolve("lachen.opp");
		Files.writeString(file, HEAD.replace("?>\n", "?>\n" + doctype) + "<leerling><naam>&l10;</naam></leerling></opp:Document>\n");
		Diagnostic refused = refused(file);
		assertEquals(DocumentReadErrors.HOSTILE, refused.code(), refused.toString());
		assertTrue(refused.line() > 0, refused.toString());
	}

	@Test
	void externalReferencesAreRefusedAndNothingIsRead() throws Exception {
		for (String reference : new String[] { "<!DOCTYPE d SYSTEM \"http://127.0.0.1:9/x.dtd\">",
				"<!DOCTYPE d [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>",
				"<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" }) {
			Path file = temp.resolve("extern.opp");
			Files.writeString(file, HEAD.replace("?>\n", "?>\n" + reference + "\n") + "<leerling><naam>&x;</naam></leerling></opp:Document>\n");
			Diagnostic refused = refused(file);
			assertEquals(DocumentReadErrors.HOSTILE, refused.code(), reference + ": " + refused);
			assertTrue(!refused.message().contains("root:"), refused.message());
		}
	}
}
