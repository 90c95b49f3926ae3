package nl.oppstudio.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.Documents;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 10: a partial consent says in the PDF what validation and the lifecycle say: which parts the
 * parents agreed on, for only those are carried out. Handreiking OPP (seed 001) deel 1: "t.a.v. het
 * handelingsdeel (doelen, plan van aanpak en afspraken) hebben ouders instemmingsrecht".
 */
class PartialConsentPdfTest {

	@TempDir
	Path temp;

	@Test
	void thePartsAgreedOnArePrinted() throws Exception {
		Path file = temp.resolve("sem.opp");
		Files.writeString(file, Files.readString(Examples.file(Examples.DOCUMENT))
				.replace("<besluit>akkoord</besluit>", "<besluit>gedeeltelijk</besluit>")
				.replace("<wijze>papier</wijze>",
						"<wijze>papier</wijze>\n      <onderdelen>De doelen en de aanpak; niet het huiswerk.</onderdelen>"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRenderer.create().render(Documents.load(file, TestFormats.example()), out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertTrue(text.contains("Gedeeltelijk akkoord"), text);
			assertTrue(text.contains("Ingestemd met (bij gedeeltelijk akkoord)")
					&& text.contains("De doelen en de aanpak; niet het huiswerk."), text);
		}
	}
}
