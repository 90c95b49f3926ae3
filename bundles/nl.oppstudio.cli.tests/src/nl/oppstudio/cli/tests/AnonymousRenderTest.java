package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.testing.Examples;

/**
 * Issue 16, Privacy (AVG): "opp render --anoniem (and in the editor) replaces names, dates of birth and
 * free text that names people, for sharing an example with the SWV or a consultant. Report what was
 * replaced; leave the structure intact."
 */
class AnonymousRenderTest {

	@TempDir
	Path temp;

	private final CliRun cli = new CliRun();

	private static boolean contains(String text, String name) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
	}

	@Test
	void theAnonymousPdfOfSemHasNoNamesAndTheDocumentStaysAsItWas() throws Exception {
		Path doc = Examples.file(Examples.DOCUMENT);
		byte[] before = Files.readAllBytes(doc);
		Path pdf = temp.resolve("anoniem.pdf");
		assertEquals(OppCli.OK, cli.run("render", "--anoniem", "--format", Examples.file(Examples.FORMAT).toString(),
				doc.toString(), "-o", pdf.toString()), cli.err());
		String out = cli.out();
		assertTrue(out.startsWith("Anonieme kopie van " + doc + " (het document zelf is niet gewijzigd). Vervangen:\n"), out);
		assertTrue(out.contains("  leerling/naam: naam vervangen door 'Leerling' (1x)\n"), out);
		assertTrue(out.contains("  leerling/geboortedatum: geboortedatum: dag vervangen door de 1e (jaar en maand blijven) (1x)\n"), out);
		assertTrue(out.contains("  betrokkenheid/instemming/wie: naam vervangen door 'Ouder …' (1x)\n"), out);
		assertTrue(out.contains("  factoren/thuisBevorderend: namen in de tekst vervangen (1x)\n"), out);
		assertTrue(out.contains("PDF geschreven: " + pdf), out);
		assertTrue(out.contains("lees de PDF na voordat u hem deelt"), out);
		assertFalse(cli.err().contains("let op"), "anoniem.pdf names no one: " + cli.err());
		// the report's lines (the title names the file the user gave) never show an original value
		String lines = out.substring(out.indexOf('\n'), out.indexOf("PDF geschreven"));
		assertFalse(contains(lines, "Sem") || contains(lines, "Vries") || lines.contains("2016-04-12"),
				"the report never shows the original: " + out);
		assertEquals(new String(before), Files.readString(doc), "the .opp is never changed");

		String text;
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			text = new PDFTextStripper().getText(document);
		}
		assertTrue(text.contains("Leerling"), text);
		for (String name : List.of("Sem de Vries", "Sem", "de Vries", "Vries", "M. de Vries")) {
			assertFalse(contains(text, name), name + " in the PDF:\n" + text);
		}
		for (String birth : List.of("2016-04-12", "12-04-2016", "12-4-2016", "12 april 2016")) {
			assertFalse(text.contains(birth), birth + " in the PDF:\n" + text);
		}
	}

	@Test
	void oneDocumentToOneFile() {
		assertEquals(OppCli.USAGE, cli.run("render", "--anoniem", Examples.file(Examples.DOCUMENT).toString(),
				Examples.file("swv-po-opp-1-4-noor.opp").toString(), "-o", temp.toString() + "/"));
		assertTrue(cli.err().contains("--anoniem maakt de PDF van één document tegelijk"), cli.err());
	}

	/** Review finding 34: an anonymous PDF named after the pupil would tell whose it is; the CLI warns. */
	@Test
	void aFileNameThatNamesThePupilIsWarnedAbout() {
		Path pdf = temp.resolve("sem-de-vries-anoniem.pdf");
		assertEquals(OppCli.OK, cli.run("render", "--anoniem", "--format", Examples.file(Examples.FORMAT).toString(),
				Examples.file(Examples.DOCUMENT).toString(), "-o", pdf.toString()), cli.err());
		assertTrue(Files.isRegularFile(pdf));
		assertTrue(cli.err().contains("sem-de-vries-anoniem.pdf: let op: deze bestandsnaam noemt een naam die in de PDF vervangen is."),
				cli.err());
	}
}
