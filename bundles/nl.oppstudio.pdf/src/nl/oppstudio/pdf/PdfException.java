package nl.oppstudio.pdf;

/** Rendering failed; the message says why, in Dutch. */
public final class PdfException extends Exception {
	private static final long serialVersionUID = 1L;

	public PdfException(String message, Throwable cause) {
		super(message, cause);
	}
}
