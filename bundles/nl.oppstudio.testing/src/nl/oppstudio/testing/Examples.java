package nl.oppstudio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where tests find {@code dsl-examples/}: the example formats and documents drive the tests. */
public final class Examples {

	/** The example format every step is shown on. */
	public static final String FORMAT = "swv-voorbeeld-opp.oppformat";
	/** A filled-in document of that format, of a fictional pupil. */
	public static final String DOCUMENT = "sem-de-vries.opp";
	/** The pupil in {@link #DOCUMENT}. */
	public static final String PUPIL = "Sem de Vries";

	private Examples() {
	}

	/** The {@code dsl-examples} folder: system property {@code opp.examples}, else found upwards. */
	public static Path directory() {
		String configured = System.getProperty("opp.examples");
		if (configured != null && Files.isDirectory(Path.of(configured))) {
			return Path.of(configured);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("dsl-examples"))) {
				return dir.resolve("dsl-examples");
			}
		}
		throw new IllegalStateException("dsl-examples niet gevonden; zet -Dopp.examples=PAD");
	}

	public static Path file(String name) {
		return directory().resolve(name);
	}

	/** Every file in dsl-examples with the given extension (without dot). */
	public static List<Path> all(String extension) {
		try (Stream<Path> files = Files.list(directory())) {
			return files.filter(f -> f.getFileName().toString().endsWith("." + extension)).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
