import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Ledger;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.editor.internal.document.Recovery;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;

/**
 * The child of KillSaveTest, compiled by the test against the product's plugin jars. {@code save FORMAT DOC}:
 * loads the document and saves version after version (each with a changed value and a new log entry, so that
 * the .bak and the ledger change too), writing the editor's recovery file with unsaved work between saves,
 * until it is killed. It prints "start N" (the version it loaded), "opslaan N", "opgeslagen N", "herstel N", "hersteld N" as it goes.
 * {@link #check} is called by the test (in its own JVM) after the kill.
 */
public final class KillSaveChild {

	static final String FIELD = "leerling/school";
	private static Format format;

	public static void main(String[] args) throws Exception {
		Format format = format(Path.of(args[1]));
		Path file = Path.of(args[2]);
		OppDocument document = Documents.load(file, format);
		Recovery recovery = new Recovery(file);
		int version = Lifecycle.entries(document).size();
		OffsetDateTime time = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(version);
		System.out.println("start " + version);
		while (true) {
			version++;
			time = time.plusMinutes(1);
			document.setValue(document.schema().leaf(FIELD), "versie " + version);
			Lifecycle.recordMigration(document, "1.0." + (version - 1), "1.0." + version, "versie " + version, time);
			System.out.println("opslaan " + version);
			Documents.save(document, file);
			recovery.discard(); // as the editor's save does
			System.out.println("opgeslagen " + version);
			document.setValue(document.schema().leaf(FIELD), "werk " + version);
			System.out.println("herstel " + version);
			recovery.write(document);
			System.out.println("hersteld " + version);
			document.setValue(document.schema().leaf(FIELD), "versie " + version);
		}
	}

	static synchronized Format format(Path file) {
		if (format == null) {
			format = FormatLoader.create().load(file).format();
		}
		return format;
	}

	/**
	 * After a kill: what is wrong, one problem a line, or "" when all is well. {@code saving} is the last
	 * version whose save began, {@code saved} the last that ended, {@code recovering} the last version of
	 * unsaved work whose recovery file was begun.
	 */
	public static String check(String formatFile, String documentFile, int saving, int saved, int recovering) throws Exception {
		Format format = format(Path.of(formatFile));
		Path file = Path.of(documentFile);
		List<String> problems = new ArrayList<>();
		OppDocument document = Documents.load(file, format);
		int version = version(document, "versie ");
		if (version != saving && version != saved) {
			problems.add("document is versie " + version + ", niet " + saved + " (oud) of " + saving + " (nieuw)");
		}
		if (Lifecycle.entries(document).size() != version) {
			problems.add("logboek van versie " + version + " heeft " + Lifecycle.entries(document).size() + " regels");
		}
		Lifecycle.verify(document, file).forEach(d -> problems.add("logboek: " + d));
		Ledger.audit(document, file).forEach(d -> problems.add("register: " + d));
		Path backup = file.resolveSibling(file.getFileName() + ".bak");
		if (Files.exists(backup)) {
			OppDocument old = Documents.load(backup, format);
			int backupVersion = version(old, "versie ");
			// the backup is the version before (or, killed between backup and document, the same one)
			if (backupVersion > version || backupVersion < version - 1) {
				problems.add(".bak is versie " + backupVersion + " bij document versie " + version);
			}
			List<Diagnostic> log = Lifecycle.verify(old, backup);
			log.forEach(d -> problems.add(".bak logboek: " + d));
		}
		Path herstel = Recovery.fileFor(file);
		if (Files.exists(herstel)) {
			OppDocument work = Documents.load(herstel, format);
			int workVersion = version(work, "werk ");
			// written after save N (and removed by the next save): holds exactly the unsaved work of N
			if (workVersion != recovering) {
				problems.add("herstelbestand heeft werk " + workVersion + ", verwacht " + recovering);
			}
			if (version < workVersion) {
				problems.add("herstelbestand (werk " + workVersion + ") is nieuwer dan het document (versie " + version + ")");
			}
		}
		try (Stream<Path> files = Files.list(file.getParent())) {
			files.map(f -> f.getFileName().toString())
					.filter(name -> !name.startsWith(".") && !name.equals(file.getFileName().toString())
							&& !name.equals(backup.getFileName().toString()) && !name.endsWith(".oppformat"))
					.forEach(name -> problems.add("zichtbaar bestand achtergebleven: " + name));
		}
		return String.join("\n", problems);
	}

	/** Hidden temporary files a kill left behind (owner-only; never shown as documents). */
	public static int leftovers(String documentFile) throws Exception {
		Path file = Path.of(documentFile);
		try (Stream<Path> files = Files.list(file.getParent())) {
			return (int) files.map(f -> f.getFileName().toString())
					.filter(name -> name.startsWith(".") && (name.endsWith(".tmp") || name.endsWith(".new"))).count();
		}
	}

	private static int version(OppDocument document, String prefix) {
		String value = document.value(FIELD).orElse("");
		return value.startsWith(prefix) ? Integer.parseInt(value.substring(prefix.length())) : 0;
	}
}
