package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;

/** Issue 4: every example document in dsl-examples is valid against its format; every OPP format has two. */
class ExampleDocumentsTest {

	private static final Pattern NAMESPACE = Pattern.compile("xmlns:opp=\"([^\"]+)\"");

	@Test
	void everyExampleDocumentValidatesCleanly() throws Exception {
		Map<String, Format> formats = new HashMap<>();
		for (Path file : Examples.all(FormatLoader.EXTENSION)) {
			LoadedFormat loaded = FormatLoader.create().load(file);
			assertTrue(loaded.isUsable(), loaded.diagnostics().toString());
			formats.put(DocumentSchema.namespaceOf(loaded.format().getId(), loaded.format().getVersion()), loaded.format());
		}
		Map<String, Integer> documentsPerFormat = new HashMap<>();
		List<Path> documents = Examples.all(Documents.EXTENSION);
		assertTrue(documents.size() >= 12, "documents: " + documents.size());
		for (Path file : documents) {
			Matcher namespace = NAMESPACE.matcher(Files.readString(file));
			assertTrue(namespace.find(), file.toString());
			Format format = formats.get(namespace.group(1));
			assertNotNull(format, file + ": no example format for " + namespace.group(1));
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
