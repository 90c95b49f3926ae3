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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.FileUrls;
import nl.oppstudio.document.FormatDiff;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.FormatRepositories;
import nl.oppstudio.update.FormatUpdates;
import nl.oppstudio.update.InstalledFormats;
import nl.oppstudio.update.MigrationReport;
import nl.oppstudio.update.P2Repository;
import nl.oppstudio.update.UpdateException;
import nl.oppstudio.update.UpdateRun;

/**
 * What the review of issue 15 found in the updater (B1-B4, B7): names from the server stay inside their folder,
 * a jar must be the bundle the repository names, plain http is warned about, a bad address is a Dutch message,
 * a newer editor's shipped format wins over an older update (not after a rollback), no {@code ''} in the texts, and
 * install-area URLs with {@code # % [ } and spaces.
 */
class UpdateSafetyTest {

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

	private static void replace(Path file, String from, String to) throws Exception {
		String text = Files.readString(file);
		assertTrue(text.contains(from), from);
		Files.writeString(file, text.replace(from, to));
	}

	private List<Path> everything() throws Exception {
		try (Stream<Path> all = Files.walk(temp)) {
			return all.toList();
		}
	}

	@Test
	void aVersionThatClimbsOutOfItsFolderIsRefused() throws Exception {
		Path repo = FormatRepositories.writeRepository(temp.resolve("repo"), false, "1.0.0");
		String evil = "9.0.0/../../../../evil";
		replace(repo.resolve("content.xml"), "version='1.0.0'", "version='" + evil + "'");
		replace(repo.resolve("artifacts.xml"), "version='1.0.0'", "version='" + evil + "'");
		UpdateException e = assertThrows(UpdateException.class, () -> updates.check(repo.toString()));
		assertTrue(e.getMessage().contains("ongeldige naam"), e.getMessage());
		assertFalse(everything().stream().anyMatch(p -> p.getFileName().toString().startsWith("evil")
				&& !p.startsWith(repo)), everything()::toString);
		assertEquals("0.2.0", installed.active(FormatRepositories.ID).orElseThrow().version());
	}

	@Test
	void aJarThatIsNotTheBundleTheRepositoryNamesIsNotInstalled() throws Exception {
		Path repo = FormatRepositories.writeRepository(temp.resolve("repo"), false, "1.0.0");
		Path jar = repo.resolve("plugins/" + FormatRepositories.BSN + "_1.0.0.jar");
		byte[] right = Files.readAllBytes(jar);
		byte[] other = FormatRepositories.formatBundle("0.2.1");
		Files.write(jar, other);
		// the server's checksums agree with the wrong jar: only its manifest tells
		replace(repo.resolve("artifacts.xml"), FormatRepositories.sha256(right), FormatRepositories.sha256(other));
		replace(repo.resolve("artifacts.xml"), "value='" + right.length + "'", "value='" + other.length + "'");
		UpdateException e = assertThrows(UpdateException.class, () -> updates.check(repo.toString()));
		assertTrue(e.getMessage().contains("niet het formaat dat de bron noemt"), e.getMessage());
		assertFalse(Files.exists(data.resolve("updates")));
		assertEquals("0.2.0", installed.active(FormatRepositories.ID).orElseThrow().version());
	}

	@Test
	void plainHttpIsWarnedAboutInDutch() {
		Optional<String> warning = P2Repository.warning("http://updates.example/opp/");
		assertTrue(warning.orElseThrow().contains("https"), warning::toString);
		assertTrue(P2Repository.warning("https://updates.example/opp/").isEmpty());
		assertTrue(P2Repository.warning("/srv/opp").isEmpty());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(UpdateRun.FAILED, run(new String[] { "-updateFormats", "-updateFrom", "http://127.0.0.1:9/opp" }, out, err));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("zonder beveiliging"), out::toString);
	}

	@Test
	void aBadAddressIsADutchMessageAndExitCode2() {
		for (String address : List.of("https://h/a b", "file:/x y/", "http://[")) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			assertEquals(UpdateRun.FAILED, run(new String[] { "-updateFormats", "-updateFrom", address }, out, err), address);
			String text = err.toString(StandardCharsets.UTF_8);
			assertTrue(text.contains("Het adres voor updates is ongeldig: " + address), text);
			assertFalse(text.contains("Exception") || text.contains("\tat "), text);
		}
	}

	@Test
	void aNewerShippedFormatWinsOverAnOlderUpdateButNotAfterARollback() throws Exception {
		Path repo = FormatRepositories.writeRepository(temp.resolve("repo"), true, "0.2.1");
		updates.install(updates.check(repo.toString()).get(0));
		assertEquals("0.2.1", installed.active(FormatRepositories.ID).orElseThrow().version());
		// the school installs a newer editor, shipped with 1.0.0; 0.2.1 is still in updates/
		List<Path> shipped = List.of(FormatRepositories.writeBundle(temp.resolve("plugins-new"), "1.0.0"));
		InstalledFormats newer = new InstalledFormats(data, shipped);
		assertEquals("1.0.0", newer.active(FormatRepositories.ID).orElseThrow().version());
		assertEquals("0.2.1", newer.previous(FormatRepositories.ID).orElseThrow().version());
		assertTrue(newer.activeFormatFiles().get(0).toString().contains("1.0.0"), newer.activeFormatFiles()::toString);
		// an explicit rollback pins 0.2.1, also at the next start
		assertEquals("0.2.1", new FormatUpdates(newer).rollback(FormatRepositories.ID).version());
		assertEquals("0.2.1", newer.active(FormatRepositories.ID).orElseThrow().version());
		assertEquals("1.0.0", newer.previous(FormatRepositories.ID).orElseThrow().version());
		assertEquals("0.2.1", new InstalledFormats(data, shipped).active(FormatRepositories.ID).orElseThrow().version());
		// and back again
		assertEquals("1.0.0", new FormatUpdates(newer).rollback(FormatRepositories.ID).version());
		assertEquals("1.0.0", new InstalledFormats(data, shipped).active(FormatRepositories.ID).orElseThrow().version());
	}

	@Test
	void textsWithoutArgumentsShowASingleQuote() {
		Format format = FormatLoader.create().load(Examples.file(Examples.FORMAT)).format();
		FormatUpdates.Update update = new FormatUpdates.Update(FormatRepositories.ID, "OPP", "0.2.0", "0.2.1",
				FormatDiff.compare(format, format), null, null);
		List<String> lines = update.describe();
		assertEquals("Niets gewijzigd aan de inhoud van de OPP's.", lines.get(1), lines::toString);
		assertEquals(List.of("Geen OPP's om om te zetten."), new MigrationReport(List.of()).lines());
		assertFalse(FormatUpdates.Update.heading(FormatDiff.Impact.NEEDS_MIGRATION).contains("''"));
	}

	@Test
	void installAreaUrlsAsEquinoxWritesThemArePaths() {
		assertEquals(Path.of("/opt/OPP Editor #2 [100%]/"), FileUrls.toPath("file:/opt/OPP Editor #2 [100%]/").orElseThrow());
		assertEquals(Path.of("/x/a b.jar"), FileUrls.toPath("reference:file:/x/a b.jar").orElseThrow());
		assertEquals(Path.of("/x/"), FileUrls.toPath("file:///x/").orElseThrow());
		assertEquals(Path.of("plugins/y.jar"), FileUrls.toPath("initial@reference:file:plugins/y.jar").orElseThrow());
		assertTrue(FileUrls.toPath("http://x/").isEmpty());
		assertTrue(FileUrls.toPath(null).isEmpty());
	}

	private int run(String[] args, ByteArrayOutputStream out, ByteArrayOutputStream err) {
		return UpdateRun.run(args, installed, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}
}
