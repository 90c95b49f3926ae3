package nl.oppstudio.editor.internal.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;

/**
 * The recovery file of an open document: unsaved work is written beside the document as
 * {@code .NAME.opp.herstel} (hidden) while the user works, and removed when the document is saved or
 * closed without changes. After a crash or a kill it is still there, and opening the document offers it.
 */
public final class Recovery {

	private final Path document;
	private final Path file;

	public Recovery(Path document) {
		this.document = document;
		this.file = fileFor(document);
	}

	public static Path fileFor(Path document) {
		return document.resolveSibling("." + document.getFileName() + ".herstel");
	}

	public Path file() {
		return file;
	}

	/** Whether there is unsaved work from an earlier session that differs from the document on disk. */
	public boolean available() {
		try {
			return Files.isRegularFile(file)
					&& (!Files.isRegularFile(document) || !Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(document)));
		} catch (IOException e) {
			return false;
		}
	}

	/** Writes the unsaved state (atomically: a kill during the write leaves the previous recovery file). */
	public void write(OppDocument current) throws IOException {
		Documents.writeCopy(current, file);
	}

	public void discard() {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a recovery file that cannot be removed is offered again next time; nothing is lost
		}
	}
}
