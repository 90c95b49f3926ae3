package nl.oppstudio.importer.word;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import nl.oppstudio.format.model.Format;
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
		throw new UnsupportedOperationException("issue 17: document import");
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
		throw new UnsupportedOperationException("issue 17: batch import");
	}
}
