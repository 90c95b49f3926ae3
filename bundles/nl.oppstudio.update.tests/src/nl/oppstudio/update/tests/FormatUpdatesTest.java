package nl.oppstudio.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.DocumentLocks;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatDiff;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.Migration;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.FormatRepositories;
import nl.oppstudio.update.FormatUpdates;
import nl.oppstudio.update.InstalledFormat;
import nl.oppstudio.update.InstalledFormats;
import nl.oppstudio.update.MigrationReport;
import nl.oppstudio.update.UpdateException;
import nl.oppstudio.update.UpdateRun;

/** Updates of an installed format: found or not, installed with its checksum checked, rolled back, documents migrated. */
class FormatUpdatesTest {

	@TempDir
	Path temp;

	private Path data;
	private InstalledFormats installed;
	private FormatUpdates updates;

	@BeforeEach
	void editorWithVersion020() throws Exception {
		data = temp.resolve("data");
		installed = new InstalledFormats(data, List.of(FormatRepositories.writeBundle(temp.resolve("plugins"), "0.2.0")));
		updates = new FormatUpdates(installed);
	}

	@Test
	void aNewerVersionIsFoundWithWhatChangesInWordsAsOppDiffSaysIt() throws Exception {
		Path repo = FormatRepositories.writeRepository(temp.resolve("repo"), true, "0.2.0", "0.2.1", "1.0.0");
		List<FormatUpdates.Update> found = updates.check(repo.toUri().toString());
		assertEquals(1, found.size());
		FormatUpdates.Update update = found.get(0);
		assertEquals("1.0.0", update.version());
		assertEquals("0.2.0", update.installedVersion());
		assertEquals("OPP SWV De Voorbeeldregio (PO)", update.name());
		Format older = FormatLoader.create().load(Examples.file(Examples.FORMAT)).format();
		Format newer = FormatLoader.create().load(Examples.file(FormatRepositories.formatEntry("1.0.0"))).format();
		assertEquals(FormatDiff.compare(older, newer).changes(), update.diff().changes());
		List<String> lines = update.describe();
		assertEquals("Nieuwe versie 1.0.0 van OPP SWV De Voorbeeldregio (PO) (nu 0.2.0).", lines.get(0));
		assertTrue(lines.contains(FormatUpdates.Update.heading(FormatDiff.Impact.BREAKING)), lines::toString);
		assertTrue(lines.stream().anyMatch(l -> l.contains("leerling/school") && l.contains("verwijderd")), lines::toString);
		// breaking changes are told first
		assertEquals(FormatDiff.Impact.BREAKING, update.groups().keySet().iterator().next());
		// nothing was installed by looking
		assertFalse(Files.exists(data.resolve("updates")));
	}

	@Test
	void noUpdateWhenTheRepositoryHasNothingNewer() throws Exception {
		Path repo = FormatRepositories.writeRepository(temp.resolve("repo"), false, "0.2.0");
		assertTrue(updates.check(repo.toString()).isEmpty());
	}

	@Test
	void installMakesTheNewVersionActiveAndRollbackTheOldOne() throws Exception {
		Path repo = FormatRepositories.writeRepository(temp.resolve("repo"), true, "1.0.0");
		FormatUpdates.Update update = updates.check(repo.toString()).get(0);
		InstalledFormat now = updates.install(update);
		assertEquals("1.0.0", now.version());
		Path jar = data.resolve("updates/" + FormatRepositories.BSN + "_1.0.0.jar");
		assertTrue(Files.isRegularFile(jar));
		assertEquals(FormatRepositories.sha256(Files.readAllBytes(repo.resolve("plugins/" + jar.getFileName()))),
				FormatRepositories.sha256(Files.readAllBytes(jar)));
		assertEquals("1.0.0", installed.active(FormatRepositories.ID).orElseThrow().version());
		assertEquals("0.2.0", installed.previous(FormatRepositories.ID).orElseThrow().version());
		String state = Files.readString(data.resolve("updates/state.properties"));
		assertTrue(state.contains(FormatRepositories.ID + ".active=1.0.0"), state);
		assertTrue(updates.check(repo.toString()).isEmpty());
		// a new start sees the same
		InstalledFormats restarted = new InstalledFormats(data, List.of(temp.resolve("plugins/" + FormatRepositories.BSN + "_0.2.0.jar")));
		assertEquals("1.0.0", restarted.active(FormatRepositories.ID).orElseThrow().version());

		InstalledFormat back = updates.rollback(FormatRepositories.ID);
		assertEquals("0.2.0", back.version());
		assertEquals("0.2.0", installed.active(FormatRepositories.ID).orElseThrow().version());
		// the newer version stays readable, and is offered again
		assertTrue(installed.version(FormatRepositories.ID, "1.0.0").isPresent());
		assertEquals("1.0.0", updates.check(repo.toString()).get(0).version());
	}

	@Test
	void rollbackWithoutPreviousVersionIsRefused() {
		UpdateException e = assertThrows(UpdateException.class, () -> updates.rollback(FormatRepositories.ID));
		assertTrue(e.getMessage().contains("geen vorige versie"), e.getMessage());
	}

	@Test
	void aJarThatDoesNotMatchItsChecksumIsRefusedAndNothingIsInstalled() throws Exception {
		Path repo = FormatRepositories.writeRepository(temp.resolve("repo"), true, "1.0.0");
		FormatUpdates.Update update = updates.check(repo.toString()).get(0);
		Path jar = repo.resolve("plugins/" + FormatRepositories.BSN + "_1.0.0.jar");
		byte[] bytes = Files.readAllBytes(jar);
		bytes[bytes.length / 2] ^= 1;
		Files.write(jar, bytes);
		UpdateException e = assertThrows(UpdateException.class, () -> updates.install(update));
		assertTrue(e.getMessage().contains("klopt niet") && e.getMessage().contains("niets ge\u00efnstalleerd"),
				e.getMessage());
		assertFalse(Files.exists(data.resolve("updates/" + FormatRepositories.BSN + "_1.0.0.jar")));
		assertFalse(Files.exists(data.resolve("updates/state.properties")));
		assertEquals("0.2.0", installed.active(FormatRepositories.ID).orElseThrow().version());
		// and checking refuses it as well
		assertThrows(UpdateException.class, () -> updates.check(repo.toString()));
	}

	@Test
	void documentsAreMigratedWithNothingLostAndTheOldFileKept() throws Exception {
		Path school = Files.createDirectories(temp.resolve("school"));
		Path sem = Files.copy(Examples.file(Examples.DOCUMENT), school.resolve(Examples.DOCUMENT));
		String before = Files.readString(sem);
		Path other = Files.copy(Examples.file("revius-wijk-opp-tim.opp"), school.resolve("revius-wijk-opp-tim.opp"));
		String otherBefore = Files.readString(other);
		InstalledFormat target = updates.install(updates.check(
				FormatRepositories.writeRepository(temp.resolve("repo"), true, "1.0.0").toString()).get(0));

		// every value of the old document, to see each again in the new one or its archive
		FormatResolver resolver = FormatUpdates.resolver(installed);
		OppDocument old = Documents.load(Examples.file(Examples.DOCUMENT),
				resolver.resolve(Examples.file(Examples.DOCUMENT), null).format());
		MigrationReport report = updates.migrateFolder(school, target);
		assertEquals(1, report.entries().size(), report.lines()::toString);
		MigrationReport.Entry entry = report.entries().get(0);
		assertTrue(entry.migrated(), entry::problem);
		assertEquals("0.2.0", entry.from());
		assertEquals("1.0.0", entry.to());
		assertTrue(entry.archived().stream().anyMatch(a -> a.path().equals("leerling/school")), entry.archived()::toString);
		assertEquals(before, Files.readString(school.resolve(Examples.DOCUMENT + ".bak")));
		assertEquals(otherBefore, Files.readString(other), "another format's document is left alone");

		OppDocument migrated = Documents.load(sem, resolver.resolve(sem, null).format());
		assertEquals("1.0.0", migrated.format().getVersion());
		String text = Files.readString(sem);
		for (Migration.Archived archived : entry.archived()) {
			assertTrue(text.contains(archived.value().replace("&", "&amp;")), archived::toString);
		}
		assertEquals(old.root().eContents().isEmpty(), migrated.root().eContents().isEmpty());
		List<String> lines = report.lines();
		assertTrue(lines.get(0).startsWith(Examples.DOCUMENT + ": omgezet van 0.2.0 naar 1.0.0"), lines::toString);
		assertTrue(lines.get(lines.size() - 1).contains("niets is verloren"), lines::toString);
		// a second run has nothing to do
		assertTrue(updates.migrateFolder(school, target).entries().isEmpty());
	}

	@Test
	void aDocumentOpenElsewhereIsSkippedAndReportedNotWrittenOver() throws Exception {
		// findings 4 and 5: `opp update -yes` and the editor's "migrate open documents" take the lock
		Path school = Files.createDirectories(temp.resolve("school"));
		Path sem = Files.copy(Examples.file(Examples.DOCUMENT), school.resolve(Examples.DOCUMENT));
		String before = Files.readString(sem);
		Files.writeString(DocumentLocks.lockFile(sem), DocumentLocks.text(new DocumentLocks.Holder("j.jansen",
				"SCHOOL-PC-07", Instant.parse("2026-11-30T08:15:00Z"), Instant.now(), 4242, "OPP Editor")));
		String theirLock = Files.readString(DocumentLocks.lockFile(sem));
		InstalledFormat target = updates.install(updates.check(
				FormatRepositories.writeRepository(temp.resolve("repo"), true, "1.0.0").toString()).get(0));

		MigrationReport report = updates.migrateFolder(school, target);
		assertEquals(1, report.entries().size(), report.lines()::toString);
		MigrationReport.Entry entry = report.entries().get(0);
		assertFalse(entry.migrated());
		assertTrue(entry.problem().startsWith("Dit OPP is geopend door j.jansen op computer SCHOOL-PC-07")
				&& entry.problem().contains("niet bijgewerkt"), entry::problem);
		assertEquals(before, Files.readString(sem), "not written over");
		assertFalse(Files.exists(school.resolve(Examples.DOCUMENT + ".bak")));
		assertEquals(theirLock, Files.readString(DocumentLocks.lockFile(sem)), "their lock is left alone");

		// the editor's path: a document loaded in a read-only tab, migrated by FormatUpdates.migrateFile
		FormatResolver resolver = FormatUpdates.resolver(installed);
		OppDocument loaded = Documents.load(sem, resolver.resolve(sem, null).format());
		Format newFormat = resolver.read(target.formatFile()).format();
		MigrationReport.Entry direct = FormatUpdates.migrateFile(sem, loaded, newFormat);
		assertFalse(direct.migrated());
		assertTrue(direct.problem().contains("geopend door j.jansen"), direct::problem);
		assertEquals(before, Files.readString(sem));

		// once it is closed there, it is migrated, and the lock is released again
		Files.delete(DocumentLocks.lockFile(sem));
		assertTrue(updates.migrateFolder(school, target).entries().get(0).migrated());
		assertFalse(Files.exists(DocumentLocks.lockFile(sem)));
	}

	@Test
	void theUpdateRunWithoutWindowChecksInstallsAndMigrates() throws Exception {
		Path school = Files.createDirectories(temp.resolve("school"));
		Files.copy(Examples.file(Examples.DOCUMENT), school.resolve(Examples.DOCUMENT));
		Path repo = FormatRepositories.writeRepository(temp.resolve("repo"), true, "1.0.0");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] ask = { "-updateFormats", "-updateFrom", repo.toString(), "-folder", school.toString() };
		assertEquals(UpdateRun.AVAILABLE, run(ask, out, err));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Nieuwe versie 1.0.0"), out::toString);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("-yes"), out::toString);
		assertEquals("0.2.0", installed.active(FormatRepositories.ID).orElseThrow().version());

		out.reset();
		String[] yes = { "-updateFormats", "-updateFrom", repo.toString(), "-yes", "-folder", school.toString() };
		assertEquals(UpdateRun.OK, run(yes, out, err));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("Versie 1.0.0 van OPP SWV De Voorbeeldregio (PO) is ge\u00efnstalleerd."), printed);
		assertTrue(printed.contains(Examples.DOCUMENT + ": omgezet van 0.2.0 naar 1.0.0"), printed);
		assertEquals("", err.toString(StandardCharsets.UTF_8));

		out.reset();
		assertEquals(UpdateRun.OK, run(yes, out, err));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Geen nieuwe versie"), out::toString);

		String[] nowhere = { "-updateFormats", "-updateFrom", temp.resolve("weg").toString(), "-yes" };
		assertEquals(UpdateRun.FAILED, run(nowhere, out, err));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("niet bereikbaar"), err::toString);
	}

	private int run(String[] args, ByteArrayOutputStream out, ByteArrayOutputStream err) {
		return UpdateRun.run(args, installed, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}
}
