package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.ExampleDocuments;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;

/**
 * Issue 14: the Studio's preview fills the form with the folder's example document of the format being
 * edited, also while the format changes under it: what still fits is loaded, what does not is named.
 */
class FittedExampleTest {

	@TempDir
	Path folder;

	private static FormatResolver.CheckedFormat read(Path file) {
		LoadedFormat loaded = FormatLoader.create(null).load(file);
		return new FormatResolver.CheckedFormat(file, loaded.format(), loaded.diagnostics());
	}

	private Path setUp() throws Exception {
		for (String name : List.of(Examples.FORMAT, Examples.DOCUMENT, "logo-swv-voorbeeld.svg")) {
			Files.copy(Examples.file(name), folder.resolve(name));
		}
		return folder.resolve(Examples.FORMAT);
	}

	/** The format as the editor holds it: the file's text with a change, not saved. */
	private static Format edited(Path file, String from, String to) throws Exception {
		String text = Files.readString(file);
		assertTrue(text.contains(from), from);
		LoadedFormat loaded = FormatLoader.create(null).load(file, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
		assertNotNull(loaded.format(), loaded.diagnostics().toString());
		return loaded.format();
	}

	@Test
	void findsTheFormatsDocumentsInItsFolder() throws Exception {
		List<Path> found = ExampleDocuments.find(Examples.directory(), "swv-voorbeeld-opp", "0.2.0");
		assertEquals(List.of(Examples.file(Examples.DOCUMENT).getFileName()), found.stream().map(Path::getFileName).toList());
		assertTrue(ExampleDocuments.find(Examples.directory(), "bestaat-niet", "1.0.0").isEmpty());
	}

	@Test
	void theExampleFitsTheFormatAsItIs() throws Exception {
		Path file = setUp();
		ExampleDocuments examples = new ExampleDocuments(FittedExampleTest::read);
		ExampleDocuments.Fitted fitted = examples.example(folder, read(file).format());
		assertEquals(folder.resolve(Examples.DOCUMENT), fitted.source());
		assertNull(fitted.note());
		assertEquals(Examples.PUPIL, fitted.document().pupilName());
	}

	@Test
	void aNewVersionOrARenamedFieldStillShowsWhatFits() throws Exception {
		Path file = setUp();
		ExampleDocuments examples = new ExampleDocuments(FittedExampleTest::read);

		ExampleDocuments.Fitted bumped = examples.example(folder, edited(file, "versie \"0.2.0\"", "versie \"0.3.0\""));
		assertEquals(folder.resolve(Examples.DOCUMENT), bumped.source(), "another version of the same format");
		assertNull(bumped.note());
		assertEquals(Examples.PUPIL, bumped.document().pupilName());
		assertEquals("Basisschool De Kastanje", bumped.document().value("leerling/school").orElse(null));

		ExampleDocuments.Fitted renamed = examples.example(folder,
				edited(file, "veld school \"School\"", "veld schoolnaam \"School\""));
		assertEquals(Examples.PUPIL, renamed.document().pupilName());
		assertTrue(renamed.document().value("leerling/schoolnaam").isEmpty());
		assertNotNull(renamed.note());
		assertTrue(renamed.note().contains("leerling/school"), renamed.note());
		assertTrue(renamed.note().contains("1 waarde"), renamed.note());

		// nothing is ever written: the example is as it was
		assertEquals(Files.readString(Examples.file(Examples.DOCUMENT)), Files.readString(folder.resolve(Examples.DOCUMENT)));
	}

	@Test
	void withoutAnExampleTheDocumentIsEmpty() throws Exception {
		Path file = setUp();
		Files.delete(folder.resolve(Examples.DOCUMENT));
		ExampleDocuments.Fitted fitted = new ExampleDocuments(FittedExampleTest::read).example(folder, read(file).format());
		assertNull(fitted.source());
		assertNull(fitted.note());
		assertTrue(fitted.document().value("leerling/naam").isEmpty());
	}
}
