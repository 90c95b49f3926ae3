package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 5: a document round-trips losslessly (load + save without edits gives the same bytes), content
 * the format does not know is kept and written back, and a save keeps the previous version as backup.
 */
class RoundTripTest {

	@TempDir
	Path temp;

	@Test
	void everyExampleDocumentRoundTripsToTheSameBytes() throws Exception {
		for (Map.Entry<Path, Format> example : ExampleDocuments.documents().entrySet()) {
			Path file = example.getKey();
			byte[] original = Files.readAllBytes(file);
			OppDocument document = Documents.load(file, example.getValue());
			Path copy = temp.resolve(file.getFileName());
			Documents.save(document, copy);
			assertEquals(new String(original, StandardCharsets.UTF_8), Files.readString(copy), file.toString());
		}
	}

	@Test
	void unknownContentIsKeptAndWrittenBack() throws Exception {
		Path file = temp.resolve("nieuwer.opp");
		String text = Files.readString(Examples.file(Examples.DOCUMENT)).replace("    <school>",
				"    <bijnaam>Semmie</bijnaam>\n    <school>");
		Files.writeString(file, text);
		Format format = TestFormats.example();
		OppDocument document = Documents.load(file, format);
		assertTrue(Documents.validate(document, file).stream().anyMatch(d -> !d.isError()
				&& d.message().contains("blijven bewaard")), "reported as kept");
		Documents.save(document, file);
		assertTrue(Files.readString(file).contains("<bijnaam>Semmie</bijnaam>"), Files.readString(file));
	}

	@Test
	void saveKeepsThePreviousVersionAsBackup() throws Exception {
		Format format = TestFormats.example();
		Path file = temp.resolve("sem.opp");
		Files.copy(Examples.file(Examples.DOCUMENT), file);
		OppDocument document = Documents.load(file, format);
		document.setValue(document.schema().leaf("leerling/school"), "Basisschool De Linde");
		Documents.save(document, file);
		Path backup = temp.resolve("sem.opp.bak");
		assertEquals(Files.readString(Examples.file(Examples.DOCUMENT)), Files.readString(backup));
		assertTrue(Files.readString(file).contains("De Linde"));
		assertEquals(List.of(".opp-register", "sem.opp", "sem.opp.bak"),
				Files.list(temp).map(p -> p.getFileName().toString()).sorted().toList());
	}
}
