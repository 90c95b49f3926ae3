package nl.oppstudio.importer.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.importer.word.internal.WordFile;
import nl.oppstudio.importer.word.internal.WordFile.Block;
import nl.oppstudio.importer.word.internal.WordFile.Cell;
import nl.oppstudio.importer.word.internal.WordFile.CheckBox;
import nl.oppstudio.importer.word.internal.WordFile.PageBreak;
import nl.oppstudio.importer.word.internal.WordFile.Para;
import nl.oppstudio.importer.word.internal.WordFile.Table;
import nl.oppstudio.importer.word.internal.WordReader;
import nl.oppstudio.testing.word.WordBuilder;
import nl.oppstudio.testing.word.WordExamples;

/** WordReader: what a Word file becomes (docs/word-import.md, Locators and Robustness). */
class WordReaderTest {

	@TempDir
	Path dir;

	private WordFile read(WordBuilder builder) throws Exception {
		return WordReader.read(builder.save(dir.resolve("test.docx")));
	}

	private static Para para(WordFile file, int index) {
		return assertInstanceOf(Para.class, file.body().get(index));
	}

	private static Table table(WordFile file, int index) {
		return assertInstanceOf(Table.class, file.body().get(index));
	}

	@Test
	void headingLevelsComeFromEnglishAndDutchStylesAndOutlineLevels() throws Exception {
		WordFile file = read(new WordBuilder().heading(1, "Gegevens").heading(2, "Leerling").kop(1, "Data")
				.kop(3, "Onderwijs").outline(2, "Thuis").para("Gewone tekst"));
		assertEquals(List.of(1, 2, 1, 3, 2, 0), file.body().stream().map(b -> ((Para) b).heading()).toList());
		assertEquals("Data", para(file, 2).text());
	}

	@Test
	void aNumberTypedBeforeAHeadingIsItsNumber() throws Exception {
		WordFile file = read(new WordBuilder()
				.heading(1, "1a. Recente en voor onderwijs en uitstroomprofiel relevante bevorderende factoren")
				.heading(1, "2.\tSamenvattend/integratief beeld").bold("8. OPP besproken op").para("3 appels"));
		assertEquals("1a.", para(file, 0).number());
		assertEquals("Recente en voor onderwijs en uitstroomprofiel relevante bevorderende factoren", para(file, 0).text());
		assertEquals("2.", para(file, 1).number());
		assertEquals("Samenvattend/integratief beeld", para(file, 1).text());
		assertEquals("8.", para(file, 2).number());
		// a plain paragraph keeps its text whole
		assertEquals("", para(file, 3).number());
		assertEquals("3 appels", para(file, 3).text());
	}

	@Test
	void italicOrGreyTextIsGuidanceAndBoldIsBold() throws Exception {
		WordFile file = read(new WordBuilder().para("Gewoon").bold("Vet").italic("(schuin: uitleg)")
				.grey("(grijs: uitleg)").label("Naam leerling", "Sanne").para(""));
		assertFalse(para(file, 0).guidance());
		assertFalse(para(file, 0).bold());
		assertTrue(para(file, 1).bold());
		assertFalse(para(file, 1).guidance());
		assertTrue(para(file, 2).guidance());
		assertTrue(para(file, 3).guidance());
		assertEquals("Naam leerling: Sanne", para(file, 4).text());
		assertEquals("", para(file, 5).text());
		assertFalse(para(file, 5).guidance(), "an empty paragraph is no help text");
	}

	@Test
	void paragraphsAndTablesAreCountedSeparatelyFromOne() throws Exception {
		WordFile file = read(new WordBuilder().para("Een").table(t -> t.row("a", "b")).para("Twee")
				.table(t -> t.row("c")).para("Drie"));
		assertEquals(List.of("alinea 1", "tabel 1", "alinea 2", "tabel 2", "alinea 3"),
				file.body().stream().map(b -> b.at().path()).toList());
	}

	@Test
	void tablesHaveRowsCellsShadingAndEmptyRows() throws Exception {
		WordFile file = read(new WordBuilder().table(t -> t.header("Contactpersoon", "Naam").row("School", "M. Jansen")
				.emptyRows(2, 2).shade(1, 0)));
		Table table = table(file, 0);
		assertEquals("tabel 1", table.at().path());
		assertEquals(4, table.rows().size());
		Cell cell = table.rows().get(1).cells().get(1);
		assertEquals("tabel 1 rij 2 kolom 2", cell.at().path());
		assertEquals("M. Jansen", cell.text());
		assertEquals("tabel 1 rij 2 kolom 2 alinea 1", cell.content().get(0).at().path());
		assertTrue(table.rows().get(0).cells().get(0).shaded(), "header cells are shaded");
		assertTrue(table.rows().get(1).cells().get(0).shaded());
		assertFalse(cell.shaded());
		assertEquals("", table.rows().get(3).cells().get(1).text());
	}

	@Test
	void aCellWithSeveralLinesKeepsThemAsParagraphs() throws Exception {
		WordFile file = read(new WordBuilder().table(t -> t.row("Wat doet de school?\nAfspraken over de ondersteuning")));
		Cell cell = table(file, 0).rows().get(0).cells().get(0);
		assertEquals("Wat doet de school?\nAfspraken over de ondersteuning", cell.text());
		assertEquals("tabel 1 rij 1 kolom 1 alinea 2", cell.content().get(1).at().path());
	}

	@Test
	void mergedCellsAreNotDuplicated() throws Exception {
		WordFile file = read(new WordBuilder().table(t -> t.row("Breed", "", "").row("Hoog", "x", "y").row("", "z", "w")
				.span(0, 0, 3).mergeDown(1, 0, 2)));
		Table table = table(file, 0);
		assertEquals(1, table.rows().get(0).cells().size(), "a cell spanning three columns is one cell");
		assertEquals("Breed", table.rows().get(0).cells().get(0).text());
		assertEquals("Hoog", table.rows().get(1).cells().get(0).text());
		assertEquals("", table.rows().get(2).cells().get(0).text(), "the merged cell's text is in its top cell only");
		assertEquals("tabel 1 rij 3 kolom 2", table.rows().get(2).cells().get(1).at().path());
	}

	@Test
	void nestedTablesHaveLocatorsInsideTheirCell() throws Exception {
		WordFile file = read(new WordBuilder().table(t -> t.row("Ouders", "").nested(0, 1,
				inner -> inner.row("Naam", "P. de Vries").row("Telefoon", "010-1234567"))));
		Cell outer = table(file, 0).rows().get(0).cells().get(1);
		Table inner = outer.content().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
		assertEquals("tabel 1 rij 1 kolom 2 tabel 1", inner.at().path());
		Cell phone = inner.rows().get(1).cells().get(1);
		assertEquals("tabel 1 rij 1 kolom 2 tabel 1 rij 2 kolom 2", phone.at().path());
		assertEquals("010-1234567", phone.text());
		assertEquals("tabel 1 rij 1 kolom 2 tabel 1 rij 2 kolom 2 alinea 1", phone.content().get(0).at().path());
	}

	@Test
	void pageBreaksAreBlocksAtTheirParagraph() throws Exception {
		WordFile file = read(new WordBuilder().para("Blad 1").pageBreak().para("Blad 2").paraOnNewPage("Blad 3"));
		List<String> kinds = file.body().stream().map(WordReaderTest::kind).toList();
		assertEquals(List.of("alinea 1", "pagina alinea 2", "alinea 2", "alinea 3", "pagina alinea 4", "alinea 4"), kinds);
	}

	private static String kind(Block block) {
		return (block instanceof PageBreak ? "pagina " : "") + block.at().path();
	}

	@Test
	void theBijlage2TemplateReadsWithItsSectionsAndTables() throws Exception {
		// Handreiking OPP, Bijlage 2 (seed 001, line 724): "Voorbeeld format OPP" with Data, 1a/1b … 8
		WordFile file = WordReader.read(WordExamples.bijlage2(dir.resolve("bijlage2.docx"), Map.of()));
		List<String> headings = file.body().stream().filter(b -> b instanceof Para p && p.heading() == 1)
				.map(b -> ((Para) b).number() + ((Para) b).text()).toList();
		assertEquals(List.of("Ontwikkelingsperspectiefplan (OPP)", "Data", "1.Factoren", "2.Samenvattend/integratief beeld",
				"3.Uitstroomprofiel en onderbouwing", "4.Overleg", "5.Handelingsdeel: doelen en behoeften",
				"6.Handelingsdeel en afspraken", "7.Contactpersonen", "8.Bespreking en zienswijzen"), headings);
		assertEquals(5, file.body().stream().filter(Table.class::isInstance).count());
		assertEquals(1, file.body().stream().filter(PageBreak.class::isInstance).count());
	}

	@Test
	void aFilledInBijlage2HasItsValuesInCellsAndAfterLabels() throws Exception {
		WordFile file = WordReader.read(WordExamples.bijlage2(dir.resolve("sanne.docx"), WordExamples.SANNE));
		Table pupil = table(file, 2);
		assertEquals("Naam leerling", pupil.rows().get(0).cells().get(0).text());
		assertEquals("Sanne de Vries", pupil.rows().get(0).cells().get(1).text());
		Para groep = (Para) pupil.rows().get(3).cells().get(1).content().get(0);
		assertEquals("1 2 3 4 5 6 7 8", groep.text(), "check-box glyphs are not text");
		assertEquals(List.of("5"), groep.checkBoxes().stream().filter(CheckBox::checked).map(CheckBox::label).toList());
		assertEquals(8, groep.checkBoxes().size());
		assertTrue(file.body().stream().anyMatch(b -> b instanceof Para p && p.text().equals("Start OPP: 01-09-2025")));
	}
}
