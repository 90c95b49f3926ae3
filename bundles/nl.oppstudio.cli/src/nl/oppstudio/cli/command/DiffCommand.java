package nl.oppstudio.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.FormatDiff;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.versions.FormatRepository;
import nl.oppstudio.versions.VersionException;

/** {@code opp diff}: what a new version of a format means for its documents, and whether its number fits. */
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
		Options options = Options.parse(args, List.of("--from", "--to"));
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
		for (FormatDiff.Change change : result.changes()) {
			console.out.println(String.format(Locale.ROOT, "%-16s %s: %s", change.impact().label(), change.path(),
					change.description()));
		}
		console.out.println(result.changes().isEmpty()
				? NLS.bind(Messages.diffNoChanges, result.oldVersion(), result.newVersion())
				: NLS.bind(Messages.diffChanges, new Object[] { result.changes().size(), result.oldVersion(),
						result.newVersion(), result.worst().label() }));
		if (result.versionProblem() != null) {
			console.err.println(NLS.bind(Messages.fileError, options.files().get(options.files().size() - 1),
					result.versionProblem()));
			return Exit.FOUND_ERRORS;
		}
		return Exit.OK;
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
