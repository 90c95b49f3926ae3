package nl.oppstudio.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.versions.FormatRepository;
import nl.oppstudio.versions.VersionException;

/**
 * {@code opp publish}: a new version of a format in git, in five steps (check, version bump, {@code was}
 * hints, commit, tag), each shown with its verdict; refused with the reason when one fails.
 */
public final class PublishCommand implements Command {

	@Override
	public String name() {
		return "publish";
	}

	@Override
	public String help() {
		return Messages.helpPublish;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--versie", "-m", "--bericht"), List.of("--plan"));
		if (options.files().size() != 1) {
			throw new UsageException(Messages.publishOneFormat);
		}
		Path file = options.files().get(0).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			console.err.println(NLS.bind(Messages.fileError, options.files().get(0), Messages.publishNoFile));
			return Exit.USAGE;
		}
		String version = options.required("--versie");
		String message = Optional.ofNullable(options.values().get("-m")).orElse(options.values().get("--bericht"));
		Optional<FormatRepository> opened;
		try {
			opened = FormatRepository.open(file.getParent());
		} catch (VersionException e) {
			console.err.println(NLS.bind(Messages.fileError, options.files().get(0), e.getMessage()));
			return Exit.USAGE;
		}
		if (opened.isEmpty()) {
			console.err.println(NLS.bind(Messages.fileError, options.files().get(0), Messages.publishNotInGit));
			return Exit.USAGE;
		}
		try (FormatRepository repository = opened.get()) {
			FormatRepository.PublishPlan plan = repository.plan(file, version, message);
			for (FormatRepository.Step step : plan.steps()) {
				console.out.println(NLS.bind(Messages.publishStep,
						new Object[] { step.ok() ? Messages.publishOk : Messages.publishNo, step.title(), step.verdict() }));
			}
			if (!plan.allowed()) {
				console.err.println(NLS.bind(Messages.fileError, options.files().get(0),
						NLS.bind(Messages.publishRefused, plan.reason())));
				return Exit.FOUND_ERRORS;
			}
			if (options.has("--plan")) {
				console.out.println(Messages.publishPlanOnly);
				return Exit.OK;
			}
			FormatRepository.Published published = repository.publish(file, version, message);
			console.out.println(NLS.bind(Messages.publishDone, published.tag(), published.commitId().substring(0, 7)));
			return Exit.OK;
		} catch (VersionException e) {
			console.err.println(NLS.bind(Messages.fileError, options.files().get(0), e.getMessage()));
			return Exit.FOUND_ERRORS;
		}
	}
}
