package nl.oppstudio.importer.word.tests;

import static nl.oppstudio.importer.word.tests.Templates.after;
import static nl.oppstudio.importer.word.tests.Templates.bold;
import static nl.oppstudio.importer.word.tests.Templates.boxes;
import static nl.oppstudio.importer.word.tests.Templates.check;
import static nl.oppstudio.importer.word.tests.Templates.control;
import static nl.oppstudio.importer.word.tests.Templates.guidance;
import static nl.oppstudio.importer.word.tests.Templates.has;
import static nl.oppstudio.importer.word.tests.Templates.heading;
import static nl.oppstudio.importer.word.tests.Templates.map;
import static nl.oppstudio.importer.word.tests.Templates.para;
import static nl.oppstudio.importer.word.tests.Templates.row;
import static nl.oppstudio.importer.word.tests.Templates.sdt;
import static nl.oppstudio.importer.word.tests.Templates.table;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.oppstudio.importer.word.ReportEntry;
import nl.oppstudio.importer.word.ReportEntry.Outcome;
import nl.oppstudio.importer.word.TemplateResult;
import nl.oppstudio.importer.word.internal.Locator;
import nl.oppstudio.importer.word.internal.TemplateMapper;
import nl.oppstudio.importer.word.internal.WordFile;
import nl.oppstudio.importer.word.internal.WordFile.ControlKind;
import nl.oppstudio.importer.word.internal.WordFile.PageBreak;

/** Issue 17, template → draft format: one test per construct (docs/word-import.md, rules). */
class TemplateImportTest {

	@Test
	void twoHeadingLevelsGiveDeelAndSectieAndNumbersStayInLabels() {
		TemplateResult result = map(heading(1, 1, "", "Deel 1: Gegevens"), heading(2, 2, "1a.", "Bevorderende zaken"),
				para(3, "Naam:"), heading(4, 2, "2.", "Samenvatting"));
		check(result);
		assertTrue(has(result, "deel deel1Gegevens \"Deel 1: Gegevens\" {"), result.formatText());
		assertTrue(has(result, "sectie bevorderendeZaken1a \"1a. Bevorderende zaken\" {"), result.formatText());
		assertTrue(has(result, "veld naam \"Naam\": tekst"), result.formatText());
	}

	@Test
	void oneHeadingLevelGivesSectiesAndTextBeforeTheFirstHeadingAFirstSection() {
		TemplateResult result = map(para(1, "School:"), heading(2, 1, "", "Leerling"), para(3, "Naam:"));
		check(result);
		assertTrue(has(result, "sectie algemeen \"Algemeen\" {"), result.formatText());
		assertTrue(has(result, "sectie leerling \"Leerling\" {"), result.formatText());
		assertTrue(result.formatText().indexOf("veld school") < result.formatText().indexOf("sectie leerling"));
	}

	@Test
	void aHeadingWithRoomUnderItIsALongTextField() {
		TemplateResult result = map(heading(1, 1, "2.", "Samenvattend beeld"), guidance(2, "Beschrijf de huidige situatie."),
				para(3, ""), para(4, ""), heading(5, 1, "", "Volgende"));
		check(result);
		assertEquals("veld samenvattendBeeld2 \"2. Samenvattend beeld\": tekst lang", after(result, "// word: onder alinea 1"));
		assertTrue(result.formatText().contains("uitleg \"Beschrijf de huidige situatie.\""), result.formatText());
	}

	@Test
	void labelParagraphsAreFieldsAndRoomUnderALabelMakesItLong() {
		TemplateResult result = map(heading(1, 1, "", "Gegevens"), para(2, "Naam leerling: ______"), para(3, "School: ....."),
				para(4, "Bijzonderheden:"), para(5, ""), bold(6, "Wat gaat goed"), para(7, ""));
		check(result);
		assertEquals("veld naamLeerling \"Naam leerling\": tekst", after(result, "// word: alinea 2"));
		assertEquals("veld school \"School\": tekst", after(result, "// word: alinea 3"));
		assertEquals("veld bijzonderheden \"Bijzonderheden\": tekst lang", after(result, "// word: alinea 4"));
		assertEquals("veld watGaatGoed \"Wat gaat goed\": tekst lang", after(result, "// word: onder alinea 6"));
	}

	@Test
	void aTwoColumnTableOfLabelsAndEmptyCellsGivesOneFieldPerRow() {
		TemplateResult result = map(heading(1, 1, "", "Leerling"),
				table("tabel 1", row("Gegevens", "Invullen"), row("Naam", ""), row("Geboortedatum", ""), row("Contact"),
						row("Telefoon", "")));
		check(result);
		assertEquals("veld naam \"Naam\": tekst", after(result, "// word: tabel 1 rij 2 kolom 2"));
		assertEquals("veld geboortedatum \"Geboortedatum\": datum verplicht wet geboortedatum",
				after(result, "// word: tabel 1 rij 3 kolom 2"));
		assertTrue(has(result, "groep contactGroep \"Contact\" {"), "a merged row starts a group: " + result.formatText());
		assertEquals("veld telefoon \"Telefoon\": tekst", after(result, "// word: tabel 1 rij 5 kolom 2"));
	}

	@Test
	void aHeaderRowAndEmptyRowsGiveARepeatingGroup() {
		TemplateResult result = map(heading(1, 1, "", "Betrokken hulpverleners"),
				table("tabel 1", row("Naam", "Organisatie", "Sinds (datum)"), row("", "", ""), row("", "", ""), row("", "", "")));
		check(result);
		assertEquals("groep betrokkenHulpverleners \"Betrokken hulpverleners\" herhaalbaar tabel {",
				after(result, "// word: tabel 1"), "the template's 3 blank rows are no maximum (finding 17)");
		assertEquals("veld organisatie \"Organisatie\": tekst", after(result, "// word: tabel 1 kolom 2"));
		assertEquals("veld sindsDatum \"Sinds (datum)\": datum", after(result, "// word: tabel 1 kolom 3"));
		assertEquals(Outcome.TABLE, result.report().get(1).outcome());
		assertTrue(result.report().get(1).result().contains("3 lege rijen"), result.report().get(1).result());
	}

	@Test
	void aTableOfRowLabelsAndColumnHeadersGivesAGroupPerRow() {
		TemplateResult result = map(heading(1, 1, "7.", "Contactpersonen"),
				table("tabel 1", row("Contactpersoon", "Naam", "Mailadres/telefoon"), row("School", "", ""), row("Ouders/verzorgers", "", "")));
		check(result);
		assertTrue(has(result, "groep ouderspverzorgers \"Ouders/verzorgers\" {") || has(result, "groep oudersVerzorgers \"Ouders/verzorgers\" {"),
				result.formatText());
		assertEquals("veld mailadresTelefoon \"Mailadres/telefoon\": tekst", after(result, "// word: tabel 1 rij 3 kolom 3"));
	}

	@Test
	void nestedTablesMapInsideAGroup() {
		WordFile.Table inner = table("tabel 1 rij 1 kolom 2 tabel 1", row("Straat", ""), row("Plaats", ""));
		WordFile.Cell label = table("tabel 1", row("Adres")).rows().get(0).cells().get(0);
		WordFile.Cell holder = new WordFile.Cell(new Locator("tabel 1 rij 1 kolom 2"), List.of(inner), false);
		WordFile.Table outer = new WordFile.Table(new Locator("tabel 1"), List.of(new WordFile.Row(List.of(label, holder))));
		TemplateResult result = map(heading(1, 1, "", "Thuis"), outer);
		check(result);
		assertTrue(has(result, "groep adres \"Adres\" {"), result.formatText());
		assertEquals("veld plaats \"Plaats\": tekst", after(result, "// word: tabel 1 rij 1 kolom 2 tabel 1 rij 2 kolom 2"));
	}

	/** Tables nested 20 deep: mapped down to the limit (8 levels of cells and groups), the rest reported, and the draft still parses. */
	@Test
	void deeplyNestedTablesStopAtALimitAndStillParse() {
		String at = "tabel 1";
		java.util.List<String> paths = new java.util.ArrayList<>();
		for (int depth = 0; depth < 20; depth++) {
			paths.add(at);
			at = at + " rij 1 kolom 2 tabel 1";
		}
		WordFile.Table inner = table(paths.get(19), row("Diepste", ""));
		for (int depth = 18; depth >= 0; depth--) {
			String path = paths.get(depth);
			WordFile.Cell label = new WordFile.Cell(new Locator(path + " rij 1 kolom 1"),
					List.of(para(1, "Niveau " + depth)), false);
			WordFile.Cell holder = new WordFile.Cell(new Locator(path + " rij 1 kolom 2"), List.of(inner), false);
			inner = new WordFile.Table(new Locator(path), List.of(new WordFile.Row(List.of(label, holder))));
		}
		TemplateResult result = map(heading(1, 1, "", "Diep"), inner);
		check(result);
		assertTrue(result.formatText().contains("groep niveau3 \"Niveau 3\""), result.formatText());
		assertTrue(result.formatText().contains("veld niveau4 \"Niveau 4\": tekst"), result.formatText());
		assertTrue(!result.formatText().contains("Niveau 5"), result.formatText());
		assertTrue(result.report().stream().anyMatch(e -> e.result().startsWith("overgeslagen: tabel te diep")), result.report().toString());
	}

	@Test
	void checkBoxesOnOneLineAreAChoiceAndJaNeeIsJaNee() {
		TemplateResult result = map(heading(1, 1, "", "Gegevens"), boxes(2, "Dyslexieverklaring: Ja Nee", "Ja", "Nee"),
				boxes(3, "Groep: 7 8", "7", "8"));
		check(result);
		assertEquals("veld dyslexieverklaring \"Dyslexieverklaring\": ja-nee", after(result, "// word: alinea 2"));
		assertEquals("veld groep \"Groep\": keuze { optie optie7 \"7\" optie optie8 \"8\" }", after(result, "// word: alinea 3"));
	}

	@Test
	void aListOfCheckBoxesIsAMultipleChoiceLabelledByTheLineBefore() {
		TemplateResult result = map(heading(1, 1, "", "Ondersteuning"), para(2, "Gebieden:"), boxes(3, "Lezen", "Lezen"),
				boxes(4, "Rekenen", "Rekenen"), boxes(5, "Gedrag", "Gedrag"));
		check(result);
		assertEquals("veld gebieden \"Gebieden\": keuze meerdere { optie lezen \"Lezen\" optie rekenen \"Rekenen\" optie gedrag \"Gedrag\" }",
				after(result, "// word: onder alinea 2"));
		assertEquals(5, result.report().size());
	}

	@Test
	void contentControlsAreFieldsNamedByTagWithTheirPlaceholderAsHelp() {
		TemplateResult result = map(heading(1, 1, "", "Leerling"),
				control(2, "Naam:", sdt(ControlKind.TEXT, "leerling_naam", "Naam van de leerling", "Klik hier om de naam te typen.")),
				control(3, "", sdt(ControlKind.DATE, "", "Datum intake", "")),
				control(4, "Groep:", sdt(ControlKind.DROPDOWN, "groep", "", "Kies een groep", "Groep 7", "Groep 8")));
		check(result);
		assertEquals("veld leerlingNaam \"Naam van de leerling\": tekst", after(result, "// word: inhoud \"leerling_naam\""));
		assertTrue(result.formatText().contains("uitleg \"Klik hier om de naam te typen.\""), result.formatText());
		assertEquals("veld datumIntake \"Datum intake\": datum", after(result, "// word: inhoud \"Datum intake\""));
		assertEquals("veld groep \"Groep\": keuze { optie groep7 \"Groep 7\" optie groep8 \"Groep 8\" }",
				after(result, "// word: inhoud \"groep\""));
	}

	@Test
	void datesNumbersAndSignaturesFromTheirLabels() {
		TemplateResult result = map(heading(1, 1, "", "Gegevens"), para(2, "Datum intake:"), para(3, "Aantal uren extra ondersteuning:"),
				para(4, "Handtekening ouders:"));
		check(result);
		assertEquals("veld datumIntake \"Datum intake\": datum", after(result, "// word: alinea 2"));
		assertEquals("veld aantalUrenExtraOndersteuning \"Aantal uren extra ondersteuning\": getal", after(result, "// word: alinea 3"));
		assertEquals("veld handtekeningOuders \"Handtekening ouders\": instemming door \"ouders\"", after(result, "// word wie: alinea 4"));
	}

	@Test
	void aSignatureTableGivesAConsentPerParty() {
		TemplateResult result = map(heading(1, 1, "", "Handelingsdeel"), para(2, "Aanpak:"), heading(3, 1, "", "Ondertekening"),
				table("tabel 1", row("Partij", "Naam", "Datum", "Handtekening"), row("Ouders/verzorgers", "", "", ""), row("School", "", "", "")));
		check(result);
		String text = result.formatText();
		assertTrue(text.contains("\t\t// word wie: tabel 1 rij 2 kolom 2\n\t\t// word datum: tabel 1 rij 2 kolom 3\n"
				+ "\t\tveld handtekeningOudersVerzorgers \"Handtekening Ouders/verzorgers\": instemming door \"ouders\" op handelingsdeel\n"), text);
		assertTrue(text.contains("instemming door \"school\"\n"), text);
	}

	@Test
	void guidanceUnderAHeadingIsTheSectionsHelpAndUnderAFieldTheFieldsHelp() {
		TemplateResult result = map(heading(1, 1, "", "Leerling"), guidance(2, "Alleen recente gegevens."), para(3, "Naam:"),
				guidance(4, "Zoals in de administratie."));
		check(result);
		assertEquals("uitleg \"Alleen recente gegevens.\"", after(result, "sectie leerling \"Leerling\""));
		assertEquals("uitleg \"Zoals in de administratie.\"", after(result, "veld naam \"Naam\": tekst"));
		assertEquals("uitleg bij leerling", result.report().get(1).result());
		assertEquals("uitleg bij leerling.naam", result.report().get(3).result());
	}

	@Test
	void aPageBreakPutsNieuwePaginaOnTheNextMember() {
		TemplateResult result = map(heading(1, 1, "", "Een"), para(2, "Naam:"), new PageBreak(new Locator("alinea 3")),
				heading(4, 1, "", "Twee"), para(5, "School:"));
		check(result);
		assertTrue(has(result, "sectie twee \"Twee\" nieuwe-pagina {"), result.formatText());
		assertEquals("nieuwe-pagina bij twee", result.report().get(2).result());
	}

	@Test
	void theHeadersLogoGoesIntoTheHouseStyleAndBesideTheDraft() {
		byte[] png = PNG;
		WordFile word = new WordFile(Path.of("SWV De Rivieren OPP.docx"), List.of(heading(1, 1, "", "OPP SWV De Rivieren"), para(2, "Naam:")),
				List.of(new WordFile.Logo("image1.png", png, "Logo SWV De Rivieren")));
		TemplateResult result = TemplateMapper.map(word, null);
		check(result);
		assertTrue(has(result, "huisstijl { logo \"swv-de-rivieren-opp-logo.png\" tekst \"Logo SWV De Rivieren\" }"), result.formatText());
		assertTrue(has(result, "formaat \"swv-de-rivieren-opp\" \"OPP SWV De Rivieren\""), result.formatText());
		assertTrue(has(result, "swv \"SWV De Rivieren\""), result.formatText());
		assertEquals("swv-de-rivieren-opp-logo.png", result.assets().get(0).fileName());
		assertArrayEquals(png, result.assets().get(0).bytes());
		assertEquals(Outcome.LOGO, result.report().get(0).outcome());
		assertTrue(!result.formatText().contains("controleer de alternatieve tekst"), "a real alt text needs no check (finding 31)");
	}

	/** the first bytes of a PNG file, as {@code ImageFormat.detect} recognises it */
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
	/** the first bytes of an EMF file: no format the house style can show */
	private static final byte[] EMF = { 1, 0, 0, 0, 0x6c, 0, 0, 0, 0, 0, 0, 0, 0x20, 0x45, 0x4d, 0x46 };

	@Test
	void aHeaderPictureTheFormatCannotShowIsNoLogoAndTheNextOneIs() { // finding 22
		WordFile word = new WordFile(Path.of("OPP.docx"), List.of(para(1, "Naam:")),
				List.of(new WordFile.Logo("image1.emf", EMF, "oud logo"), new WordFile.Logo("image2.jpeg", PNG, "Logo SWV")));
		TemplateResult result = TemplateMapper.map(word, "opp");
		check(result);
		assertTrue(has(result, "huisstijl { logo \"opp-logo.png\" tekst \"Logo SWV\" }"), "by its content, not its name: " + result.formatText());
		assertEquals(1, result.assets().size());
		assertArrayEquals(PNG, result.assets().get(0).bytes());
	}

	@Test
	void onlyPicturesTheFormatCannotShowGiveNoLogoAndAReportLine() { // finding 22
		WordFile word = new WordFile(Path.of("OPP.docx"), List.of(para(1, "Naam:")),
				List.of(new WordFile.Logo("image1.emf", EMF, "Logo SWV")));
		TemplateResult result = TemplateMapper.map(word, "opp");
		check(result);
		assertTrue(!result.formatText().contains("huisstijl"), result.formatText());
		assertTrue(result.assets().isEmpty());
		ReportEntry line = result.report().get(0);
		assertEquals("koptekst", line.where());
		assertEquals(Outcome.SKIPPED, line.outcome());
		assertTrue(line.result().contains("EMF") && line.result().contains("PNG"), line.result());
	}

	@Test
	void aLogoWithoutAltTextGetsOneFromTheSwvFlaggedAsMadeUp() { // finding 31
		WordFile word = new WordFile(Path.of("OPP.docx"), List.of(para(1, "OPP Samenwerkingsverband De Rivieren"), para(2, "Naam:")),
				List.of(new WordFile.Logo("image1.png", PNG, "")));
		TemplateResult result = TemplateMapper.map(word, "opp");
		check(result);
		String text = result.formatText();
		assertTrue(text.contains("// controleer de alternatieve tekst van het logo"), text);
		assertTrue(text.indexOf("// controleer de alternatieve tekst") < text.indexOf("huisstijl {"), text);
		assertTrue(has(result, "huisstijl { logo \"opp-logo.png\" tekst \"Logo van Samenwerkingsverband De Rivieren\" }"), text);
		assertTrue(result.report().get(0).result().contains("alt-tekst bedacht"), result.report().get(0).result());

		WordFile noSwv = new WordFile(Path.of("OPP.docx"), List.of(para(1, "Naam:")), List.of(new WordFile.Logo("image1.png", PNG, " ")));
		TemplateResult plain = TemplateMapper.map(noSwv, "opp");
		assertTrue(has(plain, "huisstijl { logo \"opp-logo.png\" tekst \"Logo\" }"), plain.formatText());
		assertTrue(plain.formatText().contains("// controleer de alternatieve tekst van het logo"), plain.formatText());

		String given = TemplateMapper.map(Templates.file("OPP.docx", para(1, "Naam:")), "opp").formatText();
		assertTrue(!given.contains("controleer de alternatieve tekst"), "no logo, no note: " + given);
	}

	@Test
	void theIdIsGivenOrMadeFromTheFileName() {
		assertTrue(TemplateMapper.map(Templates.file("Één OPP_sjabloon 2026.dotx", para(1, "Naam:")), null).formatText()
				.contains("formaat \"een-opp-sjabloon-2026\""));
		TemplateResult given = TemplateMapper.map(Templates.file("x.docx", para(1, "Naam:")), "mijn-opp");
		assertTrue(given.formatText().contains("formaat \"mijn-opp\""));
		assertEquals("mijn-opp.oppformat", given.fileName());
	}

	/** Handreiking OPP 5.1 punt 1: "bevorderende en belemmerende factoren … van leerling, onderwijs en thuis". */
	@Test
	void factorsUnderBevorderendAndBelemmerendGiveOneFactorenBlock() {
		TemplateResult result = map(heading(1, 1, "1.", "Factoren"),
				table("tabel 1", row("Bevorderende factoren", "Belemmerende factoren"),
						row("Leerling:\nOnderwijs:\nOndersteuning thuis:", "Leerling:\nOnderwijs:\nOndersteuning thuis:")));
		check(result);
		String text = result.formatText();
		assertTrue(text.contains("// word leerlingBevorderend: tabel 1 rij 2 kolom 1 alinea 1\n"), text);
		assertTrue(text.contains("// word thuisBelemmerend: tabel 1 rij 2 kolom 2 alinea 3\n"), text);
		assertTrue(text.contains("factoren factoren \"Bevorderende en belemmerende factoren\" van leerling, onderwijs, thuis\n"), text);
		assertTrue(result.report().stream().anyMatch(e -> e.result().equals("herkend: factoren (onderwijsBelemmerend)")),
				result.report().toString());
	}

	/** Handreiking OPP 5.1 punt 1, as a table with a row per area and a column per kind of factor. */
	@Test
	void factorsInRowsPerAreaAndColumnsPerKindGiveOneFactorenBlock() {
		TemplateResult result = map(heading(1, 1, "1.", "Factoren"),
				table("tabel 1", row("", "1a. Bevorderende factoren", "1b. Belemmerende factoren"), row("Leerling", "", ""),
						row("Onderwijs", "", ""), row("Ondersteuning thuis", "", "")));
		check(result);
		String text = result.formatText();
		assertTrue(text.contains("// word leerlingBevorderend: tabel 1 rij 2 kolom 2\n"), text);
		assertTrue(text.contains("// word thuisBelemmerend: tabel 1 rij 4 kolom 3\n"), text);
		assertTrue(!text.contains("groep "), "the rows' groups are gone: " + text);
	}

	/** Handreiking OPP 5.1 punt 2: the uitstroomprofiel as check boxes is the destination's options. */
	@Test
	void uitstroomCheckBoxesAreTheDestinationsOptions() {
		TemplateResult result = map(heading(1, 1, "3.", "Uitstroomperspectief"),
				boxes(2, "Uitstroomprofiel: Vervolgonderwijs Arbeid Dagbesteding", "Vervolgonderwijs", "Arbeid", "Dagbesteding"),
				para(3, "Onderbouwing:"), para(4, ""));
		check(result);
		String text = result.formatText();
		assertTrue(text.contains("// word bestemming: alinea 2\n\t\t// word onderbouwing: alinea 3\n"), text);
		assertTrue(text.contains("niveau { } bestemming { optie vervolgonderwijs \"Vervolgonderwijs\" optie arbeid \"Arbeid\" "
				+ "optie dagbesteding \"Dagbesteding\" } onderbouwing"), text);
	}

	/** Handreiking OPP 3.2, instemmingsrecht: "Ouders stemmen in" with Ja / Nee is the parents' decision. */
	@Test
	void parentsConsentAsJaNeeBecomesTheirConsent() {
		TemplateResult result = map(heading(1, 1, "", "Handelingsdeel"), para(2, "Aanpak:"), heading(3, 1, "", "Instemming"),
				boxes(4, "Ouders stemmen in met het handelingsdeel: Ja Nee", "Ja", "Nee"));
		check(result);
		assertEquals("veld oudersStemmenInMetHetHandelingsdeel \"Ouders stemmen in met het handelingsdeel\": instemming door \"ouders\" op handelingsdeel",
				after(result, "// word besluit: alinea 4"));
	}

	/** Handreiking OPP 5.1 punten 2 en 3: het uitstroomperspectief en de onderbouwing ervan. */
	@Test
	void anUitstroomSectionGivesAnUitstroomBlockWithItsOnderbouwing() {
		TemplateResult result = map(heading(1, 1, "3.", "Uitstroomprofiel en onderbouwing"), para(2, ""), para(3, ""));
		check(result);
		String text = result.formatText();
		assertTrue(text.contains("\t\t// herkend uit \"3. Uitstroomprofiel en onderbouwing\"\n\t\t// word onderbouwing: onder alinea 1\n"
				+ "\t\tuitstroom uitstroomprofielEnOnderbouwing3 \"3. Uitstroomprofiel en onderbouwing\" {\n"), text);
	}

	/** Handreiking OPP 5.1 punt 4 (handelingsdeel), 3.2 (instemmingsrecht, hoorrecht, OOGO). */
	@Test
	void handelingsdeelZienswijzeOogoAndConsentAreRecognised() {
		TemplateResult result = map(heading(1, 1, "5.", "Handelingsdeel: doelen"), para(2, "Doelen:"), para(3, ""),
				heading(4, 1, "6.", "Handelingsdeel en afspraken"), para(5, "Afspraken:"),
				heading(6, 1, "8.", "Zienswijzen"), para(7, "Zienswijze leerling (hoorrecht)"), para(8, ""),
				para(9, "Zienswijze ouders/verzorgers"), guidance(10, "op overeenstemming gericht overleg voor alle rubrieken"),
				guidance(11, "instemmingsrecht voor handelingsdeel (rubrieken 5 en 6)"), para(12, ""));
		check(result);
		String text = result.formatText();
		assertTrue(text.contains("sectie handelingsdeelDoelen5 \"5. Handelingsdeel: doelen\" handelingsdeel {"), text);
		assertTrue(text.contains("sectie handelingsdeelEnAfspraken6 \"6. Handelingsdeel en afspraken\" wet handelingsdeel {"), text);
		assertTrue(text.contains("// word zienswijze: onder alinea 7\n\t\thoorrecht zienswijzeLeerlingHoorrecht \"Zienswijze leerling (hoorrecht)\"\n"), text);
		assertTrue(text.contains("// word verslag: onder alinea 9\n\t\toogo zienswijzeOudersVerzorgers \"Zienswijze ouders/verzorgers\"\n"), text);
		assertTrue(text.contains("instemming door \"ouders\" op handelingsdeelDoelen5\n"), text);
	}

	/** Handreiking OPP 3.2: de startdatum (zes weken) en de jaarlijkse evaluatie. */
	@Test
	void datesOfTheCycleGetTheirLegalTags() {
		TemplateResult result = map(heading(1, 1, "", "Data"), para(2, "Start OPP:"), para(3, "Monitoren OPP:"),
				para(4, "Evalueren OPP (na een jaar):"));
		check(result);
		String text = result.formatText();
		assertTrue(text.contains("// herkend uit \"Start OPP\"\n\t\t// word: alinea 2\n\t\tveld startOpp \"Start OPP\": datum verplicht wet startdatum\n"), text);
		assertTrue(text.contains("veld evaluerenOppNaEenJaar \"Evalueren OPP (na een jaar)\": datum wet evaluatie\n"), text);
		assertTrue(text.contains("veld monitorenOpp \"Monitoren OPP\": datum\n"), text);
		TemplateResult evaluation = map(heading(1, 1, "", "Evaluatie met ouders"), para(2, "Datum:"), para(3, "Verslag:"));
		check(evaluation);
		assertEquals("veld datum \"Datum\": datum wet evaluatie", after(evaluation, "// word: alinea 2"));
	}

	@Test
	void theReportHasAnEntryForEveryParagraphAndTableInOrder() {
		TemplateResult result = map(heading(1, 1, "", "Gegevens"), para(2, ""), para(3, "-----"), para(4, "Naam:"),
				table("tabel 1", row("Naam", "Organisatie"), row("", "")), para(5, "Iets wat geen veld is."));
		List<String> where = result.report().stream().map(ReportEntry::where).toList();
		assertEquals(List.of("alinea 1", "alinea 2", "alinea 3", "alinea 4", "tabel 1", "alinea 5"), where);
		assertEquals("sectie gegevens", result.report().get(0).result());
		assertEquals("overgeslagen: lege alinea", result.report().get(1).result());
		assertEquals("overgeslagen: opsmuk", result.report().get(2).result());
		assertEquals("veld gegevens.naam (tekst)", result.report().get(3).result());
		assertEquals("uitleg bij gegevens", result.report().get(5).result()); // after a table: the section's
	}

	@Test
	void whatTheReaderLeftOutIsInTheReport() {
		WordFile word = new WordFile(Path.of("x.docx"), List.of(para(1, "Naam:")), List.of(),
				List.of(new WordFile.Note(new Locator("tabel 1 rij 1 kolom 1 tabel 1"), "tabel in tabel, dieper dan 8 lagen: als tekst gelezen")));
		TemplateResult result = TemplateMapper.map(word, null);
		assertEquals("overgeslagen: tabel in tabel, dieper dan 8 lagen: als tekst gelezen", result.report().get(1).result());
	}

	@Test
	void anEmptyWordFileStillGivesADraftThatParses() {
		check(map());
		check(map(para(1, ""), para(2, "")));
	}
}
