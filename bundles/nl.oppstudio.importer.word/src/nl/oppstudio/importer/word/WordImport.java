package nl.oppstudio.importer.word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.WriteErrors;
import nl.oppstudio.document.NewDocuments;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.importer.word.internal.FilledMapper;
import nl.oppstudio.importer.word.internal.Messages;
import nl.oppstudio.importer.word.internal.WordFile;
import nl.oppstudio.importer.word.internal.TemplateMapper;
import nl.oppstudio.importer.word.internal.WordReader;

/**
 * The one entry point of the Word import (docs/word-import.md).
 * <ul>
 * <li>{@link #template}: an SWV's Word template ({@code .docx}, {@code .dotx}) becomes the text of a
 * draft format that always parses, with a report on every paragraph and table;</li>
 * <li>{@link #document}: a filled-in copy becomes a concept document of a format, every value kept
 * (what has no place goes to the document's archive);</li>
 * <li>{@link #documents}: a batch of filled-in copies written into a folder, one result per file, one
 * broken file never stopping the rest.</li>
 * </ul>
 * Nothing here prints; the CLI ({@code opp import-word}) and the Studio ("Formaat uit Word") show the
 * results.
 */
public final class WordImport {

	private WordImport() {
	}

	/**
	 * Reads a Word template and makes a draft format.
	 *
	 * @param wordFile the template ({@code .docx} or {@code .dotx})
	 * @param formatId the draft's id ({@code formaat "ID"}), or {@code null} to derive one from the file name
	 * @throws WordImportException when the file cannot be read as a Word file: missing, corrupt,
	 *                             password-protected, the old binary {@code .doc}, or past the limits
	 */
	public static TemplateResult template(Path wordFile, String formatId) throws WordImportException {
		return TemplateMapper.map(WordReader.read(wordFile), formatId);
	}

	/**
	 * Reads one filled-in Word file into a new concept document of {@code format}. Values are found by
	 * the Word position recorded in the format ({@code // word: …} comments written by
	 * {@link #template}), else by label.
	 *
	 * @throws WordImportException as for {@link #template}
	 */
	public static DocumentResult document(Path wordFile, Format format) throws WordImportException {
		return document(wordFile, format, Map.of());
	}

	/**
	 * As {@link #document(Path, Format)}, with the user's mapping first: a label as the Word file writes it
	 * ({@code "Naam leerling"}, case, accents, numbering and a trailing colon ignored) → the path of a field
	 * or repeating group of the format ({@code leerling/naam} or {@code leerling.naam}).
	 *
	 * @throws WordImportException as for {@link #template}
	 */
	public static DocumentResult document(Path wordFile, Format format, Map<String, String> labelPaths)
			throws WordImportException {
		WordFile read = WordReader.read(wordFile, false);
		return FilledMapper.map(read, format, labelPaths, OffsetDateTime.now());
	}

	/**
	 * Imports every file and writes each document into {@code folder} (made when missing) under the
	 * pupil's name; an existing file is never overwritten. A file that cannot be read is reported in its
	 * {@link BatchEntry} and the rest go on.
	 *
	 * @param progress told of each file when done, in order; may be {@code null}
	 */
	public static List<BatchEntry> documents(List<Path> wordFiles, Format format, Path folder,
			Consumer<BatchEntry> progress) {
		return documents(wordFiles, format, Map.of(), folder, progress);
	}

	/**
	 * As {@link #documents(List, Format, Path, Consumer)}, with the user's label → path mapping of
	 * {@link #document(Path, Format, Map)}. A file without a pupil's name is saved under the Word file's name.
	 */
	public static List<BatchEntry> documents(List<Path> wordFiles, Format format, Map<String, String> labelPaths,
			Path folder, Consumer<BatchEntry> progress) {
		List<BatchEntry> entries = new ArrayList<>();
		String folderProblem = null;
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			folderProblem = NLS.bind(Messages.filledUnreadableFolder, folder, WriteErrors.describe(folder, e)); // finding 13
		} catch (RuntimeException e) {
			folderProblem = NLS.bind(Messages.filledUnreadableFolder, folder, e.getMessage());
		}
		for (Path wordFile : wordFiles) {
			BatchEntry entry = folderProblem != null ? new BatchEntry(wordFile, null, null, folderProblem)
					: importOne(wordFile, format, labelPaths, folder);
			entries.add(entry);
			if (progress != null) {
				progress.accept(entry);
			}
		}
		return List.copyOf(entries);
	}

	private static BatchEntry importOne(Path wordFile, Format format, Map<String, String> labelPaths, Path folder) {
		DocumentResult result;
		try {
			result = document(wordFile, format, labelPaths);
		} catch (WordImportException e) {
			return new BatchEntry(wordFile, null, null, e.getMessage());
		} catch (RuntimeException e) { // a fault of the mapping: this file is not imported, the others still are
			return new BatchEntry(wordFile, null, null, NLS.bind(Messages.filledUnexpected, wordFile.getFileName()));
		}
		String name = result.pupil().isBlank() ? stem(wordFile) : result.pupil();
		try {
			return new BatchEntry(wordFile, result, NewDocuments.save(result.document(), folder, name), null);
		} catch (IOException e) {
			return new BatchEntry(wordFile, result, null, NLS.bind(Messages.filledWriteFailed,
					new Object[] { wordFile.getFileName(), folder, WriteErrors.describe(folder, e) })); // finding 13
		} catch (RuntimeException e) {
			return new BatchEntry(wordFile, result, null,
					NLS.bind(Messages.filledWriteFailed, new Object[] { wordFile.getFileName(), folder, e.getMessage() }));
		}
	}

	/** The Word file's name without its extension. */
	private static String stem(Path wordFile) {
		String name = wordFile.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
