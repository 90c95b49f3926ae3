package nl.oppstudio.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.cli.command.AdviceCommand;
import nl.oppstudio.cli.command.AuditCommand;
import nl.oppstudio.cli.command.CheckFormatCommand;
import nl.oppstudio.cli.command.DiagramCommand;
import nl.oppstudio.cli.command.Command;
import nl.oppstudio.cli.command.ConsentCommand;
import nl.oppstudio.cli.command.Console;
import nl.oppstudio.cli.command.DiffCommand;
import nl.oppstudio.cli.command.GenerateCommand;
import nl.oppstudio.cli.command.HistoryCommand;
import nl.oppstudio.cli.command.LspCommand;
import nl.oppstudio.cli.command.PublishCommand;
import nl.oppstudio.cli.command.DueCommand;
import nl.oppstudio.cli.command.EditorCommand;
import nl.oppstudio.cli.command.Exit;
import nl.oppstudio.cli.command.Messages;
import nl.oppstudio.cli.command.ImportCsvCommand;
import nl.oppstudio.cli.command.ImportWordCommand;
import nl.oppstudio.cli.command.MigrateCommand;
import nl.oppstudio.cli.command.NewCommand;
import nl.oppstudio.cli.command.NewFormatCommand;
import nl.oppstudio.cli.command.NextPeriodCommand;
import nl.oppstudio.cli.command.RenderCommand;
import nl.oppstudio.cli.command.StatusCommand;
import nl.oppstudio.cli.command.StudioCommand;
import nl.oppstudio.cli.command.TransitionCommand;
import nl.oppstudio.cli.command.UsageException;
import nl.oppstudio.cli.command.ValidateCommand;

/**
 * The {@code opp} command line: finds the command (one class each, in {@code command}) and runs it.
 * Each command returns an exit code: {@value #OK} clean, {@value #FOUND_ERRORS} errors found,
 * {@value #USAGE} usage or I/O problem. Messages are Dutch; diagnostics read
 * {@code file:line:col: severity: message}.
 */
public final class OppCli {

	public static final int OK = Exit.OK;
	public static final int FOUND_ERRORS = Exit.FOUND_ERRORS;
	public static final int USAGE = Exit.USAGE;

	private static final Map<String, Command> COMMANDS = Stream.of(new CheckFormatCommand(), new ValidateCommand(),
			new RenderCommand(), new NewCommand(), new NewFormatCommand(), new StatusCommand(), new TransitionCommand(), new ConsentCommand(),
			new AuditCommand(), new DueCommand(), new AdviceCommand(), new DiagramCommand(), new DiffCommand(), new MigrateCommand(),
			new PublishCommand(), new HistoryCommand(),
			new NextPeriodCommand(), new ImportCsvCommand(), new ImportWordCommand(), new StudioCommand(), new EditorCommand(), new GenerateCommand(),
			new LspCommand())
			.collect(Collectors.toUnmodifiableMap(Command::name, Function.identity()));

	private final PrintStream out;
	private final PrintStream err;
	private final Console console;

	public OppCli(PrintStream out, PrintStream err) {
		this(System.in, out, err);
	}

	/** With the input that commands reading one use ({@code opp lsp} reads the protocol from it). */
	public OppCli(InputStream in, PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		this.console = new Console(in, out, err);
	}

	/** Runs one command line and returns its exit code; never throws. */
	public int run(String... args) {
		if (args.length == 0) {
			err.print(Messages.help);
			return USAGE;
		}
		if (List.of("--help", "-h", "help").contains(args[0])) {
			Command about = args.length == 2 ? COMMANDS.get(args[1]) : null;
			if (args.length == 2 && about == null) {
				return usage(NLS.bind(Messages.unknownCommand, args[1]));
			}
			out.print(about == null ? Messages.help : about.help());
			return OK;
		}
		Command command = COMMANDS.get(args[0]);
		if (command == null) {
			return usage(NLS.bind(Messages.unknownCommand, args[0]));
		}
		List<String> rest = List.of(args).subList(1, args.length);
		if (rest.contains("--help") || rest.contains("-h")) {
			out.print(command.help());
			return OK;
		}
		try {
			return command.run(rest, console);
		} catch (UsageException e) {
			return usage(e.getMessage());
		} catch (RuntimeException | LinkageError e) {
			err.println(NLS.bind(Messages.internalError, e));
			return USAGE;
		}
	}

	private int usage(String message) {
		err.println("opp: " + message);
		err.println(Messages.seeHelp);
		return USAGE;
	}
}
