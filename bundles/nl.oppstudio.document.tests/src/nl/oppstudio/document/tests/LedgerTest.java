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
		assertEquals("opp-register 1", lines.get(0));
		assertEquals(4, lines.size(), lines.toString()); // header, two documents, the end line
		assertTrue(lines.get(2).startsWith("sem.opp\t3\t"), lines.get(2));
		assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(ledger()));
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
		// a log made anew: as long as the ledger's entry, a whole chain, other hashes
		OppDocument other = Documents.load(Examples.file(Examples.DOCUMENT), format);
		for (int i = 0; i < 3; i++) {
			Lifecycle.recordMigration(other, "1." + i, "1." + (i + 1), "anders " + i, T0.plusDays(i));
		}
		Documents.writeCopy(other, noor); // a copy writes no ledger line
		List<Diagnostic> problems = audit(noor);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().contains("herschreven"), problems.get(0).message());
	}

	@Test
	void anEditedLineOfTheLedgerIsFound() throws Exception {
		savedFolder();
		String text = Files.readString(ledger());
		Files.writeString(ledger(), text.replace("sem.opp\t3\t", "sem.opp\t2\t"));
		List<Diagnostic> problems = auditFolder();
		// the edited line, and (as the edit says so) sem's log no longer matches at entry 2
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().contains("buiten OPP Studio gewijzigd: regel 3"), problems.get(0).message());
		assertEquals(3, problems.get(0).line());
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
		Files.writeString(ledger(), Files.readString(ledger()).replace("sem.opp\t3\t", "sem.opp\t1\t"));
		OppDocument noor = Documents.load(files.get(0), format);
		Documents.save(noor, files.get(0));
		List<Diagnostic> problems = auditFolder();
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().contains("eerder buiten OPP Studio gewijzigd"), problems.get(0).message());
	}

	@Test
	void aRemovedDocumentIsNamed() throws Exception {
		List<Path> files = savedFolder();
		Files.delete(files.get(1)); // noor.opp
		List<Diagnostic> problems = auditFolder();
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().startsWith("noor.opp staat in het register"), problems.get(0).message());
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
		assertEquals(ownerOnly, Files.getPosixFilePermissions(file));
		assertEquals(ownerOnly, Files.getPosixFilePermissions(folder.resolve("gedeeld.opp.bak")));
		Path copy = folder.resolve(".gedeeld.opp.herstel");
		Documents.writeCopy(document, copy);
		assertEquals(ownerOnly, Files.getPosixFilePermissions(copy));
		Path created = folder.resolve("nieuw.opp");
		Documents.saveNew(document, created);
		assertEquals(ownerOnly, Files.getPosixFilePermissions(created));
	}
}
