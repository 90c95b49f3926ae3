package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.FormatResolver.CheckedFormat;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;

/**
 * Issue 11: one place maps a document to its format. It finds the format the document names among many
 * in its folder from their heads alone, reads only that one, once, and reports a broken format once.
 */
class FormatResolverTest {

	@TempDir
	Path temp;

	private final List<Path> read = new ArrayList<>();
	private final List<Path> reported = new ArrayList<>();

	private FormatResolver resolver() {
		return new FormatResolver(file -> {
			read.add(file.getFileName());
			LoadedFormat loaded = FormatLoader.create().load(file);
			return new CheckedFormat(file, loaded.format(), loaded.diagnostics());
		}, checked -> reported.add(checked.file().getFileName()));
	}

	private void copyExamples() throws Exception {
		for (Path file : Examples.all(FormatLoader.EXTENSION)) {
			Files.copy(file, temp.resolve(file.getFileName()));
		}
		for (Path file : Examples.all("opp")) {
			Files.copy(file, temp.resolve(file.getFileName()));
		}
	}

	@Test
	void readsOnlyTheNamedFormatAndEachOnce() throws Exception {
		copyExamples();
		// same id, other version: the document names 0.2.0, so the copy with version 1.0.0 must not be chosen
		Files.copy(Examples.file("versies/swv-voorbeeld-opp-1.0.0.oppformat"), temp.resolve("a-nieuwer.oppformat"));
		FormatResolver resolver = resolver();
		Format sem = resolver.resolve(temp.resolve("sem-de-vries.opp"), null).format();
		Format daan = resolver.resolve(temp.resolve("swv-po-opp-1-4-daan.opp"), null).format();
		Format noor = resolver.resolve(temp.resolve("swv-po-opp-1-4-noor.opp"), null).format();
		assertEquals("swv-voorbeeld-opp", sem.getId());
		assertEquals("0.2.0", sem.getVersion());
		assertEquals("swv-po-opp-1-4", daan.getId());
		assertEquals(daan, noor, "a format is read once per file");
		assertEquals(List.of(Path.of("swv-voorbeeld-opp.oppformat"), Path.of("swv-po-opp-1-4.oppformat")), read);
		assertEquals(read, reported, "each read format is told once");
	}

	@Test
	void aGivenFormatWins() throws Exception {
		copyExamples();
		Path given = Examples.file("swv-voorbeeld-opp.oppformat");
		FormatResolver.Resolution resolution = resolver().resolve(temp.resolve("sem-de-vries.opp"), given);
		assertNotNull(resolution.format());
		assertEquals(List.of(given.getFileName()), read);
	}

	@Test
	void noFormatBesideItOrAnUnreadableDocumentIsAProblemNotAnException() throws Exception {
		Files.copy(Examples.file(Examples.DOCUMENT), temp.resolve("alleen.opp"));
		FormatResolver.Resolution none = resolver().resolve(temp.resolve("alleen.opp"), null);
		assertNull(none.format());
		assertEquals(FormatResolver.NO_FORMAT, none.problem().code());
		FormatResolver.Resolution missing = resolver().resolve(temp.resolve("weg.opp"), null);
		assertEquals(FormatResolver.UNREADABLE, missing.problem().code());
		assertEquals(temp.resolve("weg.opp"), missing.problem().file());
		assertEquals(List.of(), read);
	}

	@Test
	void aBrokenFormatIsReportedOnceForAllItsDocuments() throws Exception {
		Files.writeString(temp.resolve("kapot.oppformat"), """
				formaat "kapot" versie "1.0.0" soort groeidocument {
				  sectie s { veld a onbekendtype }
				}
				""");
		String document = """
				<?xml version="1.0" encoding="UTF-8"?>
				<opp:Document xmlns:opp="urn:oppstudio:format:kapot:1.0.0"/>
				""";
		Files.writeString(temp.resolve("een.opp"), document);
		Files.writeString(temp.resolve("twee.opp"), document);
		FormatResolver resolver = resolver();
		FormatResolver.Resolution first = resolver.resolve(temp.resolve("een.opp"), null);
		FormatResolver.Resolution second = resolver.resolve(temp.resolve("twee.opp"), null);
		assertEquals(FormatResolver.FORMAT_ERRORS, first.problem().code());
		assertEquals(FormatResolver.FORMAT_ERRORS, second.problem().code());
		assertEquals(temp.resolve("twee.opp"), second.problem().file());
		assertEquals(List.of(Path.of("kapot.oppformat")), reported);
	}
}
