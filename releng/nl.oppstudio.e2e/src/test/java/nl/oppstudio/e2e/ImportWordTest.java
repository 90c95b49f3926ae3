package nl.oppstudio.e2e;

import static nl.oppstudio.e2e.Products.copy;
import static nl.oppstudio.e2e.Products.examples;
import static nl.oppstudio.e2e.Products.opp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 (review finding 28): the real {@code ./opp import-word} of the built product, both ways, on the bundled
 * Word examples. The command line puts every plugin jar on one flat class path, where the product's two commons-io
 * (FOP's 2.11 and POI's 2.21) meet; POI needs 2.21, and {@code opp render} (FOP) must still work beside it. The
 * OSGi tests cannot see this: there every bundle has its own commons-io.
 */
class ImportWordTest {

	@TempDir
	Path temp;

	@Test
	void theTemplateBecomesADraftAndTheFilledInCopiesBecomeDocumentsAndRenderStillWorks() throws Exception {
		Products.studioProduct();
		Map<String, String> environment = GeneratedEditorTest.userEnvironment(Files.createDirectories(temp.resolve("home")));
		Path word = examples().resolve("word");

		// the template → a draft format in a folder
		Path formats = Files.createDirectories(temp.resolve("formats"));
		Products.Run template = opp(environment, "import-word", word.resolve("opp-sjabloon.docx").toString(), "-o",
				formats.toString(), "--id", "swv-word-sjabloon");
		assertEquals(0, template.exit(), template.all());
		assertFalse(template.err().contains("NoSuchMethodError") || template.err().contains("NoClassDefFoundError"), template.all());
		Path draft = formats.resolve("swv-word-sjabloon.oppformat");
		assertTrue(Files.isRegularFile(draft), template.all());
		assertTrue(Files.readString(draft, StandardCharsets.UTF_8).contains("formaat \"swv-word-sjabloon\""), template.all());

		// a folder of filled-in copies → concept documents of that draft
		Path filled = temp.resolve("ingevuld");
		copy(word.resolve("daan-bakker.docx"), filled, null);
		copy(word.resolve("sanne-de-vries.docx"), filled, null);
		Path documents = temp.resolve("opps");
		Products.Run imported = opp(environment, "import-word", "--format", draft.toString(), filled.toString(), "-o",
				documents.toString());
		assertEquals(0, imported.exit(), imported.all());
		List<Path> made = Products.files(documents).stream().filter(p -> p.toString().endsWith(".opp")).toList();
		assertEquals(List.of(Path.of("daan-bakker.opp"), Path.of("sanne-de-vries.opp")), made, imported.all());

		// FOP on the same flat class path, with POI's commons-io: a PDF with the SVG logo
		Path pdf = temp.resolve("sem.pdf");
		Products.Run rendered = opp(environment, "render", "--format", examples().resolve("swv-voorbeeld-opp.oppformat").toString(),
				examples().resolve("sem-de-vries.opp").toString(), "-o", pdf.toString());
		assertEquals(0, rendered.exit(), rendered.all());
		byte[] bytes = Files.readAllBytes(pdf);
		assertTrue(bytes.length > 1000 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), rendered.all());
		// POI brings the Log4j API, which Commons Logging (FOP) then prefers: without QuietLogging every command printed
		// "ERROR Log4j API could not find a logging provider." on stderr
		for (Products.Run run : List.of(template, imported, rendered)) {
			assertFalse(run.err().contains("Log4j") || run.err().contains("log4j"), run.all());
		}
	}
}
