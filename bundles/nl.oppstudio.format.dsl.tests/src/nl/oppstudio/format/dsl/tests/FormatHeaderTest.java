package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatHeader;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 11: the cheap scan of a format's head names the same id, version and base as the full parse, so
 * that a document's format can be found without reading every format in its folder.
 */
class FormatHeaderTest {

	@Test
	void everyExampleHeadSaysWhatTheFullParseSays() {
		for (Path file : Examples.all(FormatLoader.EXTENSION)) {
			Format format = TestFormats.load(file);
			FormatHeader header = FormatHeader.read(file).orElseThrow(() -> new AssertionError(file + " has no header"));
			assertEquals(format.getId(), header.id(), file.toString());
			assertEquals(format.getVersion(), header.version(), file.toString());
			assertEquals(format.getBase() == null ? null : format.getBase().getId(), header.baseId(), file.toString());
		}
	}

	@Test
	void commentsAndStringsDoNotFoolTheScan() {
		FormatHeader header = FormatHeader.parse("""
				// formaat "nep" versie "9" {
				/* breidt uit "ook-nep" { */
				formaat 'echt' "Label met { en \\" erin"
				versie "2.1.0"
				taal "nl" // breidt uit "nee"
				breidt uit "basis"
				{ sectie s { veld a tekst } }
				breidt uit "te-laat"
				""").orElseThrow();
		assertEquals(new FormatHeader("echt", "2.1.0", "basis"), header);
	}

	@Test
	void textThatIsNoFormatHasNoHeader() {
		assertTrue(FormatHeader.parse("sectie s { }").isEmpty());
		assertTrue(FormatHeader.parse("").isEmpty());
		assertEquals(Optional.empty(), FormatHeader.read(Path.of("bestaat/niet.oppformat")));
	}
}
