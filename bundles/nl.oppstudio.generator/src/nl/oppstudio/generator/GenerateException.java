package nl.oppstudio.generator;

import java.util.List;

import nl.oppstudio.core.Diagnostic;

/** Generating failed: a Dutch message, and the format's findings when those were the reason. */
public final class GenerateException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<Diagnostic> diagnostics;

	public GenerateException(String message, List<Diagnostic> diagnostics) {
		super(message);
		this.diagnostics = List.copyOf(diagnostics);
	}

	/** The format's findings that stopped the generation; empty for other reasons. */
	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}
}
