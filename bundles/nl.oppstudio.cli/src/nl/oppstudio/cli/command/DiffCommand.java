package nl.oppstudio.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.FormatDiff;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatHeader;
import nl.oppstudio.versions.FormatRepository;
import nl.oppstudio.versions.VersionException;

/**
 * {@code opp diff}: what a new version of a format means for its documents, and whether its number fits;
 * with {@code --semver}, the file against its last published version, as CI checks it.
 */
public final class DiffCommand implements Command {

	@Override
	public String name() {
		return "diff";
	}

	@Override
	public String help() {
		return Messages.helpDiff;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--from", "--to"), List.of("--semver"));
		if (options.has("--semver")) {
			if (options.files().size() != 1 || options.values().containsKey("--from") || options.values().containsKey("--to")) {
				throw new UsageException(Messages.diffSemverOneFile);
			}
			return semver(options.files().get(0), console);
		}
		Format older;
		Format newer;
		if (options.values().containsKey("--from")) {
			if (options.files().size() != 1) {
				throw new UsageException(Messages.diffFromOneFile);
			}
			Path file = options.files().get(0);
			older = formatAt(file, options.required("--from"), console);
			String to = options.values().get("--to");
			newer = older == null ? null : to == null ? console.format(file.toString()) : formatAt(file, to, console);
		} else {
			if (options.files().size() != 2) {
				throw new UsageException(Messages.diffTwoFiles);
			}
			older = console.format(options.files().get(0).toString());
			newer = older == null ? null : console.format(options.files().get(1).toString());
		}
		if (newer == null) {
			return Exit.USAGE;
		}
		FormatDiff.Result result = FormatDiff.compare(older, newer);
		print(result, console);
		if (result.versionProblem() != null) {
			console.err.println(NLS.bind(Messages.fileError, options.files().get(options.files().size() - 1),
					result.versionProblem()));
			return Exit.FOUND_ERRORS;
		}
		return Exit.OK;
	}

	private static void print(FormatDiff.Result result, Console console) {
		for (FormatDiff.Change change : result.changes()) {
			console.out.println(String.format(Locale.ROOT, "%-16s %s: %s", change.impact().label(), change.path(),
					change.description()));
		}
		console.out.println(result.changes().isEmpty()
				? NLS.bind(Messages.diffNoChanges, result.oldVersion(), result.newVersion())
				: NLS.bind(Messages.diffChanges, new Object[] { result.changes().size(), result.oldVersion(),
						result.newVersion(), result.worst().label() }));
	}

	/**
	 * {@code --semver}: the file as it is against its last published version (tag {@code ID/vX.Y.Z}), and
	 * whether its {@code versie} is high enough, judged by publishing's own version step (with its
	 * {@code was} hints) and, when not, the version publishing would propose.
	 */
	private static int semver(Path given, Console console) {
		Path file = given.toAbsolutePath().normalize();
		Optional<FormatHeader> header = FormatHeader.read(file);
		if (!Files.isRegularFile(file) || header.isEmpty() || header.get().version().isBlank()) {
			console.err.println(NLS.bind(Messages.fileError, given,
					Files.isRegularFile(file) ? Messages.diffSemverNoHeader : Messages.publishNoFile));
			return Exit.USAGE;
		}
		String id = header.get().id();
		String version = header.get().version();
		try {
			Optional<FormatRepository> opened = FormatRepository.open(file.getParent());
			if (opened.isEmpty()) {
				console.err.println(NLS.bind(Messages.fileError, given, Messages.publishNotInGit));
				return Exit.USAGE;
			}
			try (FormatRepository repository = opened.get()) {
				Optional<String> last = repository.lastPublished(id);
				if (last.isEmpty()) {
					console.out.println(NLS.bind(Messages.diffSemverNothingPublished, id));
					return Exit.OK;
				}
				FormatDiff.Result result = repository.diff(file, last.get(), null).result();
				print(result, console);
				if (result.changes().isEmpty()) {
					console.out.println(NLS.bind(Messages.diffSemverNoChanges, last.get(), version));
					return Exit.OK;
				}
				FormatRepository.Step step = repository.plan(file, version, null).steps().stream()
						.filter(s -> s.kind() == FormatRepository.StepKind.VERSION).findFirst().orElse(null);
				if (step != null && step.ok()) {
					console.out.println(NLS.bind(Messages.diffSemverFits, version, last.get()));
					return Exit.OK;
				}
				String verdict = step == null ? "" : step.verdict();
				console.err.println(NLS.bind(Messages.fileError, given, NLS.bind(Messages.diffSemverTooLow,
						new Object[] { version, last.get(), verdict, repository.proposeVersion(file) })));
				return Exit.FOUND_ERRORS;
			}
		} catch (VersionException e) {
			console.err.println(NLS.bind(Messages.fileError, given, e.getMessage()));
			return Exit.USAGE;
		}
	}

	/** A format as it was at a git revision; prints problems; {@code null} when unusable. */
	private static Format formatAt(Path file, String revision, Console console) {
		byte[] content;
		try {
			content = FormatRepository.read(file, revision);
		} catch (VersionException e) {
			console.err.println(NLS.bind(Messages.fileError, file, e.getMessage()));
			return null;
		}
		LoadedFormat loaded = FormatLoader.create().load(Path.of(file + "@" + revision), content);
		if (!loaded.isUsable()) {
			console.print(loaded.diagnostics());
			return null;
		}
		return loaded.format();
	}
}
