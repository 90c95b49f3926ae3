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

	/** Whether the document on disk was written after the recovery file (a git pull after a crash). */
	public boolean olderThanDocument() {
		try {
			return Files.isRegularFile(document)
					&& Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(document)) < 0;
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * Puts the unsaved work aside as a document of its own beside the original ({@code NAME (eigen werk
	 * DD-MM-JJJJ UU.MM).opp}), where the overview shows it; {@code null} when there is none or it cannot be moved.
	 */
	public Path keepAside() {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		String base = document.getFileName().toString().replaceFirst("\\.opp$", "");
		String when = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm"));
		Path aside = document.resolveSibling(base + " (eigen werk " + when + ").opp");
		for (int i = 2; Files.exists(aside); i++) {
			aside = document.resolveSibling(base + " (eigen werk " + when + " " + i + ").opp");
		}
		try {
			Files.move(file, aside);
			return aside;
		} catch (IOException e) {
			return null;
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
