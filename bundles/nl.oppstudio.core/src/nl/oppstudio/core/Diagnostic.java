package nl.oppstudio.core;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;

/**
 * One finding about a file: a format, a document or a rendering.
 *
 * @param severity how bad it is
 * @param message  the Dutch message for the user
 * @param file     the file it is about, or {@code null} when none
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param path     where in a document (e.g. {@code leerling/naam}), or {@code null}
 * @param code     a stable identifier of the rule or problem, for tests and tooling
 */
public record Diagnostic(Severity severity, String message, Path file, int line, int column, String path,
		String code) {

	public Diagnostic {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	public static Diagnostic error(Path file, String code, String message) {
		return new Diagnostic(Severity.ERROR, message, file, 0, 0, null, code);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** {@code true} when any of the diagnostics is an error. */
	public static boolean anyError(Collection<Diagnostic> diagnostics) {
		return diagnostics.stream().anyMatch(Diagnostic::isError);
	}

	/**
	 * The compiler-style line: {@code file:line:col: severity: message}, with the document path
	 * in place of line and column when there is no line.
	 */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		if (file != null) {
			text.append(file);
			if (line > 0) {
				text.append(':').append(line).append(':').append(Math.max(column, 1));
			}
			text.append(": ");
		}
		text.append(severity.label()).append(": ");
		if (path != null && line <= 0) {
			text.append('[').append(path).append("] ");
		}
		return text.append(message).toString();
	}
}
