package nl.oppstudio.editor.internal.document;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.document.Anonymizer;

/** The report of an anonymous PDF: what was replaced where, never the original values (issue 16, AVG). */
final class AnonymousReport {

	private AnonymousReport() {
	}

	/** The report as text: one line per field with what was replaced and how often. */
	static String text(Anonymizer.Result result, Path pdf) {
		StringBuilder lines = new StringBuilder();
		for (Anonymizer.Replacement line : result.report()) {
			lines.append(NLS.bind(Messages.anonymousLine, new Object[] { line.path(), line.what(), line.count() }))
					.append('\n');
		}
		if (result.report().isEmpty()) {
			lines.append(Messages.anonymousNothing).append('\n');
		}
		return NLS.bind(Messages.anonymousReport, pdf.getFileName(), lines.toString().strip());
	}

	static void show(Shell shell, Anonymizer.Result result, Path pdf) {
		MessageDialog.openInformation(shell, Messages.pdfAnonymous.replace("…", "").replace("&", ""), text(result, pdf));
	}
}
