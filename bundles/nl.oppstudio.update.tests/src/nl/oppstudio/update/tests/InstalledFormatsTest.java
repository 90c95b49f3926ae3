package nl.oppstudio.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.FormatRepositories;
import nl.oppstudio.update.FormatUpdates;
import nl.oppstudio.update.InstalledFormat;
import nl.oppstudio.update.InstalledFormats;

/** The installed formats: format bundles extracted once into the user data folder, the active version, resolution. */
class InstalledFormatsTest {

	@TempDir
	Path temp;

	@Test
	void aShippedBundleIsExtractedOnceAndGivesItsFormatFile() throws Exception {
		Path shipped = FormatRepositories.writeBundle(temp.resolve("plugins"), "0.2.0");
		Path data = temp.resolve("data");
		InstalledFormats installed = new InstalledFormats(data, List.of(shipped));
		InstalledFormat format = installed.active(FormatRepositories.ID).orElseThrow();
		assertEquals("0.2.0", format.version());
		Path folder = data.resolve("formats/" + FormatRepositories.BSN + "_0.2.0");
		assertEquals(folder, format.folder());
		assertEquals(folder.resolve("format/" + Examples.FORMAT), format.formatFile());
		assertEquals(Files.readString(Examples.file(Examples.FORMAT)), Files.readString(format.formatFile()));
		assertTrue(Files.isRegularFile(folder.resolve("format/logo-swv-voorbeeld.svg")));
		// no half-extracted folders left beside it
		try (var list = Files.list(data.resolve("formats"))) {
			assertEquals(List.of(folder), list.toList());
		}
		// extracted once: a second editor start keeps what is there
		Path marker = folder.resolve("format/marker.txt");
		Files.writeString(marker, "x");
		InstalledFormats again = new InstalledFormats(data, List.of(shipped));
		assertEquals(format, again.active(FormatRepositories.ID).orElseThrow());
		assertTrue(Files.exists(marker));
	}

	@Test
	void updatesInTheDataFolderCountAndTheNewestIsActiveWithoutState() throws Exception {
		Path shipped = FormatRepositories.writeBundle(temp.resolve("plugins"), "0.2.0");
		Path data = temp.resolve("data");
		FormatRepositories.writeBundle(data.resolve("updates"), "1.0.0");
		InstalledFormats installed = new InstalledFormats(data, List.of(shipped));
		assertEquals(List.of("0.2.0", "1.0.0"), installed.all().stream().map(InstalledFormat::version).toList());
		assertEquals("1.0.0", installed.active(FormatRepositories.ID).orElseThrow().version());
		assertTrue(installed.previous(FormatRepositories.ID).isEmpty());
		assertEquals(List.of(FormatRepositories.ID), installed.ids());
	}

	@Test
	void theRunningFormatBundlesAreFoundByTheirHeader() throws Exception {
		Path jar = FormatRepositories.writeBundle(temp.resolve("plugins"), "0.2.0");
		BundleContext context = FrameworkUtil.getBundle(InstalledFormatsTest.class).getBundleContext();
		assertTrue(InstalledFormats.runningFormatBundles().isEmpty());
		// as the product's config.ini installs its bundles (osgi.bundles): by reference, the jar stays where it is
		Bundle bundle = context.installBundle("reference:" + jar.toUri());
		try {
			List<Path> running = InstalledFormats.runningFormatBundles();
			assertEquals(List.of(jar.toRealPath()), running.stream().map(p -> {
				try {
					return p.toRealPath();
				} catch (java.io.IOException e) {
					return p;
				}
			}).toList());
			InstalledFormats installed = new InstalledFormats(temp.resolve("data"), running);
			assertEquals("0.2.0", installed.active(FormatRepositories.ID).orElseThrow().version());
		} finally {
			bundle.uninstall();
		}
	}

	@Test
	void aBrokenBundleIsLeftOut() throws Exception {
		Path data = temp.resolve("data");
		Files.createDirectories(data.resolve("updates"));
		Files.writeString(data.resolve("updates/kapot_1.0.0.jar"), "geen jar");
		InstalledFormats installed = new InstalledFormats(data, List.of());
		assertTrue(installed.all().isEmpty());
	}

	@Test
	void aDocumentWithoutItsFormatBesideItFindsTheInstalledFormat() throws Exception {
		Path shipped = FormatRepositories.writeBundle(temp.resolve("plugins"), "0.2.0");
		InstalledFormats installed = new InstalledFormats(temp.resolve("data"), List.of(shipped));
		Path school = Files.createDirectories(temp.resolve("school"));
		Path document = Files.copy(Examples.file(Examples.DOCUMENT), school.resolve(Examples.DOCUMENT));
		FormatResolver plain = new FormatResolver(FormatUpdates::readFormat, f -> {
		});
		assertEquals(FormatResolver.NO_FORMAT, plain.resolve(document, null).problem().code());
		FormatResolver resolver = FormatUpdates.resolver(installed);
		assertEquals(installed.active(FormatRepositories.ID).orElseThrow().formatFile(), resolver.locate(document).orElseThrow());
		FormatResolver.Resolution resolution = resolver.resolve(document, null);
		assertNotNull(resolution.format(), () -> String.valueOf(resolution.problem()));
		assertEquals("0.2.0", resolution.format().getVersion());
		// the document's own folder comes first
		Files.copy(Examples.file(Examples.FORMAT), school.resolve(Examples.FORMAT));
		assertEquals(school.resolve(Examples.FORMAT).toAbsolutePath(),
				FormatUpdates.resolver(installed).locate(document).orElseThrow().toAbsolutePath());
	}
}
