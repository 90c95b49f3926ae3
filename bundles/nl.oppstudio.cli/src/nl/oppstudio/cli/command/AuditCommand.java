package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.FolderDocuments;
import nl.oppstudio.document.Ledger;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;

/**
 * {@code opp audit}: verifies the hash chain of an OPP's log, that an adopted OPP is unchanged, and the
 * log against the folder's ledger ({@code .opp-register}): a log cut short or rewritten, a ledger edited
 * outside OPP Studio. For a folder: every document in it, and documents the ledger knows that are gone.
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
		Options options = Options.parse(args, List.of("--format"));
		if (options.files().size() == 1 && Files.isDirectory(options.files().get(0))) {
			return folder(options, console);
		}
		Console.Loaded loaded = console.document(options);
		if (loaded == null) {
			return Exit.USAGE;
		}
		List<Diagnostic> problems = new ArrayList<>(Lifecycle.verify(loaded.document(), loaded.file()));
		problems.addAll(Ledger.audit(loaded.document(), loaded.file()));
		console.print(problems);
		if (!problems.isEmpty()) {
			return Exit.FOUND_ERRORS;
		}
		console.out.println(NLS.bind(Messages.auditIntact, Lifecycle.entries(loaded.document()).size(),
				Lifecycle.state(loaded.document()).label()));
		return Exit.OK;
	}

	private static int folder(Options options, Console console) {
		Path folder = options.files().get(0);
		String formatFile = options.values().get("--format");
		List<Path> files;
		try {
			files = FolderDocuments.files(folder);
		} catch (IOException e) {
			console.err.println(NLS.bind(Messages.folderUnreadable, folder, e.getMessage()));
			return Exit.USAGE;
		}
		Ledger.Reading ledger = Ledger.read(Ledger.file(folder));
		List<Diagnostic> problems = new ArrayList<>(Ledger.ledgerProblems(folder, ledger));
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
			problems.addAll(Ledger.compare(ledger, document, file));
		}
		problems.addAll(Ledger.gone(folder, ledger));
		console.print(problems);
		long faulty = problems.stream().map(Diagnostic::file).distinct().count();
		console.out.println(problems.isEmpty() ? NLS.bind(Messages.auditFolderIntact, folder, audited)
				: NLS.bind(Messages.auditFolderProblems, new Object[] { folder, audited, problems.size(), faulty }));
		return !problems.isEmpty() ? Exit.FOUND_ERRORS : unreadable ? Exit.USAGE : Exit.OK;
	}
}
