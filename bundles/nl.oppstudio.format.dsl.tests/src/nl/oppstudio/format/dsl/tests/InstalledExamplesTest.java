package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.InstalledBases;
import nl.oppstudio.format.dsl.InstalledExamples;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.NewFormats;
import nl.oppstudio.testing.Examples;

/**
 * Review item 15: the product ships the example formats (all of dsl-examples/ but the installed base) and
 * their logo, byte for byte, and a new format can start from one of them in any folder.
 */
class InstalledExamplesTest {

	@TempDir
	Path folder;

	@Test
	void theShippedExamplesAreDslExamplesByteForByte() throws Exception {
		Set<String> expected = new TreeSet<>();
		for (Path file : Examples.all("oppformat")) {
			String id = file.getFileName().toString().replace(".oppformat", "");
			if (!InstalledBases.ids().contains(id)) {
				expected.add(id);
			}
		}
		assertEquals(expected, new TreeSet<>(InstalledExamples.ids()), "an example format is not shipped (or no longer exists)");
		for (String id : InstalledExamples.ids()) {
			assertEquals(Files.readString(Examples.file(id + ".oppformat"), StandardCharsets.UTF_8), InstalledExamples.text(id),
					"bundles/nl.oppstudio.format.dsl/examples/" + id + ".oppformat and dsl-examples/ differ");
			for (String logo : InstalledExamples.logo(id).stream().toList()) {
				assertArrayEquals(Files.readAllBytes(Examples.file(logo)), InstalledExamples.file(logo),
						"bundles/nl.oppstudio.format.dsl/examples/" + logo + " and dsl-examples/ differ");
			}
		}
		assertEquals("logo-swv-voorbeeld.svg", InstalledExamples.logo("swv-voorbeeld-opp").orElseThrow());
		assertEquals("OPP SWV De Voorbeeldregio (PO)", InstalledExamples.name("swv-voorbeeld-opp"));
		assertEquals("groeidocument", InstalledExamples.kind("swv-po-groeidocument").orElseThrow());
		assertNull(InstalledExamples.text("wettelijk-minimum"));
		assertNull(InstalledExamples.file("../bases/wettelijk-minimum.oppformat"));
	}

	@Test
	void everyShippedExampleStartsANewFormatInAnEmptyFolder() throws Exception {
		for (String id : InstalledExamples.ids()) {
			Path target = folder.resolve(id);
			Files.createDirectories(target);
			String kind = InstalledExamples.kind(id).orElse("opp");
			Path file = NewFormats.write(target, new NewFormats.Example(id),
					new NewFormats.Spec("eigen-" + id, "Eigen \"" + id + "\"", kind, List.of()));
			LoadedFormat loaded = FormatLoader.create(null).load(file);
			assertNotNull(loaded.format(), id + ": " + loaded.diagnostics());
			assertFalse(Diagnostic.anyError(loaded.diagnostics()), id + ": " + loaded.diagnostics());
			assertEquals("eigen-" + id, loaded.format().getId());
			assertEquals("Eigen \"" + id + "\"", loaded.format().getName());
			assertEquals(NewFormats.FIRST_VERSION, loaded.format().getVersion());
			LoadedFormat original = FormatLoader.create(null).load(Examples.file(id + ".oppformat"));
			assertEquals(original.format().getSchoolTypes(), loaded.format().getSchoolTypes(), id + ": the example's school types");
			assertEquals(original.format().getMembers().size(), loaded.format().getMembers().size(), id);
		}
		Path logo = folder.resolve("swv-voorbeeld-opp").resolve("logo-swv-voorbeeld.svg");
		assertArrayEquals(Files.readAllBytes(Examples.file("logo-swv-voorbeeld.svg")), Files.readAllBytes(logo), "the logo beside the copy");
		assertFalse(Files.exists(folder.resolve("swv-po-opp-1-4").resolve("logo-swv-voorbeeld.svg")), "no logo for an example without one");
	}

	@Test
	void theFoldersOwnLogoStaysAndAnUnknownExampleIsExplainedInDutch() throws Exception {
		Files.writeString(folder.resolve("logo-swv-voorbeeld.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
		NewFormats.write(folder, new NewFormats.Example("swv-voorbeeld-opp"), new NewFormats.Spec("regio", "Regio", "opp", List.of()));
		assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", Files.readString(folder.resolve("logo-swv-voorbeeld.svg")));
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> NewFormats.write(folder,
				new NewFormats.Example("bestaat-niet"), new NewFormats.Spec("ander", "Ander", "opp", List.of())));
		assertTrue(unknown.getMessage().startsWith("Er is geen voorbeeldformaat 'bestaat-niet'; kies uit swv-voorbeeld-opp, "),
				unknown.getMessage());
		assertFalse(Files.exists(folder.resolve("ander.oppformat")), "nothing written");
	}
}
