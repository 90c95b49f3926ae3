package nl.oppstudio.generator.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.oppstudio.generator.EditorGenerator;
import nl.oppstudio.generator.EditorGenerator.Branding;
import nl.oppstudio.generator.EditorGenerator.Platform;
import nl.oppstudio.generator.EditorGenerator.Request;
import nl.oppstudio.generator.EditorGenerator.Result;
import nl.oppstudio.generator.GenerateException;
import nl.oppstudio.testing.Examples;

/** Issue 15: {@code opp generate} on a small fake product (docs/distribution.md is the contract checked here). */
class EditorGeneratorTest {

	private static final Instant TIME = Instant.parse("2000-01-01T00:00:00Z");
	private static final URI UPDATES = URI.create("https://opp.example.nl/updates/");
	private static final String ROOT = "OPP-Editor-SWV-De-Voorbeeldregio/";

	@TempDir
	Path temp;

	private EditorGenerator generator;
	private final List<String> steps = new ArrayList<>();

	@BeforeEach
	void product() throws Exception {
		generator = EditorGenerator.of(FakeProduct.create(temp.resolve("product")));
	}

	private Result generate(Path format, Path output, Branding branding, URI updates, Set<Platform> platforms) throws GenerateException {
		return generator.generate(new Request(format, output, branding, updates, platforms, TIME), steps::add);
	}

	private Result example(Path output) throws GenerateException {
		return generate(Examples.file(Examples.FORMAT), output, null, UPDATES, Set.of());
	}

	@Test
	void formatBundleHasTheHeadersAndTheFormatsFiles() throws Exception {
		Result result = example(temp.resolve("dist"));
		Path bundle = result.formatBundle();
		assertEquals(temp.resolve("dist/plugins/nl.oppstudio.formats.swv-voorbeeld-opp_0.2.0.jar"), bundle);
		try (JarFile jar = new JarFile(bundle.toFile())) {
			Manifest manifest = jar.getManifest();
			assertNotNull(manifest, "the manifest comes first");
			var main = manifest.getMainAttributes();
			assertEquals("nl.oppstudio.formats.swv-voorbeeld-opp", main.getValue("Bundle-SymbolicName"));
			assertEquals("0.2.0", main.getValue("Bundle-Version"));
			assertEquals("swv-voorbeeld-opp", main.getValue("OPP-Format-Id"));
			assertEquals("format/swv-voorbeeld-opp.oppformat", main.getValue("OPP-Format"));
			assertEquals("2", main.getValue("Bundle-ManifestVersion"));
		}
		Map<String, ArchiveReader.Item> entries = ArchiveReader.zip(bundle);
		assertEquals(List.of("META-INF/", "META-INF/MANIFEST.MF", "format/", "format/logo-swv-voorbeeld.svg",
				"format/swv-voorbeeld-opp.oppformat"), List.copyOf(entries.keySet()));
		assertArrayEquals(Files.readAllBytes(Examples.file(Examples.FORMAT)),
				entries.get("format/swv-voorbeeld-opp.oppformat").content());
		assertArrayEquals(Files.readAllBytes(Examples.file("logo-swv-voorbeeld.svg")),
				entries.get("format/logo-swv-voorbeeld.svg").content());
		assertTrue(entries.values().stream().allMatch(e -> e.mtime() == TIME.getEpochSecond()), "every entry at the request's time");
		assertTrue(steps.stream().anyMatch(s -> s.startsWith("Formaat controleren")), steps.toString());
	}

	@Test
	void anInstalledBaseGoesIntoTheBundleSoThatItStandsAlone() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("alone"));
		Path format = Files.copy(Examples.file("revius-wijk-opp.oppformat"), folder.resolve("revius-wijk-opp.oppformat"));
		Result result = generate(format, temp.resolve("dist"), null, UPDATES, EnumSet.of(Platform.LINUX_X86_64));
		Map<String, ArchiveReader.Item> entries = ArchiveReader.zip(result.formatBundle());
		assertTrue(entries.containsKey("format/revius-wijk-opp.oppformat"), entries.keySet().toString());
		assertTrue(entries.get("format/wettelijk-minimum.oppformat").text().contains("formaat \"wettelijk-minimum\""),
				entries.keySet().toString());
		assertEquals(Set.of(Platform.LINUX_X86_64), result.archives().keySet(), "only the platform asked for");
		assertEquals(temp.resolve("dist/OPP-Editor-OPP-Revius-Wijk-vo-1.0.0-linux-x86_64.tar.gz"),
				result.archives().get(Platform.LINUX_X86_64));
	}

	@Test
	void p2RepositoryDescribesEveryBundleWithItsManifestAndChecksum() throws Exception {
		Result result = example(temp.resolve("dist"));
		Path repository = result.repository();
		assertTrue(Files.readString(repository.resolve("p2.index")).contains("metadata.repository.factory.order=content.xml"));
		Document content = xml(repository.resolve("content.jar"), "content.xml");
		Document artifacts = xml(repository.resolve("artifacts.jar"), "artifacts.xml");

		Map<String, Element> units = new TreeMap<>();
		NodeList unitList = content.getElementsByTagName("unit");
		for (int i = 0; i < unitList.getLength(); i++) {
			Element unit = (Element) unitList.item(i);
			units.put(unit.getAttribute("id") + "_" + unit.getAttribute("version"), unit);
		}
		// the editor's bundles, the framework, the three SWT fragments, the format bundle
		assertEquals(List.of("nl.example.editor_1.0.0.v1", "nl.oppstudio.formats.swv-voorbeeld-opp_0.2.0",
				"org.apache.felix.scr_2.2.18", "org.eclipse.equinox.launcher_1.8.0.v20260804-1928",
				"org.eclipse.osgi_3.24.300.v20260721-1251", "org.eclipse.swt.cocoa.macosx.aarch64_3.135.0.v20260819-1952",
				"org.eclipse.swt.gtk.linux.x86_64_3.135.0.v20260819-1952",
				"org.eclipse.swt.win32.win32.x86_64_3.135.0.v20260819-1952"), List.copyOf(units.keySet()));

		Element editor = units.get("nl.example.editor_1.0.0.v1");
		assertEquals(List.of("org.eclipse.equinox.p2.iu nl.example.editor 1.0.0.v1", "osgi.bundle nl.example.editor 1.0.0.v1",
				"java.package nl.example.api 1.2.0", "java.package nl.example.spi 0.0.0", "java.package nl.example.internal 0.0.0",
				"org.eclipse.equinox.p2.eclipse.type bundle 1.0.0"), provided(editor));
		// a fragment requires its host, as p2's publisher writes it
		Element swt = units.get("org.eclipse.swt.win32.win32.x86_64_3.135.0.v20260819-1952");
		assertTrue(provided(swt).contains("org.eclipse.equinox.p2.eclipse.type bundle 1.0.0"), provided(swt).toString());
		Element required = (Element) swt.getElementsByTagName("required").item(0);
		assertNotNull(required, "requires its host");
		assertEquals("osgi.bundle", required.getAttribute("namespace"));
		assertEquals("org.eclipse.swt", required.getAttribute("name"));
		Element format = units.get("nl.oppstudio.formats.swv-voorbeeld-opp_0.2.0");
		assertEquals("swv-voorbeeld-opp", property(format, "nl.oppstudio.format.id"));
		assertEquals("OPP SWV De Voorbeeldregio (PO)", property(format, "org.eclipse.equinox.p2.name"));

		NodeList artifactList = artifacts.getElementsByTagName("artifact");
		assertEquals(units.size(), artifactList.getLength());
		for (int i = 0; i < artifactList.getLength(); i++) {
			Element artifact = (Element) artifactList.item(i);
			assertEquals("osgi.bundle", artifact.getAttribute("classifier"));
			Path jar = repository.resolve("plugins/" + artifact.getAttribute("id") + "_" + artifact.getAttribute("version") + ".jar");
			assertTrue(Files.isRegularFile(jar), jar.toString());
			assertEquals(sha256(jar), property(artifact, "download.checksum.sha-256"), jar.toString());
			assertEquals(String.valueOf(Files.size(jar)), property(artifact, "download.size"));
			assertEquals(String.valueOf(Files.size(jar)), property(artifact, "artifact.size"));
		}
		assertArrayEquals(Files.readAllBytes(result.formatBundle()),
				Files.readAllBytes(repository.resolve("plugins/nl.oppstudio.formats.swv-voorbeeld-opp_0.2.0.jar")));
		assertEquals(8, Files.list(repository.resolve("plugins")).count());
		String mapping = artifacts.getElementsByTagName("rule").item(0).getAttributes().getNamedItem("output").getNodeValue();
		assertEquals("${repoUrl}/plugins/${id}_${version}.jar", mapping);
	}

	@Test
	void linuxArchiveHasTheProductWithAnExecutableScript() throws Exception {
		Result result = generate(Examples.file(Examples.FORMAT), temp.resolve("dist"),
				new Branding(null, null, "Vragen? Bel het SWV: 010-1234567."), UPDATES, Set.of());
		Path archive = result.archives().get(Platform.LINUX_X86_64);
		assertEquals("OPP-Editor-SWV-De-Voorbeeldregio-0.2.0-linux-x86_64.tar.gz", archive.getFileName().toString());
		Map<String, ArchiveReader.Item> tar = ArchiveReader.tarGz(archive);
		List<String> paths = List.copyOf(tar.keySet());
		assertEquals(paths.stream().sorted().toList(), paths, "entries sorted");
		for (ArchiveReader.Item item : tar.values()) {
			assertEquals(0, item.uid(), item.path());
			assertEquals(0, item.gid(), item.path());
			assertEquals("", item.user(), item.path());
			assertEquals("", item.group(), item.path());
			assertEquals(TIME.getEpochSecond(), item.mtime(), item.path());
		}
		assertEquals(0755, tar.get(ROOT + "opp-editor.sh").mode());
		assertEquals(0644, tar.get(ROOT + "LEESMIJ.txt").mode());
		assertTrue(tar.get(ROOT + "LEESMIJ.txt").text().contains("https://adoptium.net/nl/"));
		assertTrue(tar.get(ROOT + "LEESMIJ.txt").text().contains("Bel het SWV"));
		assertArrayEquals(Files.readAllBytes(Examples.file("logo-swv-voorbeeld.svg")), tar.get(ROOT + "branding/logo.svg").content());
		for (String jar : List.of("nl.example.editor_1.0.0.v1.jar", "org.eclipse.osgi_3.24.300.v20260721-1251.jar",
				"org.eclipse.swt.gtk.linux.x86_64_3.135.0.v20260819-1952.jar", "nl.oppstudio.formats.swv-voorbeeld-opp_0.2.0.jar")) {
			assertTrue(tar.containsKey(ROOT + "plugins/" + jar), jar);
		}
		assertFalse(paths.stream().anyMatch(p -> p.contains("win32") || p.contains("cocoa")), paths.toString());

		Properties config = config(tar.get(ROOT + "configuration/config.ini").content());
		assertEquals("nl.oppstudio.editor.application", config.getProperty("eclipse.application"));
		assertEquals("nl_NL", config.getProperty("osgi.nl"));
		assertEquals("OPP Editor SWV De Voorbeeldregio", config.getProperty("nl.oppstudio.editor.name"));
		assertEquals("Vragen? Bel het SWV: 010-1234567.", config.getProperty("nl.oppstudio.editor.about"));
		assertEquals("branding/logo.svg", config.getProperty("nl.oppstudio.editor.logo"));
		assertEquals(UPDATES.toString(), config.getProperty("nl.oppstudio.editor.updates"));
		assertEquals("oppeditor-swv-voorbeeld-opp", config.getProperty("nl.oppstudio.editor.id"));
		assertEquals("file:plugins/org.eclipse.osgi_3.24.300.v20260721-1251.jar", config.getProperty("osgi.framework"));
		assertEquals(List.of("reference:file:nl.example.editor_1.0.0.v1.jar@4", "reference:file:org.apache.felix.scr_2.2.18.jar@2:start",
				"reference:file:org.eclipse.equinox.launcher_1.8.0.v20260804-1928.jar@4",
				"reference:file:org.eclipse.swt.gtk.linux.x86_64_3.135.0.v20260819-1952.jar@4",
				"reference:file:nl.oppstudio.formats.swv-voorbeeld-opp_0.2.0.jar@4"),
				List.of(config.getProperty("osgi.bundles").split(",")));
		String script = tar.get(ROOT + "opp-editor.sh").text();
		assertTrue(script.startsWith("#!/bin/sh\n"));
		assertTrue(script.contains("plugins/org.eclipse.equinox.launcher_1.8.0.v20260804-1928.jar"), script);
		assertTrue(script.contains("-Dosgi.sharedConfiguration.area=\"$install/configuration\""), script);
	}

	@Test
	void windowsAndMacosArchivesHaveTheirFragmentAndScripts() throws Exception {
		Result result = example(temp.resolve("dist"));
		Map<String, ArchiveReader.Item> zip = ArchiveReader.zip(result.archives().get(Platform.WINDOWS_X86_64));
		assertTrue(result.archives().get(Platform.WINDOWS_X86_64).toString().endsWith("-0.2.0-windows-x86_64.zip"));
		String cmd = zip.get(ROOT + "OPP Editor.cmd").text();
		assertTrue(cmd.startsWith("@echo off\r\n"), "Windows line ends");
		assertFalse(cmd.replace("\r\n", "").contains("\n"), "only Windows line ends");
		assertTrue(cmd.contains("https://adoptium.net/nl/"));
		assertFalse(java.util.regex.Pattern.compile("@[A-Z_]+@").matcher(cmd).find(), "every placeholder filled");
		assertTrue(cmd.contains("plugins\\org.eclipse.equinox.launcher_1.8.0.v20260804-1928.jar"), cmd);
		assertTrue(zip.containsKey(ROOT + "plugins/org.eclipse.swt.win32.win32.x86_64_3.135.0.v20260819-1952.jar"));
		assertFalse(zip.keySet().stream().anyMatch(p -> p.contains("gtk") || p.contains("cocoa")), zip.keySet().toString());
		String bundles = config(zip.get(ROOT + "configuration/config.ini").content()).getProperty("osgi.bundles");
		assertTrue(bundles.contains("reference:file:org.eclipse.swt.win32.win32.x86_64_3.135.0.v20260819-1952.jar@4"), bundles);
		assertTrue(bundles.contains("nl.oppstudio.formats.swv-voorbeeld-opp_0.2.0.jar"), bundles);
		assertFalse(bundles.contains("gtk"), bundles);
		assertTrue(zip.get(ROOT + "LEESMIJ.txt").text().contains("\r\n"));

		Map<String, ArchiveReader.Item> mac = ArchiveReader.tarGz(result.archives().get(Platform.MACOS_AARCH64));
		String app = ROOT + "OPP-Editor-SWV-De-Voorbeeldregio.app/Contents/";
		assertEquals(0755, mac.get(app + "MacOS/opp-editor").mode());
		assertTrue(mac.get(app + "MacOS/opp-editor").text().contains("-XstartOnFirstThread"));
		assertTrue(mac.get(app + "Info.plist").text().contains("<string>opp-editor</string>"));
		// the whole install inside the .app (App Translocation moves only the .app); LEESMIJ beside it
		assertTrue(mac.containsKey(app + "Eclipse/plugins/org.eclipse.swt.cocoa.macosx.aarch64_3.135.0.v20260819-1952.jar"));
		assertTrue(mac.containsKey(ROOT + "LEESMIJ.txt"));
		assertEquals(List.of(), mac.keySet().stream().filter(p -> !p.startsWith(app) && !p.equals(ROOT + "LEESMIJ.txt")
				&& !ROOT.startsWith(p) && !app.startsWith(p)).toList(), "nothing outside the .app but LEESMIJ.txt");
		assertTrue(mac.get(app + "MacOS/opp-editor").text().contains("install=$(cd \"$here/../Eclipse\""),
				mac.get(app + "MacOS/opp-editor").text());
		String macBundles = config(mac.get(app + "Eclipse/configuration/config.ini").content()).getProperty("osgi.bundles");
		assertTrue(macBundles.contains("org.eclipse.swt.cocoa.macosx.aarch64_3.135.0.v20260819-1952.jar@4"), macBundles);
		assertFalse(macBundles.contains("gtk"), macBundles);
	}

	@Test
	void sameRequestGivesByteIdenticalFiles() throws Exception {
		Path logo = Files.writeString(temp.resolve("logo.png"), "not really a png");
		Branding branding = new Branding("OPP Editor Zuid-Ëindhoven", logo, "Hulp: helpdesk@swv.example.nl");
		generate(Examples.file(Examples.FORMAT), temp.resolve("first"), branding, UPDATES, Set.of());
		generate(Examples.file(Examples.FORMAT), temp.resolve("second"), branding, UPDATES, Set.of());
		Map<String, byte[]> first = files(temp.resolve("first"));
		Map<String, byte[]> second = files(temp.resolve("second"));
		assertEquals(first.keySet(), second.keySet());
		// the format bundle, content.jar, artifacts.jar, p2.index, 8 bundles in the repository, 3 archives
		assertEquals(15, first.size(), first.keySet().toString());
		for (String name : first.keySet()) {
			assertArrayEquals(first.get(name), second.get(name), name);
		}
		assertTrue(first.containsKey("OPP-Editor-Zuid-Ëindhoven-0.2.0-linux-x86_64.tar.gz"), first.keySet().toString());
		Properties config = config(ArchiveReader.tarGz(temp.resolve("first/OPP-Editor-Zuid-Ëindhoven-0.2.0-linux-x86_64.tar.gz"))
				.get("OPP-Editor-Zuid-Ëindhoven/configuration/config.ini").content());
		assertEquals("OPP Editor Zuid-Ëindhoven", config.getProperty("nl.oppstudio.editor.name"));
		assertEquals("branding/logo.png", config.getProperty("nl.oppstudio.editor.logo"));
	}

	@Test
	void withoutAnUpdateLocationTheEditorLooksInTheGeneratedRepository() throws Exception {
		Result result = generate(Examples.file(Examples.FORMAT), temp.resolve("dist"), null, null, EnumSet.of(Platform.LINUX_X86_64));
		Properties config = config(ArchiveReader.tarGz(result.archives().get(Platform.LINUX_X86_64))
				.get(ROOT + "configuration/config.ini").content());
		assertEquals(temp.resolve("dist/repository").toAbsolutePath().toUri().toString(), config.getProperty("nl.oppstudio.editor.updates"));
	}

	@Test
	void aFormatWithErrorsIsRefusedWithItsFindings() throws Exception {
		Path format = variant("fout", text -> text.replace("soort opp", "soort opp\nonzin"));
		Path output = temp.resolve("dist");
		GenerateException refused = assertThrows(GenerateException.class,
				() -> generate(format, output, null, UPDATES, Set.of()));
		assertTrue(refused.getMessage().contains("herstel die eerst"), refused.getMessage());
		assertFalse(refused.diagnostics().isEmpty());
		assertTrue(refused.diagnostics().get(0).line() > 0, "located by line");
		assertNothingWritten(output);
	}

	@Test
	void aFormatWithoutVersionIsRefusedWithWhatToDo() throws Exception {
		Path format = variant("zonder-versie", text -> text.replace("versie \"0.2.0\"\n", ""));
		Path output = temp.resolve("dist");
		GenerateException refused = assertThrows(GenerateException.class,
				() -> generate(format, output, null, UPDATES, Set.of()));
		assertTrue(refused.getMessage().contains("het formaat heeft geen versie"), refused.getMessage());
		assertTrue(refused.getMessage().contains("versie \"1.0.0\""), refused.getMessage());
		assertNothingWritten(output);
	}

	@Test
	void aLogoOutsideTheFormatsFolderIsRefused() throws Exception {
		Files.createDirectories(temp.resolve("formats"));
		Files.copy(Examples.file("logo-swv-voorbeeld.svg"), temp.resolve("formats/logo-buiten.svg"));
		Path format = variant("logo-buiten", text -> text.replace("logo \"logo-swv-voorbeeld.svg\"", "logo \"../logo-buiten.svg\""));
		Path output = temp.resolve("dist");
		GenerateException refused = assertThrows(GenerateException.class,
				() -> generate(format, output, null, UPDATES, Set.of()));
		// since issue 16 check-format itself calls such a logo an error (logoOutside), so the format is refused first
		assertTrue(refused.getMessage().contains("het logo '../logo-buiten.svg' ligt buiten de map van het formaat")
				|| refused.getMessage().contains("het formaat heeft 1 fout"), refused.getMessage());
		assertNothingWritten(output);
	}

	@Test
	void aFailedRunLeavesAnEarlierRunAsItWas() throws Exception {
		Path output = temp.resolve("dist");
		example(output);
		Map<String, byte[]> before = files(output);
		Path format = variant("fout", text -> text.replace("soort opp", "soort opp\nonzin"));
		assertThrows(GenerateException.class, () -> generate(format, output, null, UPDATES, Set.of()));
		Map<String, byte[]> after = files(output);
		assertEquals(before.keySet(), after.keySet(), "no scratch files left");
		for (String name : before.keySet()) {
			assertArrayEquals(before.get(name), after.get(name), name);
		}
	}

	@Test
	void aFailedMoveIntoPlaceLeavesAnEarlierRunAsItWas() throws Exception {
		Path output = temp.resolve("dist");
		example(output);
		Path format = variant("nieuw", text -> text.replace("versie \"0.2.0\"", "versie \"0.3.0\""));
		// the last move fails: a folder of the user's where the macOS archive goes
		Path blocker = Files.createDirectories(output.resolve("OPP-Editor-SWV-De-Voorbeeldregio-0.3.0-macos-aarch64.tar.gz"));
		Files.writeString(blocker.resolve("iets.txt"), "van de gebruiker");
		Map<String, byte[]> before = files(output);
		GenerateException refused = assertThrows(GenerateException.class, () -> generate(format, output, null, UPDATES, Set.of()));
		assertTrue(refused.getMessage().contains("Er staat een map of bestand in de weg: " + blocker), refused.getMessage());
		Map<String, byte[]> after = files(output);
		assertEquals(before.keySet(), after.keySet(), "the new bundle, repository and archives taken back, no scratch files");
		for (String name : before.keySet()) {
			assertArrayEquals(before.get(name), after.get(name), name);
		}
		try (Stream<Path> top = Files.list(output)) {
			assertEquals(List.of(), top.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList());
		}
	}

	@Test
	void aMissingLogoLeavesNoOutputFolder() throws Exception {
		Path output = temp.resolve("uit");
		GenerateException refused = assertThrows(GenerateException.class, () -> generate(Examples.file(Examples.FORMAT), output,
				new Branding(null, temp.resolve("nope.png"), null), UPDATES, Set.of()));
		assertTrue(refused.getMessage().startsWith("Logo bestaat niet: "), refused.getMessage());
		assertFalse(Files.exists(output), "no empty output folder");
	}

	@Test
	void aTimeBefore1980GivesTheSameFilesInEveryTimeZone() throws Exception {
		java.util.TimeZone zone = java.util.TimeZone.getDefault();
		try {
			for (String id : List.of("UTC", "Europe/Amsterdam")) {
				java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(id));
				generator.generate(new Request(Examples.file(Examples.FORMAT), temp.resolve(id.replace('/', '-')), null, UPDATES,
						EnumSet.of(Platform.WINDOWS_X86_64), EditorGenerator.timestamp("0")), null);
			}
		} finally {
			java.util.TimeZone.setDefault(zone);
		}
		Map<String, byte[]> utc = files(temp.resolve("UTC"));
		Map<String, byte[]> amsterdam = files(temp.resolve("Europe-Amsterdam"));
		assertEquals(utc.keySet(), amsterdam.keySet());
		for (String name : utc.keySet()) {
			assertArrayEquals(utc.get(name), amsterdam.get(name), name);
		}
	}

	@Test
	void sourceDateEpochIsReadOnceForTheCommandLineAndTheDialog() throws Exception {
		assertEquals(EditorGenerator.DEFAULT_TIME, EditorGenerator.timestamp(null));
		assertEquals(EditorGenerator.DEFAULT_TIME, EditorGenerator.timestamp(" "));
		assertEquals(Instant.ofEpochSecond(1700000000), EditorGenerator.timestamp(" 1700000000\n"));
		assertEquals(Instant.parse("1980-01-01T00:00:02Z"), EditorGenerator.timestamp("0"));
		assertEquals(Instant.parse("1980-01-01T00:00:02Z"), EditorGenerator.timestamp("-86400"));
		for (String bad : List.of("gisteren", "1.5", "99999999999999")) {
			GenerateException refused = assertThrows(GenerateException.class, () -> EditorGenerator.timestamp(bad));
			assertTrue(refused.getMessage().startsWith("SOURCE_DATE_EPOCH moet een aantal seconden sinds 1970 zijn"), refused.getMessage());
		}
	}

	@Test
	void anUpdateLocationIsReadOnceForTheCommandLineAndTheDialog() throws Exception {
		assertEquals(null, EditorGenerator.updateLocation(null));
		assertEquals(null, EditorGenerator.updateLocation("  "));
		assertEquals(URI.create("https://opp.example.nl/updates/"), EditorGenerator.updateLocation(" https://opp.example.nl/updates/ "));
		assertEquals(URI.create("http://intranet/opp"), EditorGenerator.updateLocation("http://intranet/opp"));
		assertEquals(temp.resolve("map").toUri(), EditorGenerator.updateLocation(temp.resolve("map").toString()));
		assertEquals(temp.resolve("map").toUri(), EditorGenerator.updateLocation(temp.resolve("map").toUri().toString()));
		assertEquals(Path.of("rel").toAbsolutePath().toUri(), EditorGenerator.updateLocation("rel"));
		for (String bad : List.of("ftp://swv.example.nl/", "http:zonder-host", "https:///pad", "https://h/a b", "file:relatief")) {
			GenerateException refused = assertThrows(GenerateException.class, () -> EditorGenerator.updateLocation(bad), bad);
			assertEquals("Het adres voor updates kan niet gebruikt worden: " + bad
					+ ". Geef een adres dat begint met https:// of http://, of een map.", refused.getMessage());
		}
	}

	@Test
	void longPathsAreSplitAsUstarWantsAndTarReadsThem() throws Exception {
		String name = "OPP Editor Samenwerkingsverband Passend Onderwijs Zuid-Holland West en Omstreken";
		Result result = generate(Examples.file(Examples.FORMAT), temp.resolve("dist"), new Branding(name, null, null), UPDATES,
				EnumSet.of(Platform.LINUX_X86_64, Platform.MACOS_AARCH64));
		String root = "OPP-Editor-Samenwerkingsverband-Passend-Onderwijs-Zuid-Holland-West-en-Omstreken/";
		String fragment = root + "plugins/org.eclipse.swt.gtk.linux.x86_64_3.135.0.v20260819-1952.jar";
		assertTrue(fragment.length() > 100);
		Map<String, ArchiveReader.Item> tar = ArchiveReader.tarGz(result.archives().get(Platform.LINUX_X86_64));
		assertTrue(tar.containsKey(fragment), tar.keySet().toString());
		Path tarProgram = Path.of("/usr/bin/tar");
		if (Files.isExecutable(tarProgram) || Files.isExecutable(tarProgram = Path.of("/bin/tar"))) {
			for (Path archive : result.archives().values()) {
				Process process = new ProcessBuilder(tarProgram.toString(), "tzf", archive.toString()).start();
				process.getOutputStream().close();
				List<String> listed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
				assertTrue(process.waitFor(60, TimeUnit.SECONDS));
				assertEquals(0, process.exitValue());
				assertEquals(List.copyOf(ArchiveReader.tarGz(archive).keySet()), listed, "tar lists what the generator wrote");
			}
		}
	}

	@Test
	void anSwtFragmentOfAnotherVersionIsRefused() throws Exception {
		Path product = FakeProduct.create(temp.resolve("ander-swt"));
		Path fragment = product.resolve("generator/swt/org.eclipse.swt.cocoa.macosx.aarch64_3.135.0.jar");
		Files.delete(fragment);
		FakeProduct.jar(product.resolve("generator/swt/org.eclipse.swt.cocoa.macosx.aarch64_3.134.0.jar"),
				"org.eclipse.swt.cocoa.macosx.aarch64; singleton:=true", "3.134.0.v20260101-0000", "org.eclipse.swt", "org.eclipse.swt");
		GenerateException refused = assertThrows(GenerateException.class, () -> EditorGenerator.of(product));
		assertTrue(refused.getMessage().startsWith("org.eclipse.swt.cocoa.macosx.aarch64_3.134.0.jar in de map generator/swt is versie "
				+ "3.134.0, maar het OPP Studio-programma heeft SWT 3.135.0. Zet generator.swt-version"), refused.getMessage());
	}

	@Test
	void aFolderWithoutTheKitIsNoProduct() throws Exception {
		Path empty = Files.createDirectories(temp.resolve("leeg"));
		GenerateException refused = assertThrows(GenerateException.class, () -> EditorGenerator.of(empty));
		assertTrue(refused.getMessage().contains("de map plugins ontbreekt"), refused.getMessage());
		Files.createDirectories(empty.resolve("plugins"));
		refused = assertThrows(GenerateException.class, () -> EditorGenerator.of(empty));
		assertTrue(refused.getMessage().contains("de map generator"), refused.getMessage());
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the sh script")
	void startScriptSaysInDutchWhichJavaToInstall() throws Exception {
		Path java = fakeJava("'openjdk version \"17.0.9\" 2023-10-17'");
		Run run = runScript(java, true);
		assertEquals(3, run.exit(), run.err());
		assertTrue(run.err().contains("OPP Editor SWV De Voorbeeldregio heeft Java 21 of nieuwer nodig. Op deze computer staat alleen Java 17 ("
				+ java + ")."), run.err());
		assertTrue(run.err().contains("Installeer Java 21 of nieuwer (gratis: Temurin, van https://adoptium.net/nl/)"), run.err());
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the sh script")
	void startScriptReadsTheJavaVersionFromTheVersionLine() throws Exception {
		assertTrue(runScript(fakeJava("'java version \"1.8.0_392\"'"), true).err().contains("alleen Java 8 ("));
		assertTrue(runScript(fakeJava("'Picked up JAVA_TOOL_OPTIONS: -Dx=\"y\"'", "'openjdk version \"17.0.2\" 2022-01-18'"), true)
				.err().contains("alleen Java 17 ("), "a Picked up line first");
		for (String version : List.of("21.0.2", "25", "21-ea")) {
			Run run = runScript(fakeJava("'Picked up JAVA_TOOL_OPTIONS: -Dx=\"y\"'", "'openjdk version \"" + version + "\" 2025-09-16'"),
					true);
			assertEquals(0, run.exit(), version + ": " + run.err());
			List<String> arguments = run.out().lines().toList();
			assertTrue(arguments.contains("-XX:TieredStopAtLevel=1"), arguments.toString());
			assertEquals(!version.equals("25"), !arguments.contains("--sun-misc-unsafe-memory-access=allow"), version + " " + arguments);
		}
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the sh script")
	void startScriptPassesTheClassArchiveTheFormatCacheAndTheDataFolder() throws Exception {
		Run run = runScript(fakeJava("'openjdk version \"25\" 2025-09-16'"), true);
		assertEquals(0, run.exit(), run.err());
		List<String> arguments = run.out().lines().toList();
		String cache = temp.resolve("cache/oppstudio/oppeditor-swv-voorbeeld-opp/0.2.0-") .toString();
		assertTrue(arguments.contains("-XX:+AutoCreateSharedArchive"), arguments.toString());
		assertTrue(arguments.contains("-Xlog:cds=off") && arguments.contains("-Xlog:cds+dynamic=off"), arguments.toString());
		assertTrue(arguments.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=" + cache) && a.endsWith("/editor.jsa")),
				arguments.toString());
		assertTrue(arguments.stream().anyMatch(a -> a.startsWith("-Dnl.oppstudio.format.cache=" + cache) && a.endsWith("/formats")),
				arguments.toString());
		assertTrue(arguments.contains("-Dnl.oppstudio.editor.data=" + temp.resolve("data/oppstudio/oppeditor-swv-voorbeeld-opp")),
				arguments.toString());
		String archive = arguments.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=")).findFirst().orElseThrow();
		assertTrue(Files.isDirectory(Path.of(archive.substring("-XX:SharedArchiveFile=".length())).getParent()),
				"the cache folder is made, the JVM writes the archive there");
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the sh script")
	void startScriptWithoutItsPluginsSaysSoInDutch() throws Exception {
		Run run = runScript(fakeJava("'openjdk version \"25\" 2025-09-16'"), false);
		assertEquals(3, run.exit(), run.err());
		assertTrue(run.err().contains("OPP Editor SWV De Voorbeeldregio kan niet starten: het bestand "), run.err());
		assertTrue(run.err().contains("Pak het gedownloade pakket opnieuw helemaal uit"), run.err());
		assertFalse(run.out().contains("-jar"), "java not started");
	}

	@Test
	void theWindowsScriptHasWhatTheShScriptHas() throws Exception {
		Result result = generate(Examples.file(Examples.FORMAT), temp.resolve("dist"), null, UPDATES, EnumSet.of(Platform.WINDOWS_X86_64));
		String cmd = ArchiveReader.zip(result.archives().get(Platform.WINDOWS_X86_64)).get(ROOT + "OPP Editor.cmd").text();
		for (String part : List.of("-XX:+AutoCreateSharedArchive", "\"-XX:SharedArchiveFile=%CACHE%\\editor.jsa\"", "-Xlog:cds=off",
				"-Xlog:cds+dynamic=off", "\"-Dnl.oppstudio.format.cache=%CACHE%\\formats\"",
				"set \"CACHE=%LOCALAPPDATA%\\oppstudio\\oppeditor-swv-voorbeeld-opp\\0.2.0-",
				"\"-Dnl.oppstudio.editor.data=%USERDATA%\"", "set \"USERDATA=%APPDATA%\\oppstudio\\oppeditor-swv-voorbeeld-opp\"",
				"if %JAVA_MAJOR% GEQ 24 set \"UNSAFE=--sun-misc-unsafe-memory-access=allow\"", "if defined CODEPAGE chcp %CODEPAGE%",
				"if /i \"%%~b\"==\"version\" set \"VERSION=%%~c\"", "if exist \"%LAUNCHER%\" goto :launcher_found")) {
			assertTrue(cmd.contains(part), part);
		}
		// every exit goes through :quit, which sets the console's code page back
		assertEquals(1, cmd.split("exit /b", -1).length - 1, "one exit /b");
		assertFalse(cmd.contains("findstr"), "the version is not the first quoted word of any line");
	}

	@Test
	void aNameWithANewlineStaysOnOneLineInTheScripts() throws Exception {
		Result result = generate(Examples.file(Examples.FORMAT), temp.resolve("dist"), new Branding("OPP Editor\nrm x\tY", null, null),
				UPDATES, EnumSet.of(Platform.LINUX_X86_64));
		Map<String, ArchiveReader.Item> tar = ArchiveReader.tarGz(result.archives().get(Platform.LINUX_X86_64));
		String script = tar.get("OPP-Editor-rm-x-Y/opp-editor.sh").text();
		assertEquals("# OPP Editor rm x Y 0.2.0: starts the OPP Editor (written by opp generate, see LEESMIJ.txt).",
				script.lines().skip(1).findFirst().orElseThrow());
		assertEquals("OPP Editor rm x Y", config(tar.get("OPP-Editor-rm-x-Y/configuration/config.ini").content())
				.getProperty("nl.oppstudio.editor.name"));
	}

	private record Run(int exit, String out, String err) {
	}

	/** A java program that prints the lines as java -version does (on standard error), else its arguments, one a line. */
	private Path fakeJava(String... versionLines) throws IOException {
		Path bin = Files.createDirectories(temp.resolve("bin-" + Math.abs(String.join("", versionLines).hashCode())));
		StringBuilder text = new StringBuilder("#!/bin/sh\nif [ \"$1\" = -version ]; then\n");
		for (String line : versionLines) {
			text.append("  echo ").append(line).append(" >&2\n");
		}
		text.append("  exit 0\nfi\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
		Path java = Files.writeString(bin.resolve("java"), text);
		java.toFile().setExecutable(true);
		return java;
	}

	/** Runs the Linux script of a fresh install (with its plugins/ when asked) with only the fake java on the PATH. */
	private Run runScript(Path javaProgram, boolean withPlugins) throws Exception {
		Path dist = temp.resolve("dist-script");
		Result result = Files.exists(dist) ? null
				: generate(Examples.file(Examples.FORMAT), dist, null, UPDATES, EnumSet.of(Platform.LINUX_X86_64));
		Path archive = result != null ? result.archives().get(Platform.LINUX_X86_64)
				: dist.resolve("OPP-Editor-SWV-De-Voorbeeldregio-0.2.0-linux-x86_64.tar.gz");
		Path install = temp.resolve("install-" + System.nanoTime());
		Files.createDirectories(install);
		for (ArchiveReader.Item item : ArchiveReader.tarGz(archive).values()) {
			if (!item.path().endsWith("/") && (withPlugins || item.path().endsWith(".sh"))) {
				Path file = install.resolve(item.path().substring(ROOT.length()));
				Files.createDirectories(file.getParent());
				Files.write(file, item.content());
			}
		}
		Path documents = Files.createDirectories(temp.resolve("home/Documents"));
		ProcessBuilder builder = new ProcessBuilder("sh", install.resolve("opp-editor.sh").toString(), documents.toString());
		builder.environment().clear();
		builder.environment().put("PATH", javaProgram.getParent() + ":/usr/bin:/bin");
		builder.environment().put("HOME", temp.resolve("home").toString());
		builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
		builder.environment().put("XDG_DATA_HOME", temp.resolve("data").toString());
		builder.environment().put("XDG_STATE_HOME", temp.resolve("state").toString());
		Process process = builder.start();
		process.getOutputStream().close();
		java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> readAll(process.getErrorStream()));
		String out = readAll(process.getInputStream());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		return new Run(process.exitValue(), out, err.join());
	}

	private static String readAll(InputStream in) {
		try {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs sh")
	void linuxAndMacosScriptsAreValidShell() throws Exception {
		Result result = example(temp.resolve("dist"));
		Map<String, byte[]> scripts = Map.of("opp-editor.sh",
				ArchiveReader.tarGz(result.archives().get(Platform.LINUX_X86_64)).get(ROOT + "opp-editor.sh").content(), "opp-editor",
				ArchiveReader.tarGz(result.archives().get(Platform.MACOS_AARCH64))
						.get(ROOT + "OPP-Editor-SWV-De-Voorbeeldregio.app/Contents/MacOS/opp-editor").content());
		for (Map.Entry<String, byte[]> script : scripts.entrySet()) {
			Path file = Files.write(temp.resolve(script.getKey()), script.getValue());
			Process process = new ProcessBuilder("sh", "-n", file.toString()).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(process.waitFor(60, TimeUnit.SECONDS));
			assertEquals(0, process.exitValue(), script.getKey() + ": " + output);
			assertFalse(java.util.regex.Pattern.compile("@[A-Z_]+@").matcher(new String(script.getValue(), StandardCharsets.UTF_8)).find(),
					"every placeholder filled: " + script.getKey());
		}
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	/** A copy of the example format, changed, in temp/formats/ with its logo. */
	private Path variant(String name, java.util.function.UnaryOperator<String> change) throws IOException {
		Path folder = Files.createDirectories(temp.resolve("formats").resolve(name));
		Files.copy(Examples.file("logo-swv-voorbeeld.svg"), folder.resolve("logo-swv-voorbeeld.svg"));
		String text = Files.readString(Examples.file(Examples.FORMAT), StandardCharsets.UTF_8).replace("\r\n", "\n");
		String changed = change.apply(text);
		assertFalse(changed.equals(text), "the variant differs");
		return Files.writeString(folder.resolve(name + ".oppformat"), changed, StandardCharsets.UTF_8);
	}

	private static void assertNothingWritten(Path output) throws IOException {
		if (Files.exists(output)) {
			try (Stream<Path> files = Files.walk(output)) {
				assertEquals(List.of(output), files.toList(), "nothing half-written");
			}
		}
	}

	private static Map<String, byte[]> files(Path folder) throws IOException {
		Map<String, byte[]> result = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				result.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		return result;
	}

	private static Document xml(Path jar, String entry) throws Exception {
		byte[] bytes = ArchiveReader.zip(jar).get(entry).content();
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
	}

	private static List<String> provided(Element unit) {
		List<String> result = new ArrayList<>();
		NodeList list = unit.getElementsByTagName("provided");
		for (int i = 0; i < list.getLength(); i++) {
			Element provided = (Element) list.item(i);
			result.add(provided.getAttribute("namespace") + " " + provided.getAttribute("name") + " " + provided.getAttribute("version"));
		}
		return result;
	}

	private static String property(Element element, String name) {
		NodeList list = element.getElementsByTagName("property");
		for (int i = 0; i < list.getLength(); i++) {
			Element property = (Element) list.item(i);
			if (property.getAttribute("name").equals(name)) {
				return property.getAttribute("value");
			}
		}
		return null;
	}

	private static Properties config(byte[] bytes) throws IOException {
		Properties properties = new Properties();
		properties.load(new ByteArrayInputStream(bytes)); // ISO-8859-1, as Equinox reads it
		return properties;
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}
}
