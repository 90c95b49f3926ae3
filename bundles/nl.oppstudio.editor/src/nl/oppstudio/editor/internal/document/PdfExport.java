package nl.oppstudio.editor.internal.document;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Anonymizer;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.PageTarget;
import nl.oppstudio.pdf.PdfRenderer;

/**
 * Exports the plan, the blank form or the handelingswijzer extract as {@code opp render} does, in the
 * background, then opens the PDF. The page-target warning ({@code omvang}) comes before the plan is written.
 */
final class PdfExport {

	/** What is exported. */
	enum Kind {
		PLAN, BLANK, EXTRACT,
		/** The plan of an anonymous copy, to share an example (issue 16, AVG); the report is shown after. */
		ANONYMOUS;

		String label() {
			return switch (this) {
			case PLAN -> Messages.pdfPlan;
			case BLANK -> Messages.pdfBlank;
			case EXTRACT -> Messages.pdfExtract;
			case ANONYMOUS -> Messages.pdfAnonymous;
			};
		}

		String suffix() {
			return switch (this) {
			case PLAN -> "";
			case BLANK -> "-leeg";
			case EXTRACT -> "-handelingswijzer";
			case ANONYMOUS -> "-anoniem";
			};
		}
	}

	private PdfExport() {
	}

	/**
	 * Exports to {@code target}, or to a file the user chooses when {@code null}; {@code done} runs on the UI
	 * thread with the file written, or {@code null} when nothing was written.
	 */
	static void run(DocumentTab tab, Kind kind, Path target) {
		run(tab, kind, target, true, written -> {
		});
	}

	static void run(DocumentTab tab, Kind kind, Path target, boolean open, java.util.function.Consumer<Path> done) {
		run(tab, kind, target, open, done, null);
	}

	/**
	 * As above; with {@code problems} (without a window: {@code -exportPdf}) no dialog is shown: a failure goes to
	 * {@code problems} (on the UI thread, before {@code done} gets {@code null}) and a page warning does not stop
	 * the export.
	 */
	static void run(DocumentTab tab, Kind kind, Path target, boolean open, java.util.function.Consumer<Path> done,
			java.util.function.Consumer<String> problems) {
		Path file = tab.file();
		String base = proposedName(file, tab.session().document().format(), kind);
		Path chosen = target;
		if (chosen == null) {
			FileDialog dialog = new FileDialog(tab.shell(), SWT.SAVE);
			dialog.setText(kind.label());
			dialog.setFilterPath(file.toAbsolutePath().getParent().toString());
			dialog.setFileName(base);
			dialog.setFilterExtensions(new String[] { "*.pdf" });
			dialog.setOverwrite(true);
			String name = dialog.open();
			if (name == null) {
				done.accept(null);
				return;
			}
			chosen = Path.of(name);
		}
		Path out = chosen;
		Display display = tab.display();
		Shell shell = tab.shell();
		// The PDF is made from a snapshot in memory, taken here on the UI thread: the user may go on typing
		// while FOP works on the second core. No copy of the document is written anywhere (not in the system's
		// temp folder, where a crash would leave it: review finding 30), and the snapshot is what the editor
		// holds, so a value longer than the loader takes is rendered (cut, FoWriter.xmlSafe), not refused.
		OppDocument snapshot = Documents.copyOf(tab.session().document());
		shell.setCursor(display.getSystemCursor(SWT.CURSOR_WAIT));
		Anonymizer.Result[] anonymous = new Anonymizer.Result[1];
		Thread worker = new Thread(() -> {
			String failure = null;
			Diagnostic pageWarning = null;
			try {
				OppDocument document = snapshot;
				PdfRenderer renderer = PdfRenderer.create();
				if (kind == Kind.PLAN) {
					pageWarning = PageTarget.check(renderer, document, file);
				}
				if (pageWarning != null && problems == null && !askOnUi(display, shell, pageWarning.message())) {
					failure = "";
				} else {
					switch (kind) {
					case PLAN -> renderer.render(document, out);
					case BLANK -> renderer.renderBlank(document.format(), out);
					case EXTRACT -> renderer.renderExtract(document, out);
					case ANONYMOUS -> {
						anonymous[0] = Anonymizer.anonymize(document);
						renderer.render(anonymous[0].copy(), out);
					}
					}
				}
			} catch (Exception e) {
				failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			}
			String problem = failure;
			if (display.isDisposed()) {
				return;
			}
			display.asyncExec(() -> {
				if (shell.isDisposed()) {
					return;
				}
				shell.setCursor(null);
				if (problem == null) {
					if (anonymous[0] != null && problems == null) {
						AnonymousReport.show(shell, anonymous[0], out);
					}
					if (open) {
						Program.launch(out.toString());
					}
					done.accept(out);
				} else {
					if (!problem.isEmpty() && problems != null) {
						problems.accept(NLS.bind(Messages.pdfFailed, out.getFileName(), problem));
					} else if (!problem.isEmpty()) {
						MessageDialog.openError(shell, kind.label(), NLS.bind(Messages.pdfFailed, out.getFileName(), problem));
					}
					done.accept(null);
				}
			});
		}, "OPP Editor: PDF");
		worker.setDaemon(true);
		worker.start();
	}

	/**
	 * The file name the save dialog proposes: the document's, with the kind's suffix; an anonymous PDF never
	 * the document's (named after the pupil by New and the CSV import): the format's id (review finding 34).
	 */
	static String proposedName(Path file, Format format, Kind kind) {
		if (kind == Kind.ANONYMOUS) {
			String id = format == null || format.getId() == null ? "opp" : format.getId().replaceAll("[^\\w.-]+", "-");
			return id + kind.suffix() + ".pdf";
		}
		return file.getFileName().toString().replaceFirst("\\.opp$", "") + kind.suffix() + ".pdf";
	}

	private static boolean askOnUi(Display display, Shell shell, String warning) {
		boolean[] answer = { false };
		display.syncExec(() -> answer[0] = !shell.isDisposed() && Ask.yesNo(shell, Messages.pdfPlan,
				NLS.bind(Messages.pdfPageWarning, warning)));
		return answer[0];
	}
}
