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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;

/** Issue 4: every example document in dsl-examples is valid against its format; every format of a source document has two, the small example one. */
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
				// The small example of the README and the docs has its one pupil, Sem; every format of a source
				// document has two (dsl-examples/README.md).
				int expected = Examples.FORMAT.equals(format.getId() + "." + FormatLoader.EXTENSION) ? 1 : 2;
				assertEquals(expected, documentsPerFormat.getOrDefault(format.getId(), 0),
						format.getId() + ": example documents " + documentsPerFormat);
			}
		}
		assertEquals(0, documentsPerFormat.getOrDefault("wettelijk-minimum", 0), "the base has no documents of its own");
	}

	/** The table in dsl-examples/README.md names each format's documents: exactly the ones there are. */
	@Test
	void theReadmeNamesEachFormatsDocuments() throws Exception {
		Map<String, Set<String>> listed = new TreeMap<>();
		Pattern row = Pattern.compile("^\\| `([^`]+\\.oppformat)` \\|.*\\| ([^|]*) \\|$");
		for (String line : Files.readAllLines(Examples.file("README.md"))) {
			Matcher matcher = row.matcher(line);
			if (matcher.matches() && line.chars().filter(c -> c == '|').count() == 6) {
				Set<String> names = new TreeSet<>();
				Matcher name = Pattern.compile("`([^`]+\\.opp)`").matcher(matcher.group(2));
				while (name.find()) {
					names.add(name.group(1));
				}
				listed.put(matcher.group(1), names);
			}
		}
		Map<String, Set<String>> actual = new TreeMap<>();
		Map<String, String> fileOfFormat = new HashMap<>();
		ExampleDocuments.formats().forEach((file, format) -> {
			actual.put(file.getFileName().toString(), new TreeSet<>());
			fileOfFormat.put(format.getId(), file.getFileName().toString());
		});
		ExampleDocuments.documents().forEach((file, format) -> actual.get(fileOfFormat.get(format.getId()))
				.add(file.getFileName().toString()));
		assertEquals(actual, listed, "dsl-examples/README.md: documents per format");
	}
}
