package nl.oppstudio.importer.word;

import nl.oppstudio.core.Diagnostic;

/** A Word file that cannot be imported at all, with a Dutch message that names the file and says what to do. */
public final class WordImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Diagnostic diagnostic;

	public WordImportException(Diagnostic diagnostic) {
		super(diagnostic.message());
		this.diagnostic = diagnostic;
	}

	public Diagnostic diagnostic() {
		return diagnostic;
	}
}
