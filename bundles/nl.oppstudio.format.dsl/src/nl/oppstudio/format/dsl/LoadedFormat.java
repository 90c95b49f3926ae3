package nl.oppstudio.format.dsl;

import java.nio.file.Path;
import java.util.List;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.validation.FormatValidator;
import nl.oppstudio.format.model.Format;

/**
 * A format file after parsing, linking and checking.
 *
 * @param file        the {@code *.oppformat} file
 * @param format      the format, or {@code null} when the text holds none at all
 * @param diagnostics every finding, located by line and column
 */
public record LoadedFormat(Path file, Format format, List<Diagnostic> diagnostics) {

	/**
	 * {@code true} when the text has syntax errors: the format is then incomplete, and scoring it (the
	 * checklist) would only add noise.
	 */
	public boolean hasSyntaxErrors() {
		return format != null && FormatValidator.hasSyntaxErrors(format);
	}

	/** {@code true} when the format can be used: it exists and has no errors. */
	public boolean isUsable() {
		return format != null && !Diagnostic.anyError(diagnostics);
	}
}
