package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** Issue 3: documents are loaded, validated against required fields, and saved atomically. */
class DocumentsTest {

	private static Format format;

	@TempDir
	Path temp;

	@BeforeAll
	static void loadFormat() {
		format = TestFormats.example();
	}

	private Path copyOfExample(String search, String replacement) throws IOException {
		String text = Files.readString(Examples.file(Examples.DOCUMENT));
		assertTrue(text.contains(search), search);
		Path copy = temp.resolve("doc.opp");
		Files.writeString(copy, text.replace(search, replacement));
		return copy;
	}

	@Test
	void exampleDocumentIsValid() throws Exception {
		Path file = Examples.file(Examples.DOCUMENT);
		OppDocument document = Documents.load(file, format);
		assertEquals(List.of(), Documents.validate(document, file));
		assertEquals(Examples.PUPIL, document.pupilName());
		assertEquals("vmboKb", document.value("uitstroom/niveau").orElseThrow());
		assertEquals("akkoord", document.value("betrokkenheid/instemming/besluit").orElseThrow());
	}

	@Test
	void missingRequiredFieldIsNamed() throws Exception {
		Path file = copyOfExample("<school>Basisschool De Kastanje</school>", "");
		List<Diagnostic> diagnostics = Documents.validate(Documents.load(file, format), file);
		assertEquals(1, diagnostics.size(), diagnostics.toString());
		Diagnostic missing = diagnostics.get(0);
		assertTrue(missing.isError());
		assertEquals("leerling/school", missing.path());
		assertTrue(missing.message().contains("'School'"), missing.message());
	}

	@Test
	void emptyDocumentMissesEveryRequiredField() {
		OppDocument document = Documents.create(format);
		long required = requiredOutsideRows(document.schema().outline());
		assertTrue(required > 15, "het voorbeeld heeft veel verplichte waarden");
		assertEquals(required, Documents.validate(document, null).size());
	}

	/** Required values a document must have even when its repeating groups have no rows. */
	private static long requiredOutsideRows(List<nl.oppstudio.document.SchemaNode> nodes) {
		long count = 0;
		for (var node : nodes) {
			if (node instanceof nl.oppstudio.document.SchemaNode.Leaf leaf && leaf.required()) {
				count++;
			} else if (node instanceof nl.oppstudio.document.SchemaNode.Branch branch && !branch.repeating()) {
				count += requiredOutsideRows(branch.children());
			}
		}
		return count;
	}

	@Test
	void invalidDateAndUnknownChoiceAreErrors() throws Exception {
		Path file = copyOfExample("<groep>groep5</groep>", "<groep>groep9</groep>");
		Files.writeString(file, Files.readString(file).replace("2016-04-12", "12-04-2016"));
		List<Diagnostic> diagnostics = Documents.validate(Documents.load(file, format), file);
		assertEquals(List.of("leerling/geboortedatum", "leerling/groep"),
				diagnostics.stream().map(Diagnostic::path).toList());
	}

	@Test
	void documentOfAnotherFormatIsRefusedClearly() throws Exception {
		Path file = copyOfExample("swv-voorbeeld-opp:0.2.0", "swv-ander-opp:2.0.0");
		DocumentException error = assertThrows(DocumentException.class, () -> Documents.load(file, format));
		assertTrue(error.getMessage().contains("ander formaat"), error.getMessage());
	}

	@Test
	void corruptXmlIsLocated() throws Exception {
		Path file = copyOfExample("</leerling>", "</leerlin>");
		DocumentException error = assertThrows(DocumentException.class, () -> Documents.load(file, format));
		assertTrue(error.diagnostic().line() > 0, error.diagnostic().toString());
	}

	@Test
	void externalEntitiesAreRefused() throws Exception {
		Path secret = temp.resolve("geheim.txt");
		Files.writeString(secret, "GEHEIM");
		Path file = temp.resolve("xxe.opp");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE d [<!ENTITY x SYSTEM "%s">]>
				<opp:Document xmlns:opp="urn:oppstudio:format:swv-voorbeeld-opp:0.2.0">
				  <leerling><naam>&x;</naam></leerling>
				</opp:Document>
				""".formatted(secret.toUri()));
		DocumentException error = assertThrows(DocumentException.class, () -> Documents.load(file, format));
		assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
	}

	@Test
	void saveAndLoadKeepsEveryValue() throws Exception {
		OppDocument original = Documents.load(Examples.file(Examples.DOCUMENT), format);
		Path saved = temp.resolve("kopie.opp");
		Documents.save(original, saved);
		OppDocument reloaded = Documents.load(saved, format);
		for (var leaf : original.schema().leaves()) {
			assertEquals(original.value(leaf), reloaded.value(leaf), leaf.path());
		}
		assertEquals("po", reloaded.schoolType());
		assertTrue(Files.readString(saved, StandardCharsets.UTF_8).contains("<naam>Sem de Vries</naam>"));
	}

	@Test
	void replacedFileKeepsItsPermissions() throws Exception {
		Path file = temp.resolve("gedeeld.opp");
		Files.writeString(file, "oud");
		var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
		Files.setPosixFilePermissions(file, permissions);
		AtomicFiles.write(file, out -> out.write("nieuw".getBytes(StandardCharsets.UTF_8)));
		assertEquals("nieuw", Files.readString(file));
		assertEquals(permissions, Files.getPosixFilePermissions(file));
	}

	@Test
	void failedWriteLeavesTheOldFileIntact() throws Exception {
		Path file = temp.resolve("bestaand.opp");
		byte[] before = "oude inhoud".getBytes(StandardCharsets.UTF_8);
		Files.write(file, before);
		assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("schijf vol");
		}));
		assertArrayEquals(before, Files.readAllBytes(file));
		try (var files = Files.list(temp)) {
			assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "tijdelijk bestand bleef achter");
		}
	}

	/**
	 * A kill inside a save leaves a hidden temporary file with the pupil's data: the next save of that
	 * document removes its own stale ones (older than a minute), never a save's running now nor another
	 * document's.
	 */
	@Test
	void aSaveRemovesTheStaleTemporaryFilesOfAKilledSave() throws Exception {
		Path file = temp.resolve("sem.opp");
		Files.copy(Examples.file(Examples.DOCUMENT), file);
		OppDocument document = Documents.load(file, format);
		java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime
				.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(5)));
		List<Path> stale = List.of(temp.resolve(".sem.opp.1f2e3d4c5b6a7988.tmp"), temp.resolve(".sem.opp.bak.a1b2c3.tmp"),
				temp.resolve(".sem.opp.77aa.new"));
		for (Path t : stale) {
			Files.writeString(t, "half");
			Files.setLastModifiedTime(t, old);
		}
		Path running = temp.resolve(".sem.opp.abcdef.tmp"); // a save in progress: fresh
		Files.writeString(running, "bezig");
		Path other = temp.resolve(".noor.opp.abcdef.tmp"); // another document's
		Files.writeString(other, "half");
		Files.setLastModifiedTime(other, old);
		Path notOurs = temp.resolve(".sem.opp.herstel"); // the recovery file is not a temporary file
		Files.writeString(notOurs, "werk");
		Files.setLastModifiedTime(notOurs, old);
		Documents.save(document, file);
		for (Path t : stale) {
			assertFalse(Files.exists(t), t.toString());
		}
		assertTrue(Files.exists(running) && Files.exists(other) && Files.exists(notOurs));
	}
}
