package nl.oppstudio.cli.command;

import java.util.List;
import java.util.Locale;

import nl.oppstudio.document.UitstroomAdvice;

/** {@code opp advice}: the uitstroom indication of the SWV table beside each value; writes nothing. */
public final class AdviceCommand implements Command {

	@Override
	public String name() {
		return "advice";
	}

	@Override
	public String help() {
		return Messages.helpAdvice;
	}

	@Override
	public int run(List<String> args, Console console) {
		Console.Loaded loaded = console.document(Options.parse(args, List.of("--format")));
		if (loaded == null) {
			return Exit.USAGE;
		}
		List<UitstroomAdvice.Indication> indications = UitstroomAdvice.of(loaded.document());
		if (indications.isEmpty()) {
			console.out.println(Messages.adviceNone);
			return Exit.OK;
		}
		for (UitstroomAdvice.Indication indication : indications) {
			console.out.println(String.format(Locale.ROOT, "%s (%s = %s): %s", indication.label(), indication.path(),
					indication.value(), String.join(Messages.adviceOr, indication.uitstroom())));
		}
		console.out.println(Messages.adviceOnlyAdvice);
		return Exit.OK;
	}
}
