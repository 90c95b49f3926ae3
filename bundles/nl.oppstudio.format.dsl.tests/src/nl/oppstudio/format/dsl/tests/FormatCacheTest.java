package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatCache;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.testing.Examples;

/**
 * Issue 11: a checked format is kept on disk and read back without Xtext, equal to a fresh read with the
 * same findings; it is never served stale (the format, a base, a logo or the product changed), broken,
 * or with errors.
 */
class FormatCacheTest {

	@TempDir
	Path cacheFolder;

	@TempDir
	Path examples;

	private FormatCache cache;

	@BeforeEach
	void copyExamples() throws IOException {
		cache = FormatCache.in(cacheFolder, "test 1");
		for (Path file : Examples.all(FormatLoader.EXTENSION)) {
			Files.copy(file, examples.resolve(file.getFileName()));
		}
		for (Path file : Examples.all("svg")) {
			Files.copy(file, examples.resolve(file.getFileName()));
		}
	}

	static List<Path> formats() {
		return Examples.all(FormatLoader.EXTENSION);
	}

	private LoadedFormat load(Path file) {
		return FormatLoader.create(cache).load(file);
	}

	private static boolean fromCache(LoadedFormat loaded) {
		return !(loaded.format().eResource() instanceof XtextResource);
	}

	@ParameterizedTest
	@MethodSource("formats")
	void aCachedFormatEqualsAFreshReadWithTheSameFindings(Path example) {
		Path file = examples.resolve(example.getFileName());
		LoadedFormat fresh = FormatLoader.create(null).load(file);
		LoadedFormat first = load(file);
		assertFalse(fromCache(first), "nothing cached yet");
		assertTrue(Files.isRegularFile(cache.entry(file)), "kept after the first read");
		LoadedFormat cached = load(file);
		assertTrue(fromCache(cached), "the second read comes from the cache");
		assertTrue(cached.isUsable());
		assertEquals(fresh.diagnostics(), cached.diagnostics());
		List<Format> freshChain = Formats.withBases(fresh.format());
		List<Format> cachedChain = Formats.withBases(cached.format());
		assertEquals(freshChain.size(), cachedChain.size());
		for (int i = 0; i < freshChain.size(); i++) {
			assertTrue(EcoreUtil.equals(freshChain.get(i), cachedChain.get(i)), "format " + i + " of the chain");
			// paths in the format (the logo) resolve against the same folder
			assertEquals(Formats.folder(freshChain.get(i)), Formats.folder(cachedChain.get(i)));
		}
		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(cached.format().eResource().getResourceSet()).isEmpty());
		assertEquals(Formats.houseStyle(fresh.format()), Formats.houseStyle(cached.format()));
	}

	@Test
	void warningsComeFromTheCacheAsTheyWere() throws IOException {
		Path file = examples.resolve("met-waarschuwing.oppformat");
		Files.writeString(file, Files.readString(examples.resolve(Examples.FORMAT)).replace("logo-swv-voorbeeld.svg",
				"ontbreekt.svg"));
		LoadedFormat first = load(file);
		assertTrue(first.isUsable());
		assertTrue(first.diagnostics().stream().anyMatch(d -> FormatIssueCodes.LOGO_MISSING.equals(d.code())),
				first.diagnostics().toString());
		LoadedFormat cached = load(file);
		assertTrue(fromCache(cached));
		assertEquals(first.diagnostics(), cached.diagnostics());
	}

	@Test
	void editingTheFormatMissesTheCache() throws IOException {
		Path file = examples.resolve(Examples.FORMAT);
		load(file);
		assertTrue(fromCache(load(file)));
		Files.writeString(file, "\n// bewerkt\n", StandardOpenOption.APPEND);
		assertFalse(fromCache(load(file)));
		assertTrue(fromCache(load(file)), "kept again after the edit");
	}

	@Test
	void editingABaseMissesTheCache() throws IOException {
		Path file = examples.resolve("swv-po-opp-1-4.oppformat");
		Path base = examples.resolve("wettelijk-minimum.oppformat");
		load(file);
		assertTrue(fromCache(load(file)));
		Files.writeString(base, Files.readString(base).replaceFirst("\"Wettelijk minimum", "\"Wettelijk minimum (bewerkt)"));
		LoadedFormat edited = load(file);
		assertFalse(fromCache(edited));
		LoadedFormat cached = load(file);
		assertTrue(fromCache(cached));
		assertEquals(edited.format().getBase().getName(), cached.format().getBase().getName());
		assertTrue(cached.format().getBase().getName().contains("(bewerkt)"), cached.format().getBase().getName());
	}

	@Test
	void aSecondFormatWithTheBaseIdMissesTheCache() throws IOException {
		Path file = examples.resolve("swv-po-opp-1-4.oppformat");
		load(file);
		assertTrue(fromCache(load(file)));
		Files.copy(examples.resolve("wettelijk-minimum.oppformat"), examples.resolve("nog-een-minimum.oppformat"));
		assertFalse(fromCache(load(file)));
	}

	@Test
	void aChangedOrRemovedLogoMissesTheCache() throws IOException {
		Path file = examples.resolve(Examples.FORMAT);
		Path logo = examples.resolve("logo-swv-voorbeeld.svg");
		load(file);
		assertTrue(fromCache(load(file)));
		Files.writeString(logo, "\n<!-- bewerkt -->\n", StandardOpenOption.APPEND);
		assertFalse(fromCache(load(file)));
		assertTrue(fromCache(load(file)));
		Files.delete(logo);
		LoadedFormat withoutLogo = load(file);
		assertFalse(fromCache(withoutLogo));
		assertTrue(withoutLogo.diagnostics().stream().anyMatch(d -> FormatIssueCodes.LOGO_MISSING.equals(d.code())));
	}

	@Test
	void anotherBuildOfTheProductMissesTheCache() {
		Path file = examples.resolve(Examples.FORMAT);
		load(file);
		assertTrue(fromCache(load(file)));
		assertFalse(fromCache(FormatLoader.create(FormatCache.in(cacheFolder, "test 2")).load(file)));
	}

	@Test
	void aBrokenEntryIsIgnoredAndReplaced() throws IOException {
		Path file = examples.resolve(Examples.FORMAT);
		LoadedFormat fresh = load(file);
		Path entry = cache.entry(file);
		byte[] whole = Files.readAllBytes(entry);
		for (byte[] broken : List.of(java.util.Arrays.copyOf(whole, whole.length / 2), new byte[0],
				"geen cache".getBytes(java.nio.charset.StandardCharsets.UTF_8), flipped(whole))) {
			Files.write(entry, broken);
			LoadedFormat again = load(file);
			assertFalse(fromCache(again));
			assertTrue(again.isUsable());
			assertEquals(fresh.diagnostics(), again.diagnostics());
			assertTrue(EcoreUtil.equals(fresh.format(), again.format()));
			assertTrue(fromCache(load(file)), "replaced by a good entry");
		}
	}

	/** The entry with a byte in the middle of the model changed. */
	private static byte[] flipped(byte[] whole) {
		byte[] copy = whole.clone();
		copy[copy.length - 40] ^= 0x5A;
		return copy;
	}

	@Test
	void aFormatWithErrorsIsNeverServedFromTheCache() throws IOException {
		Path file = examples.resolve("fout.oppformat");
		Files.writeString(file, """
				formaat "fout" "Fout" versie "1.0.0" breidt uit "bestaat-niet" {
					sectie a "A" { veld b: tekst }
				}
				""");
		for (int i = 0; i < 2; i++) {
			LoadedFormat loaded = load(file);
			assertFalse(loaded.isUsable());
			assertTrue(Diagnostic.anyError(loaded.diagnostics()));
			assertNotNull(loaded.format());
			assertInstanceOf(XtextResource.class, loaded.format().eResource());
		}
		assertFalse(Files.exists(cache.entry(file)));
	}

	@Test
	void aFormatThatBecomesWrongReportsItsErrors() throws IOException {
		Path file = examples.resolve(Examples.FORMAT);
		load(file);
		assertTrue(fromCache(load(file)));
		Files.writeString(file, Files.readString(file).replaceFirst("\\{", "{ onzin "));
		LoadedFormat broken = load(file);
		assertFalse(broken.isUsable());
		assertTrue(broken.hasSyntaxErrors());
	}

	@Test
	void withoutACacheNothingIsWritten() throws IOException {
		LoadedFormat loaded = FormatLoader.create(null).load(examples.resolve(Examples.FORMAT));
		assertTrue(loaded.isUsable());
		Resource resource = loaded.format().eResource();
		assertInstanceOf(XtextResource.class, resource);
		try (var files = Files.list(cacheFolder)) {
			assertEquals(0, files.count());
		}
	}
}
