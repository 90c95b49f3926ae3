package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
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

	private final CliRun cli = new CliRun();


	@Test
	void publishCommitsAndTagsAndHistoryShowsIt() throws Exception {
		Path format = CommittedRepository.create(temp).resolve(Examples.FORMAT);
		assertEquals(OppCli.OK, cli.run("publish", format.toString(), "--versie", "1.0.0"), cli.err());
		assertTrue(cli.out().contains("Gepubliceerd: label " + ID + "/v1.0.0"), cli.out());
		Files.writeString(format, Files.readString(format).replace("\"School\"", "\"Naam van de school\""));
		assertEquals(OppCli.OK, cli.run("publish", format.toString(), "--versie", "1.0.1", "-m", "Label van school"), cli.err());
		assertTrue(cli.out().contains("ok   Versienummer controleren: Ten opzichte van " + ID + "/v1.0.0"), cli.out());
		try (Git git = Git.open(format.getParent().toFile())) {
			assertNotNull(git.getRepository().exactRef("refs/tags/" + ID + "/v1.0.1"));
		}
		assertEquals(OppCli.OK, cli.run("history", format.toString()), cli.err());
		String[] lines = cli.out().split("\n");
		assertTrue(lines[0].contains("versie 1.0.1") && lines[0].contains("Label van school [" + ID + "/v1.0.1]")
				|| lines[0].contains("Label van school  [" + ID + "/v1.0.1]"), cli.out());
		assertTrue(lines[1].contains("versie 1.0.0") && lines[1].contains(ID + "/v1.0.0"), cli.out());
		assertTrue(cli.out().contains("2 versie(s)."), cli.out());
	}

	@Test
	void aBreakingChangeWithAMinorBumpIsRefused() throws Exception {
		Path format = CommittedRepository.create(temp).resolve(Examples.FORMAT);
		assertEquals(OppCli.OK, cli.run("publish", format.toString(), "--versie", "1.0.0"), cli.err());
		Files.writeString(format, Files.readString(format).replace("\t\tveld school \"School\": tekst verplicht\n", ""));
		byte[] before = Files.readAllBytes(format);
		assertEquals(OppCli.FOUND_ERRORS, cli.run("publish", format.toString(), "--versie", "1.1.0", "-m", "School weg"));
		assertTrue(cli.out().contains("NEE  Versienummer controleren"), cli.out());
		assertTrue(cli.err().startsWith(format + ": fout: publiceren geweigerd: ") && cli.err().contains("nieuwe hoofdversie (2.0.0)"),
				cli.err());
		assertArrayEquals(before, Files.readAllBytes(format));
		try (Git git = Git.open(format.getParent().toFile())) {
			assertNull(git.getRepository().exactRef("refs/tags/" + ID + "/v1.1.0"));
		}
		assertEquals(OppCli.OK, cli.run("publish", format.toString(), "--versie", "2.0.0", "--plan"), cli.err());
		assertTrue(cli.out().contains("er is niets veranderd"), cli.out());
		assertArrayEquals(before, Files.readAllBytes(format));
	}

	@Test
	void usageAndPlacesOutsideGit() throws Exception {
		assertEquals(OppCli.USAGE, cli.run("publish", Examples.file(Examples.FORMAT).toString()));
		assertTrue(cli.err().contains("--versie"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("publish", "--versie", "1.0.0"));
		Path outside = temp.resolve("los.oppformat");
		Files.copy(Examples.file(Examples.FORMAT), outside);
		assertEquals(OppCli.USAGE, cli.run("publish", outside.toString(), "--versie", "1.0.0"));
		assertTrue(cli.err().contains("staat niet in versiebeheer"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("history", outside.toString()));
		assertEquals(OppCli.OK, cli.run("publish", "--help"));
		assertTrue(cli.out().contains("FORMAAT-ID/vX.Y.Z"), cli.out());
		assertEquals(OppCli.OK, cli.run("history", "--help"));
	}
}
