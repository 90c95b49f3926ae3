package nl.oppstudio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;

/** Loading formats in tests: the examples, and formats written into a test's folder. */
public final class TestFormats {

	private TestFormats() {
	}

	/** A format file that must load without errors; fails with its diagnostics otherwise. */
	public static Format load(Path file) {
		LoadedFormat loaded = FormatLoader.create().load(file);
		if (!loaded.isUsable()) {
			throw new AssertionError(file + " laadt niet: " + loaded.diagnostics());
		}
		return loaded.format();
	}

	/** The example format every step is shown on ({@link Examples#FORMAT}). */
	public static Format example() {
		return load(Examples.file(Examples.FORMAT));
	}

	/** Writes {@code text} as {@code folder/name} and loads it, diagnostics and all. */
	public static LoadedFormat write(Path folder, String name, String text) {
		Path file = folder.resolve(name);
		try {
			Files.writeString(file, text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return FormatLoader.create().load(file);
	}
}
