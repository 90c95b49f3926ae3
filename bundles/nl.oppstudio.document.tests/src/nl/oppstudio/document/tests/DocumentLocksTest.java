package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
	void aBrokenLockFileIsTakenOver() throws Exception {
		Path document = document();
		Files.writeString(DocumentLocks.lockFile(document), "gebruiker=\nsinds=gisteren\n");
		assertTrue(DocumentLocks.acquire(document, "OPP Editor").acquired());
	}

	@Test
	void namesWithSpecialCharactersSurvive() throws Exception {
		Path document = document();
		Holder odd = new Holder("Zoë = \"de Wit\"\n#1", "PC:ÅÄ", Instant.now(), Instant.now(), 7, "OPP\\Editor");
		Files.writeString(DocumentLocks.lockFile(document), DocumentLocks.text(odd));
		Holder read = DocumentLocks.acquire(document, "x").holder();
		assertEquals(odd, read);
	}
}
