package nl.oppstudio.fuzz;

import java.nio.file.Path;
import java.util.Arrays;

import nl.oppstudio.document.FormatDiff;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;

/**
 * The bytes split at the first zero byte (else in the middle) into two format texts; when both parse
 * (a format without syntax errors; checks may still fail), {@link FormatDiff#compare} between them, as
 * {@code opp diff} does. Invariants: nothing throws; a format compared with itself has no changes;
 * every change has a path and a description. A format with syntax errors is incomplete (names missing):
 * no caller compares it ({@code opp diff}, publish and the history require a usable format).
 */
public final class FormatDiffTarget {

	private static final FormatLoader LOADER = FormatLoader.create(null);

	private FormatDiffTarget() {
	}

	/**
	 * Called by Jazzer once before fuzzing (outside the 1 s limit per input): reads the example format
	 * and runs the seeds, so that loading and instrumenting the classes is not taken for a hang.
	 */
	public static void fuzzerInitialize() {
		Targets.warmUp(Targets.FORMATDIFF);
	}

	public static void fuzzerTestOneInput(byte[] data) {
		int split = 0;
		while (split < data.length && data[split] != 0) {
			split++;
		}
		byte[] first = split < data.length ? Arrays.copyOf(data, split) : Arrays.copyOf(data, data.length / 2);
		byte[] second = split < data.length ? Arrays.copyOfRange(data, split + 1, data.length)
				: Arrays.copyOfRange(data, data.length / 2, data.length);
		Path folder = Fixtures.examples();
		LoadedFormat older = LOADER.load(folder.resolve("fuzz-oud.oppformat"), first);
		FormatTarget.check(older);
		if (older.format() == null || older.hasSyntaxErrors()) {
			return;
		}
		LoadedFormat newer = LOADER.load(folder.resolve("fuzz-nieuw.oppformat"), second);
		FormatTarget.check(newer);
		if (newer.format() == null || newer.hasSyntaxErrors()) {
			return;
		}
		FormatDiff.Result result = FormatDiff.compare(older.format(), newer.format());
		for (FormatDiff.Change change : result.changes()) {
			if (change.path() == null || change.description() == null || change.description().isBlank() || change.impact() == null) {
				throw new FuzzFinding("a change without path, impact or description: " + change);
			}
		}
		FormatDiff.Result same = FormatDiff.compare(older.format(), older.format());
		if (!same.changes().isEmpty()) {
			throw new FuzzFinding("a format differs from itself: " + same.changes());
		}
	}
}
