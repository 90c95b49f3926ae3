package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
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

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

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

	/** A repository with the example format (at 1.0.0), its base and the logo, committed, not yet published. */
	private Path format() throws Exception {
		Path folder = temp.resolve("repo");
		Files.createDirectories(folder);
		for (String name : new String[] { Examples.FORMAT, "wettelijk-minimum.oppformat", "logo-swv-voorbeeld.svg" }) {
			Files.copy(Examples.file(name), folder.resolve(name));
		}
		Path format = folder.resolve(Examples.FORMAT);
		Files.writeString(format, Files.readString(format).replace("versie \"0.2.0\"", "versie \"1.0.0\""));
		try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			PersonIdent tester = new PersonIdent("OPP Studio test", "test@oppstudio.invalid");
			git.commit().setMessage("Eerste versie").setAuthor(tester).setCommitter(tester).setSign(false).call();
		}
		return format;
	}

	private static void replace(Path file, String from, String to) throws Exception {
		String text = Files.readString(file);
		assertTrue(text.contains(from), from);
		Files.writeString(file, text.replace(from, to));
	}

	@Test
	void checkFormatSpeaksSarifWithTheFileLineAndColumn() throws Exception {
		assertEquals(OppCli.OK, run("check-format", "--sarif", Examples.file(Examples.FORMAT).toString()), err());
		assertTrue(out().startsWith("{\"version\":\"2.1.0\"") && out().strip().endsWith("]}]}"), out());
		Path broken = temp.resolve("kapot.oppformat");
		Files.copy(Examples.file(Examples.FORMAT), broken);
		replace(broken, "tekst verplicht", "tekts verplicht");
		assertEquals(OppCli.FOUND_ERRORS, run("check-format", "--sarif", broken.toString()));
		assertTrue(out().contains("\"level\":\"error\""), out());
		assertTrue(out().contains("\"uri\":\"" + broken.toString().replace('\\', '/') + "\""), out());
		assertTrue(out().contains("\"region\":{\"startLine\":"), out());
		assertEquals("", err());
		assertEquals(OppCli.OK, run("check-format", "--help"));
		assertTrue(out().contains("--sarif"), out());
	}

	@Test
	void semverPassesARightBumpAndRefusesOneTooSmall() throws Exception {
		Path format = format();
		// nothing published yet: nothing to compare, not a failure
		assertEquals(OppCli.OK, run("diff", format.toString(), "--semver"), err());
		assertTrue(out().contains("Nog geen gepubliceerde versie van " + ID), out());
		assertEquals(OppCli.OK, run("publish", format.toString(), "--versie", "1.0.0"), err());
		assertEquals(OppCli.OK, run("diff", format.toString(), "--semver"), err());
		assertTrue(out().contains("Geen wijzigingen sinds " + ID + "/v1.0.0"), out());

		// a compatible change without a new version: too small
		replace(format, "\"School\"", "\"Naam van de school\"");
		assertEquals(OppCli.FOUND_ERRORS, run("diff", format.toString(), "--semver"));
		assertTrue(err().startsWith(format + ": fout: versie 1.0.0 past niet bij de wijzigingen sinds " + ID + "/v1.0.0"),
				err());
		assertTrue(err().contains("versie \"1.0.1\""), err());
		replace(format, "versie \"1.0.0\"", "versie \"1.0.1\"");
		assertEquals(OppCli.OK, run("diff", format.toString(), "--semver"), err());
		assertTrue(out().contains("Versie 1.0.1 past bij de wijzigingen sinds " + ID + "/v1.0.0"), out());

		// a breaking change: a minor bump is too small, the message names the major one
		replace(format, "\t\tveld school \"Naam van de school\": tekst verplicht\n", "");
		replace(format, "versie \"1.0.1\"", "versie \"1.1.0\"");
		assertEquals(OppCli.FOUND_ERRORS, run("diff", format.toString(), "--semver"));
		assertTrue(err().contains("nieuwe hoofdversie (2.0.0)") && err().contains("versie \"2.0.0\""), err());
		assertTrue(out().contains("brekend"), out());
		replace(format, "versie \"1.1.0\"", "versie \"2.0.0\"");
		assertEquals(OppCli.OK, run("diff", format.toString(), "--semver"), err());
	}

	@Test
	void semverUsage() throws Exception {
		Path format = format();
		assertEquals(OppCli.USAGE, run("diff", format.toString(), "--semver", "--from", "HEAD"));
		assertTrue(err().contains("--semver"), err());
		Path outside = temp.resolve("los.oppformat");
		Files.copy(Examples.file(Examples.FORMAT), outside);
		assertEquals(OppCli.USAGE, run("diff", outside.toString(), "--semver"));
		assertTrue(err().contains("staat niet in versiebeheer"), err());
		assertEquals(OppCli.USAGE, run("diff", temp.resolve("weg.oppformat").toString(), "--semver"));
		assertEquals(OppCli.OK, run("diff", "--help"));
		assertTrue(out().contains("--semver"), out());
	}
}
