package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.testing.Examples;

/** Every format in dsl-examples checks without errors. */
class ExamplesTest {

	static List<Path> formats() {
		return Examples.all(FormatLoader.EXTENSION);
	}

	@ParameterizedTest
	@MethodSource("formats")
	void exampleFormatChecksClean(Path file) {
		LoadedFormat loaded = FormatLoader.create().load(file);
		assertTrue(loaded.isUsable(), () -> String.join("\n", loaded.diagnostics().stream().map(Diagnostic::toString).toList()));
		assertFalse(loaded.format().getMembers().isEmpty());
	}

	@org.junit.jupiter.api.Test
	void thereAreExamples() {
		assertFalse(formats().isEmpty());
	}
}
