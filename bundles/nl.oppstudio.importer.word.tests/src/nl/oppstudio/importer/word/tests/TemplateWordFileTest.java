package nl.oppstudio.importer.word.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.rules.LegalMinimum;
import nl.oppstudio.importer.word.ReportEntry;
import nl.oppstudio.importer.word.TemplateResult;
import nl.oppstudio.importer.word.WordImport;
import nl.oppstudio.importer.word.internal.WordFile;
import nl.oppstudio.importer.word.internal.WordReader;
import nl.oppstudio.testing.word.Sdt;
import nl.oppstudio.testing.word.WordBuilder;
import nl.oppstudio.testing.word.WordExamples;

/**
 * Issue 17, end to end: Word files built with POI ({@link WordBuilder}, {@link WordExamples#bijlage2}, the
 * Handreiking OPP's Bijlage 2, seed 001 from line 724) go through {@link WordImport#template}.
 */
class TemplateWordFileTest {

	@TempDir
	Path dir;

	/**
	 * The empty template of Bijlage 2 checks with only the legal minimum it lacks (see {@link BijlageTwoImportTest#REMAINING}
	 * for why each remains), with its logo written beside the draft.
	 */
	@Test
	void theEmptyBijlageTwoTemplateChecksWithOnlyTheLegalMinimumItLacks() throws Exception {
		Path word = WordExamples.bijlage2(dir.resolve("Bijlage 2 OPP.docx"), Map.of());
		TemplateResult result = WordImport.template(word, null);
		LoadedFormat loaded = Templates.check(result, dir);
		TreeSet<String> codes = new TreeSet<>();
		for (Diagnostic diagnostic : loaded.diagnostics()) {
			assertTrue(diagnostic.code() != null && diagnostic.code().startsWith(LegalMinimum.LAW), () -> diagnostic + "\n" + result.formatText());
			codes.add(diagnostic.code());
		}
		// WordExamples.bijlage2 adds a pupil table with the birth date to the Handreiking's Bijlage 2: that one is met
		assertEquals(new TreeSet<>(List.of(LegalMinimum.LAW + "vaststelling", LegalMinimum.LAW + "commissie-advies",
				LegalMinimum.LAW + "registratie")), codes, result.formatText());
		assertNotNull(DocumentSchema.of(loaded.format()));
	}

	@Test
	void bijlageTwoRecognisesItsLegalPartsAndTheLogo() throws Exception {
		Path word = WordExamples.bijlage2(dir.resolve("bijlage2.docx"), Map.of());
		TemplateResult result = WordImport.template(word, "swv-opp");
		String text = result.formatText();
		assertTrue(text.contains("formaat \"swv-opp\" \"Ontwikkelingsperspectiefplan (OPP)\""), text);
		assertTrue(text.contains("huisstijl { logo \"swv-opp-logo.png\" tekst \"Logo Samenwerkingsverband Passend Onderwijs\" }"), text);
		assertArrayEquals(WordExamples.LOGO, result.assets().get(0).bytes());
		assertTrue(text.contains("van leerling, onderwijs, thuis"), text);
		assertTrue(text.contains("uitstroom "), text);
		assertTrue(text.contains("hoorrecht "), text);
		assertTrue(text.contains("oogo ") || text.contains("wet oogo"), text);
		assertTrue(text.contains("instemming door \"ouders\" op "), text);
		assertTrue(text.contains("nieuwe-pagina"), text);
	}

	/** Every paragraph and table of the body has its line in the report, in order. */
	@Test
	void theReportHasALineForEveryParagraphAndTable() throws Exception {
		Path word = WordExamples.bijlage2(dir.resolve("bijlage2.docx"), Map.of());
		WordFile read = WordReader.read(word);
		TemplateResult result = WordImport.template(word, null);
		List<String> where = result.report().stream().map(ReportEntry::where).toList();
		int at = -1;
		for (WordFile.Block block : read.body()) {
			int from = at + 1;
			int found = where.subList(from, where.size()).indexOf(block.at().path());
			found = found < 0 ? -1 : found + from;
			int seen = found;
			assertTrue(seen > at, () -> block.at() + " missing or out of order in " + where);
			at = found;
		}
		assertTrue(result.report().stream().noneMatch(e -> e.result().isBlank()));
	}

	/** A template of 100 pages gives a complete draft that parses (its speed is in docs/benchmarks.md, not here). */
	@Test
	void aHundredPageTemplateGivesADraftThatParses() throws Exception {
		Path word = WordExamples.pages(dir.resolve("lang.docx"), 100);
		TemplateResult result = WordImport.template(word, null);
		LoadedFormat loaded = Templates.check(result);
		assertEquals(100, loaded.format().getMembers().size(), "a part per numbered heading");
		assertTrue(result.formatText().contains("veld onderdeel1001 \"Onderdeel 100.1\""), result.formatText().substring(0, 2000));
	}

	@Test
	void contentControlsAndFormFieldsFromAWordFile() throws Exception {
		Path word = new WordBuilder().heading(1, "Leerling")
				.control("Naam: ", Sdt.text().tag("leerling_naam").alias("Naam van de leerling").placeholder("Typ de naam."))
				.control("Geboren: ", Sdt.date("dd-MM-yyyy").tag("geboren").alias("Geboortedatum"))
				.formDropDown("Groep: ", "groep", 0, "Groep 7", "Groep 8")
				.save(dir.resolve("controls.docx"));
		TemplateResult result = WordImport.template(word, null);
		Templates.check(result);
		String text = result.formatText();
		assertTrue(text.contains("// word: inhoud \"leerling_naam\"\n\t\tveld leerlingNaam \"Naam van de leerling\": tekst\n"), text);
		assertTrue(text.contains("veld geboren \"Geboortedatum\": datum verplicht wet geboortedatum"), text);
		assertTrue(text.contains("// word: formulierveld \"groep\"\n\t\tveld groep \"Groep\": keuze { optie groep7 \"Groep 7\" optie groep8 \"Groep 8\" }"), text);
	}
}
