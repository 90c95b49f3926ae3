package nl.oppstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;

/**
 * Issue 5's speed targets on real files: validate 10,000 documents (read, parse, format rules and law
 * rules) in one process, and load + save one document. Usage: {@code DocumentBenchmark FORMAT DOCUMENT
 * [count]}; the documents are copies of DOCUMENT in a temporary folder.
 */
public final class DocumentBenchmark {

	private DocumentBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path formatFile = Path.of(args[0]);
		Path example = Path.of(args[1]);
		int count = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
		Format format = FormatLoader.create().load(formatFile).format();
		Format newer = args.length > 3 ? FormatLoader.create().load(Path.of(args[3])).format() : null;
		Path folder = Files.createTempDirectory("opp-bench");
		try {
			byte[] content = Files.readAllBytes(example);
			for (int i = 0; i < count; i++) {
				Files.write(folder.resolve(String.format(Locale.ROOT, "doc-%05d.opp", i)), content);
			}
			List<Path> files;
			try (Stream<Path> list = Files.list(folder)) {
				files = list.sorted().toList();
			}
			LocalDate at = LocalDate.of(2026, 11, 23);
			validateAll(files.subList(0, Math.min(1000, count)), format, at); // warm-up
			long start = System.nanoTime();
			int errors = validateAll(files, format, at);
			long validateAll = System.nanoTime() - start;

			long migrateAll = 0;
			if (newer != null) {
				migrateAll(files.subList(0, Math.min(1000, count)), format, newer, folder.resolve("warm")); // warm-up
				long t0 = System.nanoTime();
				migrateAll(files, format, newer, folder.resolve("gemigreerd"));
				migrateAll = System.nanoTime() - t0;
			}

			Path one = folder.resolve("een.opp");
			Files.write(one, content);
			for (int i = 0; i < 2000; i++) {
				Documents.save(Documents.load(one, format), one);
			}
			long[] loadSave = new long[2000];
			for (int i = 0; i < loadSave.length; i++) {
				long t0 = System.nanoTime();
				Documents.save(Documents.load(one, format), one);
				loadSave[i] = System.nanoTime() - t0;
			}
			Arrays.sort(loadSave);
			System.out.printf(Locale.ROOT, "validate %d documents (%d bytes each): %.2f s, %.3f ms per document, %d with errors%n",
					count, content.length, validateAll / 1e9, validateAll / 1e6 / count, errors);
			if (newer != null) {
				System.out.printf(Locale.ROOT, "migrate %d documents to version %s (load, migrate, save): %.2f s, %.3f ms per document%n",
						count, newer.getVersion(), migrateAll / 1e9, migrateAll / 1e6 / count);
			}
			System.out.printf(Locale.ROOT, "load + save one document (atomic, with backup): median %.2f ms, p90 %.2f ms%n",
					loadSave[loadSave.length / 2] / 1e6, loadSave[(int) (loadSave.length * 0.9)] / 1e6);
		} finally {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static void migrateAll(List<Path> files, Format older, Format newer, Path into) throws Exception {
		Files.createDirectories(into);
		java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
		for (Path file : files) {
			var result = nl.oppstudio.document.Migration.migrate(Documents.load(file, older), newer, now);
			Documents.save(result.document(), into.resolve(file.getFileName()));
		}
	}

	private static int validateAll(List<Path> files, Format format, LocalDate at) throws IOException {
		int withErrors = 0;
		for (Path file : files) {
			try {
				OppDocument document = Documents.load(file, format);
				if (Diagnostic.anyError(Documents.validate(document, file, at))) {
					withErrors++;
				}
			} catch (DocumentException e) {
				withErrors++;
			}
		}
		return withErrors;
	}
}
