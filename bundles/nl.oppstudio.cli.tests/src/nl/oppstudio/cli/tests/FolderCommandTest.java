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
import nl.oppstudio.cli.command.Console;
import nl.oppstudio.cli.command.ValidateCommand;
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

	/**
	 * Review finding 21: an unexpected failure in one document (a bug: a RuntimeException, a StackOverflowError)
	 * is that document's problem, in Dutch, and the run goes on to its summary.
	 */
	@Test
	void anUnexpectedFailureInOneDocumentDoesNotStopTheRun() {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
		ValidateCommand command = new ValidateCommand(file -> {
			if (file.endsWith("sem-3.opp")) {
				throw new IllegalStateException("Sem de Vries"); // its message is never shown: it may hold a value
			}
			if (file.endsWith("sem-8.opp")) {
				throw new StackOverflowError();
			}
		});
		int exit = command.run(java.util.List.of("--format", Examples.file(Examples.FORMAT).toString(), "--at", "2026-10-01",
				"--zonder-paginas", folder.toString()),
				new Console(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
						new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)));
		String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
		String errors = err.toString(java.nio.charset.StandardCharsets.UTF_8);
		assertEquals(OppCli.USAGE, exit, errors);
		assertTrue(printed.contains("Samenvatting: 13 documenten, 9 in orde, 1 met fouten, 3 overgeslagen; tijd "), printed);
		assertTrue(errors.contains("sem-3.opp: fout: Dit document kon niet gecontroleerd worden door een interne fout in OPP Studio "
				+ "(IllegalStateException); de andere documenten zijn wel gecontroleerd."), errors);
		assertTrue(errors.contains("sem-8.opp: fout: Dit document kon niet gecontroleerd worden door een interne fout in OPP Studio "
				+ "(StackOverflowError)"), errors);
		assertFalse(errors.contains("Sem de Vries") || errors.contains("\tat "), "no message, no stack trace: " + errors);
		assertTrue(errors.contains("13 van 13 documenten (100%)"), errors);
	}

	/** Review finding 21: a sub-folder that cannot be read is named and skipped; the rest is checked. */
	@Test
	void anUnreadableSubFolderIsReportedAndSkipped() throws Exception {
		Path locked = folder.resolve("school-a");
		java.nio.file.Files.setPosixFilePermissions(locked, java.util.Set.of());
		try {
			org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
					"a folder without permissions is still readable here (root): nothing to test");
			assertEquals(OppCli.USAGE, cli.run("validate", "--format", Examples.file(Examples.FORMAT).toString(), "--at",
					"2026-10-01", "--zonder-paginas", folder.toString()), cli.err());
			assertTrue(cli.err().contains(locked + ": fout: map kan niet gelezen worden (geen toegang); de documenten daarin zijn overgeslagen."),
					cli.err());
			assertTrue(cli.out().contains("Samenvatting: 7 documenten, 5 in orde, 1 met fouten, 1 overgeslagen"), cli.out());
		} finally {
			java.nio.file.Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
		}
	}

	/** Review finding 22: page counting (a FOP layout each) is capped by the heap, not only by the cores. */
	@Test
	void pageLayoutsAtOnceAreBoundedByTheHeap() {
		long mb = 1L << 20;
		assertEquals(4, ValidateCommand.pageLayouts(32, 512 * mb), "a 32-core server with -Xmx512m");
		assertEquals(2, ValidateCommand.pageLayouts(2, 8192 * mb), "two cores, a big heap");
		assertEquals(1, ValidateCommand.pageLayouts(16, 64 * mb), "at least one");
	}
}
