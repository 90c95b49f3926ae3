package nl.oppstudio.fuzz;

/** An invariant a fuzz target checks was broken: a finding, as an uncaught exception is. */
public final class FuzzFinding extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public FuzzFinding(String message) {
		super(message);
	}

	public FuzzFinding(String message, Throwable cause) {
		super(message, cause);
	}
}
