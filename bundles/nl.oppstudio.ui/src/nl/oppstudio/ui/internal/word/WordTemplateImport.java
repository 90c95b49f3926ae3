package nl.oppstudio.ui.internal.word;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.WriteErrors;
import nl.oppstudio.format.dsl.NewFormats;
import nl.oppstudio.importer.word.DraftFiles;
import nl.oppstudio.importer.word.TemplateResult;
import nl.oppstudio.importer.word.WordImport;
import nl.oppstudio.importer.word.WordImportException;
import nl.oppstudio.importer.word.WrittenDraft;
import nl.oppstudio.ui.internal.StudioContext;

/**
 * "Formaat uit Word…": asks for an SWV's Word template, reads it in the background
 * ({@link WordImport#template}), writes the draft into the Studio's folder (asking for another id when the
 * folder has one of that id already; never over a file), opens it in the format editor (whose problems
 * table then lists check-format's to-do list) and shows the report beside it.
 */
public final class WordTemplateImport {

	/** What one import ended with: the draft written and its report, or {@code null} when nothing was written. */
	public record Done(Path draft, WordReportDialog report) {
	}

	private final StudioContext context;
	private final Consumer<Done> done;

	private WordTemplateImport(StudioContext context, Consumer<Done> done) {
		this.context = context;
		this.done = done;
	}

	/**
	 * Imports a Word template into the Studio's folder. Returns at once; the work goes on in the background and
	 * ends on the UI thread.
	 *
	 * @param chosen the Word file, or {@code null} to ask for it with the system's file dialog (tests pass it)
	 * @param done   told on the UI thread when it ends: the draft and its report, or {@code null} (cancelled, or
	 *               a problem that a dialog has shown)
	 */
	public static void run(StudioContext context, Path chosen, Consumer<Done> done) {
		Path word = chosen != null ? chosen : choose(context);
		WordTemplateImport run = new WordTemplateImport(context, done);
		if (word == null) {
			done.accept(null);
			return;
		}
		run.read(word, null);
	}

	private static Path choose(StudioContext context) {
		FileDialog dialog = new FileDialog(context.shell(), SWT.OPEN);
		dialog.setText(Messages.choose);
		dialog.setFilterExtensions(new String[] { "*.docx;*.dotx;*.DOCX;*.DOTX", "*.*" });
		dialog.setFilterNames(new String[] { Messages.filterWord, Messages.filterAll });
		dialog.setFilterPath(context.folder().toString());
		String file = dialog.open();
		return file == null ? null : Path.of(file);
	}

	/** The template read, and what writing it gave: a {@link WrittenDraft}, an exception, or {@code null} (id taken). */
	private record Read(TemplateResult result, Object written) {
	}

	/**
	 * Reads the template, writes the draft and checks it off the UI thread, with a busy cursor (the check of a large
	 * draft takes a while: review finding 23); then {@link #imported} on the UI thread.
	 */
	private void read(Path word, String id) {
		Shell shell = context.shell();
		Display display = shell.getDisplay();
		Path folder = context.folder();
		shell.setCursor(display.getSystemCursor(SWT.CURSOR_WAIT));
		Thread thread = new Thread(() -> {
			Object outcome;
			try {
				TemplateResult result = WordImport.template(word, id);
				Object written = null;
				if (DraftFiles.checkId(result, folder).isEmpty()) {
					try {
						written = DraftFiles.write(result, folder);
					} catch (IllegalArgumentException | FileAlreadyExistsException e) {
						written = null; // taken meanwhile: ask for another id
					} catch (IOException e) {
						written = e;
					}
				}
				outcome = new Read(result, written);
			} catch (WordImportException e) {
				outcome = e;
			} catch (RuntimeException | LinkageError e) {
				outcome = e;
			}
			Object result = outcome;
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!shell.isDisposed()) {
						shell.setCursor(null);
					}
					imported(word, result);
				});
			}
		}, "OPP Studio: Word-sjabloon inlezen");
		thread.setDaemon(true);
		thread.start();
	}

	private void imported(Path word, Object outcome) {
		Shell shell = context.shell();
		if (outcome instanceof WordImportException e) {
			MessageDialog.openError(shell, Messages.title, NLS.bind(Messages.cannotRead, word.getFileName(), e.diagnostic().message()));
			done.accept(null);
			return;
		}
		if (outcome instanceof Throwable e) {
			// a bug, not the user's file: a plain Dutch sentence, and the cause in the Studio's log (review 12)
			ILog.of(WordTemplateImport.class).error(NLS.bind(Messages.failedLog, word), e);
			MessageDialog.openError(shell, Messages.title, NLS.bind(Messages.failed, word.getFileName()));
			done.accept(null);
			return;
		}
		Read read = (Read) outcome;
		if (read.written() == null) {
			askAgain(word, DraftFiles.id(read.result()));
			return;
		}
		if (read.written() instanceof IOException e) {
			MessageDialog.openError(shell, Messages.title, NLS.bind(Messages.cannotWrite, WriteErrors.describe(context.folder(), e)));
			done.accept(null);
			return;
		}
		WrittenDraft written = (WrittenDraft) read.written();
		Path draft = written.draft();
		List<Diagnostic> todo = written.findings();
		if (!written.notes().isEmpty()) {
			MessageDialog.openInformation(shell, Messages.title, String.join("\n", written.notes()));
		}
		context.refresh();
		context.open(draft);
		WordReportDialog report = new WordReportDialog(shell, word, draft, read.result().report(), todo);
		report.setBlockOnOpen(false);
		report.open();
		done.accept(new Done(draft, report));
	}

	/** Asks for another id and reads the template again with it, or ends when cancelled. */
	private void askAgain(Path word, String id) {
		String other = askId(word, id);
		if (other != null) {
			read(word, other);
		} else {
			done.accept(null);
		}
	}

	/** Asks for another id while the proposed one is taken in the folder; {@code null} when cancelled. */
	private String askId(Path word, String taken) {
		Path folder = context.folder();
		String proposal = taken;
		for (int i = 2; NewFormats.checkId(proposal, folder).isPresent() && i < 1000; i++) {
			proposal = taken + "-" + i;
		}
		InputDialog dialog = new InputDialog(context.shell(), Messages.nameTitle,
				NLS.bind(Messages.nameTaken, taken, word.getFileName()), proposal,
				text -> NewFormats.checkId(text.strip(), folder).orElse(null)) {
			@Override
			protected void createButtonsForButtonBar(org.eclipse.swt.widgets.Composite parent) {
				super.createButtonsForButtonBar(parent);
				getButton(OK).setText(Messages.create);
				getButton(CANCEL).setText(Messages.cancel);
			}
		};
		return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
	}
}
