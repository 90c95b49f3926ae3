package nl.oppstudio.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import nl.oppstudio.document.Documents;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.testing.ExampleDocuments;

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
		VeraGreenfieldFoundryProvider.initialise();
		List<String> failures = new ArrayList<>();
		for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
			try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
				ValidationResult result = validator.validate(parser);
				result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
						.map(a -> flavour + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
								+ a.getMessage() + " @ " + a.getLocation().getContext())
						.distinct().limit(20).forEach(failures::add);
				if (failures.isEmpty()) {
					assertTrue(result.isCompliant(), name + " is not compliant with " + flavour);
				}
			}
		}
		assertEquals(List.of(), failures, name);
	}
}
