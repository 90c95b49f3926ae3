package nl.oppstudio.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;

/**
 * What the targets share: {@code dsl-examples/} (system property {@code opp.examples}, else found
 * upwards from the working folder), the example format parsed once, and a scratch folder.
 */
public final class Fixtures {

	/** The example format every target starts from. */
	public static final String FORMAT = "swv-voorbeeld-opp.oppformat";
	/** The filled-in example document of that format. */
	public static final String DOCUMENT = "sem-de-vries.opp";

	private static Path examples;
	private static Format exampleFormat;
	private static Path scratch;

	private Fixtures() {
	}

	/** The {@code dsl-examples} folder. */
	public static synchronized Path examples() {
		if (examples == null) {
			String configured = System.getProperty("opp.examples");
			if (configured != null && Files.isDirectory(Path.of(configured))) {
				examples = Path.of(configured).toAbsolutePath();
			} else {
				for (Path dir = Path.of("").toAbsolutePath(); dir != null && examples == null; dir = dir.getParent()) {
					if (Files.isDirectory(dir.resolve("dsl-examples"))) {
						examples = dir.resolve("dsl-examples");
					}
				}
			}
			if (examples == null) {
				throw new IllegalStateException("dsl-examples not found; set -Dopp.examples=PATH");
			}
		}
		return examples;
	}

	/** Every file in dsl-examples (and its subfolders) whose name ends with {@code .extension}. */
	public static List<Path> exampleFiles(String extension) {
		try (Stream<Path> files = Files.walk(examples())) {
			return files.filter(f -> f.getFileName().toString().endsWith("." + extension)).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The example format, parsed and checked once; it must be usable. */
	public static synchronized Format exampleFormat() {
		if (exampleFormat == null) {
			LoadedFormat loaded = FormatLoader.create(null).load(examples().resolve(FORMAT));
			if (!loaded.isUsable()) {
				throw new IllegalStateException("example format has errors: " + loaded.diagnostics());
			}
			exampleFormat = loaded.format();
		}
		return exampleFormat;
	}

	/** A fresh copy of the example document, loaded from its file. */
	public static OppDocument exampleDocument() {
		try {
			return Documents.load(examples().resolve(DOCUMENT), exampleFormat());
		} catch (DocumentException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/** The text of a file in dsl-examples. */
	public static String exampleText(String name) {
		try {
			return Files.readString(examples().resolve(name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A folder for the targets' temporary files, removed when the JVM ends. */
	public static synchronized Path scratch() {
		if (scratch == null) {
			try {
				scratch = Files.createTempDirectory("opp-fuzz");
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Path folder = scratch;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try (Stream<Path> files = Files.walk(folder)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
				} catch (IOException e) {
					// best effort
				}
			}));
		}
		return scratch;
	}
}
