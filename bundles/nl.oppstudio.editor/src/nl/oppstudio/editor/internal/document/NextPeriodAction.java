package nl.oppstudio.editor.internal.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.LifecycleException;
import nl.oppstudio.document.NextPeriod;

/**
 * "Nieuw plan voor de volgende periode": the plan of {@code opp next-period}, from the evaluated one open in
 * the tab, written beside it under a new name and opened; the evaluated plan is not changed.
 */
final class NextPeriodAction {

	private NextPeriodAction() {
	}

	static void run(org.eclipse.swt.widgets.Shell shell, DocumentTab tab) {
		if (!tab.savedFirst()) {
			return;
		}
		InputDialog who = new InputDialog(shell, Messages.nextPeriodTitle, Messages.nextPeriodWho, "",
				text -> text == null || text.isBlank() ? Messages.nextPeriodWhoMissing : null) {
			@Override
			protected void createButtonsForButtonBar(org.eclipse.swt.widgets.Composite parent) {
				super.createButtonsForButtonBar(parent);
				getButton(CANCEL).setText(Messages.cancel);
				getButton(OK).setText(Messages.nextPeriodCreate);
			}
		};
		if (who.open() != Window.OK) {
			return;
		}
		Path file = tab.file();
		try {
			NextPeriod.Result result = NextPeriod.start(tab.session().document(), file.getFileName().toString(),
					who.getValue().strip(), DocumentTab.now());
			Path target = freeName(file, DocumentTab.today().getYear());
			while (true) {
				try {
					// never replaces a file, also not one made since the name was chosen
					Documents.saveNew(result.document(), target);
					break;
				} catch (java.nio.file.FileAlreadyExistsException e) {
					target = freeName(file, DocumentTab.today().getYear());
				}
			}
			MessageDialog.openInformation(shell, Messages.nextPeriodTitle, NLS.bind(Messages.nextPeriodDone,
					new Object[] { target.getFileName(), result.marked().size(), result.cleared().size() }));
			tab.context().refreshOverview();
			tab.context().openDocument(target);
		} catch (LifecycleException e) {
			MessageDialog.openError(shell, Messages.nextPeriodTitle, e.getMessage());
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.nextPeriodTitle, NLS.bind(Messages.nextPeriodWriteFailed, file.getParent(),
					e.getMessage()));
		}
	}

	/** {@code sem-de-vries-2027.opp}, or with a number when that exists already; never an existing file. */
	static Path freeName(Path file, int year) {
		String base = file.getFileName().toString().replaceFirst("\\.opp$", "").replaceFirst("-\\d{4}(-\\d+)?$", "");
		Path candidate = file.resolveSibling(base + "-" + year + ".opp");
		for (int i = 2; Files.exists(candidate); i++) {
			candidate = file.resolveSibling(base + "-" + year + "-" + i + ".opp");
		}
		return candidate;
	}
}
