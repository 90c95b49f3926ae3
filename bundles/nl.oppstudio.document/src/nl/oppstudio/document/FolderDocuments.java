package nl.oppstudio.document;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import nl.oppstudio.core.Diagnostic;

/**
 * The OPPs of a folder with their next deadline, in the order {@code opp due} and the OPP Editor's
 * overview both show: overdue first, then by due date, then by the pupil's name.
 */
public final class FolderDocuments {

	/**
	 * One document of a folder, read with its format, or why it could not be.
	 *
	 * @param file     the document file
	 * @param document the document, or {@code null} when {@code problem} says why not
	 * @param problem  why the document has no usable format or cannot be read, or {@code null}
	 */
	public record Entry(Path file, OppDocument document, Diagnostic problem) {

		/** The pupil's name, {@code ""} for a document that could not be read. */
		public String pupil() {
			return document == null ? "" : document.pupilName();
		}

		/** The next deadline at {@code at}; see {@link FolderDocuments#next}. */
		public Optional<Planning.Due> next(LocalDate at) {
			return document == null ? Optional.empty() : FolderDocuments.next(document, at);
		}
	}

	private static final Collator NAMES = Collator.getInstance(Locale.forLanguageTag("nl"));

	private FolderDocuments() {
	}

	/** The documents ({@code *.opp}) directly in a folder, by file name; see {@link #files(Path, boolean)}. */
	public static List<Path> files(Path folder) throws IOException {
		return files(folder, false);
	}

	/**
	 * The documents ({@code *.opp}) in a folder, or below it when {@code recursive}, sorted by path: hidden
	 * files and folders (a name starting with a dot: lock files, recovery files) left out, symbolic links to
	 * folders not followed (a link to a document is listed). The one lister of {@code opp validate}, {@code render}, {@code audit}, {@code due}
	 * and the overview. Only the paths, never the documents.
	 *
	 * @throws IOException when the folder, or a folder below it, cannot be read
	 */
	public static List<Path> files(Path folder, boolean recursive) throws IOException {
		IOException[] first = { null };
		List<Path> found = files(folder, recursive, (unreadable, e) -> {
			if (first[0] == null) {
				first[0] = e;
			}
		});
		if (first[0] != null) {
			throw first[0];
		}
		return found;
	}

	/**
	 * As {@link #files(Path, boolean)}, but a folder that cannot be read (no permission, gone while listed)
	 * goes to {@code unreadable} and is skipped, and the rest is still found: one locked sub-folder of a
	 * share does not stop a whole SWV.
	 */
	public static List<Path> files(Path folder, boolean recursive, BiConsumer<Path, IOException> unreadable) {
		return files(folder, recursive, name -> name.endsWith("." + Documents.EXTENSION), unreadable);
	}

	/**
	 * As {@link #files(Path, boolean, BiConsumer)}, for the files whose name {@code wanted} accepts instead of
	 * documents ({@code opp import-word} lists Word files with it).
	 */
	public static List<Path> files(Path folder, boolean recursive, java.util.function.Predicate<String> wanted,
			BiConsumer<Path, IOException> unreadable) {
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), recursive ? Integer.MAX_VALUE : 1,
					new SimpleFileVisitor<>() {
						@Override
						public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
							return !dir.equals(folder) && hidden(folder, dir) ? FileVisitResult.SKIP_SUBTREE
									: FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
							if ((attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file))
									&& wanted.test(file.getFileName().toString())
									&& !hidden(folder, file)) {
								found.add(file);
							}
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult visitFileFailed(Path file, IOException e) {
							if (!hidden(folder, file)) {
								unreadable.accept(file, e);
							}
							return FileVisitResult.CONTINUE;
						}

						@Override
						public FileVisitResult postVisitDirectory(Path dir, IOException e) {
							if (e != null) { // a folder whose listing broke off halfway
								unreadable.accept(dir, e);
							}
							return FileVisitResult.CONTINUE;
						}
					});
		} catch (IOException e) {
			unreadable.accept(folder, e);
		}
		found.sort(Comparator.comparing(Path::toString));
		return found;
	}

	/** {@code true} when a name between the folder and the file (the file included) starts with a dot. */
	private static boolean hidden(Path folder, Path file) {
		for (Path name : folder.relativize(file)) {
			if (name.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/** Reads one document with the format it names; never throws for a broken document or a missing format. */
	public static Entry read(Path file, FormatResolver formats) {
		FormatResolver.Resolution resolution = formats.resolve(file, null);
		if (resolution.format() == null) {
			return new Entry(file, null, resolution.problem());
		}
		try {
			return new Entry(file, Documents.load(file, resolution.format()), null);
		} catch (DocumentException e) {
			return new Entry(file, null, e.diagnostic());
		}
	}

	/** Whether a problem of {@link Entry#problem()} is about the document's format (none, or with errors), not its content. */
	public static boolean isFormatProblem(Diagnostic problem) {
		return problem != null && (FormatResolver.NO_FORMAT.equals(problem.code())
				|| FormatResolver.FORMAT_ERRORS.equals(problem.code()) || FormatResolver.UNREADABLE.equals(problem.code()));
	}

	/**
	 * The next deadline of a document ({@link Planning#next}); none for an ended ({@code beeindigd}) OPP,
	 * which has no cycle left.
	 */
	public static Optional<Planning.Due> next(OppDocument document, LocalDate at) {
		return Lifecycle.state(document) == State.BEEINDIGD ? Optional.empty() : Planning.next(document, at);
	}

	/**
	 * The order of deadlines: overdue first, then by due date, then by pupil name (Dutch collation); rows
	 * without a deadline last, by name.
	 *
	 * @param at    the reference date
	 * @param due   a row's next deadline, or empty
	 * @param pupil a row's pupil name
	 */
	public static <T> Comparator<T> dueOrder(LocalDate at, Function<T, Optional<Planning.Due>> due, Function<T, String> pupil) {
		Comparator<T> byDeadline = Comparator.comparing((T row) -> due.apply(row).isEmpty())
				.thenComparing(row -> due.apply(row).map(d -> !d.overdue(at)).orElse(true))
				.thenComparing(row -> due.apply(row).map(Planning.Due::date).orElse(LocalDate.MAX));
		return byDeadline.thenComparing(pupil, NAMES);
	}
}
