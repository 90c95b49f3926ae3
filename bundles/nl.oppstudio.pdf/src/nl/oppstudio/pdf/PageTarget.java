package nl.oppstudio.pdf;

import java.io.OutputStream;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.internal.Messages;

/**
 * The page rule ({@code pdf.omvang}): a document's PDF should not have more pages than its format's
 * {@code omvang} allows. The Handreiking OPP advises two to at most five A4; a format states its own
 * range. Only the full PDF counts: an extract has its own one-page check.
 */
public final class PageTarget {

	/** The code of the page-target warning. */
	public static final String CODE = "pdf.omvang";

	private PageTarget() {
	}

	/** The Dutch warning for a PDF of {@code pages} pages when the format's omvang allows fewer, else {@code null}. */
	public static String warning(Format format, int pages) {
		if (format.getPagesMax() <= 0 || pages <= format.getPagesMax()) {
			return null;
		}
		return NLS.bind(Messages.pageTarget, new Object[] { pages, format.getPagesMin(), format.getPagesMax() });
	}

	/**
	 * A warning when the document's PDF has more pages than the format's {@code omvang} allows, else
	 * {@code null}. Lays the document out to count; writes nothing.
	 */
	public static Diagnostic check(PdfRenderer renderer, OppDocument document, Path file) throws PdfException {
		Format format = document.format();
		if (format.getPagesMax() <= 0) {
			return null;
		}
		String warning = warning(format, renderer.render(document, OutputStream.nullOutputStream()).pages());
		return warning == null ? null : new Diagnostic(Severity.WARNING, warning, file, 0, 0, null, CODE);
	}
}
