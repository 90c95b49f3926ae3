package nl.oppstudio.fuzz;

import java.nio.file.Path;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.rules.Checklist;

/**
 * The bytes as the text of a format file in {@code dsl-examples/}, parsed and checked as {@code opp
 * check-format --checklist} does: {@link FormatLoader#load(Path, byte[])} (legal minimum and installed
 * bases included) and, when it has no syntax errors, the Handreiking's checklist. Invariants: nothing
 * throws; every finding has a message and a place that is not negative; no format means an error.
 */
public final class FormatTarget {

	private static final FormatLoader LOADER = FormatLoader.create(null);

	private FormatTarget() {
	}

	/**
	 * Called by Jazzer once before fuzzing (outside the 1 s limit per input): reads the example format
	 * and runs the seeds, so that loading and instrumenting the classes is not taken for a hang.
	 */
	public static void fuzzerInitialize() {
		Targets.warmUp(Targets.FORMAT);
	}

	public static void fuzzerTestOneInput(byte[] data) {
		Path file = Fixtures.examples().resolve("fuzz-invoer.oppformat");
		LoadedFormat loaded = LOADER.load(file, data);
		check(loaded);
		if (loaded.format() != null && !loaded.hasSyntaxErrors()) {
			Checklist.evaluate(loaded.format());
		}
	}

	/** The invariants of a loaded format's findings; shared with the targets that read two formats. */
	static void check(LoadedFormat loaded) {
		for (Diagnostic d : loaded.diagnostics()) {
			if (d.message().isBlank() || d.line() < 0 || d.column() < 0) {
				throw new FuzzFinding("diagnostic without message or with a negative place: " + d);
			}
		}
		if (loaded.format() == null && !Diagnostic.anyError(loaded.diagnostics())) {
			throw new FuzzFinding("no format and no error");
		}
	}
}
