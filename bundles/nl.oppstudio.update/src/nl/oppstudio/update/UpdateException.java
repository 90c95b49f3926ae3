package nl.oppstudio.update;

/** An update that could not be read, downloaded or installed; the message says why in Dutch, for the user. */
public final class UpdateException extends Exception {

	private static final long serialVersionUID = 1L;

	public UpdateException(String message) {
		super(message);
	}

	public UpdateException(String message, Throwable cause) {
		super(message, cause);
	}
}
