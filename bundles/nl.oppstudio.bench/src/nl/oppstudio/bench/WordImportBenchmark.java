package nl.oppstudio.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.importer.word.BatchEntry;
import nl.oppstudio.importer.word.TemplateResult;
import nl.oppstudio.importer.word.WordImport;
import nl.oppstudio.testing.word.WordExamples;

/**
 * Issue 17's speed targets: import a 10-page Word template in under 2 s, and 100 filled-in OPPs in under 10 s.
 * In one process: the first call (POI and XMLBeans loaded, nothing warm) and warm calls (median). The Word
 * files are built with POI by {@link WordExamples}: the template of {@code WordExamples.pages(10)} and 100
 * copies of the Handreiking's Bijlage 2, each with its own pupil. Usage:
 * {@code WordImportBenchmark [MAP]}: with MAP, the files are left there (for releng/bench/word-import.sh, which
 * times the command line on them); without, in a temporary folder removed at the end.
 */
public final class WordImportBenchmark {

	private static final int COPIES = 100;
	private static final int ROUNDS = 10;

	private WordImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		boolean keep = args.length > 0;
		Path folder = keep ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("opp-word-bench");
		try {
			long t0 = System.nanoTime();
			Path template = WordExamples.pages(folder.resolve("sjabloon-10-paginas.docx"), 10);
			Path bijlage2 = WordExamples.bijlage2(folder.resolve("bijlage2-sjabloon.docx"), Map.of());
			Path filled = Files.createDirectories(folder.resolve("ingevuld"));
			for (int i = 1; i <= COPIES; i++) {
				Map<String, String> values = new HashMap<>(WordExamples.SANNE);
				values.put(WordExamples.NAAM, String.format(Locale.ROOT, "Leerling %03d", i));
				WordExamples.bijlage2(filled.resolve(String.format(Locale.ROOT, "opp-%03d.docx", i)), values);
			}
			long built = System.nanoTime() - t0;
			System.out.printf(Locale.ROOT, "Word files built with POI: %.2f s (template %d KB, %d filled copies of %d KB)%n",
					built / 1e9, Files.size(template) / 1024, COPIES, Files.size(filled.resolve("opp-001.docx")) / 1024);

			// first calls: what a user's single run pays inside the process
			long first = time(() -> WordImport.template(template, "bench-tien-paginas"));
			TemplateResult draft = WordImport.template(bijlage2, "bench-bijlage2");
			Path draftFile = folder.resolve(draft.fileName());
			Files.writeString(draftFile, draft.formatText(), StandardCharsets.UTF_8);
			LoadedFormat format = FormatLoader.create().load(draftFile);
			// the draft still has its to-do list (the law's findings): it fills documents all the same, as in the CLI
			if (format.format() == null || format.hasSyntaxErrors()) {
				throw new IllegalStateException("the draft cannot be used: " + format.diagnostics());
			}
			List<Path> copies = list(filled);
			long firstBatch = time(() -> check(WordImport.documents(copies, format.format(), folder.resolve("uit-0"), null)));

			long[] template10 = new long[ROUNDS];
			for (int i = 0; i < ROUNDS; i++) {
				template10[i] = time(() -> WordImport.template(template, "bench-tien-paginas"));
			}
			long[] batch = new long[3];
			for (int i = 0; i < batch.length; i++) {
				Path out = folder.resolve("uit-" + (i + 1));
				batch[i] = time(() -> check(WordImport.documents(copies, format.format(), out, null)));
			}
			Arrays.sort(template10);
			Arrays.sort(batch);
			System.out.printf(Locale.ROOT, "template of 10 pages: first %.0f ms, warm median %.0f ms (target < 2000 ms)%n",
					first / 1e6, template10[ROUNDS / 2] / 1e6);
			System.out.printf(Locale.ROOT, "%d filled-in OPPs to documents (read, map, save): first %.2f s, warm median %.2f s,"
					+ " %.1f ms per file (target < 10 s)%n", COPIES, firstBatch / 1e9, batch[1] / 1e9, batch[1] / 1e6 / COPIES);
		} finally {
			if (!keep) {
				delete(folder);
			}
		}
	}

	@FunctionalInterface
	private interface Work {
		Object run() throws Exception;
	}

	private static long time(Work work) throws Exception {
		long t0 = System.nanoTime();
		work.run();
		return System.nanoTime() - t0;
	}

	/** A batch counts only when every file became a document. */
	private static List<BatchEntry> check(List<BatchEntry> entries) {
		for (BatchEntry entry : entries) {
			if (!entry.ok()) {
				throw new IllegalStateException(entry.source() + ": " + entry.problem());
			}
		}
		return entries;
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> all = new ArrayList<>(files.toList());
			all.sort(Comparator.reverseOrder());
			for (Path file : all) {
				Files.deleteIfExists(file);
			}
		}
	}
}
