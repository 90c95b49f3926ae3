package nl.oppstudio.e2e;

import static nl.oppstudio.e2e.Products.examples;
import static nl.oppstudio.e2e.Products.opp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: "the same input gives byte-identical jars and archives". Two runs of {@code opp generate} on the
 * real product, a second apart and into other folders, write the same bytes; and each archive carries the SWT
 * fragment of its own platform.
 */
class ReproducibleGenerateTest {

	@TempDir
	Path temp;

	@Test
	void twoRunsWriteTheSameBytes() throws Exception {
		Products.studioProduct();
		var environment = GeneratedEditorTest.userEnvironment(Files.createDirectories(temp.resolve("home")));
		Path format = examples().resolve("revius-wijk-opp.oppformat");
		Path first = temp.resolve("eerste");
		Path second = temp.resolve("tweede");
		Products.Run one = opp(environment, "generate", format.toString(), "-o", first.toString());
		assertEquals(0, one.exit(), one.all());
		Thread.sleep(1100); // a clock that moved on must not show in any file
		Products.Run two = opp(environment, "generate", format.toString(), "-o", second.toString());
		assertEquals(0, two.exit(), two.all());

		List<Path> files = Products.files(first);
		assertEquals(files, Products.files(second));
		assertTrue(files.size() > 50, "te weinig bestanden: " + files);
		for (Path file : files) {
			assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file + " verschilt");
		}

		try (ZipFile windows = new ZipFile(GeneratedEditorTest.archive(first, "windows-x86_64.zip").toFile())) {
			assertTrue(windows.stream().anyMatch(entry -> entry.getName().contains("plugins/org.eclipse.swt.win32.win32.x86_64_")),
					"het Windows-archief heeft SWT voor Windows");
			assertTrue(windows.stream().noneMatch(entry -> entry.getName().contains("org.eclipse.swt.gtk")),
					"het Windows-archief heeft geen SWT voor Linux");
		}
	}
}
