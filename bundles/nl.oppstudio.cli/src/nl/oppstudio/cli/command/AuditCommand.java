package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.core.WriteErrors;
import nl.oppstudio.document.FolderDocuments;
import nl.oppstudio.document.Ledger;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;

/**
 * {@code opp audit}: verifies the hash chain of an OPP's log, that an adopted OPP is unchanged, and the
 * log against the folder's ledger ({@code .opp-register}): a log cut short or rewritten, a ledger edited
 * outside OPP Studio. For a folder: every document below it against its own folder's ledger, and documents
 * a ledger knows that are gone (a warning); {@code --bevestig WAT} acknowledges evidence or a gone document.
 */
public final class AuditCommand implements Command {

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String help() {
		return Messages.helpAudit;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--format", "--bevestig"));
		if (options.files().size() == 1 && Files.isDirectory(options.files().get(0))) {
			String what = options.values().get("--bevestig");
			return what != null ? acknowledge(options.files().get(0), what, console) : folder(options, console);
		}
		if (options.values().containsKey("--bevestig")) {
			console.err.println(Messages.auditAcknowledgeFolder);
			return Exit.USAGE;
		}
		Console.Loaded loaded = console.document(options);
		if (loaded == null) {
			return Exit.USAGE;
		}
		List<Diagnostic> problems = new ArrayList<>(Lifecycle.verify(loaded.document(), loaded.file()));
		problems.addAll(Ledger.audit(loaded.document(), loaded.file()));
		console.print(problems);
		if (hasErrors(problems)) {
			return Exit.FOUND_ERRORS;
		}
		console.out.println(NLS.bind(Messages.auditIntact, Lifecycle.entries(loaded.document()).size(),
				Lifecycle.state(loaded.document()).label()));
		return Exit.OK;
	}

	private static boolean hasErrors(List<Diagnostic> problems) {
		return problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
	}

	/** {@code opp audit MAP --bevestig WAT}: an explicit acknowledgement removes the evidence it names. */
	private static int acknowledge(Path folder, String what, Console console) {
		try {
			int removed = Ledger.acknowledge(folder, what);
			if (removed == 0) {
				console.err.println(NLS.bind(Messages.auditAcknowledgeNothing, what, folder));
				return Exit.USAGE;
			}
			console.out.println(NLS.bind(Messages.auditAcknowledged, what, removed));
			return Exit.OK;
		} catch (IOException e) {
			console.err.println(WriteErrors.describe(Ledger.file(folder), e));
			return Exit.USAGE;
		}
	}

	/** Every document below the folder, each folder against its own ledger. */
	private static int folder(Options options, Console console) {
		Path folder = options.files().get(0);
		String formatFile = options.values().get("--format");
		List<Path> files;
		Set<Path> folders = new TreeSet<>();
		try {
			files = FolderDocuments.files(folder, true);
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.filter(Files::isDirectory).filter(d -> d.equals(folder)
						|| (java.io.File.separator + folder.relativize(d)).indexOf(java.io.File.separator + ".") < 0)
						.forEach(folders::add);
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			console.err.println(NLS.bind(Messages.folderUnreadable, folder, e.getMessage()));
			return Exit.USAGE;
		}
		Map<Path, Ledger.Reading> ledgers = new HashMap<>();
		List<Diagnostic> problems = new ArrayList<>();
		for (Path each : folders) {
			Ledger.Reading ledger = Ledger.read(Ledger.file(each));
			ledgers.put(each, ledger);
			problems.addAll(Ledger.ledgerProblems(each, ledger));
		}
		int audited = 0;
		boolean unreadable = false;
		for (Path file : files) {
			OppDocument document;
			if (formatFile != null) {
				Console.Loaded loaded = console.document(Options.parse(List.of(file.toString(), "--format", formatFile),
						List.of("--format")));
				document = loaded == null ? null : loaded.document();
			} else {
				FolderDocuments.Entry entry = FolderDocuments.read(file, console.formats);
				if (entry.problem() != null) {
					console.err.println(entry.problem());
				}
				document = entry.document();
			}
			if (document == null) {
				unreadable = true;
				continue;
			}
			audited++;
			problems.addAll(Lifecycle.verify(document, file));
			Ledger.Reading ledger = ledgers.computeIfAbsent(file.getParent(), p -> Ledger.read(Ledger.file(p)));
			problems.addAll(Ledger.compare(ledger, document, file));
		}
		for (Path each : folders) {
			problems.addAll(Ledger.gone(each, ledgers.get(each)));
		}
		console.print(problems);
		long faulty = problems.stream().map(Diagnostic::file).distinct().count();
		console.out.println(problems.isEmpty() ? NLS.bind(Messages.auditFolderIntact, folder, audited)
				: NLS.bind(Messages.auditFolderProblems, new Object[] { folder, audited, problems.size(), faulty }));
		return hasErrors(problems) ? Exit.FOUND_ERRORS : unreadable ? Exit.USAGE : Exit.OK;
	}
}
