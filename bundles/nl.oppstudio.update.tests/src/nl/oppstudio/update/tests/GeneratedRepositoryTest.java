package nl.oppstudio.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.generator.EditorGenerator;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.FormatRepositories;
import nl.oppstudio.update.FormatUpdates;
import nl.oppstudio.update.InstalledFormat;
import nl.oppstudio.update.InstalledFormats;
import nl.oppstudio.update.MigrationReport;
import nl.oppstudio.update.P2Repository;

/**
 * The contract of docs/distribution.md from both sides: what {@code opp generate} writes (format bundle, p2
 * repository), read by the installed editor's updater. The generator runs on a small stand-in for the Studio
 * product (its kit: bundles with a manifest only).
 */
class GeneratedRepositoryTest {

	@TempDir
	Path temp;

	private static void bundle(Path jar, String symbolicName) throws IOException {
		Files.createDirectories(jar.getParent());
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName);
		main.putValue("Bundle-Version", "1.0.0");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
			// the manifest is all a stand-in needs
		}
	}

	private Path product() throws IOException {
		Path product = temp.resolve("studio");
		Path plugins = product.resolve("plugins");
		bundle(plugins.resolve("org.eclipse.osgi_1.0.0.jar"), "org.eclipse.osgi");
		bundle(plugins.resolve("org.eclipse.equinox.launcher_1.0.0.jar"), "org.eclipse.equinox.launcher");
		bundle(plugins.resolve("org.eclipse.swt.gtk.linux.x86_64_1.0.0.jar"), "org.eclipse.swt.gtk.linux.x86_64");
		bundle(plugins.resolve("nl.oppstudio.editor_1.0.0.jar"), "nl.oppstudio.editor");
		bundle(product.resolve("generator/swt/org.eclipse.swt.win32.win32.x86_64_1.0.0.jar"), "org.eclipse.swt.win32.win32.x86_64");
		bundle(product.resolve("generator/swt/org.eclipse.swt.cocoa.macosx.aarch64_1.0.0.jar"),
				"org.eclipse.swt.cocoa.macosx.aarch64");
		Files.writeString(product.resolve("generator/editor.bundles"), "org.eclipse.equinox.launcher_1.0.0.jar@1\n"
				+ "org.eclipse.swt.gtk.linux.x86_64_1.0.0.jar@4\nnl.oppstudio.editor_1.0.0.jar@4:start\n");
		return product;
	}

	private EditorGenerator.Result generate(EditorGenerator generator, String version, Path output) throws Exception {
		Path source = Files.createDirectories(temp.resolve("bron-" + version));
		Path format = Files.copy(Examples.file(FormatRepositories.formatEntry(version)), source.resolve(Examples.FORMAT));
		Files.writeString(format, Files.readString(format).replace("\"../logo-swv-voorbeeld.svg\"", "\"logo-swv-voorbeeld.svg\""));
		Files.copy(Examples.file("logo-swv-voorbeeld.svg"), source.resolve("logo-swv-voorbeeld.svg"));
		return generator.generate(new EditorGenerator.Request(format, output, null, null, Set.of(EditorGenerator.Platform.LINUX_X86_64),
				Instant.parse("2026-11-30T12:00:00Z")), step -> {
				});
	}

	@Test
	void theGeneratorsRepositoryIsReadAndItsUpdateInstalledAndMigrated() throws Exception {
		EditorGenerator generator = EditorGenerator.of(product());
		EditorGenerator.Result first = generate(generator, "0.2.0", temp.resolve("dist1"));
		EditorGenerator.Result second = generate(generator, "1.0.0", temp.resolve("dist2"));

		// the format bundle as the editor ships it
		InstalledFormats installed = new InstalledFormats(temp.resolve("data"), List.of(first.formatBundle()));
		InstalledFormat shipped = installed.active(FormatRepositories.ID).orElseThrow();
		assertEquals("0.2.0", shipped.version());
		assertTrue(Files.isRegularFile(shipped.folder().resolve("format/logo-swv-voorbeeld.svg")));

		// its repository: every bundle a unit, the format's unit marked, every jar with size and checksum
		P2Repository repository = P2Repository.read(second.repository().toUri().toString());
		P2Repository.Unit unit = repository.units().stream().filter(u -> u.formatId().isPresent()).findFirst().orElseThrow();
		assertEquals(FormatRepositories.ID, unit.formatId().get());
		assertEquals("1.0.0", unit.version());
		assertTrue(repository.units().stream().anyMatch(u -> u.id().equals("nl.oppstudio.editor")));
		for (P2Repository.Artifact artifact : repository.artifacts()) {
			assertEquals(Files.size(Path.of(repository.jar(artifact))), artifact.size(), artifact::toString);
			assertEquals(64, artifact.sha256().length(), artifact::toString);
		}

		// the update found, installed and a document migrated
		Path school = Files.createDirectories(temp.resolve("school"));
		Files.copy(Examples.file(Examples.DOCUMENT), school.resolve(Examples.DOCUMENT));
		FormatUpdates updates = new FormatUpdates(installed);
		List<FormatUpdates.Update> found = updates.check(second.repository().toString());
		assertEquals(1, found.size());
		InstalledFormat now = updates.install(found.get(0));
		assertEquals("1.0.0", now.version());
		MigrationReport report = updates.migrateFolder(school, now);
		assertEquals(1, report.migrated(), report.lines()::toString);
	}
}
