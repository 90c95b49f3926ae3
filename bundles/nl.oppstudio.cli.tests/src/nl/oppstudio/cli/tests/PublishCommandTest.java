package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * Issue 14: {@code opp publish} (check, version bump, was hints, commit, tag; refused with the reason) and
 * {@code opp history}, on a real temporary git repository. JGit is reached through the bundle's
 * DynamicImport-Package (see OppCliTest).
 */
class PublishCommandTest {

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

	/** A repository with the example format (at 1.0.0), its base and the logo, committed. */
	private Path repository() throws Exception {
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
		return folder;
	}

	@Test
	void publishCommitsAndTagsAndHistoryShowsIt() throws Exception {
		Path format = repository().resolve(Examples.FORMAT);
		assertEquals(OppCli.OK, run("publish", format.toString(), "--versie", "1.0.0"), err());
		assertTrue(out().contains("Gepubliceerd: label " + ID + "/v1.0.0"), out());
		Files.writeString(format, Files.readString(format).replace("\"School\"", "\"Naam van de school\""));
		assertEquals(OppCli.OK, run("publish", format.toString(), "--versie", "1.0.1", "-m", "Label van school"), err());
		assertTrue(out().contains("ok   Versienummer controleren: Ten opzichte van " + ID + "/v1.0.0"), out());
		try (Git git = Git.open(format.getParent().toFile())) {
			assertNotNull(git.getRepository().exactRef("refs/tags/" + ID + "/v1.0.1"));
		}
		assertEquals(OppCli.OK, run("history", format.toString()), err());
		String[] lines = out().split("\n");
		assertTrue(lines[0].contains("versie 1.0.1") && lines[0].contains("Label van school [" + ID + "/v1.0.1]")
				|| lines[0].contains("Label van school  [" + ID + "/v1.0.1]"), out());
		assertTrue(lines[1].contains("versie 1.0.0") && lines[1].contains(ID + "/v1.0.0"), out());
		assertTrue(out().contains("2 versie(s)."), out());
	}

	@Test
	void aBreakingChangeWithAMinorBumpIsRefused() throws Exception {
		Path format = repository().resolve(Examples.FORMAT);
		assertEquals(OppCli.OK, run("publish", format.toString(), "--versie", "1.0.0"), err());
		Files.writeString(format, Files.readString(format).replace("\t\tveld school \"School\": tekst verplicht\n", ""));
		byte[] before = Files.readAllBytes(format);
		assertEquals(OppCli.FOUND_ERRORS, run("publish", format.toString(), "--versie", "1.1.0", "-m", "School weg"));
		assertTrue(out().contains("NEE  Versienummer controleren"), out());
		assertTrue(err().startsWith(format + ": fout: publiceren geweigerd: ") && err().contains("nieuwe hoofdversie (2.0.0)"),
				err());
		assertArrayEquals(before, Files.readAllBytes(format));
		try (Git git = Git.open(format.getParent().toFile())) {
			assertNull(git.getRepository().exactRef("refs/tags/" + ID + "/v1.1.0"));
		}
		assertEquals(OppCli.OK, run("publish", format.toString(), "--versie", "2.0.0", "--plan"), err());
		assertTrue(out().contains("er is niets veranderd"), out());
		assertArrayEquals(before, Files.readAllBytes(format));
	}

	@Test
	void usageAndPlacesOutsideGit() throws Exception {
		assertEquals(OppCli.USAGE, run("publish", Examples.file(Examples.FORMAT).toString()));
		assertTrue(err().contains("--versie"), err());
		assertEquals(OppCli.USAGE, run("publish", "--versie", "1.0.0"));
		Path outside = temp.resolve("los.oppformat");
		Files.copy(Examples.file(Examples.FORMAT), outside);
		assertEquals(OppCli.USAGE, run("publish", outside.toString(), "--versie", "1.0.0"));
		assertTrue(err().contains("staat niet in versiebeheer"), err());
		assertEquals(OppCli.USAGE, run("history", outside.toString()));
		assertEquals(OppCli.OK, run("publish", "--help"));
		assertTrue(out().contains("FORMAAT-ID/vX.Y.Z"), out());
		assertEquals(OppCli.OK, run("history", "--help"));
	}
}
