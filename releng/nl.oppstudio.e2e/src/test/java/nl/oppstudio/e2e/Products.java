package nl.oppstudio.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The repository, its built products and its examples, and running their commands as a user does. */
final class Products {

	private Products() {
	}

	/** The repository's root (the folder of ./opp). */
	static Path root() {
		String root = System.getProperty("opp.root");
		Path path = root == null ? Path.of("../..").toAbsolutePath().normalize() : Path.of(root);
		assertTrue(Files.isRegularFile(path.resolve("opp")), "geen ./opp in " + path);
		return path;
	}

	/** The OPP Studio product, built by releng/nl.oppstudio.product before this module. */
	static Path studioProduct() {
		Path product = root().resolve("releng/nl.oppstudio.product/target/products/nl.oppstudio.product/linux/gtk/x86_64");
		assertTrue(Files.isDirectory(product.resolve("plugins")),
				"OPP Studio is niet gebouwd: " + product + " (bouw de hele reactor, niet alleen deze module)");
		return product;
	}

	static Path examples() {
		return root().resolve("dsl-examples");
	}

	/** What a finished command left. */
	record Run(int exit, String out, String err) {
		/** Both streams, for failure messages. */
		String all() {
			return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
		}
	}

	/** Runs a command in {@code directory} with extra environment variables; fails the test after {@code seconds}. */
	static Run run(Path directory, Map<String, String> environment, int seconds, List<String> command) throws IOException,
			InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
		builder.environment().putAll(environment);
		Path out = Files.createTempFile("opp-e2e", ".out");
		Path err = Files.createTempFile("opp-e2e", ".err");
		try {
			builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
			Process process = builder.start();
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor();
				fail("na " + seconds + " s niet klaar: " + command + "\n" + Files.readString(out) + "\n" + Files.readString(err));
			}
			return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** {@code ./opp ARGS} from the repository's root. */
	static Run opp(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(root().resolve("opp").toString());
		command.addAll(List.of(args));
		return run(root(), environment, 300, command);
	}

	private static java.io.File nullDevice() {
		return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
	}

	/** Every regular file under a folder, relative to it, sorted. */
	static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
		}
	}

	/** Copies a file into a folder (made when missing), under its own name or {@code as}. */
	static Path copy(Path file, Path folder, String as) throws IOException {
		Files.createDirectories(folder);
		return Files.copy(file, folder.resolve(as == null ? file.getFileName().toString() : as));
	}
}
