package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatResolver;
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
		try (Stream<Path> files = Files.list(folder)) {
			documents = files.filter(f -> f.getFileName().toString().endsWith("." + Documents.EXTENSION)).sorted().toList();
		} catch (IOException e) {
			console.err.println(NLS.bind(Messages.folderUnreadable, folder, e.getMessage()));
			return Exit.USAGE;
		}
		List<Next> next = new ArrayList<>();
		List<DoneLate> doneLate = new ArrayList<>();
		for (Path file : documents) {
			FormatResolver.Resolution resolution = console.formats.resolve(file, null);
			if (resolution.format() == null) {
				console.err.println(NLS.bind(Messages.dueSkipped, file, resolution.problem().message()));
				continue;
			}
			try {
				OppDocument document = Documents.load(file, resolution.format());
				if (Lifecycle.state(document) == State.BEEINDIGD) {
					continue;
				}
				Planning.next(document, at).ifPresent(due -> next.add(new Next(file, document.pupilName(), due)));
				Planning.late(document, at).forEach(late -> doneLate.add(new DoneLate(file, document.pupilName(), late)));
			} catch (DocumentException e) {
				console.err.println(e.diagnostic());
			}
		}
		next.sort(Comparator.comparing((Next row) -> row.due().date()));
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
