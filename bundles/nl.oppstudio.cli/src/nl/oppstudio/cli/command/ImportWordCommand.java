package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.rules.LegalMinimum;
import nl.oppstudio.importer.word.BatchEntry;
import nl.oppstudio.importer.word.DraftFiles;
import nl.oppstudio.importer.word.ReportEntry;
import nl.oppstudio.importer.word.TemplateResult;
import nl.oppstudio.importer.word.WordImport;
import nl.oppstudio.importer.word.WordImportException;
import nl.oppstudio.importer.word.WrittenDraft;

/**
 * {@code opp import-word}: an SWV's Word template becomes a draft format, with a report on every paragraph
 * and table and check-format's findings as the designer's to-do list; or (with {@code --format}) filled-in
 * Word files become concept documents of a format (docs/word-import.md).
 */
public final class ImportWordCommand implements Command {

	@Override
	public String name() {
		return "import-word";
	}

	@Override
	public String help() {
		return Messages.helpImportWord;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--format", "-o", "--id", "--veld"), List.of("--json"));
		return options.values().containsKey("--format") ? documents(options, console) : template(options, console);
	}

	// --- template → draft format ---

	private static int template(Options options, Console console) {
		if (options.files().size() != 1) {
			throw new UsageException(Messages.importWordOneTemplate);
		}
		if (!options.every("--veld").isEmpty()) {
			throw new UsageException(Messages.importWordVeldNeedsFormat);
		}
		Path word = options.files().get(0);
		Path target = Path.of(options.required("-o"));
		boolean intoFolder = Files.isDirectory(target);
		if (!intoFolder && !target.getFileName().toString().endsWith("." + FormatLoader.EXTENSION)) {
			throw new UsageException(NLS.bind(Messages.importWordTarget, target));
		}
		if (!intoFolder && Files.exists(target)) {
			console.err.println(NLS.bind(Messages.fileError, target, Messages.importWordExists));
			return Exit.USAGE;
		}
		TemplateResult result;
		try {
			result = WordImport.template(word, options.values().get("--id"));
		} catch (WordImportException e) {
			console.err.println(e.diagnostic());
			return Exit.USAGE;
		}
		// one writer for the CLI and the Studio: the id checked, nothing overwritten, the logo first (under a free
		// name when another file has its name), the draft last, then check-format's findings (review 8, 9, 29)
		WrittenDraft written;
		try {
			written = DraftFiles.write(result, target);
		} catch (IllegalArgumentException e) {
			console.err.println(NLS.bind(Messages.fileError, word, e.getMessage()));
			return Exit.USAGE;
		} catch (FileAlreadyExistsException e) {
			console.err.println(NLS.bind(Messages.fileError, e.getFile(), Messages.importWordExists));
			return Exit.USAGE;
		} catch (IOException e) {
			console.cannotWrite(target, e);
			return Exit.USAGE;
		}
		target = written.draft();
		written.notes().forEach(note -> console.err.println(NLS.bind(Messages.fileError, word, note)));
		List<Diagnostic> findings = written.findings();
		if (options.has("--json")) {
			console.out.println(Json.wordTemplateReport(word, target, result.report(), findings));
			return Exit.OK;
		}
		console.out.println(NLS.bind(Messages.importWordReportTitle, word));
		result.report().forEach(entry -> console.out.println(line(entry)));
		console.out.println(NLS.bind(Messages.importWordDraftWritten, new Object[] { target,
				count(result.report(), ReportEntry.Outcome.FIELD), count(result.report(), ReportEntry.Outcome.TABLE),
				count(result.report(), ReportEntry.Outcome.RECOGNISED), count(result.report(), ReportEntry.Outcome.SKIPPED) }));
		if (findings.isEmpty()) {
			console.out.println(Messages.importWordNothingToDo);
		} else {
			console.out.println(NLS.bind(Messages.importWordToDo, findings.size(), target));
			findings.forEach(d -> console.out.println("  " + d));
		}
		return Exit.OK;
	}

	/** One report line: {@code   tabel 2 rij 3 kolom 1  "Geboortedatum" → veld leerling.geboortedatum (datum)}. */
	static String line(ReportEntry entry) {
		String excerpt = entry.excerpt().isEmpty() ? "" : " \"" + entry.excerpt() + "\"";
		return "  " + entry.where() + excerpt + " → " + entry.result();
	}

	private static long count(List<ReportEntry> report, ReportEntry.Outcome outcome) {
		return report.stream().filter(e -> e.outcome() == outcome).count();
	}

	// --- filled-in copies → documents ---

	private static int documents(Options options, Console console) {
		if (options.values().containsKey("--id")) {
			throw new UsageException(Messages.importWordIdForTemplate);
		}
		if (options.files().isEmpty()) {
			throw new UsageException(Messages.importWordNoFiles);
		}
		Path folder = Path.of(options.required("-o"));
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new UsageException(NLS.bind(Messages.importWordNotAFolder, folder));
		}
		Format format = formatToFill(Path.of(options.required("--format")), console);
		if (format == null) {
			return Exit.USAGE;
		}
		Map<String, String> labelPaths = labelPaths(options.every("--veld"), format);
		DocumentFiles.Listing listing = DocumentFiles.listWord(options.files(), console);
		if (listing == null) {
			return Exit.USAGE;
		}
		List<Path> files = listing.entries().stream().map(DocumentFiles.Entry::file).toList();
		boolean json = options.has("--json");
		Progress progress = json ? null : new Progress(console.err, files.size());
		int[] done = { 0 };
		List<BatchEntry> entries = WordImport.documents(files, format, labelPaths, folder, entry -> {
			if (progress != null) {
				progress.clear();
				print(entry, console);
				progress.advance(++done[0]);
			}
		});
		if (progress != null) {
			progress.end();
		}
		long failed = entries.stream().filter(e -> !e.ok()).count();
		int code = failed > 0 || listing.unreadableFolders() > 0 ? Exit.FOUND_ERRORS : Exit.OK;
		if (json) {
			console.out.println(Json.wordDocumentsReport(format, folder, entries));
			return code;
		}
		console.out.println(NLS.bind(Messages.importWordSummary, new Object[] { entries.size() - failed, folder, failed }));
		return code;
	}

	/**
	 * The format to fill: one that parses will do, for a draft straight from {@code import-word} still has its
	 * to-do list (the law's findings); those are named in one warning, and validating waits until they are
	 * solved. {@code null} after printing why it cannot be used (syntax errors, unreadable, other errors).
	 */
	private static Format formatToFill(Path file, Console console) {
		LoadedFormat loaded = FormatLoader.create().load(file);
		if (loaded.format() == null || loaded.hasSyntaxErrors()) {
			console.print(loaded.diagnostics());
			console.err.println(NLS.bind(Messages.formatUnusable, file));
			return null;
		}
		// only the law's findings may stay open (review finding 20): other errors (an unresolved reference, a name
		// twice) leave a half-resolved model, and the format is refused as opp validate refuses it
		List<Diagnostic> other = loaded.diagnostics().stream()
				.filter(d -> d.isError() && (d.code() == null || !d.code().startsWith(LegalMinimum.LAW))).toList();
		if (!other.isEmpty()) {
			console.print(other);
			console.err.println(NLS.bind(Messages.formatUnusable, file));
			return null;
		}
		long errors = loaded.diagnostics().stream().filter(Diagnostic::isError).count();
		if (errors > 0) {
			console.err.println(NLS.bind(Messages.importWordFormatNotDone, file, errors));
		}
		return loaded.format();
	}

	/**
	 * The user's mapping of {@code --veld "Word-label=pad"}, in order; a path the format lacks is a usage error
	 * (paths as {@code leerling/naam} or {@code leerling.naam}).
	 */
	private static Map<String, String> labelPaths(List<String> veld, Format format) {
		Map<String, String> mapping = new LinkedHashMap<>();
		if (veld.isEmpty()) {
			return mapping;
		}
		Set<String> paths = new HashSet<>();
		collect(DocumentSchema.of(format).outline(), paths);
		for (String one : veld) {
			int equals = one.lastIndexOf('=');
			String label = equals <= 0 ? "" : one.substring(0, equals).strip();
			String path = equals <= 0 ? "" : one.substring(equals + 1).strip().replace('.', '/');
			if (label.isEmpty() || path.isEmpty()) {
				throw new UsageException(NLS.bind(Messages.importWordBadVeld, one));
			}
			if (!paths.contains(path)) {
				throw new UsageException(NLS.bind(Messages.importWordUnknownVeld, path, one));
			}
			mapping.put(label, path);
		}
		return mapping;
	}

	private static void collect(List<SchemaNode> nodes, Set<String> paths) {
		for (SchemaNode node : nodes) {
			paths.add(node.path());
			if (node instanceof SchemaNode.Branch branch) {
				collect(branch.children(), paths);
			}
		}
	}

	/** A file's line (or its problem on standard error), then the places whose value found no field. */
	private static void print(BatchEntry entry, Console console) {
		if (!entry.ok()) {
			console.err.println(NLS.bind(Messages.fileError, entry.source(), entry.problem()));
			return;
		}
		List<ReportEntry> report = entry.result() == null ? List.of() : entry.result().report();
		long values = count(report, ReportEntry.Outcome.VALUE);
		long archived = count(report, ReportEntry.Outcome.ARCHIVED);
		String pupil = entry.result() == null || entry.result().pupil().isEmpty() ? Messages.importWordNoPupil
				: entry.result().pupil();
		console.out.println(NLS.bind(Messages.importWordDocumentWritten,
				new Object[] { entry.source(), entry.written(), pupil, values, archived }));
		List<ReportEntry> notPlaced = new ArrayList<>();
		for (ReportEntry line : report) {
			if (line.outcome() == ReportEntry.Outcome.ARCHIVED || line.outcome() == ReportEntry.Outcome.SKIPPED) {
				notPlaced.add(line);
			}
		}
		notPlaced.forEach(line -> console.out.println("  " + line(line)));
	}
}
