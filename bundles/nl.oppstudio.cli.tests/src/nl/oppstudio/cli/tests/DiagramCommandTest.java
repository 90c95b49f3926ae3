package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.testing.Examples;

/** Issue 13: {@code opp diagram}: SVG and PNG of a document's cycle and goals, a format's cycle, clear errors. */
class DiagramCommandTest {

	@TempDir
	Path temp;

	private final CliRun cli = new CliRun();

	private static String example(String name) {
		return Examples.file(name).toString();
	}

	@Test
	void cycleOfADocumentAsSvgAndPng() throws Exception {
		Path svg = temp.resolve("cyclus.svg");
		assertEquals(OppCli.OK, cli.run("diagram", example(Examples.DOCUMENT), "--kind", "cyclus", "-o", svg.toString(),
				"--at", "2026-11-30"), cli.err());
		String text = Files.readString(svg);
		assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.contains("Vaststelling"), text);
		assertTrue(cli.out().contains("Geschreven: " + svg));
		Path png = temp.resolve("cyclus.png");
		assertEquals(OppCli.OK, cli.run("diagram", example(Examples.DOCUMENT), "--kind", "cyclus", "-o", png.toString()), cli.err());
		assertTrue(ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png))).getWidth() > 100);
		assertEquals(OppCli.OK, cli.run("diagram", example(Examples.FORMAT), "--kind", "cyclus", "-o", svg.toString()), cli.err());
		assertFalse(Files.readString(svg).contains("Uiterlijk"), "een formaat heeft geen data");
	}

	@Test
	void clearErrors() throws Exception {
		String out = temp.resolve("x.svg").toString();
		assertEquals(OppCli.USAGE, cli.run("diagram", example(Examples.DOCUMENT), "-o", out));
		assertTrue(cli.err().contains("--kind"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("diagram", example(Examples.DOCUMENT), "--kind", "boom", "-o", out));
		assertTrue(cli.err().contains("Onbekend diagram 'boom'"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("diagram", example(Examples.DOCUMENT), "--kind", "cyclus", "-o", temp.resolve("x.pdf").toString()));
		assertTrue(cli.err().contains(".svg of .png"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("diagram", example(Examples.FORMAT), "--kind", "doelen", "-o", out));
		assertTrue(cli.err().contains("geef een document"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("diagram", example(Examples.DOCUMENT), "--kind", "cyclus", "-o", out, "--at", "morgen"));
		assertTrue(cli.err().contains("--at verwacht een datum als 2026-10-01, niet 'morgen'"), cli.err());
		// a format without a cyclus block
		Path plain = temp.resolve("zonder-cyclus.oppformat");
		Files.writeString(plain, """
				formaat "zonder-cyclus" "Zonder cyclus"
				versie "0.1.0"
				soort handelingswijzer
				voor po
				{
					sectie leerling "Leerling" {
						veld naam "Naam": tekst
					}
				}
				""");
		assertEquals(OppCli.USAGE, cli.run("diagram", plain.toString(), "--kind", "cyclus", "-o", out));
		assertTrue(cli.err().contains("geen cyclus-blok"), cli.err());
		// an output folder that cannot be written: a message, no stack trace, nothing half-written
		Path blocked = temp.resolve("bestand");
		Files.writeString(blocked, "geen map");
		assertEquals(OppCli.USAGE, cli.run("diagram", example(Examples.DOCUMENT), "--kind", "cyclus", "-o",
				blocked.resolve("x.svg").toString()));
		assertTrue(cli.err().contains("kon niet worden opgeslagen: de map"), cli.err());
		assertFalse(cli.err().contains("Exception"), cli.err());
	}
}
