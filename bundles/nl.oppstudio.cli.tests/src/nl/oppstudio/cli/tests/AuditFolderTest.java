package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.testing.Examples;

/**
 * Issue 16: "a per-folder ledger of each document's last log hash, updated on every save. {@code opp audit}
 * reports a document whose log is shorter than its ledger entry, and the ledger's own edits are detected."
 */
class AuditFolderTest {

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

	/** Two new documents with a move each: every command saves, and so writes the ledger. */
	private void folder() throws Exception {
		Files.copy(Examples.file(Examples.FORMAT), temp.resolve(Examples.FORMAT));
		for (String pupil : new String[] { "Noor Jansen", "Daan Smit" }) {
			Path doc = temp.resolve(pupil.split(" ")[0].toLowerCase() + ".opp");
			assertEquals(OppCli.OK, run("new", "--format", temp.resolve(Examples.FORMAT).toString(), "--pupil", pupil,
					"--school-type", "po", "-o", doc.toString()), err());
			assertEquals(OppCli.OK, run("transition", doc.toString(), "--to", "ter-instemming", "--by", "J. Jansen", "--role",
					"intern begeleider"), err());
			assertEquals(OppCli.OK, run("transition", doc.toString(), "--to", "concept", "--by", "J. Jansen", "--role",
					"intern begeleider"), err());
		}
	}

	@Test
	void anUntouchedFolderPasses() throws Exception {
		folder();
		assertTrue(Files.exists(temp.resolve(".opp-register")));
		assertEquals(OppCli.OK, run("audit", temp.toString()), err());
		assertTrue(out().contains("2 documenten gecontroleerd; logboeken en register kloppen"), out());
		assertEquals(OppCli.OK, run("audit", temp.resolve("noor.opp").toString()), err());
	}

	@Test
	void aTruncatedLogAndAGoneDocumentAreReported() throws Exception {
		folder();
		Path noor = temp.resolve("noor.opp");
		String xml = Files.readString(noor);
		int start = xml.lastIndexOf("<logboek>");
		int end = xml.indexOf("</logboek>", start) + "</logboek>".length();
		Files.writeString(noor, xml.substring(0, start) + xml.substring(end));
		assertEquals(OppCli.FOUND_ERRORS, run("audit", noor.toString()));
		assertTrue(err().contains("Het logboek is ingekort: het heeft 1 regels, maar het register van de map kent er 2."), err());
		assertFalse(err().contains("Exception"), err());
		Files.delete(temp.resolve("daan.opp"));
		assertEquals(OppCli.FOUND_ERRORS, run("audit", temp.toString()));
		assertTrue(err().contains("ingekort"), err());
		assertTrue(out().contains("waarschuwing") && out().contains("is er niet meer: verwijderd of hernoemd"), out());
		assertTrue(out().contains("1 documenten gecontroleerd; 2 problemen bij 2 bestanden"), out());
	}

	/**
	 * Findings 1 and 3: the cut stays reported after a save (opp transition), until someone acknowledges it;
	 * a gone document is a warning (exit 0) that an acknowledgement clears.
	 */
	@Test
	void aCutSurvivesASaveUntilItIsAcknowledgedAndAGoneDocumentIsAWarning() throws Exception {
		folder();
		Path noor = temp.resolve("noor.opp");
		// a third entry, then all but the first cut: not the file its .bak holds (that would be a restore, a
		// warning), and the same first entry, so the same document whatever the clock says (cutting the whole
		// log makes the next save's first entry another document's when a second has passed: a warning)
		assertEquals(OppCli.OK, run("transition", noor.toString(), "--to", "ter-instemming", "--by", "J. Jansen", "--role",
				"intern begeleider"), err());
		assertEquals(OppCli.OK, run("transition", noor.toString(), "--to", "concept", "--by", "J. Jansen", "--role",
				"intern begeleider"), err());
		Files.writeString(noor, Files.readString(noor)
				.replaceAll("(?s)\\s*<logboek>\\s*<volgnummer>[2-9]</volgnummer>.*?</logboek>", ""));
		// the state is the log's: ter-instemming after its first entry
		assertEquals(OppCli.OK, run("transition", noor.toString(), "--to", "concept", "--by", "J. Jansen", "--role",
				"intern begeleider"), err());
		assertEquals(OppCli.FOUND_ERRORS, run("audit", noor.toString()));
		assertTrue(err().contains("eerder opgeslagen terwijl het"), err());
		assertEquals(OppCli.FOUND_ERRORS, run("audit", temp.toString()));
		assertEquals(OppCli.OK, run("audit", temp.toString(), "--bevestig", "noor.opp"), err());
		assertTrue(out().contains("noor.opp: bevestigd"), out());
		assertEquals(OppCli.OK, run("audit", temp.toString()), err());
		Files.delete(temp.resolve("daan.opp"));
		assertEquals(OppCli.OK, run("audit", temp.toString()), err());
		assertTrue(out().contains("waarschuwing"), out());
		String key = out().replaceAll("(?s).*sleutel ([0-9a-f]{32}).*", "$1");
		assertEquals(OppCli.OK, run("audit", temp.toString(), "--bevestig", key), err());
		assertEquals(OppCli.OK, run("audit", temp.toString()), err());
		assertEquals("", err());
		assertTrue(out().contains("1 documenten gecontroleerd; logboeken en register kloppen"), out());
		assertEquals(OppCli.USAGE, run("audit", temp.toString(), "--bevestig", "daan.opp"));
		assertTrue(err().contains("er is niets veranderd"), err());
	}

	/** Finding 36: opp audit MAP/ audits the folders below it, each against its own ledger; hidden ones left out. */
	@Test
	void aFolderIsAuditedWithItsSubfolders() throws Exception {
		folder();
		Path school = Files.createDirectories(temp.resolve("school"));
		Files.move(temp.resolve("daan.opp"), school.resolve("daan.opp"));
		Files.copy(Examples.file(Examples.FORMAT), school.resolve(Examples.FORMAT));
		Files.copy(school.resolve("daan.opp"), temp.resolve(".verborgen.opp"));
		assertEquals(OppCli.OK, run("transition", school.resolve("daan.opp").toString(), "--to", "ter-instemming", "--by",
				"J. Jansen", "--role", "intern begeleider"), err());
		assertTrue(Files.exists(school.resolve(".opp-register")));
		assertEquals(OppCli.OK, run("audit", temp.toString()), err()); // daan gone from the top: a warning only
		assertTrue(out().contains("2 documenten gecontroleerd"), out());
		String xml = Files.readString(school.resolve("daan.opp"));
		int start = xml.lastIndexOf("<logboek>");
		int end = xml.indexOf("</logboek>", start) + "</logboek>".length();
		Files.writeString(school.resolve("daan.opp"), xml.substring(0, start) + xml.substring(end));
		assertEquals(OppCli.FOUND_ERRORS, run("audit", temp.toString()));
		assertTrue(err().contains("ingekort"), err());
	}

	@Test
	void anEditedLedgerIsReported() throws Exception {
		folder();
		Path ledger = temp.resolve(".opp-register");
		Files.writeString(ledger, Files.readString(ledger).replaceFirst("\t2\t", "\t1\t"));
		assertEquals(OppCli.FOUND_ERRORS, run("audit", temp.toString()));
		assertTrue(err().contains("is buiten OPP Studio gewijzigd: regel 2"), err());
		// finding 19: the ledger holds no pupil's name nor file name
		String text = Files.readString(ledger).toLowerCase();
		assertFalse(text.contains("noor") || text.contains("daan"), text);
	}

	/**
	 * Finding 9: opp new (and opp next-period, NextPeriodCommandTest) create their file without replacing one that appeared after
	 * their check (here a name that Files.exists does not see: a link to nothing, which a replacing save would
	 * have overwritten).
	 */
	@Test
	void newAndNextPeriodNeverReplaceAFileMadeMeanwhile() throws Exception {
		folder();
		Path taken = temp.resolve("taken.opp");
		Files.createSymbolicLink(taken, temp.resolve("nergens.opp"));
		assertEquals(OppCli.USAGE, run("new", "--format", temp.resolve(Examples.FORMAT).toString(), "--pupil", "X",
				"--school-type", "po", "-o", taken.toString()));
		assertTrue(err().contains("bestaat al") || err().contains("al een bestand"), err());
		assertTrue(Files.isSymbolicLink(taken), "never replaced");
		assertFalse(err().contains("Exception"), err());
	}
}
