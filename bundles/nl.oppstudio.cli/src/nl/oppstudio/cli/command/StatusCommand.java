package nl.oppstudio.cli.command;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.State;

/** {@code opp status}: an OPP's state, where it may go next, and its log. */
public final class StatusCommand implements Command {

	@Override
	public String name() {
		return "status";
	}

	@Override
	public String help() {
		return Messages.helpStatus;
	}

	@Override
	public int run(List<String> args, Console console) {
		Console.Loaded loaded = console.document(Options.parse(args, List.of("--format")));
		if (loaded == null) {
			return Exit.USAGE;
		}
		State state = Lifecycle.state(loaded.document());
		console.out.println(NLS.bind(Messages.statusState, state.label() + (state.frozen() ? Messages.statusFrozen : "")));
		console.out.println(NLS.bind(Messages.statusNext,
				state.next().isEmpty() ? "—" : String.join(", ", state.next().stream().map(State::label).toList())));
		for (Lifecycle.Entry entry : Lifecycle.entries(loaded.document())) {
			console.out.println(String.format(Locale.ROOT, "%3s %s %s %s (%s)%s", entry.get("volgnummer"),
					entry.get("tijdstip"),
					Lifecycle.TRANSITION.equals(entry.get("handeling")) ? entry.get("van") + " → " + entry.get("naar")
							: NLS.bind(Messages.statusConsent, entry.get("besluit")),
					NLS.bind(Messages.statusBy, entry.get("door")), entry.get("rol"),
					entry.get("opmerking") == null ? "" : " — " + entry.get("opmerking")));
		}
		return Exit.OK;
	}
}
