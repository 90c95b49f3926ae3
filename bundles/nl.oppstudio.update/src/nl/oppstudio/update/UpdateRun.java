package nl.oppstudio.update;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.update.internal.Messages;

/**
 * The editor's {@code -updateFormats [-updateFrom URL] [-yes] [-folder MAP]} without a window: checks the repository
 * (the system property {@value #UPDATES} unless {@code -updateFrom} names one), prints what is new in Dutch,
 * and with {@code -yes} installs it and migrates the documents of the folder, printing the report.
 */
public final class UpdateRun {

	/** The system property with the repository to look for updates in (docs/distribution.md). */
	public static final String UPDATES = "nl.oppstudio.editor.updates";

	/** Installed, or nothing to do. */
	public static final int OK = 0;
	/** An update is there, but {@code -yes} was not given: nothing installed. */
	public static final int AVAILABLE = 1;
	/** Something went wrong (the message says what); nothing installed. */
	public static final int FAILED = 2;

	private UpdateRun() {
	}

	/** Runs {@code -updateFormats} with the application's arguments; returns the exit code. */
	public static int run(String[] args, InstalledFormats installed, PrintStream out, PrintStream err) {
		List<String> list = List.of(args);
		String location = value(list, "-updateFrom");
		if (location == null) {
			location = System.getProperty(UPDATES);
		}
		if (location == null || location.isBlank()) {
			err.println(Messages.noLocation);
			return FAILED;
		}
		String folderText = value(list, "-folder");
		Path folder = Path.of(folderText == null ? "" : folderText).toAbsolutePath().normalize();
		if (installed.ids().isEmpty()) {
			out.println(Messages.nothingInstalled);
			return OK;
		}
		FormatUpdates updates = new FormatUpdates(installed);
		try {
			P2Repository.warning(location).ifPresent(out::println);
			List<FormatUpdates.Update> found = updates.check(location);
			if (found.isEmpty()) {
				for (String id : installed.ids()) {
					out.println(NLS.bind(Messages.nothingNew, id, installed.active(id).map(InstalledFormat::version).orElse("?")));
				}
				return OK;
			}
			for (FormatUpdates.Update update : found) {
				update.describe().forEach(out::println);
			}
			if (!list.contains("-yes")) {
				out.println(Messages.askYes);
				return AVAILABLE;
			}
			for (FormatUpdates.Update update : found) {
				InstalledFormat format = updates.install(update);
				out.println(NLS.bind(Messages.installed, update.name(), format.version()));
				if (Files.isDirectory(folder)) {
					updates.migrateFolder(folder, format).lines().forEach(out::println);
				}
			}
			return OK;
		} catch (UpdateException e) {
			err.println(e.getMessage());
			return FAILED;
		} catch (RuntimeException e) {
			// a bug, or the unexpected: a Dutch message, the detail for whoever helps; never the launcher's exit 13
			err.println(NLS.bind(Messages.unexpected, location));
			err.println("  (" + e + ")");
			return FAILED;
		}
	}

	private static String value(List<String> args, String option) {
		int index = args.indexOf(option);
		return index >= 0 && index + 1 < args.size() ? args.get(index + 1) : null;
	}
}
