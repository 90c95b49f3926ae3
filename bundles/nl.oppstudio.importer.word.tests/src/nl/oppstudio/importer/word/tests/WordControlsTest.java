package nl.oppstudio.importer.word.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.importer.word.internal.Locator;
import nl.oppstudio.importer.word.internal.WordFile;
import nl.oppstudio.importer.word.internal.WordFile.Block;
import nl.oppstudio.importer.word.internal.WordFile.Cell;
import nl.oppstudio.importer.word.internal.WordFile.CheckBox;
import nl.oppstudio.importer.word.internal.WordFile.Control;
import nl.oppstudio.importer.word.internal.WordFile.ControlKind;
import nl.oppstudio.importer.word.internal.WordFile.Para;
import nl.oppstudio.importer.word.internal.WordFile.Row;
import nl.oppstudio.importer.word.internal.WordFile.Table;
import nl.oppstudio.importer.word.internal.WordFile.Under;
import nl.oppstudio.importer.word.internal.WordReader;
import nl.oppstudio.testing.word.Sdt;
import nl.oppstudio.testing.word.WordBuilder;
import nl.oppstudio.testing.word.WordExamples;

/** WordReader: check boxes, content controls, legacy form fields, numbering, header logos and WordFile's lookups. */
class WordControlsTest {

	@TempDir
	Path dir;

	private WordFile read(WordBuilder builder) throws Exception {
		return WordReader.read(builder.save(dir.resolve("test.docx")));
	}

	private static Para para(WordFile file, int index) {
		return assertInstanceOf(Para.class, file.body().get(index));
	}

	private static List<String> boxes(Para para) {
		return para.checkBoxes().stream().map(b -> (b.checked() ? "x " : "") + b.label()).toList();
	}

	@Test
	void checkBoxGlyphsAreBoxesWithTheTextAfterThemAsLabel() throws Exception {
		WordFile file = read(new WordBuilder().para("Instemming: ☐ Ja ☒ Nee").para("□ Anders ☑ Misschien")
				.table(t -> t.row("Groep", "☐ 7 ☒ 8")));
		assertEquals("Instemming: Ja Nee", para(file, 0).text());
		assertEquals(List.of("Ja", "x Nee"), boxes(para(file, 0)));
		assertEquals(List.of("Anders", "x Misschien"), boxes(para(file, 1)));
		assertEquals("alinea 1", para(file, 0).checkBoxes().get(0).at().path());
		Para cell = (Para) ((Table) file.body().get(2)).rows().get(0).cells().get(1).content().get(0);
		assertEquals(List.of("7", "x 8"), boxes(cell));
		assertEquals("tabel 1 rij 1 kolom 2 alinea 1", cell.checkBoxes().get(1).at().path());
	}

	@Test
	void wingdingsSymbolsAreCheckBoxes() throws Exception {
		WordFile file = read(new WordBuilder().symbolBoxes("Leerjaar", "1", "x 2", "3"));
		assertEquals(List.of("1", "x 2", "3"), boxes(para(file, 0)));
		assertEquals("Leerjaar: 1 2 3", para(file, 0).text());
	}

	@Test
	void word2010CheckBoxControlsAreOneBoxEach() throws Exception {
		WordFile file = read(new WordBuilder().paragraph(p -> {
			p.createRun().setText("Toestemming: ");
			WordBuilder.appendControl(p, Sdt.checkBox(true).tag("toestemming_ja"));
			p.createRun().setText(" Ja ");
			WordBuilder.appendControl(p, Sdt.checkBox(false).alias("Nee"));
			p.createRun().setText(" Nee");
		}));
		Para para = para(file, 0);
		assertEquals(List.of("x Ja", "Nee"), boxes(para), "the ☒ glyph inside the control is not a second box");
		assertEquals("inhoud \"toestemming_ja\"", para.checkBoxes().get(0).at().path());
		assertEquals("inhoud \"Nee\"", para.checkBoxes().get(1).at().path(), "without a tag the alias names it");
		assertTrue(para.controls().isEmpty(), "check boxes are not among the controls");
		assertEquals("Toestemming: Ja Nee", para.text());
	}

	@Test
	void legacyCheckBoxesAreBoxes() throws Exception {
		WordFile file = read(new WordBuilder().formCheckBox("Ouders akkoord", "Akkoord", true, "Ja")
				.formCheckBox("", "", false, "Nee"));
		assertEquals(List.of("x Ja"), boxes(para(file, 0)));
		assertEquals("formulierveld \"Akkoord\"", para(file, 0).checkBoxes().get(0).at().path());
		assertEquals(List.of("Nee"), boxes(para(file, 1)));
		assertEquals("alinea 2", para(file, 1).checkBoxes().get(0).at().path(), "without a name: the paragraph");
		assertEquals("Ouders akkoord: Ja", para(file, 0).text(), "the field code is not text");
	}

	@Test
	void legacyTextFieldsAreControlsWithDefaultAndValue() throws Exception {
		WordFile file = read(new WordBuilder().formText("Naam leerling", "Naam", "Typ hier de naam", "")
				.formText("Naam leerling", "Naam2", "Typ hier de naam", "Sanne de Vries").formText("School", "School", "", ""));
		Control empty = para(file, 0).controls().get(0);
		assertEquals(new Control(new Locator("formulierveld \"Naam\""), ControlKind.TEXT, "Naam", "", "Typ hier de naam", "",
				List.of(), ""), empty);
		assertEquals("Naam leerling:", para(file, 0).text(), "a form field's text is its value, not the paragraph's");
		assertEquals("Sanne de Vries", para(file, 1).controls().get(0).value());
		assertEquals("Naam leerling:", para(file, 1).text());
		assertEquals("", para(file, 2).controls().get(0).value(), "Word's five blank spaces are no value");
	}

	@Test
	void legacyDropDownsHaveTheirEntriesAndTheShownOne() throws Exception {
		WordFile file = read(new WordBuilder().formDropDown("Uitstroomprofiel", "Profiel", 1, "Vervolgonderwijs",
				"Arbeidsmarkt", "Dagbesteding").formDropDown("Leerweg", "Leerweg", 0, "Basis", "Kader"));
		Control profile = para(file, 0).controls().get(0);
		assertEquals(ControlKind.DROPDOWN, profile.kind());
		assertEquals(List.of("Vervolgonderwijs", "Arbeidsmarkt", "Dagbesteding"), profile.options());
		assertEquals("Arbeidsmarkt", profile.value());
		assertEquals("formulierveld \"Profiel\"", profile.at().path());
		assertEquals("Basis", para(file, 1).controls().get(0).value(), "Word shows the first entry when none is chosen");
	}

	@Test
	void runLevelContentControlsHaveKindTagAliasPlaceholderAndValue() throws Exception {
		WordFile file = read(new WordBuilder()
				.control("Naam leerling", Sdt.text().tag("leerling.naam").alias("Naam leerling"))
				.control("Naam leerling", Sdt.text().tag("leerling.naam").alias("Naam leerling").value("Sanne de Vries"))
				.control("Geboortedatum", Sdt.date("dd-MM-yyyy").tag("geboortedatum").value("14-03-2015"))
				.control("Niveau", Sdt.dropDown("Basis", "Kader", "Gemengd").alias("Niveau"))
				.control("Leerweg", Sdt.comboBox("Basis", "Kader").tag("leerweg").value("Kader"))
				.control("Toelichting", Sdt.richText()));
		Control empty = para(file, 0).controls().get(0);
		assertEquals(new Control(new Locator("inhoud \"leerling.naam\""), ControlKind.TEXT, "leerling.naam", "Naam leerling",
				"Klik of tik om tekst in te voeren.", "", List.of(), ""), empty);
		assertEquals("Naam leerling:", para(file, 0).text(), "the placeholder is not text of the paragraph");
		Control filled = para(file, 1).controls().get(0);
		assertEquals("Sanne de Vries", filled.value());
		assertEquals("", filled.placeholder());
		Control date = para(file, 2).controls().get(0);
		assertEquals(ControlKind.DATE, date.kind());
		assertEquals("dd-MM-yyyy", date.dateFormat());
		assertEquals("14-03-2015", date.value());
		Control list = para(file, 3).controls().get(0);
		assertEquals(ControlKind.DROPDOWN, list.kind());
		assertEquals(List.of("Basis", "Kader", "Gemengd"), list.options());
		assertEquals("inhoud \"Niveau\"", list.at().path());
		assertEquals("Kader", para(file, 4).controls().get(0).value());
		Control rich = para(file, 5).controls().get(0);
		assertEquals(ControlKind.RICH_TEXT, rich.kind());
		assertEquals("alinea 6 inhoud 1", rich.at().path(), "without tag or alias: numbered in its paragraph");
		assertEquals(rich, file.control(rich.at()).orElseThrow(), "and found by that locator");
	}

	@Test
	void blockLevelContentControlsSitOnTheirFirstParagraph() throws Exception {
		WordFile file = read(new WordBuilder().heading(1, "Samenvattend beeld")
				.blockControl(Sdt.richText().tag("beeld").value("Sanne leest op niveau M5."))
				.blockControl(Sdt.richText().tag("leeg"))
				.table(t -> t.row("Zienswijze ouders", "").cell(0, 1,
						cell -> WordBuilder.appendBlockControl(cell, Sdt.text().tag("zienswijze.ouders").value("Eens."))))
				.para("Na de controls"));
		Para filled = para(file, 1);
		assertEquals("alinea 2", filled.at().path(), "a block control's paragraph counts as the body's");
		assertEquals("Sanne leest op niveau M5.", filled.text());
		assertEquals("Sanne leest op niveau M5.", filled.controls().get(0).value());
		Para empty = para(file, 2);
		assertEquals("", empty.text(), "while it shows its placeholder the paragraph is empty");
		assertEquals("Klik of tik om tekst in te voeren.", empty.controls().get(0).placeholder());
		assertEquals("alinea 4", para(file, 4).at().path());
		Control inCell = file.control(new Locator("inhoud \"zienswijze.ouders\"")).orElseThrow();
		assertEquals("Eens.", inCell.value());
		assertEquals(3, file.controls().size());
	}

	@Test
	void wordNumberingGivesHeadingNumbers() throws Exception {
		// Handreiking OPP, Bijlage 2: "1a. Recente en voor onderwijs en uitstroomprofiel relevante bevorderende factoren", "1b. …", "2. Samenvattend/integratief beeld"
		WordFile file = read(new WordBuilder().numberedHeading(1, "Factoren").numberedHeading(2, "Bevorderende factoren")
				.numberedHeading(2, "Belemmerende factoren").numberedHeading(1, "Samenvattend/integratief beeld")
				.numberedHeading(2, "Huidige situatie"));
		assertEquals(List.of("1.", "1a.", "1b.", "2.", "2a."), file.body().stream().map(b -> ((Para) b).number()).toList());
		assertEquals("Bevorderende factoren", para(file, 1).text());
		assertEquals(2, para(file, 1).heading());
	}

	@Test
	void headerLogosWithAltTextOrTitleEachOnce() throws Exception {
		byte[] blue = WordBuilder.png(40, 20, 0x1F4E79);
		byte[] green = WordBuilder.png(40, 20, 0x2E7D32);
		WordFile file = read(new WordBuilder().para("OPP")
				.headerLogo(HeaderFooterType.FIRST, green, "voorblad.png", "", "Logo voorblad")
				.headerLogo(HeaderFooterType.DEFAULT, blue, "swv.png", "Logo SWV Passend Onderwijs", "Logo")
				.headerLogo(HeaderFooterType.DEFAULT, blue, "swv2.png", "dubbel", ""));
		assertEquals(2, file.logos().size(), "the same picture twice is one logo");
		assertEquals("Logo voorblad", file.logos().get(0).altText(), "the first page's header first; title without description");
		assertArrayEquals(green, file.logos().get(0).bytes());
		assertEquals("Logo SWV Passend Onderwijs", file.logos().get(1).altText(), "the description before the title");
		assertTrue(file.logos().get(1).fileName().endsWith(".png"));
	}

	@Test
	void everyBlockAndCellIsFoundByItsOwnLocator() throws Exception {
		WordFile file = WordReader.read(WordExamples.bijlage2(dir.resolve("sanne.docx"), WordExamples.SANNE));
		int checked = check(file, file.body());
		assertTrue(checked > 100, "checked " + checked);
		assertEquals("Sanne de Vries", file.cell(new Locator("tabel 1 rij 1 kolom 2")).orElseThrow().text());
		assertFalse(file.find(new Locator("tabel 1 rij 9 kolom 1")).isPresent());
		assertFalse(file.find(new Locator("alinea 999")).isPresent());
		assertFalse(file.find(new Locator("tabel 1 alinea 1")).isPresent(), "a table has no paragraphs of its own");
		assertFalse(file.find(new Locator("inhoud \"bestaat niet\"")).isPresent());
		assertFalse(file.find(new Locator("onzin 3")).isPresent());
	}

	private static int check(WordFile file, List<Block> blocks) {
		int count = 0;
		for (Block block : blocks) {
			if (block instanceof Para || block instanceof Table) {
				assertEquals(block, file.find(block.at()).orElseThrow(), block.at().path());
				count++;
			}
			if (block instanceof Table table) {
				for (Row row : table.rows()) {
					for (Cell cell : row.cells()) {
						assertEquals(cell, file.find(cell.at()).orElseThrow(), cell.at().path());
						count += 1 + check(file, cell.content());
					}
				}
			}
		}
		return count;
	}

	@Test
	void theTextUnderAHeadingRunsToTheNextHeadingTableOrPageBreak() throws Exception {
		WordFile file = read(new WordBuilder().heading(1, "2. Samenvattend beeld").grey("(huidige situatie)")
				.para("Regel een").para("").para("Regel twee").heading(1, "3. Uitstroomprofiel").para("Vervolgonderwijs")
				.table(t -> t.row("x")));
		Under under = assertInstanceOf(Under.class, file.find(new Locator("onder alinea 1")).orElseThrow());
		assertEquals(4, under.paragraphs().size());
		assertEquals("(huidige situatie)\nRegel een\nRegel twee", under.text());
		assertEquals("onder alinea 1", under.at().path());
		assertEquals(1, file.under(new Locator("alinea 6")).orElseThrow().paragraphs().size(), "up to the table");
	}

	@Test
	void allParagraphsIncludesThoseInCells() throws Exception {
		WordFile file = read(new WordBuilder().para("Een").table(t -> t.row("Twee", "Drie").nested(0, 1, n -> n.row("Vier")))
				.para("Vijf"));
		assertEquals(List.of("Een", "Twee", "Drie", "Vier", "", "Vijf"), file.paragraphs().stream().map(Para::text).toList());
		assertEquals(List.of("tabel 1", "tabel 1 rij 1 kolom 2 tabel 1"), file.tables().stream().map(t -> t.at().path()).toList());
	}

	@Test
	void theBijlage2ExampleHasItsLogo() throws Exception {
		WordFile file = WordReader.read(WordExamples.bijlage2(dir.resolve("leeg.docx"), Map.of()));
		assertEquals(1, file.logos().size());
		assertEquals("Logo Samenwerkingsverband Passend Onderwijs", file.logos().get(0).altText());
		assertEquals(List.of(), file.checkBoxes().stream().filter(CheckBox::checked).toList(), "the empty template ticks nothing");
	}
}
