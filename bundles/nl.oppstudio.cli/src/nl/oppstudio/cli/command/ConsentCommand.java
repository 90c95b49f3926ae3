package nl.oppstudio.cli.command;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.LifecycleException;

/** {@code opp consent}: records the decision on the handelingsdeel, in the document and its log at once. */
public final class ConsentCommand implements Command {

	@Override
	public String name() {
		return "consent";
	}

	@Override
	public String help() {
		return Messages.helpConsent;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args,
				List.of("--format", "--by", "--role", "--decision", "--way", "--remark", "--onderdelen"));
		Console.Loaded loaded = console.documentToChange(options, "consent");
		if (loaded == null) {
			return Exit.USAGE;
		}
		try (var lock = loaded.lock()) { // held from before the load until after the save
			try {
				Lifecycle.consent(loaded.document(), options.required("--by"), options.required("--role"),
						options.required("--decision"), options.values().get("--way"), options.values().get("--remark"),
						options.values().get("--onderdelen"), OffsetDateTime.now());
			} catch (LifecycleException e) {
				console.err.println(NLS.bind(Messages.fileError, loaded.file(), e.getMessage()));
				return Exit.FOUND_ERRORS;
			}
			return console.save(loaded, NLS.bind(Messages.consentDone, options.required("--decision")), "consent");
		}
	}
}
