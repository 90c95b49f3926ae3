package nl.oppstudio.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.Documents;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.pdf.PdfConformance;

/**
 * Issue 6: every example of dsl-examples, filled and blank, is tagged PDF/A-2a and PDF/UA-1 by veraPDF,
 * the reference validator, with no rule violated.
 */
class ConformanceTest {

	private static PdfRenderer renderer;

	@TempDir
	static Path temp;

	@BeforeAll
	static void setUp() {
		renderer = PdfRenderer.create();
	}

	@TestFactory
	Stream<DynamicTest> everyExampleDocumentIsPdfA2aAndPdfUa1() {
		Map<Path, Format> documents = ExampleDocuments.documents();
		assertTrue(documents.size() >= 12, "example documents: " + documents.size());
		return documents.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().getFileName().toString(), () -> {
			assertNotNull(entry.getValue(), entry.getKey() + " has no example format");
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			renderer.render(Documents.load(entry.getKey(), entry.getValue()), pdf);
			assertConforms(entry.getKey().getFileName().toString(), pdf.toByteArray());
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyExampleFormatsBlankFormIsPdfA2aAndPdfUa1() {
		Map<Path, Format> formats = ExampleDocuments.formats();
		assertEquals(nl.oppstudio.testing.Examples.all("oppformat").size(), formats.size(), "een voorbeeldformaat laadt niet");
		assertTrue(formats.size() >= 8, "example formats: " + formats.size());
		return formats.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().getFileName().toString(), () -> {
			Path pdf = temp.resolve(entry.getKey().getFileName() + ".pdf");
			renderer.renderBlank(entry.getValue(), pdf);
			assertConforms(entry.getKey().getFileName().toString() + " (leeg)", Files.readAllBytes(pdf));
		}));
	}

	/** Fails with every PDF/A-2a and PDF/UA-1 rule veraPDF finds violated (at most 20 per profile). */
	static void assertConforms(String name, byte[] pdf) throws Exception {
		PdfConformance.assertConforms(name, pdf);
	}
}
