package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.core.WriteErrors;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 16: "A disk that is full or read-only gives a clear message, and the old file stays." Real full
 * and read-only disks where the machine allows it (a small tmpfs mounted for the test; needs root, as CI
 * runs), an immutable folder ({@code chattr +i}), and injected failures; each time the old file is
 * byte-identical afterwards and no temporary file is left.
 */
class WriteErrorsTest {

	private static Format format;

	@TempDir
	Path temp;

	private Path mounted;

	private Path immutable;

	@BeforeAll
	static void loadFormat() {
		format = TestFormats.example();
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (immutable != null) {
			run("chattr", "-i", immutable.toString());
		}
		if (mounted != null) {
			run("umount", mounted.toString());
		}
	}

	private static boolean run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
	}

	/** A tmpfs of this many KiB at a folder of the test, or the test is skipped with the reason. */
	private Path tmpfs(int kib) throws Exception {
		Path point = Files.createDirectories(temp.resolve("schijf"));
		Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", point.toString()),
				"no tmpfs can be mounted here (needs root and mount): the injected cases still run");
		mounted = point;
		return point;
	}

	/** The example document, saved once in a folder (so that a .bak and a ledger exist too). */
	private Path savedDocument(Path folder) throws Exception {
		Path file = folder.resolve("sem.opp");
		Files.copy(Examples.file(Examples.DOCUMENT), file);
		Documents.save(Documents.load(file, format), file);
		return file;
	}

	/** Saving fails with a sentence of this kind; the document and its folder are exactly as before. */
	private void saveFails(Path file, WriteErrors.Kind kind, String words) throws Exception {
		OppDocument document = Documents.load(file, format);
		document.setValue(document.schema().leaf("leerling/school"), "Een andere school");
		byte[] before = Files.readAllBytes(file);
		List<String> folderBefore = names(file.getParent());
		IOException error = assertThrows(IOException.class, () -> Documents.save(document, file));
		assertEquals(kind, WriteErrors.kind(error), error.toString());
		String sentence = WriteErrors.describe(file, error);
		assertTrue(sentence.contains(words), sentence);
		assertTrue(sentence.endsWith("Het bestaande bestand is niet veranderd."), sentence);
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(folderBefore, names(file.getParent()), "a temporary file was left behind");
	}

	private static List<String> names(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aFullDiskSaysSoAndKeepsTheOldFile() throws Exception {
		Path disk = tmpfs(512);
		Path file = savedDocument(disk);
		// fill what is left; tmpfs counts whole pages, so write until the disk refuses
		try (var out = Files.newOutputStream(disk.resolve("vol"))) {
			byte[] block = new byte[4096];
			while (true) {
				out.write(block);
			}
		} catch (IOException full) {
			assertEquals(WriteErrors.Kind.DISK_FULL, WriteErrors.kind(full), full.toString());
		}
		saveFails(file, WriteErrors.Kind.DISK_FULL, "de schijf is vol");
	}

	@Test
	void aReadOnlyDiskSaysSoAndKeepsTheOldFile() throws Exception {
		Path disk = tmpfs(1024);
		Path file = savedDocument(disk);
		Assumptions.assumeTrue(run("mount", "-o", "remount,ro", disk.toString()), "tmpfs cannot be made read-only here");
		saveFails(file, WriteErrors.Kind.READ_ONLY, "alleen-lezen");
	}

	@Test
	void aFolderThatMayNotBeWrittenSaysSoAndKeepsTheOldFile() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("dicht"));
		Path file = savedDocument(folder);
		// root ignores chmod: an immutable folder (ext4, xfs …) refuses even root
		Assumptions.assumeTrue(run("chattr", "+i", folder.toString()), "chattr +i is not possible here");
		immutable = folder;
		saveFails(file, WriteErrors.Kind.NO_PERMISSION, "u mag niet schrijven in");
	}

	@Test
	void anInjectedFailureLeavesTheOldFileAndNoTemporaryFile() throws Exception {
		Path file = temp.resolve("bestaand.opp");
		byte[] before = "oude inhoud".getBytes(StandardCharsets.UTF_8);
		Files.write(file, before);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		IOException error = assertThrows(IOException.class, () -> AtomicFiles.writePrivate(file, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("No space left on device");
		}));
		assertEquals("bestaand.opp kon niet worden opgeslagen: de schijf is vol. Maak ruimte vrij en sla opnieuw op."
				+ " Het bestaande bestand is niet veranderd.", WriteErrors.describe(file, error));
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(file));
		assertEquals(List.of("bestaand.opp"), names(temp));
	}

	@Test
	void everyKindHasItsSentence() {
		Path file = temp.resolve("sem.opp");
		assertEquals(WriteErrors.Kind.READ_ONLY, WriteErrors.kind(new FileSystemException("x", null, "Read-only file system")));
		assertEquals(WriteErrors.Kind.NO_PERMISSION, WriteErrors.kind(new AccessDeniedException("x")));
		assertEquals(WriteErrors.Kind.IN_USE, WriteErrors.kind(new FileSystemException("x", null,
				"The process cannot access the file because it is being used by another process")));
		assertEquals(WriteErrors.Kind.FOLDER_MISSING, WriteErrors.kind(new NoSuchFileException("x")));
		assertEquals(WriteErrors.Kind.DISK_FULL, WriteErrors.kind(new IOException(new IOException("No space left on device"))));
		// finding 25: a taken name is not a missing folder; "locked" alone is not a file in use
		assertEquals(WriteErrors.Kind.EXISTS, WriteErrors.kind(new java.nio.file.FileAlreadyExistsException("x")));
		assertEquals(WriteErrors.Kind.NO_PERMISSION,
				WriteErrors.kind(new FileSystemException("x", null, "Access is denied: account locked")));
		assertEquals(WriteErrors.Kind.IN_USE, WriteErrors.kind(new FileSystemException("x", null,
				"The process cannot access the file because another process has locked a portion of the file")));
		assertEquals("sem.opp kon niet worden opgeslagen: in " + temp.toAbsolutePath()
				+ " staat al een bestand met die naam. Kies een andere naam. Er is geen half bestand achtergelaten.",
				WriteErrors.describe(file, new java.nio.file.FileAlreadyExistsException(file.toAbsolutePath().toString())));
		// a file standing where a folder on the way should be (createDirectories names that file): a missing folder
		assertTrue(WriteErrors.describe(file, new java.nio.file.FileAlreadyExistsException(temp.toString()))
				.contains("bestaat niet (meer)"));
		String other = WriteErrors.describe(file, new IOException("I/O error"));
		assertEquals("sem.opp kon niet worden opgeslagen (I/O error). Er is geen half bestand achtergelaten.", other);
		for (String sentence : List.of(WriteErrors.describe(file, new AccessDeniedException("x")),
				WriteErrors.describe(file, new NoSuchFileException("x")))) {
			assertTrue(sentence.startsWith("sem.opp kon niet worden opgeslagen: "), sentence);
			assertTrue(!sentence.contains("Exception"), sentence);
		}
	}

	@Test
	void anOwnerOnlyFileIsPrivateFromItsFirstByte() throws Exception {
		Path file = temp.resolve("leerling.pdf");
		AtomicFiles.createPrivate(file, out -> {
			try (var files = Files.list(temp)) {
				for (Path written : files.toList()) {
					assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(written), written.toString());
				}
			}
			out.write(1);
		});
		assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
		AtomicFiles.writePrivate(file, out -> {
			try (var files = Files.list(temp)) { // the new content is owner-only while it is written
				for (Path written : files.filter(f -> !f.equals(file)).toList()) {
					assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(written), written.toString());
				}
			}
			out.write(2);
		});
		// finding 13: the group keeps its bits (a folder shared by group), others lose theirs
		assertEquals(PosixFilePermissions.fromString("rw-rw----"), Files.getPosixFilePermissions(file));
	}
}
