package nl.oppstudio.document;

/** A transition or consent that is not allowed; the message says why, in Dutch. */
public final class LifecycleException extends Exception {
	private static final long serialVersionUID = 1L;

	public LifecycleException(String message) {
		super(message);
	}
}
