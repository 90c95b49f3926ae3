package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.testing.Examples;

/**
 * Issue 16 (Load): {@code opp validate} and {@code opp render} take folders (every *.opp below them, hidden
 * ones left out), show progress on standard error from ten documents on, and end with a summary.
 */
class FolderCommandTest {

	@TempDir
	Path temp;

	private final CliRun cli = new CliRun();
	private Path folder;

	/** 13 documents in two schools' folders: 11 clean, one with an error, one that is not XML; one hidden. */
	@BeforeEach
	void swv() throws Exception {
		folder = temp.resolve("swv");
		String sem = Files.readString(Examples.file(Examples.DOCUMENT));
		for (int i = 1; i <= 11; i++) {
			Path school = folder.resolve(i <= 6 ? "school-a" : "school-b");
			Files.createDirectories(school);
			Files.writeString(school.resolve("sem-" + i + ".opp"), sem);
		}
		Files.writeString(folder.resolve("school-b/fout.opp"), sem.replace("<datum>2026-09-29</datum>", ""));
		Files.writeString(folder.resolve("school-b/kapot.opp"), "<opp:document dit is geen xml");
		Files.writeString(folder.resolve("school-a/notities.txt"), "geen document");
		Files.createDirectories(folder.resolve(".herstel"));
		Files.writeString(folder.resolve(".herstel/verborgen.opp"), "<verborgen");
	}

	@Test
	void validateTakesAFolderShowsProgressAndSums() {
		assertEquals(OppCli.USAGE, cli.run("validate", "--format", Examples.file(Examples.FORMAT).toString(), "--at",
				"2026-10-01", "--zonder-paginas", folder.toString()), cli.err());
		String out = cli.out();
		assertTrue(out.contains("Samenvatting: 13 documenten, 11 in orde, 1 met fouten, 1 overgeslagen; tijd "), out);
		assertTrue(cli.err().contains("fout.opp") && cli.err().contains("[betrokkenheid/oogo/datum]"), cli.err());
		assertTrue(cli.err().contains("kapot.opp"), cli.err());
		assertFalse((out + cli.err()).contains("verborgen"), "a hidden folder is left out:\n" + out + cli.err());
		// Not on a terminal: a line every five percent (13 documents: one per document), the last at 100%.
		assertTrue(cli.err().contains("1 van 13 documenten (7%)"), cli.err());
		assertTrue(cli.err().contains("13 van 13 documenten (100%)"), cli.err());
		long lines = cli.err().lines().filter(l -> l.matches("\\d+ van 13 documenten \\(\\d+%\\)")).count();
		assertEquals(13, lines, cli.err());

		// A folder and a file together; fewer than ten documents: no progress, but the summary.
		assertEquals(OppCli.OK, cli.run("validate", "--format", Examples.file(Examples.FORMAT).toString(), "--at",
				"2026-10-01", "--zonder-paginas", folder.resolve("school-a").toString(), folder.resolve("school-b/sem-7.opp")
						.toString()), cli.err());
		assertTrue(cli.out().contains("Samenvatting: 7 documenten, 7 in orde, 0 met fouten, 0 overgeslagen"), cli.out());
		assertFalse(cli.err().contains("documenten ("), cli.err());
	}

	@Test
	void renderTakesAFolderAndKeepsItsLayout() {
		Path pdfs = temp.resolve("pdf");
		assertEquals(OppCli.USAGE, cli.run("render", "--format", Examples.file(Examples.FORMAT).toString(), folder.toString(),
				"-o", pdfs + "/"), cli.err());
		assertTrue(Files.isRegularFile(pdfs.resolve("school-a/sem-1.pdf")), cli.out());
		assertTrue(Files.isRegularFile(pdfs.resolve("school-b/sem-11.pdf")), cli.out());
		assertTrue(Files.isRegularFile(pdfs.resolve("school-b/fout.pdf")), cli.out());
		assertFalse(Files.exists(pdfs.resolve("school-b/kapot.pdf")), cli.out());
		assertTrue(cli.out().contains("Samenvatting: 13 documenten, 12 in orde, 1 met fouten, 0 overgeslagen; tijd "), cli.out());
		assertTrue(cli.err().contains("13 van 13 documenten (100%)"), cli.err());
	}

	@Test
	void aFolderWithoutDocumentsIsSaidSo() throws Exception {
		Path empty = Files.createDirectories(temp.resolve("leeg"));
		assertEquals(OppCli.USAGE, cli.run("validate", empty.toString()));
		assertTrue(cli.err().contains("Geen documenten gevonden"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("render", empty.toString(), "-o", temp.resolve("uit") + "/"));
		assertTrue(cli.err().contains("Geen documenten gevonden"), cli.err());
	}
}
