package nl.oppstudio.cli.command;

import java.util.List;

/** {@code opp studio}: the window is started by the {@code ./opp} script, not by the command line in Java. */
public final class StudioCommand implements Command {

	@Override
	public String name() {
		return "studio";
	}

	@Override
	public String help() {
		return Messages.helpStudio;
	}

	@Override
	public int run(List<String> args, Console console) {
		console.err.println(Messages.studioUseScript);
		return Exit.USAGE;
	}
}
