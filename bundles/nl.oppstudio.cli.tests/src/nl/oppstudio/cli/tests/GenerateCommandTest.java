package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.testing.Examples;

/** Issue 15: {@code opp generate}'s usage errors and messages (the generator itself: nl.oppstudio.generator.tests). */
class GenerateCommandTest {

	private static final String PRODUCT = "nl.oppstudio.product";

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private String before;

	@BeforeEach
	void rememberProduct() {
		before = System.getProperty(PRODUCT);
		System.clearProperty(PRODUCT);
	}

	@AfterEach
	void restoreProduct() {
		if (before == null) {
			System.clearProperty(PRODUCT);
		} else {
			System.setProperty(PRODUCT, before);
		}
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new OppCli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private String format() {
		return Examples.file(Examples.FORMAT).toString();
	}

	@Test
	void helpNamesTheOptions() {
		assertEquals(OppCli.OK, run("generate", "--help"));
		assertTrue(out().startsWith("Gebruik: opp generate FORMAAT.oppformat -o MAP/"), out());
		for (String option : new String[] { "--naam", "--logo", "--over", "--update-locatie", "--platform", "SOURCE_DATE_EPOCH" }) {
			assertTrue(out().contains(option), option);
		}
		assertEquals(OppCli.OK, run("--help"));
		assertTrue(out().contains("  generate FORMAAT.oppformat -o MAP/"), out());
	}

	@Test
	void usageErrors() {
		assertEquals(OppCli.USAGE, run("generate"));
		assertTrue(err().contains("Geef precies één formaat (FORMAAT.oppformat) en een map met -o."), err());
		assertEquals(OppCli.USAGE, run("generate", format()));
		assertTrue(err().contains("Optie -o ontbreekt."), err());
		assertEquals(OppCli.USAGE, run("generate", format(), "-o", temp.toString(), "--platform", "linux,amiga"));
		assertTrue(err().contains("Onbekend platform: amiga (kies uit linux, windows, macos)"), err());
		assertEquals(OppCli.USAGE, run("generate", format(), "-o", temp.toString(), "--update-locatie", "ftp://swv.example.nl/"));
		assertTrue(err().contains("Het adres voor updates kan niet gebruikt worden: ftp://swv.example.nl/"), err());
		assertEquals(OppCli.USAGE, run("generate", format(), "-o", temp.toString(), "--kleur", "rood"));
		assertTrue(err().contains("Onbekende optie: --kleur"), err());
	}

	@Test
	void withoutTheProductPropertyItSaysHowToStart() throws Exception {
		Path output = temp.resolve("dist");
		assertEquals(OppCli.USAGE, run("generate", format(), "-o", output.toString()));
		assertTrue(err().contains("het OPP Studio-programma is niet gevonden (de eigenschap nl.oppstudio.product ontbreekt)"), err());
		assertFalse(Files.exists(output), "nothing written");
	}

	@Test
	void aFolderThatIsNoProductIsNamed() throws Exception {
		System.setProperty(PRODUCT, temp.resolve("geen-product").toString());
		assertEquals(OppCli.USAGE, run("generate", format(), "-o", temp.resolve("dist").toString()));
		assertTrue(err().contains("Geen OPP Studio-programma in " + temp.resolve("geen-product") + ": de map plugins ontbreekt."),
				err());
	}
}
