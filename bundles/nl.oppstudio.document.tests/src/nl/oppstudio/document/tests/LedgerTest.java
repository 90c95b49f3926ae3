package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Ledger;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 16, "Crash safety and concurrent use": "Truncating the log cannot be detected today without an
 * anchor outside the file. Add one: a per-folder ledger of each document's last log hash, updated on every
 * save. {@code opp audit} reports a document whose log is shorter than its ledger entry, and the ledger's own
 * edits are detected." (docs/rules.md: "The chain has no anchor outside the file, so removing the last
 * entries is not detectable from the file alone.") What the log proves is a legal fact (shared/DOMAIN.md,
 * "Process rules": "Before adoption: OOGO ... with parents about the whole OPP, and parents' consent
 * (instemmingsrecht) on the handelingsdeel. Without consent the OPP cannot be executed."), so a log cut short
 * (a consent or a move taken back without trace) must be found.
 */
class LedgerTest {

	private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(1));

	private static Format format;

	@TempDir
	Path folder;

	@BeforeAll
	static void loadFormat() {
		format = TestFormats.example();
	}

	/** Two documents saved three times each, every save with a new log entry. */
	private List<Path> savedFolder() throws Exception {
		List<Path> files = new ArrayList<>();
		for (String name : List.of("sem.opp", "noor.opp")) {
			Path file = folder.resolve(name);
			Files.copy(Examples.file(Examples.DOCUMENT), file);
			OppDocument document = Documents.load(file, format);
			for (int i = 0; i < 3; i++) {
				Lifecycle.recordMigration(document, "1." + i, "1." + (i + 1), "versie " + i, T0.plusDays(i));
				Documents.save(document, file);
			}
			files.add(file);
		}
		return files;
	}

	private List<Diagnostic> audit(Path file) throws Exception {
		OppDocument document = Documents.load(file, format);
		List<Diagnostic> problems = new ArrayList<>(Lifecycle.verify(document, file));
		problems.addAll(Ledger.audit(document, file));
		return problems;
	}

	private List<Diagnostic> auditFolder() throws Exception {
		Ledger.Reading reading = Ledger.read(Ledger.file(folder));
		List<Diagnostic> problems = new ArrayList<>(Ledger.ledgerProblems(folder, reading));
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".opp")).sorted().toList()) {
				problems.addAll(Ledger.compare(reading, Documents.load(file, format), file));
			}
		}
		problems.addAll(Ledger.gone(folder, reading));
		return problems;
	}

	private Path ledger() {
		return folder.resolve(".opp-register");
	}

	@Test
	void anUntouchedFolderPassesAndTheLedgerIsOwnerOnly() throws Exception {
		List<Path> files = savedFolder();
		assertEquals(List.of(), auditFolder());
		for (Path file : files) {
			assertEquals(List.of(), audit(file));
		}
		List<String> lines = Files.readAllLines(ledger());
		assertTrue(lines.get(0).startsWith("opp-register 2\t"), lines.get(0));
		assertEquals(4, lines.size(), lines.toString()); // header, two documents, the end line
		String text = String.join("\n", lines);
		assertFalse(text.contains("sem") || text.contains("noor"), "no names in the ledger (finding 19): " + text);
		assertTrue(Files.getPosixFilePermissions(ledger()).stream().noneMatch(p -> p.name().startsWith("OTHERS")),
				Files.getPosixFilePermissions(ledger()).toString());
	}

	@Test
	void aLogCutShortByHandIsFound() throws Exception {
		Path sem = savedFolder().get(1);
		String xml = Files.readString(sem, StandardCharsets.UTF_8);
		// remove the last entry and recompute nothing: the chain in the file is still whole
		int start = xml.lastIndexOf("<logboek");
		int end = xml.indexOf("</logboek>", start);
		end = end < 0 ? xml.indexOf("/>", start) + 2 : end + "</logboek>".length();
		Files.writeString(sem, xml.substring(0, start) + xml.substring(end), StandardCharsets.UTF_8);
		OppDocument cut = Documents.load(sem, format);
		assertEquals(2, Lifecycle.entries(cut).size());
		assertEquals(List.of(), Lifecycle.verify(cut, sem), "the file alone cannot tell");
		List<Diagnostic> problems = audit(sem);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().contains("ingekort"), problems.get(0).message());
		assertTrue(problems.get(0).message().contains("2 regels") && problems.get(0).message().contains("kent er 3"),
				problems.get(0).message());
		assertEquals(1, auditFolder().size());
	}

	@Test
	void aRewrittenLogIsFound() throws Exception {
		Path noor = savedFolder().get(0);
		// a log rewritten from entry 3 on: as long as the ledger's entry, a whole chain, another last hash
		OppDocument other = Documents.load(noor.resolveSibling("noor.opp.bak"), format);
		Lifecycle.recordMigration(other, "1.2", "1.3", "anders", T0.plusDays(2));
		Documents.writeCopy(other, noor); // a copy writes no ledger line
		List<Diagnostic> problems = audit(noor);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().contains("herschreven"), problems.get(0).message());
	}

	@Test
	void anEditedLineOfTheLedgerIsFound() throws Exception {
		savedFolder();
		editLine(2, "\t3\t", "\t2\t");
		List<Diagnostic> problems = auditFolder();
		// the edited line; its entry is not trusted, so it is not compared
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().contains("buiten OPP Studio gewijzigd: regel 2"), problems.get(0).message());
		assertEquals(2, problems.get(0).line());
	}

	@Test
	void aRemovedOrMovedLineOfTheLedgerIsFound() throws Exception {
		savedFolder();
		List<String> lines = Files.readAllLines(ledger());
		Files.write(ledger(), List.of(lines.get(0), lines.get(2), lines.get(3))); // first document's line gone
		assertFalse(auditFolder().isEmpty());
		assertTrue(auditFolder().stream().allMatch(d -> d.message().contains("buiten OPP Studio gewijzigd")),
				auditFolder().toString());
		Files.write(ledger(), List.of(lines.get(0), lines.get(1), lines.get(3))); // the last line gone
		assertTrue(auditFolder().stream().anyMatch(d -> d.message().contains("regels verwijderd")), auditFolder().toString());
		Files.write(ledger(), List.of(lines.get(0), lines.get(2), lines.get(1), lines.get(3))); // swapped
		assertFalse(auditFolder().isEmpty());
	}

	@Test
	void anEditedLedgerIsKeptAsideByTheNextSaveAndStillReported() throws Exception {
		List<Path> files = savedFolder();
		editLine(2, "\t3\t", "\t1\t");
		editLine(3, "\t3\t", "\t1\t");
		OppDocument noor = Documents.load(files.get(0), format);
		Documents.save(noor, files.get(0));
		List<Diagnostic> problems = auditFolder();
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().contains("eerder buiten OPP Studio gewijzigd"), problems.get(0).message());
		// finding 33: the edited lines were not carried into the new ledger as trusted: only noor's new entry
		assertEquals(1, Ledger.read(ledger()).entries().size(), Files.readString(ledger()));
		assertEquals(3, Ledger.read(ledger()).entries().get(0).length());
	}

	@Test
	void aRemovedDocumentIsNamed() throws Exception {
		List<Path> files = savedFolder();
		Files.delete(files.get(1)); // noor.opp
		List<Diagnostic> problems = auditFolder();
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(Severity.WARNING, problems.get(0).severity(), "finding 3: gone is a warning");
		assertTrue(problems.get(0).message().contains("is er niet meer"), problems.get(0).message());
		assertFalse(problems.get(0).message().contains("noor"), problems.get(0).message());
		// finding 3/19: acknowledged by name, the entry (and with it the last trace of the name) is gone
		assertEquals(1, Ledger.acknowledge(folder, "noor.opp"));
		assertEquals(List.of(), auditFolder());
		assertEquals(0, Ledger.acknowledge(folder, "noor.opp"), "nothing left to acknowledge");
	}

	@Test
	void aLedgerOneSaveBehindIsNoProblem() throws Exception {
		Path sem = savedFolder().get(1);
		byte[] ledger = Files.readAllBytes(ledger());
		OppDocument document = Documents.load(sem, format);
		Lifecycle.recordMigration(document, "1.3", "1.4", "na de crash", T0.plusDays(9));
		Documents.save(document, sem);
		Files.write(ledger(), ledger); // as if killed between the document and the ledger
		assertEquals(List.of(), audit(sem));
		assertEquals(List.of(), auditFolder());
	}

	@Test
	void documentsBackupsAndCopiesAreOwnerOnlyAlsoWhenTheOldFileWasShared() throws Exception {
		Path file = folder.resolve("gedeeld.opp");
		Files.copy(Examples.file(Examples.DOCUMENT), file);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		OppDocument document = Documents.load(file, format);
		Documents.save(document, file);
		var ownerOnly = PosixFilePermissions.fromString("rw-------");
		var group = PosixFilePermissions.fromString("rw-rw----"); // finding 13: the group keeps its bits, others lose theirs
		assertEquals(group, Files.getPosixFilePermissions(file));
		assertEquals(group, Files.getPosixFilePermissions(folder.resolve("gedeeld.opp.bak")));
		assertEquals(group, Files.getPosixFilePermissions(ledger()));
		Path copy = folder.resolve(".gedeeld.opp.herstel");
		Documents.writeCopy(document, copy);
		assertEquals(ownerOnly, Files.getPosixFilePermissions(copy));
		Path created = folder.resolve("nieuw.opp");
		Documents.saveNew(document, created);
		assertEquals(ownerOnly, Files.getPosixFilePermissions(created));
	}

	/** Replaces text in one line of the ledger (1-based line number) without recomputing any chain. */
	private void editLine(int number, String from, String to) throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(ledger()));
		lines.set(number - 1, lines.get(number - 1).replaceFirst(from, to));
		Files.write(ledger(), lines);
	}

	private static void cutLastEntry(Path file) throws Exception {
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		int start = xml.lastIndexOf("<logboek");
		int end = xml.indexOf("</logboek>", start);
		end = end < 0 ? xml.indexOf("/>", start) + 2 : end + "</logboek>".length();
		Files.writeString(file, xml.substring(0, start) + xml.substring(end), StandardCharsets.UTF_8);
	}

	/** Finding 1: a save after a cut does not launder it; the evidence stays until acknowledged. */
	@Test
	void aLogCutShortAndThenSavedIsStillFound() throws Exception {
		Path sem = savedFolder().get(1);
		cutLastEntry(sem);
		Documents.save(Documents.load(sem, format), sem); // the next ordinary save
		List<Diagnostic> problems = audit(sem);
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(Severity.ERROR, problems.get(0).severity());
		assertTrue(problems.get(0).message().contains("ingekort") && problems.get(0).message().contains("3 regels"),
				problems.get(0).message());
		OppDocument cut = Documents.load(sem, format);
		Lifecycle.recordMigration(cut, "1.3", "1.4", "na het knippen", T0.plusDays(20));
		Documents.save(cut, sem); // and another, with a new entry 3: still there
		problems = audit(sem);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().contains("ingekort"), problems.get(0).message());
		assertEquals(2, Ledger.acknowledge(folder, sem.getFileName().toString())); // the evidence and the entry
		assertEquals(List.of(), audit(sem));
		Documents.save(Documents.load(sem, format), sem);
		assertEquals(List.of(), audit(sem), "recorded anew");
	}

	/** Finding 23: another document under an old name is new; a restore from .bak is a warning, also after a save. */
	@Test
	void anotherDocumentUnderAnOldNameIsNewAndARestoreIsAWarning() throws Exception {
		List<Path> files = savedFolder();
		Path sem = files.get(1);
		// a restore: the .bak (one entry shorter) copied over the document
		Files.copy(sem.resolveSibling(sem.getFileName() + ".bak"), sem, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		List<Diagnostic> problems = audit(sem);
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(Severity.WARNING, problems.get(0).severity());
		assertTrue(problems.get(0).message().contains("teruggezet"), problems.get(0).message());
		Documents.save(Documents.load(sem, format), sem);
		problems = audit(sem);
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(Severity.WARNING, problems.get(0).severity(), problems.toString());
		// a different document (its own log) under noor's name: a warning, also after it was saved
		Path noor = files.get(0);
		OppDocument other = Documents.load(Examples.file(Examples.DOCUMENT), format);
		Lifecycle.recordMigration(other, "2.0", "2.1", "ander kind", T0.plusDays(40));
		Documents.writeCopy(other, noor);
		problems = audit(noor);
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(Severity.WARNING, problems.get(0).severity());
		assertTrue(problems.get(0).message().contains("ander document"), problems.get(0).message());
		Documents.save(Documents.load(noor, format), noor);
		assertEquals(List.of(Severity.WARNING), audit(noor).stream().map(Diagnostic::severity).toList());
	}

	/** Finding 13: a ledger this account cannot read is reported, never kept aside, never replaced. */
	@Test
	void anUnreadableLedgerIsLeftAlone() throws Exception {
		Path sem = savedFolder().get(1);
		boolean root = "root".equals(System.getProperty("user.name"));
		byte[] before = Files.readAllBytes(ledger());
		if (root) { // root reads every file: a folder in the ledger's place cannot be read either
			Files.delete(ledger());
			Files.createDirectory(ledger());
		} else {
			Files.setPosixFilePermissions(ledger(), PosixFilePermissions.fromString("---------"));
		}
		try {
			Documents.save(Documents.load(sem, format), sem);
			List<Diagnostic> problems = audit(sem);
			assertTrue(problems.stream().anyMatch(d -> d.message().contains("kan niet gelezen worden")), problems.toString());
			try (var list = Files.list(folder)) {
				assertTrue(list.noneMatch(f -> f.getFileName().toString().startsWith(Ledger.KEPT_PREFIX)));
			}
			assertEquals(root, Files.isDirectory(ledger()), "never replaced");
		} finally {
			if (root) {
				Files.delete(ledger());
				Files.write(ledger(), before);
			} else {
				Files.setPosixFilePermissions(ledger(), PosixFilePermissions.fromString("rw-------"));
			}
		}
		org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(ledger()));
	}

	/** A version 1 ledger (file names) is still read, and the next save writes it anew without names. */
	@Test
	void aVersionOneLedgerIsReadAndRewrittenWithoutNames() throws Exception {
		Path sem = savedFolder().get(1);
		String last = Lifecycle.entries(Documents.load(sem, format)).get(2).get("hash");
		cutLastEntry(sem);
		String header = "opp-register 1";
		String line = "noor.opp\t3\t" + last; // noor's line stays: its document is saved next
		String chain = sha256(sha256(header) + "\n" + line);
		Files.writeString(ledger(), header + "\n" + line + "\t" + chain + "\neinde\t1\t" + chain + "\n");
		assertTrue(audit(sem).stream().anyMatch(d -> d.message().contains("ingekort")), audit(sem).toString());
		Documents.save(Documents.load(sem, format), sem);
		assertFalse(Files.readString(ledger()).contains("noor"), Files.readString(ledger()));
		assertTrue(Files.readString(ledger()).startsWith("opp-register 2\t"));
		assertTrue(audit(sem).stream().anyMatch(d -> d.message().contains("ingekort")), audit(sem).toString());
	}

	private static List<Path> files(Path folder) throws Exception {
		return nl.oppstudio.document.FolderDocuments.files(folder);
	}

	private static String sha256(String text) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
