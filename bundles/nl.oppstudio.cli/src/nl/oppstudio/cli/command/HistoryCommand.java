package nl.oppstudio.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.versions.FormatRepository;
import nl.oppstudio.versions.VersionException;

/** {@code opp history}: the versions of a format file in git, newest first, with their labels. */
public final class HistoryCommand implements Command {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	@Override
	public String name() {
		return "history";
	}

	@Override
	public String help() {
		return Messages.helpHistory;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of());
		if (options.files().size() != 1) {
			throw new UsageException(Messages.historyOneFormat);
		}
		Path file = options.files().get(0).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			console.err.println(NLS.bind(Messages.fileError, options.files().get(0), Messages.publishNoFile));
			return Exit.USAGE;
		}
		try {
			Optional<FormatRepository> opened = FormatRepository.open(file.getParent());
			if (opened.isEmpty()) {
				console.err.println(NLS.bind(Messages.fileError, options.files().get(0), Messages.publishNotInGit));
				return Exit.USAGE;
			}
			try (FormatRepository repository = opened.get()) {
				List<FormatRepository.Version> versions = repository.history(file);
				for (FormatRepository.Version version : versions) {
					String tags = version.tags().isEmpty() ? "" : "  [" + String.join(", ", version.tags()) + "]";
					String firstLine = version.message().lines().findFirst().orElse("");
					console.out.println(NLS.bind(Messages.historyLine, new Object[] { version.shortId(),
							WHEN.format(version.when()), version.formatVersion().isEmpty() ? "-" : version.formatVersion(),
							version.author(), firstLine + tags }));
				}
				console.out.println(NLS.bind(Messages.historyCount, versions.size()));
				return Exit.OK;
			}
		} catch (VersionException e) {
			console.err.println(NLS.bind(Messages.fileError, options.files().get(0), e.getMessage()));
			return Exit.USAGE;
		}
	}
}
