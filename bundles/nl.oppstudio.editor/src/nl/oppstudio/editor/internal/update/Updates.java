package nl.oppstudio.editor.internal.update;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.editor.internal.document.DocumentTab;
import nl.oppstudio.update.FormatUpdates;
import nl.oppstudio.update.InstalledFormat;
import nl.oppstudio.update.InstalledFormats;
import nl.oppstudio.update.MigrationReport;
import nl.oppstudio.update.UpdateException;
import nl.oppstudio.update.UpdateRun;
import nl.oppstudio.update.internal.Versions;

/**
 * The menu Help's updates in the window: check (in the background, the window stays usable), show what is new,
 * install, migrate the open documents of that format (report shown), refresh the overview; and roll back. All
 * logic is {@link FormatUpdates}'; this class only asks and tells.
 */
public final class Updates {

	/** What the updates need of the window. */
	public interface Host {
		Shell shell();

		InstalledFormats installed();

		FormatResolver formats();

		/** The tabs of the open documents. */
		List<DocumentTab> openDocuments();

		/** Closes a document's tab and opens the file again (after it was migrated). */
		void reopen(Path file);

		void refreshOverview();
	}

	private final Host host;

	public Updates(Host host) {
		this.host = host;
	}

	/** The repository to look in: the system property {@value UpdateRun#UPDATES}, or {@code null}. */
	public static String location() {
		String location = System.getProperty(UpdateRun.UPDATES);
		return location == null || location.isBlank() ? null : location.strip();
	}

	private FormatUpdates updates() {
		return new FormatUpdates(host.installed(), host.formats());
	}

	/** "Zoeken naar updates…": checks in the background, then shows what is new (or that nothing is). */
	public void checkOnRequest() {
		Shell shell = host.shell();
		String location = location();
		if (location == null) {
			MessageDialog.openInformation(shell, Messages.checkTitle, Messages.noLocation);
			return;
		}
		shell.setCursor(shell.getDisplay().getSystemCursor(SWT.CURSOR_APPSTARTING));
		inBackground(location, () -> updates().check(location), found -> {
			shell.setCursor(null);
			if (found.isEmpty()) {
				MessageDialog.openInformation(shell, Messages.checkTitle, Messages.nothingNew);
			} else {
				offer(found);
			}
		}, problem -> {
			shell.setCursor(null);
			MessageDialog.openError(shell, Messages.checkTitle, problem);
		});
	}

	/** At start, when an update location is set: tells {@code found} of updates (on the UI thread); quiet otherwise. */
	public void checkAtStart(Consumer<List<FormatUpdates.Update>> found) {
		String location = location();
		if (location == null) {
			return;
		}
		inBackground(location, () -> updates().check(location), updates -> {
			if (!updates.isEmpty()) {
				found.accept(updates);
			}
		}, problem -> System.err.println("OPP Editor: " + problem));
	}

	/** Shows what is new; on "Installeren" installs it in the background and migrates the open documents. */
	public void offer(List<FormatUpdates.Update> found) {
		Shell shell = host.shell();
		if (new UpdateDialog(shell, found).open() != Window.OK) {
			return;
		}
		shell.setCursor(shell.getDisplay().getSystemCursor(SWT.CURSOR_WAIT));
		FormatUpdates updates = updates();
		String location = found.get(0).repository().location().toString();
		inBackground(location, () -> {
			List<InstalledFormat> installed = new ArrayList<>();
			for (FormatUpdates.Update update : found) {
				installed.add(updates.install(update));
			}
			return installed;
		}, installed -> {
			shell.setCursor(null);
			List<String> lines = new ArrayList<>();
			lines.add(Messages.installed);
			for (InstalledFormat format : installed) {
				lines.add("");
				lines.addAll(migrateOpen(format));
			}
			host.refreshOverview();
			MessageDialog.openInformation(shell, Messages.installedTitle, String.join("\n", lines));
		}, problem -> {
			shell.setCursor(null);
			MessageDialog.openError(shell, Messages.checkTitle, problem);
		});
	}

	/** Migrates the open documents of a format to its new version (not those with unsaved changes); the report's lines. */
	List<String> migrateOpen(InstalledFormat target) {
		FormatResolver.CheckedFormat format = host.formats().read(target.formatFile());
		List<String> lines = new ArrayList<>();
		List<MigrationReport.Entry> entries = new ArrayList<>();
		for (DocumentTab tab : host.openDocuments()) {
			if (tab.session() == null || !format.usable()) {
				continue;
			}
			var document = tab.session().document();
			if (!target.id().equals(document.format().getId())
					|| Versions.compare(document.format().getVersion(), target.version()) >= 0) {
				continue;
			}
			if (tab.session().dirty()) {
				lines.add(NLS.bind(Messages.notSaved, tab.file().getFileName()));
				continue;
			}
			MigrationReport.Entry entry = FormatUpdates.migrateFile(tab.file(), document, format.format());
			entries.add(entry);
			if (entry.migrated()) {
				host.reopen(tab.file());
			}
		}
		if (entries.isEmpty() && lines.isEmpty()) {
			lines.add(Messages.reportNoOpen);
		} else if (!entries.isEmpty()) {
			lines.addAll(0, new MigrationReport(entries).lines());
		}
		return lines;
	}

	/** "Vorige versie terugzetten": asks, then makes the previous version of a format active again. */
	public void rollback() {
		Shell shell = host.shell();
		InstalledFormats installed = host.installed();
		for (String id : installed.ids()) {
			var previous = installed.previous(id);
			var active = installed.active(id);
			if (previous.isPresent() && active.isPresent()) {
				if (new MessageDialog(shell, Messages.rollbackTitle, null, NLS.bind(Messages.rollbackQuestion,
						new Object[] { id, previous.get().version(), active.get().version() }), MessageDialog.QUESTION, 0,
						Messages.yes, Messages.no).open() != 0) {
					return;
				}
				try {
					InstalledFormat now = updates().rollback(id);
					host.refreshOverview();
					MessageDialog.openInformation(shell, Messages.rollbackTitle,
							NLS.bind(Messages.rolledBack, id, now.version()));
				} catch (UpdateException e) {
					MessageDialog.openError(shell, Messages.rollbackTitle, e.getMessage());
				}
				return;
			}
		}
		MessageDialog.openInformation(shell, Messages.rollbackTitle, Messages.noPrevious);
	}

	/** Work that may throw an {@link UpdateException}. */
	@FunctionalInterface
	interface Work<T> {
		T run() throws UpdateException;
	}

	/**
	 * Runs work on a daemon thread and hands its result, or its Dutch problem, to the UI thread. An unexpected
	 * error is told as a general Dutch message naming {@code location}; its detail goes to stderr.
	 */
	private <T> void inBackground(String location, Work<T> work, Consumer<T> done, Consumer<String> failed) {
		Display display = host.shell().getDisplay();
		Thread thread = new Thread(() -> {
			T result = null;
			String problem = null;
			try {
				result = work.run();
			} catch (UpdateException e) {
				problem = e.getMessage();
			} catch (RuntimeException e) {
				problem = NLS.bind(Messages.unexpected, location);
				System.err.println("OPP Editor: " + problem);
				e.printStackTrace();
			}
			T value = result;
			String message = problem;
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (host.shell().isDisposed()) {
						return;
					}
					if (message == null) {
						done.accept(value);
					} else {
						failed.accept(message);
					}
				});
			}
		}, "OPP Editor: updates");
		thread.setDaemon(true);
		thread.start();
	}
}
