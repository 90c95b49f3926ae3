package nl.oppstudio.format.dsl.ide.lsp;

import java.io.InputStream;
import java.io.OutputStream;

import nl.oppstudio.format.dsl.ide.lsp.internal.Server;

/**
 * The language server of {@code *.oppformat} files ({@code opp lsp}): the Studio's editor services
 * ({@link nl.oppstudio.format.dsl.ide.editing.FormatEditing}) over the Language Server Protocol.
 */
public final class FormatLanguageServer {

	private FormatLanguageServer() {
	}

	/**
	 * Serves one client: reads LSP messages from {@code in} and writes only LSP messages to {@code out},
	 * until the client sends {@code exit} or closes {@code in}. Logs go to {@code System.err}.
	 *
	 * @return the exit code the protocol asks for: 0 after {@code shutdown} then {@code exit}, else 1
	 */
	public static int run(InputStream in, OutputStream out) {
		return Server.serve(in, out);
	}
}
