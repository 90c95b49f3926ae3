package nl.oppstudio.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Limits;
import nl.oppstudio.testing.FormatRepositories;
import nl.oppstudio.update.FormatUpdates;
import nl.oppstudio.update.InstalledFormats;
import nl.oppstudio.update.UpdateException;
import nl.oppstudio.update.internal.Jars;

/**
 * Issue 16, hostile input: format bundle jars and p2 metadata from an update source. Zip-slip names, zip bombs
 * and oversized or hostile content.xml are refused with a Dutch message; nothing is written outside its folder
 * and nothing is installed. The hostile archives are made here, at run time.
 */
class HostileArchivesTest {

	@TempDir
	Path temp;

	private InstalledFormats installed;
	private FormatUpdates updates;

	@BeforeEach
	void editorWithVersion020() throws Exception {
		installed = new InstalledFormats(temp.resolve("data"),
				List.of(FormatRepositories.writeBundle(temp.resolve("plugins"), "0.2.0")));
		updates = new FormatUpdates(installed);
	}

	/** A format bundle jar with the right manifest and these extra entries. */
	private static byte[] bundleWith(String name, Writer content) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-SymbolicName", FormatRepositories.BSN);
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("OPP-Format-Id", FormatRepositories.ID);
		main.putValue("OPP-Format", "format/" + FormatRepositories.formatEntry("1.0.0"));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			jar.putNextEntry(new JarEntry(name));
			content.write(jar);
			jar.closeEntry();
		}
		return bytes.toByteArray();
	}

	private interface Writer {
		void write(OutputStream out) throws IOException;
	}

	private List<Path> everything() throws IOException {
		try (Stream<Path> all = Files.walk(temp)) {
			return all.toList();
		}
	}

	@Test
	void zipSlipNamesAreRefusedAndNothingIsWrittenOutside() throws Exception {
		for (String evil : List.of("../../buiten.txt", "format/../../../buiten.txt", "/tmp/oppstudio-buiten.txt")) {
			Path jar = Files.write(temp.resolve("slip.jar"), bundleWith(evil, out -> out.write("kwaad".getBytes(StandardCharsets.UTF_8))));
			Path target = temp.resolve("data/formats/uitgepakt");
			IOException e = assertThrows(IOException.class, () -> Jars.extract(jar, target), evil);
			assertTrue(e.getMessage().contains("ongeldige naam"), e.getMessage());
			assertFalse(Files.exists(target), evil);
			assertFalse(everything().stream().anyMatch(p -> p.getFileName().toString().equals("buiten.txt")), evil);
			assertFalse(Files.exists(Path.of("/tmp/oppstudio-buiten.txt")), evil);
		}
	}

	@Test
	void aZipBombStopsAtTheLimitAndLeavesNothing() throws Exception {
		byte[] zeros = new byte[1024 * 1024];
		long size = Limits.MAX_ARCHIVE_ENTRY_BYTES + 8L * 1024 * 1024;
		byte[] bomb = bundleWith("format/bom.bin", out -> {
			for (long written = 0; written < size; written += zeros.length) {
				out.write(zeros);
			}
		});
		assertTrue(bomb.length < 1024 * 1024, "it deflates to " + bomb.length + " bytes");
		Path jar = Files.write(temp.resolve("bom.jar"), bomb);
		Path target = temp.resolve("data/formats/bom");
		IOException e = assertThrows(IOException.class, () -> Jars.extract(jar, target));
		assertTrue(e.getMessage().contains("pakt uit tot meer dan 32 MB"), e.getMessage());
		assertFalse(Files.exists(target));
		assertEquals(List.of(), everything().stream().filter(p -> p.getFileName().toString().startsWith(".bom")).toList());
	}

	@Test
	void aRepositoryWithASlippingBundleInstallsNothing() throws Exception {
		Path repo = FormatRepositories.writeRepository(temp.resolve("repo"), false, "1.0.0");
		Path jar = repo.resolve("plugins/" + FormatRepositories.BSN + "_1.0.0.jar");
		byte[] right = Files.readAllBytes(jar);
		byte[] evil = bundleWith("../../../../buiten.txt", out -> out.write("kwaad".getBytes(StandardCharsets.UTF_8)));
		Files.write(jar, evil);
		replace(repo.resolve("artifacts.xml"), FormatRepositories.sha256(right), FormatRepositories.sha256(evil));
		replace(repo.resolve("artifacts.xml"), "value='" + right.length + "'", "value='" + evil.length + "'");
		UpdateException e = assertThrows(UpdateException.class, () -> updates.check(repo.toString()));
		assertTrue(e.getMessage().contains("ongeldige naam"), e.getMessage());
		assertFalse(everything().stream().anyMatch(p -> p.getFileName().toString().equals("buiten.txt")));
		assertEquals("0.2.0", installed.active(FormatRepositories.ID).orElseThrow().version());
	}

	@Test
	void entityExpansionInContentXmlIsRefused() throws Exception {
		Path repo = FormatRepositories.writeRepository(temp.resolve("repo"), false, "1.0.0");
		String content = Files.readString(repo.resolve("content.xml"));
		StringBuilder doctype = new StringBuilder("<!DOCTYPE repository [<!ENTITY l0 \"ha\">");
		for (int i = 1; i <= 10; i++) {
			doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		doctype.append("]>");
		int root = content.indexOf("<repository");
		Files.writeString(repo.resolve("content.xml"), content.substring(0, root) + doctype + content.substring(root));
		UpdateException e = assertThrows(UpdateException.class, () -> updates.check(repo.toString()));
		assertTrue(e.getMessage().contains("content.xml is beschadigd"), e.getMessage());
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void anOversizedContentXmlIsRefused() throws Exception {
		Path repo = FormatRepositories.writeRepository(temp.resolve("repo"), false, "1.0.0");
		String content = Files.readString(repo.resolve("content.xml"));
		Files.writeString(repo.resolve("content.xml"), content + "<!--" + "x".repeat(9 * 1024 * 1024) + "-->");
		UpdateException e = assertThrows(UpdateException.class, () -> updates.check(repo.toString()));
		assertTrue(e.getMessage().contains("hoogstens 8 MB"), e.getMessage());
		// the same as a content.jar that inflates past the limit: read only up to it
		Path zipped = FormatRepositories.writeRepository(temp.resolve("zipped"), true, "1.0.0");
		byte[] zeros = new byte[1024 * 1024];
		try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(zipped.resolve("content.jar")))) {
			jar.putNextEntry(new JarEntry("content.xml"));
			for (int i = 0; i < 100; i++) {
				jar.write(zeros);
			}
			jar.closeEntry();
		}
		UpdateException bomb = assertThrows(UpdateException.class, () -> updates.check(zipped.toString()));
		assertTrue(bomb.getMessage().contains("hoogstens 8 MB"), bomb.getMessage());
	}

	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertTrue(text.contains(from), from);
		Files.writeString(file, text.replace(from, to));
	}
}
