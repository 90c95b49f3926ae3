package nl.oppstudio.cli.command;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Lifecycle;

/** {@code opp audit}: verifies the hash chain of an OPP's log and that an adopted OPP is unchanged. */
public final class AuditCommand implements Command {

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String help() {
		return Messages.helpAudit;
	}

	@Override
	public int run(List<String> args, Console console) {
		Console.Loaded loaded = console.document(Options.parse(args, List.of("--format")));
		if (loaded == null) {
			return Exit.USAGE;
		}
		List<Diagnostic> problems = Lifecycle.verify(loaded.document(), loaded.file());
		console.print(problems);
		if (!problems.isEmpty()) {
			return Exit.FOUND_ERRORS;
		}
		console.out.println(NLS.bind(Messages.auditIntact, Lifecycle.entries(loaded.document()).size(),
				Lifecycle.state(loaded.document()).label()));
		return Exit.OK;
	}
}
