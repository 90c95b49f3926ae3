package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.State;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.word.WordExamples;

/**
 * Issue 17: {@code opp import-word}. A Word template (the Handreiking OPP's Bijlage 2, "Voorbeeld format
 * OPP", ../shared/seeds/001_*.txt from line 724, built with POI by {@link WordExamples}) becomes a draft format
 * with a report line per paragraph and table and check-format's findings as the to-do list; filled-in copies
 * become concept documents, one broken file not stopping the rest; nothing is ever overwritten.
 */
class ImportWordCommandTest {

	@TempDir
	Path temp;

	private final CliRun cli = new CliRun();

	/** Sanne's copy with another pupil's name and birth date. */
	private static Map<String, String> pupil(String name, String born) {
		Map<String, String> values = new HashMap<>(WordExamples.SANNE);
		values.put(WordExamples.NAAM, name);
		values.put(WordExamples.GEBOORTEDATUM, born);
		return values;
	}

	private Path draft() {
		Path template = WordExamples.bijlage2(temp.resolve("opp-sjabloon.docx"), Map.of());
		Path draft = temp.resolve("concept.oppformat");
		assertEquals(OppCli.OK, cli.run("import-word", template.toString(), "-o", draft.toString(), "--id", "swv-word-opp"),
				cli.err());
		return draft;
	}

	@Test
	void aTemplateBecomesADraftWithItsReportAndToDoList() throws Exception {
		Path draft = draft();
		String out = cli.out();
		assertTrue(out.startsWith("Verslag van " + temp.resolve("opp-sjabloon.docx") + ":"), out);
		// one line per paragraph and table: its place, its text, what it became
		assertTrue(out.contains("  alinea 1 \"Ontwikkelingsperspectiefplan (OPP)\" → "), out);
		assertTrue(out.lines().anyMatch(line -> line.startsWith("  tabel 1") && line.contains(" → ")), out);
		assertTrue(out.contains("Conceptformaat geschreven: " + draft + " ("), out);
		assertTrue(out.contains("Wat nog moet"), out);
		assertTrue(out.indexOf("Wat nog moet") > out.indexOf("Conceptformaat geschreven"), "the to-do list comes last");
		assertFalse(cli.err().contains("Exception"), cli.err());

		// the draft parses, names its id, and check-format says the same as the to-do list
		LoadedFormat loaded = FormatLoader.create().load(draft);
		assertFalse(loaded.hasSyntaxErrors(), loaded.diagnostics().toString());
		assertTrue(Files.readString(draft).contains("\"swv-word-opp\""), Files.readString(draft));
		for (var finding : loaded.diagnostics()) {
			assertTrue(out.contains("  " + finding), "to-do: " + finding);
		}
		assertTrue(List.of(OppCli.OK, OppCli.FOUND_ERRORS).contains(cli.run("check-format", draft.toString())), cli.err());

		// the header's logo (WordExamples puts one there) is written beside the draft, which refers to it
		String logo = out.lines().filter(line -> line.startsWith("  koptekst ")).findFirst().orElseThrow();
		String name = logo.substring(logo.lastIndexOf(' ') + 1);
		assertTrue(Files.size(draft.resolveSibling(name)) > 0, logo);
		assertTrue(Files.readString(draft).contains(name), name);
	}

	@Test
	void jsonHoldsTheReportAndTheToDoListAndAFolderTakesTheProposedName() throws Exception {
		Path template = WordExamples.bijlage2(temp.resolve("opp-sjabloon.docx"), Map.of());
		Path folder = Files.createDirectories(temp.resolve("formaten"));
		assertEquals(OppCli.OK, cli.run("import-word", template.toString(), "-o", folder.toString(), "--json"), cli.err());
		String json = cli.out().strip();
		assertTrue(json.startsWith("{\"file\":\"" + template + "\",\"draft\":\"" + folder), json);
		assertTrue(json.contains("\"report\":[{\"where\":"), json);
		assertTrue(json.contains("{\"where\":\"alinea 1\",\"excerpt\":\"Ontwikkelingsperspectiefplan (OPP)\",\"outcome\":\"container\""), json);
		assertTrue(json.contains("\"todo\":["), json);
		assertTrue(json.endsWith("}"), json);
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> written = files.filter(f -> f.toString().endsWith(".oppformat")).toList();
			assertEquals(1, written.size(), written.toString());
			assertTrue(written.get(0).getFileName().toString().endsWith(".oppformat"), written.toString());
			assertTrue(json.contains("\"draft\":\"" + written.get(0) + "\""), json);
		}
	}

	@Test
	void anExistingFileIsNeverOverwritten() throws Exception {
		Path draft = draft();
		byte[] before = Files.readAllBytes(draft);
		Path template = temp.resolve("opp-sjabloon.docx");
		assertEquals(OppCli.USAGE, cli.run("import-word", template.toString(), "-o", draft.toString()));
		assertTrue(cli.err().contains(draft + ": fout: bestaat al; opp import-word overschrijft nooit een bestand."), cli.err());
		assertTrue(cli.err().contains("Kies met -o een andere naam"), cli.err());
		assertArrayEquals(before, Files.readAllBytes(draft));
	}

	/** Review finding 8: {@code --id} is checked as the Studio checks it; nothing lands outside the folder. */
	@Test
	void anIdThatIsNotValidOrTakenIsRefusedAndNothingIsWritten() throws Exception {
		Path template = WordExamples.bijlage2(temp.resolve("opp-sjabloon.docx"), Map.of());
		Path folder = Files.createDirectories(temp.resolve("formaten"));
		for (String id : List.of("../buiten", "Swv Regio")) {
			assertEquals(OppCli.USAGE, cli.run("import-word", template.toString(), "-o", folder.toString(), "--id", id), cli.err());
			assertTrue(cli.err().startsWith(template + ": fout: "), cli.err());
			assertFalse(cli.err().contains("Exception"), cli.err());
		}
		try (Stream<Path> files = Stream.concat(Files.list(folder), Files.list(temp))) {
			assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".oppformat") || f.toString().contains("-logo")).toList());
		}
		// an id another format in the folder has, under another file name
		Files.writeString(folder.resolve("ander.oppformat"), "formaat \"swv-word-opp\" \"Een ander\"\n");
		assertEquals(OppCli.USAGE, cli.run("import-word", template.toString(), "-o", folder.toString(), "--id", "swv-word-opp"));
		assertTrue(cli.err().contains("swv-word-opp"), cli.err());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(folder.resolve("ander.oppformat")), files.toList());
		}
	}

	/**
	 * Review finding 9: a logo file of the draft's name with other content stays as it is, and the new logo gets a free
	 * name that the draft refers to; the same logo is used again.
	 */
	@Test
	void anExistingLogoWithOtherContentIsKeptAndTheNewOneGetsAFreeName() throws Exception {
		Path template = WordExamples.bijlage2(temp.resolve("opp-sjabloon.docx"), Map.of());
		Path first = Files.createDirectories(temp.resolve("eerst"));
		assertEquals(OppCli.OK, cli.run("import-word", template.toString(), "-o", first.toString(), "--id", "swv-word-opp"), cli.err());
		List<Path> logos;
		try (Stream<Path> files = Files.list(first)) {
			logos = files.filter(f -> f.getFileName().toString().startsWith("swv-word-opp-logo")).toList();
		}
		assertEquals(1, logos.size(), logos.toString());
		String name = logos.get(0).getFileName().toString();
		String extension = name.substring(name.lastIndexOf('.'));

		Path folder = Files.createDirectories(temp.resolve("formaten"));
		byte[] other = "het logo van een ander samenwerkingsverband".getBytes(StandardCharsets.UTF_8);
		Files.write(folder.resolve(name), other);
		assertEquals(OppCli.OK, cli.run("import-word", template.toString(), "-o", folder.toString(), "--id", "swv-word-opp"), cli.err());
		assertArrayEquals(other, Files.readAllBytes(folder.resolve(name)));
		String renamed = "swv-word-opp-logo-2" + extension;
		assertArrayEquals(Files.readAllBytes(logos.get(0)), Files.readAllBytes(folder.resolve(renamed)));
		String draft = Files.readString(folder.resolve("swv-word-opp.oppformat"));
		assertTrue(draft.contains("logo \"" + renamed + "\"") && !draft.contains("logo \"" + name + "\""), draft);
		assertTrue(cli.err().contains(renamed), cli.err());

		// the same logo beside it: used again, no third file
		Path again = Files.createDirectories(temp.resolve("opnieuw"));
		Files.copy(logos.get(0), again.resolve(name));
		assertEquals(OppCli.OK, cli.run("import-word", template.toString(), "-o", again.toString(), "--id", "swv-word-opp"), cli.err());
		try (Stream<Path> files = Files.list(again)) {
			assertEquals(2, files.count());
		}
		assertTrue(Files.readString(again.resolve("swv-word-opp.oppformat")).contains("logo \"" + name + "\""));
	}

	@Test
	void aFileThatIsNoWordFileGetsAClearMessageNamingIt() throws Exception {
		Path broken = temp.resolve("kapot.docx");
		Files.write(broken, "dit is geen Word-bestand".getBytes(StandardCharsets.UTF_8));
		Path old = temp.resolve("oud.doc");
		// the start of an OLE2 file: Word 97-2003 (.doc)
		Files.write(old, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 });
		for (Path file : List.of(broken, old, temp.resolve("weg.docx"))) {
			Path target = temp.resolve(file.getFileName() + ".oppformat");
			assertEquals(OppCli.USAGE, cli.run("import-word", file.toString(), "-o", target.toString()));
			assertTrue(cli.err().contains(file.toString()), cli.err());
			assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
			assertFalse(Files.exists(target), "nothing written for " + file);
		}
	}

	@Test
	void wrongUseIsExplainedAndHelpIsDutch() {
		assertEquals(OppCli.USAGE, cli.run("import-word", "a.docx", "b.docx", "-o", temp.resolve("x.oppformat").toString()));
		assertTrue(cli.err().contains("één Word-sjabloon"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("import-word", "a.docx", "-o", temp.resolve("x.txt").toString()));
		assertTrue(cli.err().contains("-o verwacht een bestand dat op .oppformat eindigt"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("import-word", "a.docx", "-o", temp.resolve("x.oppformat").toString(), "--veld", "A=b"));
		assertTrue(cli.err().contains("--veld hoort bij"), cli.err());
		assertEquals(OppCli.OK, cli.run("help", "import-word"));
		assertTrue(cli.out().startsWith("Gebruik: opp import-word SJABLOON.docx"), cli.out());
		assertEquals(OppCli.OK, cli.run("--help"));
		assertTrue(cli.out().contains("import-word SJABLOON.docx -o CONCEPT.oppformat"), cli.out());
		assertEquals(OppCli.USAGE, cli.run("help", "importeer"));
	}

	@Test
	void filledInCopiesBecomeConceptDocumentsAndABrokenFileDoesNotStopTheRest() throws Exception {
		Path draft = draft();
		Path in = Files.createDirectories(temp.resolve("ingevuld/groep-5"));
		WordExamples.bijlage2(in.resolve("sanne.docx"), WordExamples.SANNE);
		WordExamples.bijlage2(in.resolve("daan.docx"), pupil("Daan Bakker", "02-11-2014"));
		Files.write(in.resolve("kapot.docx"), "geen Word".getBytes(StandardCharsets.UTF_8));
		// Word's owner file while a copy is open: not a Word file, not reported
		Files.write(in.resolve("~$sanne.docx"), new byte[162]);
		Path out = temp.resolve("opps");

		assertEquals(OppCli.FOUND_ERRORS, cli.run("import-word", "--format", draft.toString(), temp.resolve("ingevuld").toString(),
				"-o", out.toString()), cli.out() + cli.err());
		// a draft straight from import-word still has its to-do list: it fills documents all the same, and says so
		assertTrue(cli.err().contains(draft + ": waarschuwing: het formaat heeft nog "), cli.err());
		assertTrue(cli.err().contains(in.resolve("kapot.docx") + ": fout: "), cli.err());
		assertFalse(cli.err().contains("~$") || cli.out().contains("~$"), "owner files are left out");
		assertFalse(cli.err().contains("Exception"), cli.err());
		assertTrue(cli.out().contains(in.resolve("sanne.docx") + " → "), cli.out());
		assertTrue(cli.out().contains(": Sanne de Vries, "), cli.out());
		assertTrue(cli.out().contains(": Daan Bakker, "), cli.out());
		assertTrue(cli.out().contains("2 OPP's gemaakt (concept) in " + out + "; 1 Word-bestanden niet ingelezen."), cli.out());

		List<Path> documents;
		try (Stream<Path> files = Files.list(out)) {
			documents = files.filter(f -> f.toString().endsWith(".opp")).sorted().toList();
		}
		assertEquals(2, documents.size(), documents.toString());
		Format format = FormatLoader.create().load(draft).format();
		for (Path document : documents) {
			assertEquals(State.CONCEPT, Lifecycle.state(Documents.load(document, format)));
			// the log says where it came from
			assertTrue(Files.readString(document).contains(".docx"), "log names the Word file: " + document);
		}
		assertTrue(Files.readString(out.resolve("sanne-de-vries.opp")).contains("Sanne de Vries"));

		// again: new files beside the old ones, never over them
		byte[] sanne = Files.readAllBytes(out.resolve("sanne-de-vries.opp"));
		assertEquals(OppCli.OK, cli.run("import-word", "--format", draft.toString(), in.resolve("sanne.docx").toString(), "-o",
				out.toString()), cli.err());
		assertTrue(Files.exists(out.resolve("sanne-de-vries-2.opp")), cli.out());
		assertArrayEquals(sanne, Files.readAllBytes(out.resolve("sanne-de-vries.opp")));
	}

	/** Review finding 10: an old .doc (or .rtf) in a folder is named, not silently left out. */
	@Test
	void anOldWordFileInAFolderIsReportedByName() throws Exception {
		Path draft = draft();
		Path in = Files.createDirectories(temp.resolve("ingevuld"));
		WordExamples.bijlage2(in.resolve("sanne.docx"), WordExamples.SANNE);
		// the start of an OLE2 file: Word 97-2003 (.doc)
		Files.write(in.resolve("oud.doc"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 });
		Files.writeString(in.resolve("brief.rtf"), "{\\rtf1\\ansi Hallo}");
		Files.writeString(in.resolve("leesmij.txt"), "geen Word");
		assertEquals(OppCli.FOUND_ERRORS, cli.run("import-word", "--format", draft.toString(), in.toString(), "-o",
				temp.resolve("opps").toString()), cli.out() + cli.err());
		assertTrue(cli.err().contains(in.resolve("oud.doc") + ": fout: "), cli.err());
		assertTrue(cli.err().contains(in.resolve("brief.rtf") + ": fout: "), cli.err());
		assertFalse(cli.err().contains("leesmij.txt"), cli.err());
		assertTrue(cli.out().contains("1 OPP's gemaakt (concept) in " + temp.resolve("opps") + "; 2 Word-bestanden niet ingelezen."), cli.out());
	}

	/** Review finding 20: only the law's findings may stay open in the format to fill; other errors refuse it. */
	@Test
	void aFormatWithOtherErrorsThanTheLawsIsRefused() throws Exception {
		Path draft = draft();
		String text = Files.readString(draft);
		int section = text.indexOf('{', text.indexOf("sectie "));
		assertTrue(section > 0, text);
		Path broken = temp.resolve("dubbel.oppformat");
		Files.writeString(broken, text.substring(0, section + 1) + "\n\t\tveld dubbel \"Een\": tekst\n\t\tveld dubbel \"Twee\": tekst\n"
				+ text.substring(section + 1));
		Path sanne = WordExamples.bijlage2(temp.resolve("sanne.docx"), WordExamples.SANNE);
		Path out = temp.resolve("opps");
		assertEquals(OppCli.USAGE, cli.run("import-word", "--format", broken.toString(), sanne.toString(), "-o", out.toString()),
				cli.out() + cli.err());
		assertTrue(cli.err().contains("het formaat " + broken + " bevat fouten"), cli.err());
		assertTrue(cli.err().contains("dubbel"), cli.err());
		assertFalse(Files.exists(out), "nothing written");
	}

	@Test
	void jsonOfABatchHasAnEntryPerFile() throws Exception {
		Path draft = draft();
		Path sanne = WordExamples.bijlage2(temp.resolve("sanne.docx"), WordExamples.SANNE);
		Path broken = temp.resolve("kapot.docx");
		Files.write(broken, "geen Word".getBytes(StandardCharsets.UTF_8));
		assertEquals(OppCli.FOUND_ERRORS, cli.run("import-word", "--format", draft.toString(), sanne.toString(), broken.toString(),
				"-o", temp.resolve("opps").toString(), "--json"), cli.out() + cli.err());
		String json = cli.out().strip();
		assertTrue(json.startsWith("{\"format\":\"swv-word-opp\",\"folder\":"), json);
		assertTrue(json.contains("{\"file\":\"" + sanne + "\",\"written\":\"" + temp.resolve("opps/sanne-de-vries.opp") + "\""), json);
		assertTrue(json.contains("\"pupil\":\"Sanne de Vries\""), json);
		assertTrue(json.contains("{\"file\":\"" + broken + "\",\"written\":null,\"pupil\":null,\"problem\":\""), json);
		assertTrue(json.endsWith("\"written\":1,\"failed\":1}"), json);
	}

	@Test
	void anExistingFormatTakesAMappingOfLabelsToFields() throws Exception {
		String format = Examples.file(Examples.FORMAT).toString();
		Path sanne = WordExamples.bijlage2(temp.resolve("sanne.docx"), WordExamples.SANNE);
		Path out = temp.resolve("opps");
		assertEquals(OppCli.USAGE, cli.run("import-word", "--format", format, sanne.toString(), "-o", out.toString(), "--veld",
				"Naam leerling"));
		assertTrue(cli.err().contains("--veld verwacht \"Word-label=pad/naar/veld\""), cli.err());
		assertEquals(OppCli.USAGE, cli.run("import-word", "--format", format, sanne.toString(), "-o", out.toString(), "--veld",
				"Naam leerling=leerling/bestaatniet"));
		assertTrue(cli.err().contains("Het formaat heeft geen veld 'leerling/bestaatniet'"), cli.err());
		assertFalse(Files.exists(out), "nothing written with a wrong mapping");

		assertEquals(OppCli.OK, cli.run("import-word", "--format", format, sanne.toString(), "-o", out.toString(), "--veld",
				"Naam leerling=leerling/naam", "--veld", "Geboortedatum=leerling.geboortedatum"), cli.err());
		String document = Files.readString(out.resolve("sanne-de-vries.opp"));
		assertTrue(document.contains("Sanne de Vries") && document.contains("2015-03-14"), document);
	}
}
