package nl.oppstudio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the VS Code extension "is packaged as a .vsix by a script when Node is present", with "a test of the
 * packaging, and a test that the grammar colours every example format without an unmatched token". Both run
 * with Node here, on a copy of editors/vscode (npm writes node_modules and out/ into the copy, not the source
 * tree); without Node they are skipped with the reason. The grammar is also checked without Node, by
 * TextMateGrammarTest in nl.oppstudio.format.dsl.tests.
 */
class VsCodeExtensionTest {

	@TempDir
	Path temp;

	@Test
	void packagesAVsixAndColoursEveryExampleWithVsCodesEngine() throws Exception {
		Assumptions.assumeTrue(onPath("node") && onPath("npm"), "Node.js en npm ontbreken: de VS Code-extensie wordt niet verpakt");
		Path source = Products.root().resolve("editors/vscode");
		Path copy = temp.resolve("vscode");
		copyTree(source, copy);
		Map<String, String> environment = Map.of("npm_config_cache", temp.resolve("npm-cache").toString(), "HOME",
				Files.createDirectories(temp.resolve("home")).toString(), "OPP_EXAMPLES", Products.examples().toString());
		Products.Run packaged = Products.run(copy, environment, 600, List.of("sh", "test-package.sh"));
		assertEquals(0, packaged.exit(), packaged.all());
		try (Stream<Path> files = Files.list(copy)) {
			assertTrue(files.anyMatch(file -> file.getFileName().toString().endsWith(".vsix")), packaged.all());
		}
		Products.Run grammar = Products.run(copy, environment, 300, List.of("npm", "test"));
		assertEquals(0, grammar.exit(), grammar.all());
	}

	private static boolean onPath(String program) {
		String path = System.getenv("PATH");
		return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path file : walk.toList()) {
				Path relative = from.relativize(file);
				String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
				if (first.equals("node_modules") || first.equals("out") || first.endsWith(".vsix")) {
					continue;
				}
				Path target = to.resolve(relative.toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
	}
}
