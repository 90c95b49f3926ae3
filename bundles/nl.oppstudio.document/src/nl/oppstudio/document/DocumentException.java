package nl.oppstudio.document;

import nl.oppstudio.core.Diagnostic;

/** A document that cannot be read or written; {@link #diagnostic()} says why, in Dutch, located. */
public final class DocumentException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient Diagnostic diagnostic;

	public DocumentException(Diagnostic diagnostic, Throwable cause) {
		super(diagnostic.message(), cause);
		this.diagnostic = diagnostic;
	}

	public Diagnostic diagnostic() {
		return diagnostic;
	}
}
