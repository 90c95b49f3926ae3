package nl.oppstudio.update;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.Migration;
import nl.oppstudio.update.internal.Messages;

/**
 * What migrating documents to a new format version did: per document the values that moved and those that
 * went to its archive, or why it was not migrated (then it is unchanged).
 *
 * @param entries one per document that needed migrating
 */
public record MigrationReport(List<Entry> entries) {

	/**
	 * One document.
	 *
	 * @param file     the document
	 * @param from     its format version before
	 * @param to       the version it was migrated to
	 * @param moved    the paths of the values that went along
	 * @param archived the values kept in the document's archive
	 * @param problem  why it was not migrated (Dutch), or {@code null} when it was
	 */
	public record Entry(Path file, String from, String to, List<String> moved, List<Migration.Archived> archived,
			String problem) {

		/** Whether the document was migrated and saved. */
		public boolean migrated() {
			return problem == null;
		}

		/** The report's lines for this document, in Dutch. */
		public List<String> lines() {
			List<String> lines = new ArrayList<>();
			if (problem != null) {
				lines.add(NLS.bind(Messages.migrationFailed, file.getFileName(), problem));
				return lines;
			}
			lines.add(NLS.bind(Messages.migratedDocument, new Object[] { file.getFileName(), from, to, moved.size() }));
			for (Migration.Archived value : archived) {
				lines.add(NLS.bind(Messages.archivedValue, new Object[] { value.path(), value.value(), value.reason() }));
			}
			return lines;
		}
	}

	/** The number of documents migrated. */
	public long migrated() {
		return entries.stream().filter(Entry::migrated).count();
	}

	/** The whole report in Dutch: a block per document and a summary line. */
	public List<String> lines() {
		if (entries.isEmpty()) {
			return List.of(Messages.migrationNone);
		}
		List<String> lines = new ArrayList<>();
		for (Entry entry : entries) {
			lines.addAll(entry.lines());
		}
		lines.add(NLS.bind(Messages.migrationSummary, migrated(),
				entries.stream().mapToInt(e -> e.archived().size()).sum()));
		return lines;
	}
}
