package nl.oppstudio.ui.internal.git;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.ui.internal.StudioContext;
import nl.oppstudio.versions.FormatRepository;
import nl.oppstudio.versions.VersionException;

/** The menu "Versiebeheer" and the folder's git state, for the Studio window. */
public final class VersionMenu {

	private VersionMenu() {
	}

	/** The menu's Dutch title, "&Versiebeheer", for the window that makes the menu. */
	public static String title() {
		return Messages.menu;
	}

	/**
	 * Adds the version-control actions (status, history, publish, pull, push, start) to the menu; their
	 * enablement follows the folder (a repository or not) and the active format each time the menu opens.
	 * The logins given for pull and push are forgotten when the window closes.
	 */
	public static void fill(MenuManager menu, StudioContext context) {
		Action status = action(Messages.actionStatus, () -> new StatusDialog(context.shell(), context).open());
		Action history = action(Messages.actionHistory,
				() -> activeFormat(context).ifPresent(format -> new HistoryDialog(context.shell(), format).open()));
		Action publish = action(Messages.actionPublish, () -> publish(context));
		Action pull = action(Messages.actionPull, () -> pull(context));
		Action push = action(Messages.actionPush, () -> push(context));
		Action start = action(Messages.actionStart, () -> start(context));
		menu.add(status);
		menu.add(history);
		menu.add(publish);
		menu.add(new Separator());
		menu.add(pull);
		menu.add(push);
		menu.add(new Separator());
		menu.add(start);
		Runnable update = () -> {
			boolean repository = isRepository(context.folder());
			boolean format = context.activeFormat().isPresent();
			status.setEnabled(repository);
			history.setEnabled(repository && format);
			publish.setEnabled(repository && format);
			pull.setEnabled(repository);
			push.setEnabled(repository);
			start.setEnabled(!repository);
		};
		// the logins typed for pull and push live as long as the window; they can only be typed after the
		// menu opened, when the window exists (it does not yet while its menu bar is made)
		boolean[] forgetting = { false };
		menu.addMenuListener(m -> {
			update.run();
			if (!forgetting[0] && context.shell() != null) {
				forgetting[0] = true;
				context.shell().addDisposeListener(e -> FormatRepository.forgetLogins());
			}
		});
		update.run();
	}

	/** "Publiceren…": saves the editors first, then the dialog on the active format. */
	public static void publish(StudioContext context) {
		Optional<Path> format = activeFormat(context);
		if (format.isEmpty()) {
			return;
		}
		if (!context.saveAll()) {
			MessageDialog.openError(context.shell(), Messages.actionPublish.replace("&", ""), Messages.publishSaveFailed);
			return;
		}
		new PublishDialog(context.shell(), context, format.get()).open();
	}

	/** The git state of each changed file in the folder, in Dutch ("gewijzigd", "nieuw" …); empty outside a repository. */
	public static Map<Path, String> states(Path folder) {
		Map<Path, String> states = new LinkedHashMap<>();
		try {
			Optional<FormatRepository> opened = FormatRepository.open(folder);
			if (opened.isPresent()) {
				try (FormatRepository repository = opened.get()) {
					repository.states(folder).forEach((file, state) -> states.put(file, state.label()));
				}
			}
		} catch (VersionException e) {
			// no usable repository: no git column
		}
		return states;
	}

	private static boolean isRepository(Path folder) {
		try {
			Optional<FormatRepository> opened = FormatRepository.open(folder);
			opened.ifPresent(FormatRepository::close);
			return opened.isPresent();
		} catch (VersionException e) {
			return false;
		}
	}

	private static Optional<Path> activeFormat(StudioContext context) {
		Optional<Path> format = context.activeFormat();
		if (format.isEmpty()) {
			MessageDialog.openInformation(context.shell(), Messages.menu.replace("&", ""), Messages.noActiveFormat);
		}
		return format;
	}

	private static void pull(StudioContext context) {
		remote(context, Messages.pullTitle, repository -> repository.pull(LoginDialog.prompt(context.shell())));
	}

	private static void push(StudioContext context) {
		remote(context, Messages.pushTitle, repository -> repository.push(LoginDialog.prompt(context.shell())));
	}

	private interface RemoteWork {
		String run(FormatRepository repository) throws VersionException;
	}

	/** Pull or push off the UI thread; the result (or the reason of a refusal) in a message. */
	private static void remote(StudioContext context, String title, RemoteWork work) {
		if (!context.saveAll()) {
			return;
		}
		Background.run(context.shell().getDisplay(), title, () -> {
			try (FormatRepository repository = FormatRepository.open(context.folder())
					.orElseThrow(() -> new VersionException(Messages.notRepository))) {
				return work.run(repository);
			}
		}, message -> {
			context.refresh();
			MessageDialog.openInformation(context.shell(), title, message);
		}, e -> MessageDialog.openError(context.shell(), title, e instanceof VersionException ? e.getMessage()
				: NLS.bind(Messages.failed, e.getMessage())));
	}

	/** "Versiebeheer starten": asks first, then makes the folder a repository with a first commit. */
	private static void start(StudioContext context) {
		String title = Messages.startTitle;
		if (!MessageDialog.openQuestion(context.shell(), title, NLS.bind(Messages.startQuestion, context.folder().getFileName()))
				|| !context.saveAll()) {
			return;
		}
		Background.run(context.shell().getDisplay(), title, () -> {
			FormatRepository.start(context.folder()).close();
			return context.folder();
		}, folder -> {
			context.refresh();
			MessageDialog.openInformation(context.shell(), title, NLS.bind(Messages.startDone, folder.getFileName()));
		}, e -> MessageDialog.openError(context.shell(), title, NLS.bind(Messages.startFailed, e.getMessage())));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
