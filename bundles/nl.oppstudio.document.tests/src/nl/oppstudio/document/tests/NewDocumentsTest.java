package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.NewDocuments;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.State;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** Issue 12, "Nieuw OPP": which formats a new document can use, the document, and a free file name. */
class NewDocumentsTest {

	@TempDir
	Path temp;

	private List<String> names(List<Path> files) {
		return files.stream().map(f -> f.getFileName().toString()).toList();
	}

	@Test
	void offersTheNewestVersionOfEachFormatAndNoBase() throws Exception {
		for (Path format : Examples.all("oppformat")) {
			Files.copy(format, temp.resolve(format.getFileName()));
		}
		// a later version of the example beside it, and an older one that must lose to it
		Files.copy(Examples.directory().resolve("versies/swv-voorbeeld-opp-1.0.0.oppformat"),
				temp.resolve("swv-voorbeeld-opp-1.0.0.oppformat"));
		Files.writeString(temp.resolve("swv-voorbeeld-opp-0.10.0.oppformat"),
				Files.readString(Examples.file(Examples.FORMAT)).replaceFirst("versie \"0\\.2\\.0\"", "versie \"0.10.0\""));
		List<String> offered = names(NewDocuments.formatFiles(temp));
		assertTrue(offered.contains("swv-voorbeeld-opp-1.0.0.oppformat"), offered.toString());
		assertFalse(offered.contains(Examples.FORMAT), "0.2.0 is older than 1.0.0: " + offered);
		assertFalse(offered.contains("swv-voorbeeld-opp-0.10.0.oppformat"), offered.toString());
		assertFalse(offered.contains("wettelijk-minimum.oppformat"), "the base other formats extend: " + offered);
		assertTrue(offered.containsAll(List.of("revius-wijk-opp-light.oppformat", "swv-po-groeidocument.oppformat",
				"handreiking-voorbeeld-opp.oppformat")), offered.toString());
		Files.delete(temp.resolve("swv-voorbeeld-opp-1.0.0.oppformat"));
		assertTrue(names(NewDocuments.formatFiles(temp)).contains("swv-voorbeeld-opp-0.10.0.oppformat"),
				"0.10.0 is newer than 0.2.0 (numbers, not text)");
	}

	@Test
	void documentKindsOnly() {
		Format example = TestFormats.example();
		assertTrue(NewDocuments.forDocuments(example));
		example.setKind("handelingswijzer");
		assertFalse(NewDocuments.forDocuments(example));
		example.setKind("groeidocument");
		assertTrue(NewDocuments.forDocuments(example));
	}

	@Test
	void newDocumentIsAConceptWithPupilAndSchoolType() throws Exception {
		OppDocument document = NewDocuments.create(TestFormats.example(), "Zoë van Dijk", "sbo");
		assertEquals("Zoë van Dijk", document.pupilName());
		assertEquals("sbo", document.schoolType());
		assertEquals(State.CONCEPT, Lifecycle.state(document));
		Path file = NewDocuments.save(document, temp, "Zoë van Dijk");
		assertEquals("zoe-van-dijk.opp", file.getFileName().toString());
		OppDocument loaded = Documents.load(file, TestFormats.example());
		assertEquals("Zoë van Dijk", loaded.pupilName());
	}

	@Test
	void fileNamesNeverOverwrite() throws Exception {
		Format format = TestFormats.example();
		Path first = NewDocuments.save(NewDocuments.create(format, "Sem de Vries", null), temp, "Sem de Vries");
		byte[] before = Files.readAllBytes(first);
		Path second = NewDocuments.save(NewDocuments.create(format, "Sem de Vries", "po"), temp, "Sem de Vries");
		assertEquals("sem-de-vries.opp", first.getFileName().toString());
		assertEquals("sem-de-vries-2.opp", second.getFileName().toString());
		assertArrayEquals(before, Files.readAllBytes(first), "the first is untouched");
		assertThrows(FileAlreadyExistsException.class,
				() -> Documents.saveNew(NewDocuments.create(format, "Ander", null), first));
		assertArrayEquals(before, Files.readAllBytes(first), "a refused save leaves the file as it was");
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of(".opp-register", "sem-de-vries-2.opp", "sem-de-vries.opp"), files.map(f -> f.getFileName().toString())
					.sorted().toList(), "no temporary files left");
		}
	}

	@Test
	void fileStemsFromNames() {
		assertEquals("zoe-van-dijk", NewDocuments.fileStem("  Zoë van Dijk "));
		assertEquals("jan-peter-o-brien", NewDocuments.fileStem("Jan-Peter O'Brien"));
		assertEquals("etc-passwd", NewDocuments.fileStem("../etc/passwd"));
		assertEquals("opp", NewDocuments.fileStem("  "));
	}
}
