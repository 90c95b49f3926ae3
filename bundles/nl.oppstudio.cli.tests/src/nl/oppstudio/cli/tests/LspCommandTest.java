package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.testing.Examples;

/** Issue 15: {@code opp lsp} through the command line's own entry, over piped standard input and output. */
class LspCommandTest {

	private static final long TIMEOUT_S = 60;

	/** Keeps the diagnostics it is sent. */
	private static final class Client implements LanguageClient {
		final CompletableFuture<PublishDiagnosticsParams> diagnostics = new CompletableFuture<>();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			if (!params.getDiagnostics().isEmpty()) {
				diagnostics.complete(params);
			}
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	}

	/** Copies what the server writes to the client and keeps a copy of it. */
	private static final class Tee extends OutputStream {
		final OutputStream target;
		final ByteArrayOutputStream copy = new ByteArrayOutputStream();

		Tee(OutputStream target) {
			this.target = target;
		}

		@Override
		public synchronized void write(int b) throws IOException {
			copy.write(b);
			target.write(b);
		}

		@Override
		public synchronized void write(byte[] b, int off, int len) throws IOException {
			copy.write(b, off, len);
			target.write(b, off, len);
		}

		@Override
		public void flush() throws IOException {
			target.flush();
		}

		@Override
		public void close() throws IOException {
			target.close();
		}
	}

	@Test
	void oppLspServesTheProtocolOnStandardOutputOnly() throws Exception {
		ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "lsp test");
			thread.setDaemon(true);
			return thread;
		});
		try (PipedOutputStream toServer = new PipedOutputStream()) {
			PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
			PipedOutputStream serverOut = new PipedOutputStream();
			PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
			Tee stdout = new Tee(serverOut);
			ByteArrayOutputStream stderr = new ByteArrayOutputStream();
			CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
				try (stdout) {
					return new OppCli(serverIn, new PrintStream(stdout, true, StandardCharsets.UTF_8),
							new PrintStream(stderr, true, StandardCharsets.UTF_8)).run("lsp");
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}, threads);
			Client client = new Client();
			var launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer, threads, null);
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();

			InitializeParams params = new InitializeParams();
			params.setRootUri(Examples.directory().toUri().toString());
			server.initialize(params).get(TIMEOUT_S, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
			Path po = Examples.file("swv-po-opp-1-4.oppformat");
			String text = Files.readString(po).replace("wanneer niveaus.cognitie = ja", "wanneer niveaus.cognitei = ja");
			String uri = po.toAbsolutePath().normalize().toUri().toString();
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "oppformat", 1, text)));
			PublishDiagnosticsParams published = client.diagnostics.get(TIMEOUT_S, TimeUnit.SECONDS);
			assertEquals(uri, published.getUri());
			assertTrue(published.getDiagnostics().stream().anyMatch(d -> d.getMessage().getLeft().contains("cognitei")), published.toString());

			server.shutdown().get(TIMEOUT_S, TimeUnit.SECONDS);
			server.exit();
			assertEquals(OppCli.OK, exit.get(TIMEOUT_S, TimeUnit.SECONDS), stderr.toString(StandardCharsets.UTF_8));

			// standard output holds nothing but LSP messages: headers and JSON bodies, one after the other
			byte[] written = stdout.copy.toByteArray();
			List<String> bodies = new ArrayList<>();
			int at = 0;
			Pattern header = Pattern.compile("Content-Length: (\\d+)\r\n(?:[A-Za-z-]+: [^\r\n]*\r\n)*\r\n");
			while (at < written.length) {
				String rest = new String(written, at, Math.min(200, written.length - at), StandardCharsets.US_ASCII);
				Matcher matcher = header.matcher(rest);
				assertTrue(matcher.lookingAt(), "not a message header at byte " + at + ": " + rest);
				int length = Integer.parseInt(matcher.group(1));
				int start = at + matcher.end();
				String body = new String(written, start, length, StandardCharsets.UTF_8);
				assertTrue(body.startsWith("{") && body.endsWith("}"), body);
				bodies.add(body);
				at = start + length;
			}
			assertTrue(bodies.size() >= 3, bodies.toString()); // initialize, diagnostics, shutdown
		} finally {
			threads.shutdownNow();
		}
	}

	@Test
	void oppLspRefusesArguments() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new OppCli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run("lsp", "iets");
		assertEquals(OppCli.USAGE, code);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("opp lsp"), err.toString(StandardCharsets.UTF_8));
	}
}
