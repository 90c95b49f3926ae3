package nl.oppstudio.cli.command;

import java.util.List;
import java.util.Locale;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.rules.Checklist;

/** {@code opp check-format}: checks a format, and scores it on the Handreiking's checklist. */
public final class CheckFormatCommand implements Command {

	@Override
	public String name() {
		return "check-format";
	}

	@Override
	public String help() {
		return Messages.helpCheckFormat;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of(), List.of("--checklist", "--json", "--sarif"));
		if (options.files().size() != 1) {
			throw new UsageException(Messages.checkFormatOneFile);
		}
		LoadedFormat loaded = FormatLoader.create().load(options.files().get(0));
		// a format with syntax errors is incomplete: its score would mislead, so it is not scored
		boolean scorable = loaded.format() != null && !loaded.hasSyntaxErrors();
		Checklist.Result checklist = options.has("--checklist") && scorable ? Checklist.evaluate(loaded.format()) : null;
		int code = isIoFailure(loaded) ? Exit.USAGE : Diagnostic.anyError(loaded.diagnostics()) ? Exit.FOUND_ERRORS : Exit.OK;
		if (options.has("--json")) {
			console.out.println(Json.checkReport(loaded, checklist));
			return code;
		}
		if (options.has("--sarif")) {
			console.out.println(Sarif.report(loaded.diagnostics()));
			return code;
		}
		console.print(loaded.diagnostics());
		if (checklist != null) {
			console.out.println(Messages.checklistTitle + " " + checklist.score() + "/" + checklist.max());
			for (Checklist.Item item : checklist.items()) {
				console.out.println(String.format(Locale.ROOT, "%3d. %-19s %s: %s", item.number(),
						"[" + item.status().label() + "]", item.question(), item.reason()));
			}
		} else if (options.has("--checklist") && loaded.hasSyntaxErrors()) {
			console.out.println(Messages.checklistNotScored);
		}
		return code == Exit.USAGE ? Exit.USAGE : console.summary(loaded.diagnostics(), Messages.theFormat);
	}

	private static boolean isIoFailure(LoadedFormat loaded) {
		return loaded.format() == null
				&& loaded.diagnostics().stream().anyMatch(d -> "nl.oppstudio.format.io".equals(d.code()));
	}
}
