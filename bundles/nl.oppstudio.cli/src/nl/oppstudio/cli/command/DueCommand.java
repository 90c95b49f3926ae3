package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.FolderDocuments;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.State;

/** {@code opp due}: every OPP's next deadline in a folder, overdue first, and moments done late. */
public final class DueCommand implements Command {

	/** An OPP's next moment. */
	record Next(Path file, String pupil, Planning.Due due) {
	}

	/** A moment done after its deadline. */
	record DoneLate(Path file, String pupil, Planning.Late late) {
	}

	@Override
	public String name() {
		return "due";
	}

	@Override
	public String help() {
		return Messages.helpDue;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--at"), List.of("--json"));
		if (options.files().size() != 1 || !Files.isDirectory(options.files().get(0))) {
			throw new UsageException(Messages.dueOneFolder);
		}
		Path folder = options.files().get(0);
		LocalDate at = Console.referenceDate(options.values().get("--at"));
		List<Path> documents;
		try {
			documents = FolderDocuments.files(folder);
		} catch (IOException e) {
			console.err.println(NLS.bind(Messages.folderUnreadable, folder, e.getMessage()));
			return Exit.USAGE;
		}
		List<Next> next = new ArrayList<>();
		List<DoneLate> doneLate = new ArrayList<>();
		for (Path file : documents) {
			FolderDocuments.Entry entry = FolderDocuments.read(file, console.formats);
			if (entry.document() == null) {
				if (FolderDocuments.isFormatProblem(entry.problem())) {
					console.err.println(NLS.bind(Messages.dueSkipped, file, entry.problem().message()));
				} else {
					console.err.println(entry.problem());
				}
				continue;
			}
			OppDocument document = entry.document();
			if (Lifecycle.state(document) == State.BEEINDIGD) {
				continue;
			}
			entry.next(at).ifPresent(due -> next.add(new Next(file, document.pupilName(), due)));
			Planning.late(document, at).forEach(late -> doneLate.add(new DoneLate(file, document.pupilName(), late)));
		}
		// the order of the editor's overview too: overdue first, then by date, then by pupil
		next.sort(FolderDocuments.dueOrder(at, (Next row) -> java.util.Optional.of(row.due()), Next::pupil));
		if (options.has("--json")) {
			console.out.println(Json.dueReport(at, next, doneLate));
			return Exit.OK;
		}
		for (Next row : next) {
			long days = ChronoUnit.DAYS.between(at, row.due().date());
			console.out.println(String.format(Locale.ROOT, "%-8s %s  %-28s %-22s %s (%s)",
					row.due().overdue(at) ? Messages.dueLate : "", row.due().date(), row.file().getFileName(), row.pupil(),
					row.due().label(), days < 0 ? NLS.bind(Messages.dueDaysLate, -days)
							: days == 0 ? Messages.dueToday : NLS.bind(Messages.dueInDays, days)));
		}
		long late = next.stream().filter(row -> row.due().overdue(at)).count();
		console.out.println(NLS.bind(Messages.dueSummary, new Object[] { next.size(), late, at }));
		if (!doneLate.isEmpty()) {
			console.out.println(Messages.dueDoneLateTitle);
			for (DoneLate row : doneLate) {
				console.out.println(String.format(Locale.ROOT, "  %s  %-28s %-22s %s", row.late().done(),
						row.file().getFileName(), row.pupil(), NLS.bind(Messages.dueDoneLate, new Object[] { row.late().label(),
								row.late().due(), row.late().done(), row.late().days() })));
			}
		}
		return Exit.OK;
	}
}
