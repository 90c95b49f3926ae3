package nl.oppstudio.editor.internal.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.document.Migration;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.editor.EditorContext;
import nl.oppstudio.format.model.FormatHeader;
import nl.oppstudio.update.FormatUpdates;

/**
 * A document of an older format version, while the folder or the installed formats have a newer version of that
 * format: offers the migration of {@code opp migrate} (issue 5), shows its report, and saves the result (the old
 * file stays as {@code .bak}; the migration and the save are {@link FormatUpdates#migrateAndSave}). Nothing is
 * lost: what has no place goes into the document's archive.
 */
final class Migrations {

	private Migrations() {
	}

	/** The document to open: migrated when the user wanted that, else as it was; {@code null} when migrating failed. */
	static OppDocument offer(Shell shell, EditorContext context, Path file, OppDocument document) {
		if (!context.asks()) {
			return document;
		}
		Optional<Path> newer = newerVersion(context.folder(), context.installedFormatFiles(), document);
		if (newer.isEmpty()) {
			return document;
		}
		var checked = context.formats().read(newer.get());
		if (!checked.usable()) {
			return document;
		}
		String from = document.format().getVersion();
		String to = checked.format().getVersion();
		if (!Ask.yesNo(shell, Messages.migrationTitle,
				NLS.bind(Messages.migrationQuestion, new Object[] { file.getFileName(), from, to }))) {
			return document;
		}
		// the migration and its atomic save are the updater's, as after installing an update
		FormatUpdates.Migrated migrated = FormatUpdates.migrateAndSave(file, document, checked.format(), DocumentTab.now());
		if (!migrated.entry().migrated()) {
			MessageDialog.openError(shell, Messages.migrationTitle, migrated.entry().problem());
			return document;
		}
		StringBuilder report = new StringBuilder(NLS.bind(Messages.migrationMoved, migrated.entry().moved().size()));
		for (Migration.Archived archived : migrated.entry().archived()) {
			report.append('\n').append(NLS.bind(Messages.migrationArchived, new Object[] { archived.path(), archived.value(),
					archived.reason() }));
		}
		MessageDialog.openInformation(shell, Messages.migrationTitle, report.toString());
		context.refreshOverview();
		return migrated.document();
	}

	/** The newest version of the document's format in the folder or among the installed formats, when newer than the document's. */
	static Optional<Path> newerVersion(Path folder, java.util.List<Path> installed, OppDocument document) {
		Optional<Path> inFolder = newerVersion(folder, document);
		String id = document.format().getId();
		String best = inFolder.flatMap(FormatHeader::read).map(FormatHeader::version).orElse(document.format().getVersion());
		Path result = inFolder.orElse(null);
		for (Path candidate : installed) {
			Optional<FormatHeader> header = FormatHeader.read(candidate);
			if (header.isPresent() && id.equals(header.get().id()) && compare(header.get().version(), best) > 0) {
				result = candidate;
				best = header.get().version();
			}
		}
		return Optional.ofNullable(result);
	}

	/** The newest version of the document's format in the folder, when it is newer than the document's. */
	static Optional<Path> newerVersion(Path folder, OppDocument document) {
		String id = document.format().getId();
		String version = document.format().getVersion();
		Path best = null;
		String bestVersion = version;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path candidate : files.filter(f -> f.toString().endsWith("." + FormatHeader.EXTENSION)).sorted().toList()) {
				Optional<FormatHeader> header = FormatHeader.read(candidate);
				if (header.isPresent() && id.equals(header.get().id()) && compare(header.get().version(), bestVersion) > 0) {
					best = candidate;
					bestVersion = header.get().version();
				}
			}
		} catch (IOException e) {
			return Optional.empty();
		}
		return Optional.ofNullable(best);
	}

	/** Compares semantic versions (1.10.0 after 1.9.0). */
	static int compare(String a, String b) {
		String[] left = a == null ? new String[0] : a.split("\\.");
		String[] right = b == null ? new String[0] : b.split("\\.");
		for (int i = 0; i < Math.max(left.length, right.length); i++) {
			int l = i < left.length ? number(left[i]) : 0;
			int r = i < right.length ? number(right[i]) : 0;
			if (l != r) {
				return Integer.compare(l, r);
			}
		}
		return 0;
	}

	private static int number(String part) {
		try {
			return Integer.parseInt(part.replaceAll("\\D.*", ""));
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
