package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatCache;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.InstalledBases;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.testing.Examples;

/**
 * Issue 14: "The base (wettelijk-minimum) ships with the product and is found without copying it into the
 * folder. A format may extend a base that is installed in the product, and the folder's own copy wins."
 */
class InstalledBasesTest {

	static final String DERIVED = """
			formaat "afgeleid" "Afgeleid formaat" versie "1.0.0" soort opp voor po breidt uit "wettelijk-minimum" {
				sectie extra "Extra" {
					veld toelichting "Toelichting": tekst zichtbaar wanneer leerling.naam = "x"
				}
			}
			""";

	@TempDir
	Path folder;

	@Test
	void theShippedBaseIsTheExampleByteForByte() throws IOException {
		byte[] example = Files.readAllBytes(Examples.file("wettelijk-minimum.oppformat"));
		Path installed = InstalledBases.file("wettelijk-minimum").orElseThrow();
		assertArrayEquals(example, Files.readAllBytes(installed), "bundles/nl.oppstudio.format.dsl/bases/ and dsl-examples/ differ");
		assertEquals(Files.readString(Examples.file("wettelijk-minimum.oppformat")), InstalledBases.text("wettelijk-minimum"));
		assertEquals(1, InstalledBases.all().size());
		assertTrue(InstalledBases.file("bestaat-niet").isEmpty());
	}

	@Test
	void aFormatExtendsTheInstalledBaseWithoutACopy() throws IOException {
		Path file = folder.resolve("afgeleid.oppformat");
		Files.writeString(file, DERIVED);
		LoadedFormat loaded = FormatLoader.create(null).load(file);
		assertFalse(Diagnostic.anyError(loaded.diagnostics()), loaded.diagnostics().toString());
		assertNotNull(loaded.format().getBase());
		assertEquals("wettelijk-minimum", loaded.format().getBase().getId());
		assertEquals(InstalledBases.file("wettelijk-minimum").orElseThrow(),
				Path.of(loaded.format().getBase().eResource().getURI().toFileString()));
		assertTrue(Formats.allElements(loaded.format()).stream().anyMatch(e -> "startdatum".equals(e.getName())));
	}

	@Test
	void theFolderCopyWins() throws IOException {
		Path file = folder.resolve("afgeleid.oppformat");
		Files.writeString(file, DERIVED);
		Files.writeString(folder.resolve("mijn-minimum.oppformat"), InstalledBases.text("wettelijk-minimum")
				.replace("sectie leerling \"Gegevens van de leerling\" {", "sectie leerling \"Gegevens van de leerling\" {\n\t\tveld eigen \"Eigen veld\": tekst"));
		LoadedFormat loaded = FormatLoader.create(null).load(file);
		assertFalse(Diagnostic.anyError(loaded.diagnostics()), loaded.diagnostics().toString());
		assertEquals(folder.resolve("mijn-minimum.oppformat").toAbsolutePath().toString(),
				loaded.format().getBase().eResource().getURI().toFileString());
		assertTrue(Formats.allElements(loaded.format()).stream().anyMatch(e -> "eigen".equals(e.getName())));
	}

	@Test
	void theCacheKnowsWhichBaseWasRead(@TempDir Path cacheFolder) throws IOException {
		FormatCache cache = FormatCache.in(cacheFolder, "test 1");
		Path file = folder.resolve("afgeleid.oppformat");
		Files.writeString(file, DERIVED);
		LoadedFormat first = FormatLoader.create(cache).load(file);
		assertTrue(first.isUsable(), first.diagnostics().toString());
		LoadedFormat cached = FormatLoader.create(cache).load(file);
		assertFalse(cached.format().eResource() instanceof XtextResource, "from the cache");
		assertEquals(first.diagnostics(), cached.diagnostics());
		// a copy of the base in the folder now wins: the cached entry (with the installed base) is stale
		Files.writeString(folder.resolve("mijn-minimum.oppformat"), InstalledBases.text("wettelijk-minimum")
				.replace("\"Wettelijk minimum OPP\"", "\"Eigen minimum\""));
		LoadedFormat again = FormatLoader.create(cache).load(file);
		assertTrue(again.format().eResource() instanceof XtextResource, "read in full again");
		assertEquals("Eigen minimum", again.format().getBase().getName());
	}
}
