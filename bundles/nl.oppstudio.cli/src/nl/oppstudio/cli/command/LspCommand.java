package nl.oppstudio.cli.command;

import java.io.PrintStream;
import java.util.List;

import nl.oppstudio.format.dsl.ide.lsp.FormatLanguageServer;

/**
 * {@code opp lsp}: the language server of formats over standard input and output. Standard output carries
 * nothing but the protocol: while it runs, {@code System.out} is pointed at standard error, so that a
 * stray print of a library cannot break the stream. Ends on the protocol's {@code exit}.
 */
public final class LspCommand implements Command {

	@Override
	public String name() {
		return "lsp";
	}

	@Override
	public String help() {
		return Messages.helpLsp;
	}

	@Override
	public int run(List<String> args, Console console) {
		if (!args.isEmpty() && !List.of("--stdio").equals(args)) { // --stdio: what some clients add
			throw new UsageException(Messages.helpLsp);
		}
		PrintStream stdout = System.out;
		System.setOut(console.err);
		try {
			return FormatLanguageServer.run(console.in, console.out);
		} finally {
			System.setOut(stdout);
		}
	}
}
