package nl.oppstudio.importer.word;

import java.nio.file.Path;

/**
 * One file of a batch: either a written document or the reason it is not.
 *
 * @param source  the Word file
 * @param result  the import, or {@code null} when the file could not be read
 * @param written the document file written, or {@code null}
 * @param problem the Dutch message when nothing was written, else {@code null}
 */
public record BatchEntry(Path source, DocumentResult result, Path written, String problem) {

	public boolean ok() {
		return written != null;
	}
}
