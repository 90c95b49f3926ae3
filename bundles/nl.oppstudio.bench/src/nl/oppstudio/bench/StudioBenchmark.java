package nl.oppstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import nl.oppstudio.format.dsl.ide.editing.FormatEditing;

/**
 * Issue 14's speed targets for OPP Studio, one measurement per name (more are added as the Studio grows):
 * <ul>
 * <li>{@code markers}: from a keystroke to updated markers on a generated 1,000-line format: one
 * character changed, then {@link FormatEditing#update} (parse, link, all checks of {@code opp check-format})
 * and the colours ({@link FormatEditing#lexical}, {@link FormatEditing#semantic}); warm; alone and as a
 * format that extends the installed base {@code wettelijk-minimum}. Target: under 100 ms.</li>
 * <li>{@code assist}: content assist after {@code wanneer} in the same format (not a target, for reference).</li>
 * </ul>
 * Usage: {@code StudioBenchmark [measurement…]} (default: all); system properties {@code lines} (1000)
 * and {@code iterations} (200).
 */
public final class StudioBenchmark {

	private StudioBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int lines = Integer.getInteger("lines", 1000);
		int iterations = Integer.getInteger("iterations", 200);
		Map<String, Runnable> measurements = new LinkedHashMap<>();
		Path folder = Files.createTempDirectory("opp-studio-bench");
		measurements.put("markers", () -> markers(folder, lines, iterations));
		measurements.put("assist", () -> assist(folder, lines, iterations / 4));
		List<String> wanted = args.length == 0 ? List.copyOf(measurements.keySet()) : List.of(args);
		System.out.printf(Locale.ROOT, "OPP Studio benchmark, %d-line format, %d iterations, Java %s%n", lines, iterations,
				Runtime.version());
		for (String name : wanted) {
			Runnable measurement = measurements.get(name);
			if (measurement == null) {
				System.err.println("onbekende meting: " + name + " (bekend: " + measurements.keySet() + ")");
				System.exit(2);
			}
			measurement.run();
		}
	}

	private static void markers(Path folder, int lines, int iterations) {
		String alone = GeneratedFormat.ofLines(lines);
		keystrokes("markers, alone", folder.resolve("benchmark.oppformat"), alone, iterations);
		String derived = alone.replaceFirst(" \\{\n", " breidt uit \"wettelijk-minimum\" {\n")
				.replace("\"benchmark\"", "\"benchmark-afgeleid\"");
		keystrokes("markers, extends the installed base", folder.resolve("afgeleid.oppformat"), derived, iterations);
	}

	/** One character typed and taken back in a label, each followed by update + colours. */
	private static void keystrokes(String title, Path file, String text, int iterations) {
		FormatEditing editing = FormatEditing.open(file, text);
		int at = text.indexOf("\"Veld 1.1\"") + 5;
		String[] versions = { text, text.substring(0, at) + "x" + text.substring(at) };
		long[] update = new long[iterations];
		long[] colours = new long[iterations];
		IntConsumer round = i -> {
			String version = versions[i % 2];
			long t0 = System.nanoTime();
			editing.update(version);
			long t1 = System.nanoTime();
			FormatEditing.lexical(version);
			editing.semantic();
			long t2 = System.nanoTime();
			if (i >= 0) {
				update[i] = t1 - t0;
				colours[i] = t2 - t1;
			}
		};
		long start = System.nanoTime();
		while (System.nanoTime() - start < 5_000_000_000L) {
			round.accept(-1);
		}
		for (int i = 0; i < iterations; i++) {
			round.accept(i);
		}
		long[] total = new long[iterations];
		for (int i = 0; i < iterations; i++) {
			total[i] = update[i] + colours[i];
		}
		System.out.printf(Locale.ROOT, "%s (%d problems): update %s; colours %s; keystroke to markers %s%n", title,
				editing.snapshot().problems().size(), stats(update), stats(colours), stats(total));
	}

	private static void assist(Path folder, int lines, int iterations) {
		String text = GeneratedFormat.ofLines(lines);
		int at = text.indexOf("\t\tveld v2 ");
		String typed = "\t\tveld extra: tekst zichtbaar wanneer ";
		String edited = text.substring(0, at) + typed + "\n" + text.substring(at);
		FormatEditing editing = FormatEditing.open(folder.resolve("assist.oppformat"), edited);
		int offset = at + typed.length();
		List<Long> times = new ArrayList<>();
		long start = System.nanoTime();
		while (System.nanoTime() - start < 3_000_000_000L) {
			editing.complete(offset);
		}
		int count = 0;
		for (int i = 0; i < iterations; i++) {
			long t0 = System.nanoTime();
			count = editing.complete(offset).size();
			times.add(System.nanoTime() - t0);
		}
		System.out.printf(Locale.ROOT, "assist after 'wanneer' (%d proposals): %s%n", count,
				stats(times.stream().mapToLong(Long::longValue).toArray()));
	}

	private static String stats(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "median %.1f ms, p90 %.1f ms, max %.1f ms", sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[sorted.length - 1] / 1e6);
	}
}
