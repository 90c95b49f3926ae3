package nl.oppstudio.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 10, signatures of several parties at several moments printed as one table. Seed 003 (Revius
 * Wijk): "Het OPP wordt in overleg met ouders en leerling opgesteld en door alle partijen ondertekend. Er
 * vindt tussenevaluatie en eindevaluatie plaats". Parties are the rows and moments the columns, with a
 * header row and row headers (PDF/UA); a cell shows who signed and when, or an empty box to sign on paper,
 * and the blank form has the whole empty grid.
 */
class SignaturesTest {

	private static final String PREFIX = "overleg/handtekeningen/";
	private static PdfRenderer renderer;

	@TempDir
	Path temp;

	@BeforeAll
	static void setUp() {
		renderer = PdfRenderer.create();
	}

	/** A format whose only table is the grid: three parties, three moments. */
	private Format format() {
		LoadedFormat loaded = TestFormats.write(temp, "teken.oppformat", """
				formaat "swv-teken" "Ondertekening" versie "1.0.0" soort handelingswijzer {
					sectie overleg "Overleg" {
						ondertekening handtekeningen "Handtekeningen" {
							partij ouders "Ouders/verzorgers" partij leerling "Leerling" partij mentor "Mentor"
							moment start "Bij de start" moment tussen "Tussenevaluatie" moment eind "Eindevaluatie"
						}
					}
				}
				""");
		assertTrue(loaded.isUsable(), loaded.diagnostics().toString());
		return loaded.format();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The tag tree of each table, nested: {@code Table[TR[TH,TH],TR[TH,TD]]}. */
	private static List<String> tables(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> tables = new ArrayList<>();
			findTables(document.getDocumentCatalog().getStructureTreeRoot(), tables);
			return tables;
		}
	}

	private static void findTables(PDStructureNode node, List<String> tables) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				if (element.getStructureType().equals("Table")) {
					tables.add(tree(element));
				} else {
					findTables(element, tables);
				}
			}
		}
	}

	private static String tree(PDStructureElement element) {
		List<String> kids = new ArrayList<>();
		for (Object kid : element.getKids()) {
			if (kid instanceof PDStructureElement child && List.of("Table", "THead", "TBody", "TR", "TH", "TD")
					.contains(child.getStructureType())) {
				kids.add(tree(child));
			}
		}
		return element.getStructureType() + (kids.isEmpty() ? "" : "[" + String.join(",", kids) + "]");
	}

	/** Each of {@code parts} occurs in {@code text}, in this order. */
	private static void assertInOrder(String text, String... parts) {
		int at = 0;
		for (String part : parts) {
			int found = text.indexOf(part, at);
			assertTrue(found >= 0, "'" + part + "' ontbreekt na positie " + at + " in:\n" + text);
			at = found + part.length();
		}
	}

	/** FOP tags the header row and the body rows as TR of the table, without THead and TBody. */
	private static final String GRID = "Table[TR[TH,TH,TH,TH],TR[TH,TD,TD,TD],TR[TH,TD,TD,TD],TR[TH,TD,TD,TD]]";

	@Test
	void oneTableWithPartiesAsRowsAndMomentsAsColumns() throws Exception {
		Format format = format();
		DocumentSchema schema = DocumentSchema.of(format);
		OppDocument document = Documents.create(format);
		document.setValue(schema.leaf(PREFIX + "start/ouders/naam"), "E. Mulder");
		document.setValue(schema.leaf(PREFIX + "start/ouders/datum"), "2026-10-08");
		document.setValue(schema.leaf(PREFIX + "start/leerling/naam"), "Yara Mulder");
		document.setValue(schema.leaf(PREFIX + "start/leerling/datum"), "2026-10-08");
		document.setValue(schema.leaf(PREFIX + "tussen/leerling/naam"), "Yara Mulder");
		document.setValue(schema.leaf(PREFIX + "tussen/leerling/datum"), "2027-02-04");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(document, out);
		byte[] pdf = out.toByteArray();
		assertEquals(List.of(GRID), tables(pdf), "one table: a header row of moments, a row header per party");
		String text = text(pdf);
		assertInOrder(text, "Handtekeningen", "Partij", "Bij de start", "Tussenevaluatie", "Eindevaluatie",
				"Ouders/verzorgers", "E. Mulder", "8 oktober 2026", "Leerling", "Yara Mulder", "8 oktober 2026", "Yara Mulder",
				"4 februari 2027", "Mentor");
		assertFalse(text.contains("Naam (") || text.contains("Datum ("), "no list of labelled values:\n" + text);
		ConformanceTest.assertConforms("ondertekening", pdf);
	}

	@Test
	void theBlankFormHasTheEmptyGrid() throws Exception {
		Format format = format();
		Path blank = temp.resolve("leeg.pdf");
		renderer.renderBlank(format, blank);
		byte[] pdf = Files.readAllBytes(blank);
		assertEquals(List.of(GRID), tables(pdf));
		assertInOrder(text(pdf), "Handtekeningen", "Partij", "Bij de start", "Tussenevaluatie", "Eindevaluatie",
				"Ouders/verzorgers", "Leerling", "Mentor");
		String fo = new String(renderer.toFo(Documents.create(format)), java.nio.charset.StandardCharsets.UTF_8);
		assertEquals(9, fo.split("height=\"14mm\" border=\"0.5pt solid #333333\"", -1).length - 1,
				"an empty box per party and moment:\n" + fo);
	}

	/** The Revius example: Yara's OPP signed at all three moments, Tim's only at the start. */
	@Test
	void theReviusExamplePrintsItsSignaturesAsOneTable() throws Exception {
		Format format = TestFormats.load(Examples.file("revius-wijk-opp.oppformat"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(Documents.load(Examples.file("revius-wijk-opp-tim.opp"), format), out);
		String text = text(out.toByteArray());
		assertInOrder(text, "Ondertekening door alle partijen", "Partij", "Na het opstellen", "Tussenevaluatie", "Eindevaluatie",
				"Ouders/verzorgers", "M. de Boer", "3 december 2026", "Leerling", "Tim de Boer", "Leerlingbegeleider",
				"A. van Dijk", "Tutor", "M. Smits", "Registratie en informatie aan docenten");
		assertTrue(tables(out.toByteArray()).contains("Table[TR[TH,TH,TH,TH],TR[TH,TD,TD,TD],TR[TH,TD,TD,TD],TR[TH,TD,TD,TD],"
				+ "TR[TH,TD,TD,TD]]"), tables(out.toByteArray()).toString());
		Path blank = temp.resolve("revius-leeg.pdf");
		renderer.renderBlank(format, blank);
		assertInOrder(text(Files.readAllBytes(blank)), "Ondertekening door alle partijen", "Partij", "Na het opstellen",
				"Tussenevaluatie", "Eindevaluatie", "Ouders/verzorgers", "Leerling", "Leerlingbegeleider", "Tutor");
	}
}
