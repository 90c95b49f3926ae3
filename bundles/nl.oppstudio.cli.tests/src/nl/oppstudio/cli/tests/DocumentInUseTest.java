package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.document.DocumentLocks;
import nl.oppstudio.testing.Examples;

/**
 * Issue 16, "Two people, one file": commands that save over a document refuse one that someone else has
 * open (its lock file), say who, where and since when, exit 2 and write nothing.
 */
class DocumentInUseTest {

	@TempDir
	Path temp;

	private final CliRun cli = new CliRun();
	private Path doc;
	private byte[] before;

	@BeforeEach
	void copyExample() throws Exception {
		Files.copy(Examples.file(Examples.FORMAT), temp.resolve(Examples.FORMAT));
		doc = temp.resolve("noor.opp");
		assertEquals(OppCli.OK, cli.run("new", "--format", temp.resolve(Examples.FORMAT).toString(), "--pupil", "Noor Jansen",
				"--school-type", "po", "-o", doc.toString()), cli.err());
		before = Files.readAllBytes(doc);
	}

	/** A lock file as the editor of someone else writes it. */
	private void openedElsewhere(Instant updated) throws Exception {
		Files.writeString(DocumentLocks.lockFile(doc), DocumentLocks.text(new DocumentLocks.Holder("j.jansen",
				"SCHOOL-PC-07", Instant.parse("2026-11-30T08:15:00Z"), updated, 4242, "OPP Editor")));
	}

	private void assertRefusedUntouched() throws Exception {
		assertTrue(cli.err().contains(doc + ": fout: Dit OPP is geopend door j.jansen op computer SCHOOL-PC-07 sinds 30-11-2026 om "),
				cli.err());
		assertTrue(cli.err().contains("Er is niets geschreven"), cli.err());
		assertArrayEquals(before, Files.readAllBytes(doc), "the document is unchanged");
		assertFalse(Files.exists(doc.resolveSibling("noor.opp.bak")), "no backup written either");
		assertTrue(Files.readString(DocumentLocks.lockFile(doc)).contains("gebruiker=j.jansen"), "their lock stays");
	}

	@Test
	void transitionRefusesADocumentOpenElsewhere() throws Exception {
		openedElsewhere(Instant.now());
		assertEquals(OppCli.USAGE, cli.run("transition", doc.toString(), "--to", "ter-instemming", "--by", "J", "--role", "ib"));
		assertRefusedUntouched();
	}

	@Test
	void consentRefusesADocumentOpenElsewhere() throws Exception {
		assertEquals(OppCli.OK, cli.run("transition", doc.toString(), "--to", "ter-instemming", "--by", "J", "--role", "ib"),
				cli.err());
		Files.delete(doc.resolveSibling("noor.opp.bak"));
		before = Files.readAllBytes(doc);
		openedElsewhere(Instant.now());
		assertEquals(OppCli.USAGE, cli.run("consent", doc.toString(), "--by", "M. Jansen", "--role", "ouder", "--decision",
				"akkoord", "--way", "papier"));
		assertRefusedUntouched();
	}

	@Test
	void migrateRefusesADocumentOpenElsewhere() throws Exception {
		openedElsewhere(Instant.now());
		assertEquals(OppCli.USAGE, cli.run("migrate", "--to",
				Examples.directory().resolve("versies/swv-voorbeeld-opp-1.0.0.oppformat").toString(), doc.toString()));
		assertRefusedUntouched();
	}

	@Test
	void aCommandHoldsTheLockOnlyWhileItWrites() throws Exception {
		assertEquals(OppCli.OK, cli.run("transition", doc.toString(), "--to", "ter-instemming", "--by", "J", "--role", "ib"),
				cli.err());
		assertFalse(Files.exists(DocumentLocks.lockFile(doc)), "released after writing");
	}

	@Test
	void aStaleLockDoesNotBlock() throws Exception {
		openedElsewhere(Instant.now().minus(DocumentLocks.STALE_AFTER).minus(Duration.ofMinutes(1)));
		assertEquals(OppCli.OK, cli.run("transition", doc.toString(), "--to", "ter-instemming", "--by", "J", "--role", "ib"),
				cli.err());
		assertFalse(Files.exists(DocumentLocks.lockFile(doc)), "the crashed editor's lock was taken over and released");
	}

	@Test
	void aCommandTakesTheLockBeforeItLoads() throws Exception {
		// finding 8: loading first and locking later lets an editor save in between, and this command would
		// then write its older copy over that work. Here the editor is in the middle of writing the file.
		openedElsewhere(Instant.now());
		Files.writeString(doc, "<?xml version=\"1.0\"?><opp");
		before = Files.readAllBytes(doc);
		assertEquals(OppCli.USAGE, cli.run("transition", doc.toString(), "--to", "ter-instemming", "--by", "J", "--role", "ib"));
		assertRefusedUntouched();
		assertFalse(cli.err().contains("XML") || cli.err().contains("regel"), "not loaded at all: " + cli.err());
	}

	@Test
	void aRefusedTransitionReleasesTheLock() throws Exception {
		assertEquals(OppCli.FOUND_ERRORS, cli.run("transition", doc.toString(), "--to", "vastgesteld", "--by", "J", "--role",
				"ib"), cli.err());
		assertFalse(Files.exists(DocumentLocks.lockFile(doc)), "released when the transition is refused");
		assertArrayEquals(before, Files.readAllBytes(doc));
	}
}
