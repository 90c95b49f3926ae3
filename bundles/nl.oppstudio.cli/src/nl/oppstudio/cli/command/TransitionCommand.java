package nl.oppstudio.cli.command;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.LifecycleException;
import nl.oppstudio.document.State;

/** {@code opp transition}: moves an OPP to its next state, or says why it may not. */
public final class TransitionCommand implements Command {

	@Override
	public String name() {
		return "transition";
	}

	@Override
	public String help() {
		return Messages.helpTransition;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--format", "--to", "--by", "--role", "--remark"));
		State to;
		try {
			to = State.of(options.required("--to"));
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.transitionUnknownState, options.values().get("--to")));
		}
		Console.Loaded loaded = console.documentToChange(options, "transition");
		if (loaded == null) {
			return Exit.USAGE;
		}
		try (var lock = loaded.lock()) { // held from before the load until after the save
			try {
				Lifecycle.transition(loaded.document(), to, options.required("--by"), options.required("--role"),
						options.values().get("--remark"), OffsetDateTime.now());
			} catch (LifecycleException e) {
				console.err.println(NLS.bind(Messages.fileError, loaded.file(), e.getMessage()));
				return Exit.FOUND_ERRORS;
			}
			return console.save(loaded, NLS.bind(Messages.transitionDone, to.label()), "transition");
		}
	}
}
