package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.testing.Examples;

/**
 * Issue 15: the options the CI recipe (docs/ci.md) needs: {@code opp check-format --sarif} and
 * {@code opp diff F --semver} (the file against its last published version, with publishing's version
 * check), on a real temporary git repository.
 */
class CiCommandsTest {

	private static final String ID = "swv-voorbeeld-opp";

	@TempDir
	Path temp;

	private final CliRun cli = new CliRun();

	/** A committed repository with the example format at 1.0.0 (not yet published): its format file. */
	private Path format() throws Exception {
		return CommittedRepository.create(temp).resolve(Examples.FORMAT);
	}

	private static void replace(Path file, String from, String to) throws Exception {
		String text = Files.readString(file);
		assertTrue(text.contains(from), from);
		Files.writeString(file, text.replace(from, to));
	}

	@Test
	void checkFormatSpeaksSarifWithTheFileLineAndColumn() throws Exception {
		assertEquals(OppCli.OK, cli.run("check-format", "--sarif", Examples.file(Examples.FORMAT).toString()), cli.err());
		assertTrue(cli.out().startsWith("{\"version\":\"2.1.0\"") && cli.out().strip().endsWith("]}]}"), cli.out());
		Path broken = temp.resolve("kapot.oppformat");
		Files.copy(Examples.file(Examples.FORMAT), broken);
		replace(broken, "tekst verplicht", "tekts verplicht");
		assertEquals(OppCli.FOUND_ERRORS, cli.run("check-format", "--sarif", broken.toString()));
		assertTrue(cli.out().contains("\"level\":\"error\""), cli.out());
		assertTrue(cli.out().contains("\"uri\":\"" + broken.toString().replace('\\', '/') + "\""), cli.out());
		assertTrue(cli.out().contains("\"region\":{\"startLine\":"), cli.out());
		assertEquals("", cli.err());
		assertEquals(OppCli.OK, cli.run("check-format", "--help"));
		assertTrue(cli.out().contains("--sarif"), cli.out());
	}

	@Test
	void semverPassesARightBumpAndRefusesOneTooSmall() throws Exception {
		Path format = format();
		// nothing published yet: nothing to compare, not a failure
		assertEquals(OppCli.OK, cli.run("diff", format.toString(), "--semver"), cli.err());
		assertTrue(cli.out().contains("Nog geen gepubliceerde versie van " + ID), cli.out());
		assertEquals(OppCli.OK, cli.run("publish", format.toString(), "--versie", "1.0.0"), cli.err());
		assertEquals(OppCli.OK, cli.run("diff", format.toString(), "--semver"), cli.err());
		assertTrue(cli.out().contains("Geen wijzigingen sinds " + ID + "/v1.0.0"), cli.out());

		// a compatible change without a new version: too small
		replace(format, "\"School\"", "\"Naam van de school\"");
		assertEquals(OppCli.FOUND_ERRORS, cli.run("diff", format.toString(), "--semver"));
		assertTrue(cli.err().startsWith(format + ": fout: versie 1.0.0 past niet bij de wijzigingen sinds " + ID + "/v1.0.0"),
				cli.err());
		assertTrue(cli.err().contains("versie \"1.0.1\""), cli.err());
		replace(format, "versie \"1.0.0\"", "versie \"1.0.1\"");
		assertEquals(OppCli.OK, cli.run("diff", format.toString(), "--semver"), cli.err());
		assertTrue(cli.out().contains("Versie 1.0.1 past bij de wijzigingen sinds " + ID + "/v1.0.0"), cli.out());

		// a breaking change: a minor bump is too small, the message names the major one
		replace(format, "\t\tveld school \"Naam van de school\": tekst verplicht\n", "");
		replace(format, "versie \"1.0.1\"", "versie \"1.1.0\"");
		assertEquals(OppCli.FOUND_ERRORS, cli.run("diff", format.toString(), "--semver"));
		assertTrue(cli.err().contains("nieuwe hoofdversie (2.0.0)") && cli.err().contains("versie \"2.0.0\""), cli.err());
		assertTrue(cli.out().contains("brekend"), cli.out());
		replace(format, "versie \"1.1.0\"", "versie \"2.0.0\"");
		assertEquals(OppCli.OK, cli.run("diff", format.toString(), "--semver"), cli.err());
	}

	@Test
	void semverUsage() throws Exception {
		Path format = format();
		assertEquals(OppCli.USAGE, cli.run("diff", format.toString(), "--semver", "--from", "HEAD"));
		assertTrue(cli.err().contains("--semver"), cli.err());
		Path outside = temp.resolve("los.oppformat");
		Files.copy(Examples.file(Examples.FORMAT), outside);
		assertEquals(OppCli.USAGE, cli.run("diff", outside.toString(), "--semver"));
		assertTrue(cli.err().contains("staat niet in versiebeheer"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("diff", temp.resolve("weg.oppformat").toString(), "--semver"));
		assertEquals(OppCli.OK, cli.run("diff", "--help"));
		assertTrue(cli.out().contains("--semver"), cli.out());
	}
}
