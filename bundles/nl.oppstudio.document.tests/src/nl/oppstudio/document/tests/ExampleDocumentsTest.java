package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;

/** Issue 4: every example document in dsl-examples is valid against its format; every OPP format has two. */
class ExampleDocumentsTest {

	@Test
	void everyExampleDocumentValidatesCleanly() throws Exception {
		Map<Path, Format> formats = ExampleDocuments.formats();
		assertEquals(Examples.all(FormatLoader.EXTENSION).size(), formats.size(), "een voorbeeldformaat laadt niet");
		Map<String, Integer> documentsPerFormat = new HashMap<>();
		Map<Path, Format> documents = ExampleDocuments.documents();
		assertTrue(documents.size() >= 12, "documents: " + documents.size());
		for (Path file : documents.keySet()) {
			Format format = documents.get(file);
			assertNotNull(format, file + ": no example format");
			OppDocument document = Documents.load(file, format);
			List<Diagnostic> diagnostics = Documents.validate(document, file, LocalDate.of(2026, 11, 23)).stream()
					.filter(d -> d.severity() != nl.oppstudio.core.Severity.INFO).toList();
			assertEquals(List.of(), diagnostics, file.toString());
			documentsPerFormat.merge(format.getId(), 1, Integer::sum);
		}
		for (Format format : formats.values()) {
			if (!format.getMembers().isEmpty() && !"wettelijk-minimum".equals(format.getId())) {
				assertTrue(documentsPerFormat.getOrDefault(format.getId(), 0) >= 1, format.getId() + " has no example document");
			}
		}
	}
}
