package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.testing.Examples;

/**
 * Issue 16, hostile input through the whole command line: each case ends in a clear Dutch message (file,
 * line, column where there is one), never a stack trace, and writes nothing where it should not. The
 * hostile files are made here, at run time.
 */
class HostileInputCliTest {

	@TempDir
	Path temp;

	private final CliRun cli = new CliRun();

	/** Sem's OPP beside its format (and the base and logo), with one text replaced. */
	private Path sem(String from, String to) throws Exception {
		for (String name : new String[] { Examples.FORMAT, "wettelijk-minimum.oppformat", "logo-swv-voorbeeld.svg" }) {
			if (!Files.exists(temp.resolve(name))) {
				Files.copy(Examples.file(name), temp.resolve(name));
			}
		}
		String text = Files.readString(Examples.file(Examples.DOCUMENT));
		assertTrue(text.contains(from), from);
		Path file = temp.resolve("sem.opp");
		Files.writeString(file, text.replace(from, to));
		return file;
	}

	private String output() {
		return cli.out() + cli.err();
	}

	private void assertNoStackTrace() {
		for (String output : List.of(cli.out(), cli.err())) {
			assertFalse(output.contains("Exception") || output.contains("\tat ") || output.contains("FOTreeBuilder"), output);
		}
	}

	@Test
	void theDocumentedCaseA52MegabyteNameIsRefusedByValidateAndRender() throws Exception {
		// issue 16: "a copy of sem-de-vries.opp whose pupil name is 52 MB of text took opp validate 264 s and 6.4 GB"
		Path sem = sem("<naam>Sem de Vries</naam>", "<naam>" + "Sem ".repeat(13 * 1024 * 1024) + "</naam>");
		assertNotEquals(OppCli.OK, cli.run("validate", sem.toString()));
		assertTrue(output().contains(sem + ": fout: Dit document is 52 MB groot; een OPP is hoogstens 16 MB."), output());
		assertNoStackTrace();
		Path pdf = temp.resolve("sem.pdf");
		assertNotEquals(OppCli.OK, cli.run("render", sem.toString(), "-o", pdf.toString()));
		assertTrue(output().contains("Dit document is 52 MB groot"), output());
		assertFalse(output().contains("PDF geschreven"), output());
		assertFalse(Files.exists(pdf));
		assertNoStackTrace();
	}

	@Test
	void aLongValueIsNamedWithItsLineAndColumn() throws Exception {
		Path sem = sem("<naam>Sem de Vries</naam>", "<naam>" + "x".repeat(1_000_000) + "</naam>");
		assertNotEquals(OppCli.OK, cli.run("validate", sem.toString()));
		assertTrue(output().contains(sem + ":4:"), output());
		assertTrue(output().contains("De waarde van 'leerling/naam' is langer dan 100.000 tekens"), output());
		assertNoStackTrace();
	}

	@Test
	void aFormatOf100000LinesAndDeepConditionsAreRefusedByCheckFormat() throws Exception {
		Path lang = temp.resolve("lang.oppformat");
		StringBuilder text = new StringBuilder("formaat \"swv-lang\" versie \"1.0.0\" soort opp {\nsectie s \"S\" {\n");
		for (int i = 0; i < 100_000; i++) {
			text.append("veld v").append(i).append(": tekst\n");
		}
		Files.writeString(lang, text.append("}\n}\n"));
		assertEquals(OppCli.FOUND_ERRORS, cli.run("check-format", lang.toString()));
		assertTrue(output().contains(lang + ":20001:1: fout: Dit formaat heeft meer dan 20.000 regels"), output());
		assertNoStackTrace();

		Path diep = temp.resolve("diep.oppformat");
		Files.writeString(diep, "formaat \"swv-diep\" versie \"1.0.0\" soort opp {\nsectie s \"S\" {\nveld a: tekst\n"
				+ "veld b: tekst zichtbaar wanneer " + "(".repeat(100_000) + "a = \"x\"" + ")".repeat(100_000) + "\n}\n}\n");
		assertEquals(OppCli.FOUND_ERRORS, cli.run("check-format", diep.toString()));
		assertTrue(output().contains(diep + ":4:"), output());
		assertTrue(output().contains("meer dan 32 keer in elkaar genest"), output());
		assertNoStackTrace();
	}

	@Test
	void pupilNamesWithPathsStayInTheirFolder() throws Exception {
		Path csv = temp.resolve("klas.csv");
		Files.writeString(csv, "Naam;Geboortedatum\n../../buiten/Jan;12-03-2017\n/etc/passwd;1-1-2016\n..;2-2-2016\n");
		Path folder = temp.resolve("map/uit");
		assertEquals(OppCli.OK, cli.run("import-csv", "--format", Examples.file(Examples.FORMAT).toString(), csv.toString(), "-o",
				folder.toString()), cli.err());
		List<Path> written;
		try (Stream<Path> files = Files.list(folder)) {
			written = files.map(Path::getFileName).filter(name -> name.toString().endsWith(".opp")).sorted().toList();
		}
		assertEquals(List.of(Path.of("buiten-jan.opp"), Path.of("etc-passwd.opp"), Path.of("opp.opp")), written);
		try (Stream<Path> all = Files.walk(temp)) {
			assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".opp") && !p.startsWith(folder)).toList());
		}
	}

	@Test
	void renderIntoAFolderNamesEachPdfAfterItsDocumentInThatFolder() throws Exception {
		Path sem = sem("Sem de Vries", "Sem de Vries");
		Path odd = Files.copy(sem, temp.resolve("..\\..\\buiten.opp")); // a legal name here, a path on Windows
		Path out = temp.resolve("pdf");
		assertEquals(OppCli.OK, cli.run("render", "--format", temp.resolve(Examples.FORMAT).toString(), odd.toString(), "-o",
				out + "/"), cli.out() + cli.err());
		try (Stream<Path> files = Files.walk(out)) {
			List<Path> pdfs = files.filter(Files::isRegularFile).toList();
			assertEquals(1, pdfs.size(), pdfs.toString());
			assertEquals(out, pdfs.get(0).getParent());
		}
	}

	@Test
	void logosOutsideTheFolderAndUnsafeSvgLogosAreErrorsOfCheckFormat() throws Exception {
		Path formats = Files.createDirectories(temp.resolve("formaten"));
		Files.copy(Examples.file("logo-swv-voorbeeld.svg"), temp.resolve("buiten.svg"));
		Files.copy(Examples.file("wettelijk-minimum.oppformat"), formats.resolve("wettelijk-minimum.oppformat"));
		String example = Files.readString(Examples.file(Examples.FORMAT));
		Path format = formats.resolve(Examples.FORMAT);
		Files.writeString(format, example.replace("logo \"logo-swv-voorbeeld.svg\"", "logo \"../buiten.svg\""));
		assertEquals(OppCli.FOUND_ERRORS, cli.run("check-format", format.toString()));
		assertTrue(output().contains("Logo '../buiten.svg' staat buiten de map van het formaat"), output());

		Files.writeString(formats.resolve("logo-swv-voorbeeld.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
				+ "<script>fetch('http://voorbeeld.nl')</script></svg>");
		Files.writeString(format, example);
		assertEquals(OppCli.FOUND_ERRORS, cli.run("check-format", format.toString()));
		assertTrue(output().contains("een SVG-logo mag geen scripts of gebeurtenissen bevatten"), output());
		assertNoStackTrace();
	}

	@Test
	void svgDiagramsHoldHostileGoalTextLiterally() throws Exception {
		String hostile = "<script>alert(1)</script> ]]> & <fo:block/> \" '";
		Path sem = sem("<doel>Sem leest in januari op AVI-niveau M4.</doel>",
				"<doel>" + hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;") + "</doel>");
		Path svg = temp.resolve("doelen.svg");
		assertEquals(OppCli.OK, cli.run("diagram", sem.toString(), "--kind", "doelen", "-o", svg.toString()), cli.err());
		List<String> elements = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(Files.readAllBytes(svg))), new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				elements.add(localName);
			}

			@Override
			public void characters(char[] ch, int start, int length) {
				text.append(ch, start, length);
			}
		});
		assertFalse(elements.contains("script") || elements.contains("block"), elements.toString());
		assertTrue(text.toString().replaceAll("\\s+", " ").contains("<script>alert(1)</script>")
				|| text.toString().contains("<script>"), "the text is drawn as it was written");
	}
}
