package nl.oppstudio.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** Issue 3: the example renders to a PDF with the pupil, every section title, and embedded fonts. */
class PdfRendererTest {

	private static Format format;
	private static PdfRenderer renderer;

	@TempDir
	Path temp;

	@BeforeAll
	static void setUp() {
		format = TestFormats.example();
		renderer = PdfRenderer.create();
	}

	@Test
	void exampleHasPupilSectionsAndEmbeddedFonts() throws Exception {
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), format);
		Path pdf = temp.resolve("sem.pdf");
		renderer.render(document, pdf);
		try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(read);
			assertTrue(text.contains(Examples.PUPIL), text);
			int previous = -1;
			for (var member : format.getMembers()) {
				int at = text.indexOf(member.getLabel());
				assertTrue(at > previous, "onderdeel '" + member.getLabel() + "' ontbreekt of staat niet op volgorde");
				previous = at;
			}
			assertTrue(text.contains("Akkoord"), "besluit van de ouders");
			assertFalse(text.contains("Handtekening"), "een vastgelegd besluit vraagt geen handtekening meer");
			// Help texts are for whoever fills in the form (the blank form has them), not for a finished plan.
			assertFalse(text.contains("Recente en relevante factoren"), "uitleg in een ingevuld plan");
			assertTrue(text.contains("12 april 2016"), "datum in het Nederlands");
			assertTrue(text.contains("vmbo kaderberoepsgerichte leerweg"), "keuze toont het label, niet de code");
			assertTrue(text.contains("Pagina 1 van " + read.getNumberOfPages()), text);
			int fonts = 0;
			for (PDPage page : read.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is niet ingesloten");
					assertTrue(font.getName().contains("DejaVu"), font.getName());
					fonts++;
				}
			}
			assertTrue(fonts > 0);
			assertEquals(format.getName() + " – " + Examples.PUPIL, read.getDocumentInformation().getTitle());
		}
	}

	@Test
	void draftsCarryAWatermarkAndTheFooterStatusAndVersion() throws Exception {
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), format);
		Path draft = temp.resolve("concept.pdf");
		int pages = renderer.render(document, draft).pages();
		try (PDDocument read = Loader.loadPDF(draft.toFile())) {
			assertEquals(read.getNumberOfPages(), pages);
			String text = new PDFTextStripper().getText(read);
			assertTrue(text.contains("CONCEPT"), text);
			assertTrue(text.contains("Status: concept · formaat swv-voorbeeld-opp versie 0.2.0"), text);
		}
		var now = java.time.OffsetDateTime.parse("2026-10-09T10:00:00+02:00");
		nl.oppstudio.document.Lifecycle.transition(document, nl.oppstudio.document.State.TER_INSTEMMING, "J", "ib", null, now);
		nl.oppstudio.document.Lifecycle.consent(document, "M", "ouder", "akkoord", "papier", null, now);
		nl.oppstudio.document.Lifecycle.transition(document, nl.oppstudio.document.State.VASTGESTELD, "A", "directeur", null, now);
		Path adopted = temp.resolve("vastgesteld.pdf");
		renderer.render(document, adopted);
		try (PDDocument read = Loader.loadPDF(adopted.toFile())) {
			String text = new PDFTextStripper().getText(read);
			assertFalse(text.contains("CONCEPT"), "no watermark once adopted");
			assertTrue(text.contains("Status: vastgesteld"), text);
		}
	}

	@Test
	void aBlankFormToFillInOnPaper() throws Exception {
		Path blank = temp.resolve("leeg.pdf");
		int pages = renderer.renderBlank(format, blank).pages();
		try (PDDocument read = Loader.loadPDF(blank.toFile())) {
			assertEquals(read.getNumberOfPages(), pages);
			String text = new PDFTextStripper().getText(read);
			assertTrue(text.contains("Leeg formulier · formaat swv-voorbeeld-opp"), text);
			assertTrue(text.contains("☐ Groep 5") && text.contains("☐ Akkoord"), text);
			// Parents sign their consent with the handelingsdeel on paper.
			assertTrue(text.contains("Handtekening"), text);
			assertTrue(text.contains("Recente en relevante factoren"), "uitleg op het lege formulier");
			assertFalse(text.contains(Examples.PUPIL));
		}
	}

	@Test
	void specialCharactersAreTextNotMarkup() throws Exception {
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), format);
		String hostile = "Ali <fo:block>&amp; \"Özil\" ✓</fo:block>\u0001";
		document.setValue(document.schema().leaf("leerling/naam"), hostile);
		assertTrue(renderer.render(document, java.io.OutputStream.nullOutputStream()).pages() >= 1);
		String fo = new String(renderer.toFo(document), StandardCharsets.UTF_8);
		assertFalse(fo.contains("<fo:block>&amp;"), "gebruikerstekst werd markup");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(document, out);
		try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(read);
			assertTrue(text.contains("Ali <fo:block>&amp; \"Özil\""), text);
		}
	}

	@Test
	void failedRenderingIsAPdfExceptionAndLeavesNoFile() throws Exception {
		Path target = temp.resolve("kapot.pdf");
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), format);
		Files.createDirectory(target); // a folder where the PDF should go: the rename must fail
		assertThrows(java.io.IOException.class, () -> renderer.render(document, target));
		try (var files = Files.list(temp)) {
			assertEquals(1, files.count(), "tijdelijk bestand bleef achter");
		}
		var error = assertThrows(nl.oppstudio.pdf.PdfException.class, () -> renderer
				.renderFo("<geen-fo/>".getBytes(StandardCharsets.UTF_8), java.io.OutputStream.nullOutputStream()));
		assertTrue(error.getMessage().startsWith("PDF kan niet gemaakt worden"), error.getMessage());
	}
}
