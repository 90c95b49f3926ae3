package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

	private final CliRun cli = new CliRun();
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

	private String format() {
		return Examples.file(Examples.FORMAT).toString();
	}

	@Test
	void helpNamesTheOptions() {
		assertEquals(OppCli.OK, cli.run("generate", "--help"));
		assertTrue(cli.out().startsWith("Gebruik: opp generate FORMAAT.oppformat -o MAP/"), cli.out());
		for (String option : new String[] { "--naam", "--logo", "--over", "--update-locatie", "--platform", "SOURCE_DATE_EPOCH" }) {
			assertTrue(cli.out().contains(option), option);
		}
		assertEquals(OppCli.OK, cli.run("--help"));
		assertTrue(cli.out().contains("  generate FORMAAT.oppformat -o MAP/"), cli.out());
	}

	@Test
	void usageErrors() {
		assertEquals(OppCli.USAGE, cli.run("generate"));
		assertTrue(cli.err().contains("Geef precies één formaat (FORMAAT.oppformat) en een map met -o."), cli.err());
		assertEquals(OppCli.USAGE, cli.run("generate", format()));
		assertTrue(cli.err().contains("Optie -o ontbreekt."), cli.err());
		assertEquals(OppCli.USAGE, cli.run("generate", format(), "-o", temp.toString(), "--platform", "linux,amiga"));
		assertTrue(cli.err().contains("Onbekend platform: amiga (kies uit linux, windows, macos)"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("generate", format(), "-o", temp.toString(), "--update-locatie", "ftp://swv.example.nl/"));
		assertTrue(cli.err().contains("Updatelocatie 'ftp://swv.example.nl/' kan niet gebruikt worden"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("generate", format(), "-o", temp.toString(), "--kleur", "rood"));
		assertTrue(cli.err().contains("Onbekende optie: --kleur"), cli.err());
	}

	@Test
	void withoutTheProductPropertyItSaysHowToStart() throws Exception {
		Path output = temp.resolve("dist");
		assertEquals(OppCli.USAGE, cli.run("generate", format(), "-o", output.toString()));
		assertTrue(cli.err().contains("het OPP Studio-programma is niet gevonden (de eigenschap nl.oppstudio.product ontbreekt)"), cli.err());
		assertFalse(Files.exists(output), "nothing written");
	}

	@Test
	void aFolderThatIsNoProductIsNamed() throws Exception {
		System.setProperty(PRODUCT, temp.resolve("geen-product").toString());
		assertEquals(OppCli.USAGE, cli.run("generate", format(), "-o", temp.resolve("dist").toString()));
		assertTrue(cli.err().contains("Geen OPP Studio-programma in " + temp.resolve("geen-product") + ": de map plugins ontbreekt."),
				cli.err());
	}
}
