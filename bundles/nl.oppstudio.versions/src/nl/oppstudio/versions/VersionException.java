package nl.oppstudio.versions;

/** A refusal or failure of version control, with a Dutch message that can be shown as it is. */
public final class VersionException extends Exception {

	private static final long serialVersionUID = 1L;

	public VersionException(String message) {
		super(message);
	}

	public VersionException(String message, Throwable cause) {
		super(message, cause);
	}
}
