package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.LifecycleException;
import nl.oppstudio.document.NextPeriod;

/** {@code opp next-period}: a new plan (concept) for the next period from an evaluated OPP, in a new file. */
public final class NextPeriodCommand implements Command {

	@Override
	public String name() {
		return "next-period";
	}

	@Override
	public String help() {
		return Messages.helpNextPeriod;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--format", "--by", "-o"));
		Path target = Path.of(options.required("-o"));
		if (Files.exists(target)) {
			console.err.println(NLS.bind(Messages.fileError, target, Messages.nextPeriodExists));
			return Exit.USAGE;
		}
		Console.Loaded loaded = console.document(options);
		if (loaded == null) {
			return Exit.USAGE;
		}
		String by = options.values().getOrDefault("--by", "opp next-period");
		NextPeriod.Result result;
		try {
			result = NextPeriod.start(loaded.document(), loaded.file().getFileName().toString(), by, OffsetDateTime.now());
		} catch (LifecycleException e) {
			console.err.println(NLS.bind(Messages.fileError, loaded.file(), e.getMessage()));
			return Exit.FOUND_ERRORS;
		}
		try {
			Documents.saveNew(result.document(), target); // never replaces a file made meanwhile (finding 9)
		} catch (java.nio.file.FileAlreadyExistsException e) {
			console.err.println(NLS.bind(Messages.fileError, target, Messages.nextPeriodExists));
			return Exit.USAGE;
		} catch (IOException e) {
			console.cannotWrite(target, e);
			return Exit.USAGE;
		}
		console.out.println(NLS.bind(Messages.nextPeriodWritten, target, loaded.file()));
		result.marked().forEach(path -> console.out.println(NLS.bind(Messages.nextPeriodMarked, path)));
		result.cleared().forEach(path -> console.out.println(NLS.bind(Messages.nextPeriodCleared, path)));
		return Exit.OK;
	}
}
