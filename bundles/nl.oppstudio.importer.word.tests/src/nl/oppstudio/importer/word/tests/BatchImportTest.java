package nl.oppstudio.importer.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.State;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.importer.word.BatchEntry;
import nl.oppstudio.importer.word.DocumentResult;
import nl.oppstudio.importer.word.WordImport;
import nl.oppstudio.importer.word.WordImportException;
import nl.oppstudio.importer.word.internal.WordReader;
import nl.oppstudio.testing.TestFormats;
import nl.oppstudio.testing.word.WordExamples;

/**
 * Filled-in copies as real {@code .docx} files (built with POI: {@link WordExamples#bijlage2}, the example OPP
 * format of seed 001's Bijlage 2) into documents of the example format, one by one and as a batch in which one
 * broken file stops nothing.
 */
class BatchImportTest {

	/** The example format names its fields otherwise than Bijlage 2: the user maps those labels (as --column does). */
	private static final Map<String, String> MAPPING = Map.of(WordExamples.NAAM, "leerling/naam");

	private static Map<String, String> pupil(String name) {
		Map<String, String> values = new HashMap<>(WordExamples.SANNE);
		values.put(WordExamples.NAAM, name);
		return values;
	}

	@Test
	void aRealCopyBecomesADocumentAndKeepsEveryText(@TempDir Path temp) throws Exception {
		Path template = WordExamples.bijlage2(temp.resolve("sjabloon.docx"), Map.of());
		Path filled = WordExamples.bijlage2(temp.resolve("sanne.docx"), WordExamples.SANNE);
		Format example = TestFormats.example();
		DocumentResult result = WordImport.document(filled, example, MAPPING);
		OppDocument document = result.document();
		assertEquals("Sanne de Vries", result.pupil());
		assertEquals("OBS De Regenboog", document.value("leerling/school").orElse(null));
		assertEquals("2015-03-14", document.value("leerling/geboortedatum").orElse(null));
		assertEquals("groep5", document.value("leerling/groep").orElse(null), "☒ 5 is option 'Groep 5'");
		assertEquals(State.CONCEPT, Lifecycle.state(document));
		assertEquals("sanne.docx", Lifecycle.entries(document).get(0).get("van"));
		List<String> stored = new ArrayList<>(DocumentImportTest.allValues(document));
		DocumentImportTest.archive(document).forEach(e -> stored.add(e.get("waarde") + " " + e.get("pad")));
		List<String> typed = WordTexts.beyond(WordReader.read(filled), WordReader.read(template));
		assertTrue(typed.size() >= 40, typed.toString());
		for (String text : typed) {
			assertTrue(WordTexts.found(text, stored), "'" + text + "' is lost; stored: " + stored);
		}
	}

	@Test
	void aBatchWritesOneDocumentPerFileAndABrokenFileStopsNothing(@TempDir Path temp) throws Exception {
		Path in = Files.createDirectories(temp.resolve("in"));
		Path out = temp.resolve("uit");
		List<Path> files = new ArrayList<>();
		files.add(WordExamples.bijlage2(in.resolve("1.docx"), pupil("Sanne de Vries")));
		files.add(WordExamples.bijlage2(in.resolve("2.docx"), pupil("Daan Bos")));
		Path broken = Files.write(in.resolve("kapot.docx"), "dit is geen Word-bestand".getBytes());
		files.add(broken);
		files.add(WordExamples.bijlage2(in.resolve("3.docx"), pupil("Sanne de Vries")));
		Map<String, String> nameless = new HashMap<>(WordExamples.SANNE);
		nameless.remove(WordExamples.NAAM);
		files.add(WordExamples.bijlage2(in.resolve("Zonder naam.docx"), nameless));
		Files.createDirectories(out);
		Files.writeString(out.resolve("daan-bos.opp"), "bestaand"); // never overwritten

		List<BatchEntry> told = new ArrayList<>();
		List<BatchEntry> entries = WordImport.documents(files, TestFormats.example(), MAPPING, out, told::add);

		assertEquals(entries, told, "progress hears of each file, in order");
		assertEquals(5, entries.size());
		assertEquals(List.of(true, true, false, true, true), entries.stream().map(BatchEntry::ok).toList());
		BatchEntry failed = entries.get(2);
		assertNull(failed.result());
		assertNotNull(failed.problem());
		assertTrue(failed.problem().contains("kapot.docx"), failed.problem());
		assertFalse(failed.problem().contains("Exception"), failed.problem());
		assertEquals(List.of("sanne-de-vries.opp", "daan-bos-2.opp", "sanne-de-vries-2.opp", "zonder-naam.opp"),
				entries.stream().filter(BatchEntry::ok).map(e -> e.written().getFileName().toString()).toList());
		assertEquals("bestaand", Files.readString(out.resolve("daan-bos.opp")));
		for (BatchEntry entry : entries.stream().filter(BatchEntry::ok).toList()) {
			OppDocument read = Documents.load(entry.written(), entry.result().document().format());
			assertEquals(State.CONCEPT, Lifecycle.state(read));
			assertTrue(Lifecycle.verify(read, entry.written()).isEmpty());
		}
	}

	/** Finding 6: a fault of the mapping (here: no format) stops that file, never the batch. */
	@Test
	void anUnexpectedFaultInOneFileStopsNothing(@TempDir Path temp) throws Exception {
		List<Path> files = List.of(WordExamples.bijlage2(temp.resolve("1.docx"), pupil("Sanne de Vries")),
				WordExamples.bijlage2(temp.resolve("2.docx"), pupil("Daan Bos")));
		List<BatchEntry> entries = WordImport.documents(files, null, Map.of(), temp.resolve("uit"), null);
		assertEquals(2, entries.size());
		for (BatchEntry entry : entries) {
			assertFalse(entry.ok());
			assertTrue(entry.problem().contains(entry.source().getFileName().toString()), entry.problem());
			assertFalse(entry.problem().contains("Exception"), entry.problem());
		}
	}

	/** Finding 13: a folder that cannot be made is told in Dutch, not as the bare path of a Java exception. */
	@Test
	void aFolderThatCannotBeMadeIsToldInDutch(@TempDir Path temp) throws Exception {
		Path file = WordExamples.bijlage2(temp.resolve("1.docx"), pupil("Sanne de Vries"));
		Path taken = Files.writeString(temp.resolve("uit"), "een bestand, geen map");
		List<BatchEntry> entries = WordImport.documents(List.of(file), TestFormats.example(), MAPPING, taken, null);
		String problem = entries.get(0).problem();
		assertNotNull(problem);
		assertFalse(problem.strip().endsWith(taken.toString()), problem);
		assertFalse(problem.contains("Exception"), problem);
	}

	@Test
	void aFileThatCannotBeReadThrowsItsDutchMessage(@TempDir Path temp) throws Exception {
		Path broken = Files.write(temp.resolve("kapot.docx"), new byte[] { 1, 2, 3 });
		WordImportException e = org.junit.jupiter.api.Assertions.assertThrows(WordImportException.class,
				() -> WordImport.document(broken, TestFormats.example()));
		assertTrue(e.getMessage().contains("kapot.docx"), e.getMessage());
	}
}
