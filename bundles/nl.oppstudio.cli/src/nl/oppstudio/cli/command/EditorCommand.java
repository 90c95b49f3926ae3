package nl.oppstudio.cli.command;

import java.util.List;

/** {@code opp editor}: the OPP Editor is started by the {@code ./opp} script, not by the command line in Java. */
public final class EditorCommand implements Command {

	@Override
	public String name() {
		return "editor";
	}

	@Override
	public String help() {
		return Messages.helpEditor;
	}

	@Override
	public int run(List<String> args, Console console) {
		console.err.println(Messages.editorUseScript);
		return Exit.USAGE;
	}
}
