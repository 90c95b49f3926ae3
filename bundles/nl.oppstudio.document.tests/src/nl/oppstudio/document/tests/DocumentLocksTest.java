package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.document.DocumentLocks;
import nl.oppstudio.document.DocumentLocks.Holder;
import nl.oppstudio.document.DocumentLocks.Lock;
import nl.oppstudio.document.DocumentLocks.Result;

/** Issue 16, "Two people, one file": a document's lock file says who has it open; stale locks are taken over. */
class DocumentLocksTest {

	@TempDir
	Path temp;

	private Path document() throws Exception {
		Path document = temp.resolve("sem.opp");
		Files.writeString(document, "<opp/>");
		return document;
	}

	/** A lock file as another editor on another computer writes it. */
	static Holder someoneElse(Instant updated) {
		return new Holder("j.jansen", "SCHOOL-PC-07", Instant.parse("2026-11-30T08:15:00Z"), updated, 4242,
				"OPP Editor");
	}

	private static Properties read(Path file) throws Exception {
		Properties properties = new Properties();
		properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
		return properties;
	}

	@Test
	void acquireWritesTheContractKeysBesideTheDocument() throws Exception {
		Path document = document();
		Result result = DocumentLocks.acquire(document, "OPP Editor");
		assertTrue(result.acquired());
		Path file = temp.resolve(".sem.opp.lock");
		assertEquals(file, result.lock().file());
		Properties properties = read(file);
		assertEquals(System.getProperty("user.name"), properties.getProperty("gebruiker"));
		assertEquals(DocumentLocks.thisComputer(), properties.getProperty("computer"));
		assertNotNull(Instant.parse(properties.getProperty("sinds")));
		assertNotNull(Instant.parse(properties.getProperty("bijgewerkt")));
		assertEquals(Long.toString(ProcessHandle.current().pid()), properties.getProperty("proces"));
		assertEquals("OPP Editor", properties.getProperty("programma"));
		result.lock().release();
		assertFalse(Files.exists(file));
	}

	@Test
	void aLockHeldBySomeoneElseIsNotTakenAndNamesThem() throws Exception {
		Path document = document();
		Path file = DocumentLocks.lockFile(document);
		String text = DocumentLocks.text(someoneElse(Instant.now()));
		Files.writeString(file, text);
		Result result = DocumentLocks.acquire(document, "opp transition");
		assertFalse(result.acquired());
		assertEquals("j.jansen", result.holder().user());
		assertEquals("SCHOOL-PC-07", result.holder().computer());
		assertTrue(result.holder().describe().startsWith("Dit OPP is geopend door j.jansen op computer SCHOOL-PC-07 sinds 30-11-2026 om "),
				result.holder().describe());
		assertEquals(text, Files.readString(file), "nothing written");
		assertTrue(DocumentLocks.heldByOther(document).isPresent());
	}

	@Test
	void secondAcquireInTheSameFolderFails() throws Exception {
		Path document = document();
		try (Lock first = DocumentLocks.acquire(document, "OPP Editor").lock()) {
			Result second = DocumentLocks.acquire(document, "OPP Editor");
			assertFalse(second.acquired(), "two editors cannot both take it");
			assertFalse(DocumentLocks.heldByOther(document).isPresent(), "but it is not someone else's");
		}
		assertTrue(DocumentLocks.acquire(document, "OPP Editor").acquired(), "after release it is free");
	}

	@Test
	void aLockNotRefreshedForLongIsStaleAndTakenOver() throws Exception {
		Path document = document();
		Path file = DocumentLocks.lockFile(document);
		Instant old = Instant.now().minus(DocumentLocks.STALE_AFTER).minus(Duration.ofMinutes(1));
		Files.writeString(file, DocumentLocks.text(someoneElse(old)));
		assertTrue(someoneElse(old).isStale(Instant.now()));
		assertFalse(DocumentLocks.heldByOther(document).isPresent());
		Result result = DocumentLocks.acquire(document, "OPP Editor");
		assertTrue(result.acquired());
		assertEquals(DocumentLocks.thisComputer(), read(file).getProperty("computer"));
		result.lock().release();
	}

	@Test
	void aLockOfAGoneProcessOnThisComputerIsStale() throws Exception {
		Path document = document();
		Process process = new ProcessBuilder("java", "-version").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		process.waitFor();
		Holder crashed = new Holder("ik", DocumentLocks.thisComputer(), Instant.now(), Instant.now(), process.pid(),
				"OPP Editor");
		Files.writeString(DocumentLocks.lockFile(document), DocumentLocks.text(crashed));
		assertTrue(crashed.isStale(Instant.now()));
		assertTrue(DocumentLocks.acquire(document, "OPP Editor").acquired());
	}

	@Test
	void aLockOfALiveProcessOnThisComputerIsNotStale() throws Exception {
		Path document = document();
		Process process = new ProcessBuilder("sleep", "30").start();
		try {
			Holder other = new Holder("ik", DocumentLocks.thisComputer(), Instant.now(), Instant.now(), process.pid(),
					"OPP Editor");
			Files.writeString(DocumentLocks.lockFile(document), DocumentLocks.text(other));
			assertFalse(other.isStale(Instant.now()));
			assertFalse(DocumentLocks.acquire(document, "OPP Editor").acquired());
		} finally {
			process.destroy();
		}
	}

	@Test
	void refreshWritesANewTimeWhileTheLockIsOurs() throws Exception {
		Path document = document();
		Lock lock = DocumentLocks.acquire(document, "OPP Editor").lock();
		Path file = lock.file();
		Instant before = Instant.parse(read(file).getProperty("bijgewerkt"));
		Thread.sleep(5);
		assertTrue(lock.refresh());
		Instant after = Instant.parse(read(file).getProperty("bijgewerkt"));
		assertTrue(after.isAfter(before), before + " " + after);
		assertEquals(read(file).getProperty("sinds"), lock.holder().since().toString());

		// taken over by someone who judged it stale (a laptop that slept): no longer ours
		Files.writeString(file, DocumentLocks.text(someoneElse(Instant.now())));
		assertFalse(lock.refresh());
		lock.release();
		assertTrue(Files.exists(file), "release leaves someone else's lock alone");
		assertEquals("j.jansen", read(file).getProperty("gebruiker"));
	}

	@Test
	void aLockFileThatCannotBeUnderstoodIsHeldBySomeoneElseUntilItsFileTimeIsOld() throws Exception {
		// finding 12: a newer program's or a half-written lock is someone's, not a broken file to delete
		Path document = document();
		Path file = DocumentLocks.lockFile(document);
		Files.writeString(file, "gebruiker=\nsinds=gisteren\n");
		Result result = DocumentLocks.acquire(document, "OPP Editor");
		assertFalse(result.acquired());
		assertTrue(result.holder().isUnknown());
		assertTrue(result.holder().describe().startsWith("Dit OPP is geopend door iemand anders"),
				result.holder().describe());
		assertTrue(DocumentLocks.heldByOther(document).isPresent(), "the overview marks it too");
		assertEquals("gebruiker=\nsinds=gisteren\n", Files.readString(file), "left alone");

		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(DocumentLocks.STALE_AFTER).minusSeconds(60)));
		try (Lock lock = DocumentLocks.acquire(document, "OPP Editor").lock()) {
			assertNotNull(lock, "an old one is stale and taken over");
		}
	}

	@Test
	void anUnreadableLockOfAnotherAccountIsNotTakenOver() throws Exception {
		// finding 12: another POSIX account's lock that this account cannot read
		Path document = document();
		Path file = DocumentLocks.lockFile(document);
		Files.writeString(file, DocumentLocks.text(someoneElse(Instant.now())));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		try {
			Assumptions.assumeFalse(Files.isReadable(file), "root reads every file: needs an ordinary account");
			Result result = DocumentLocks.acquire(document, "OPP Editor");
			assertFalse(result.acquired());
			assertTrue(result.holder().isUnknown());
			assertTrue(Files.exists(file));
		} finally {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	@Test
	void lockFilesAreReadableByTheOthersWhoShareTheFolder() throws Exception {
		// finding 12: a lock holds no pupil data; owner-only, another account could not see who has it
		Path document = document();
		try (Lock lock = DocumentLocks.acquire(document, "OPP Editor").lock()) {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(lock.file());
			Assumptions.assumeTrue(Files.getPosixFilePermissions(document).contains(PosixFilePermission.OTHERS_READ),
					"the umask lets others read new files");
			assertTrue(permissions.contains(PosixFilePermission.OTHERS_READ), permissions.toString());
			lock.refresh();
			assertTrue(Files.getPosixFilePermissions(lock.file()).contains(PosixFilePermission.OTHERS_READ),
					"also after a refresh");
		}
	}

	@Test
	void manyTakingOverOneStaleLockAtOnceGiveItToExactlyOne() throws Exception {
		// findings 6, 32, 35: a stale lock taken over by many at the same instant
		Path document = document();
		Path file = DocumentLocks.lockFile(document);
		int takers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(takers);
		try {
			for (int round = 0; round < 40; round++) {
				Files.writeString(file, DocumentLocks.text(someoneElse(Instant.now().minus(DocumentLocks.STALE_AFTER)
						.minusSeconds(60))));
				CyclicBarrier start = new CyclicBarrier(takers);
				List<Future<Result>> results = new ArrayList<>();
				for (int i = 0; i < takers; i++) {
					String program = "taker " + i;
					results.add(pool.submit(() -> {
						start.await();
						return DocumentLocks.acquire(document, program);
					}));
				}
				List<Lock> locks = new ArrayList<>();
				for (Future<Result> result : results) {
					Result r = result.get(30, TimeUnit.SECONDS);
					if (r.acquired()) {
						locks.add(r.lock());
					}
				}
				assertEquals(1, locks.size(), "round " + round + ": exactly one holds it");
				assertTrue(locks.get(0).stillOurs());
				assertTrue(locks.get(0).refresh());
				locks.get(0).release();
				assertFalse(Files.exists(file));
			}
		} finally {
			pool.shutdownNow();
		}
		try (var left = Files.list(temp)) {
			assertEquals(List.of(document), left.toList(), "no guard folder or temporary file left");
		}
	}

	@Test
	void namesWithSpecialCharactersSurvive() throws Exception {
		Path document = document();
		Holder odd = new Holder("Zoë = \"de Wit\"\n#1", "PC:ÅÄ", Instant.now(), Instant.now(), 7, "OPP\\Editor");
		Files.writeString(DocumentLocks.lockFile(document), DocumentLocks.text(odd));
		Holder read = DocumentLocks.acquire(document, "x").holder();
		assertEquals(odd, read);
	}

	@Test
	void withoutHardLinksCreatingANewFileStillGivesItToExactlyOne() throws Exception {
		// finding 35: SMB shares without unix extensions, FAT: AtomicFiles.create falls back to a move
		System.setProperty(AtomicFiles.NO_HARD_LINKS, "true");
		int creators = 8;
		ExecutorService pool = Executors.newFixedThreadPool(creators);
		try {
			for (int round = 0; round < 600; round++) { // the old fallback failed about 1 round in 370
				Path target = temp.resolve("nieuw-" + round + ".opp");
				CyclicBarrier start = new CyclicBarrier(creators);
				List<Future<Boolean>> results = new ArrayList<>();
				for (int i = 0; i < creators; i++) {
					byte[] content = ("maker " + i).getBytes(StandardCharsets.UTF_8);
					results.add(pool.submit(() -> {
						start.await();
						try {
							AtomicFiles.create(target, out -> out.write(content));
							return true;
						} catch (FileAlreadyExistsException e) {
							return false;
						}
					}));
				}
				int won = 0;
				for (Future<Boolean> result : results) {
					won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
				}
				assertEquals(1, won, "round " + round + ": exactly one created it");
				assertTrue(Files.readString(target).startsWith("maker "));
			}
			// and locks on such a share
			Path document = document();
			try (Lock lock = DocumentLocks.acquire(document, "OPP Editor").lock()) {
				assertNotNull(lock);
				assertFalse(DocumentLocks.acquire(document, "OPP Editor").acquired());
			}
		} finally {
			System.clearProperty(AtomicFiles.NO_HARD_LINKS);
			pool.shutdownNow();
		}
	}
}
