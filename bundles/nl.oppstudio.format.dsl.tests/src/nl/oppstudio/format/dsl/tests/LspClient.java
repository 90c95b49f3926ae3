package nl.oppstudio.format.dsl.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language client for tests: talks LSP over piped streams to a server run in-process on a thread, and
 * keeps every {@code publishDiagnostics} it gets. Positions are computed here independently of the server
 * (lines split at {@code \n}, characters as Java chars = UTF-16 code units).
 */
public final class LspClient implements LanguageClient, AutoCloseable {

	/** The safety net of a wait: a broken server fails the test instead of hanging it. */
	private static final long TIMEOUT_S = 60;

	/** How to run a server on a pair of streams; returns its exit code. */
	public interface ServerMain {
		int run(InputStream in, OutputStream out) throws Exception;
	}

	private final List<PublishDiagnosticsParams> diagnostics = new ArrayList<>();
	private final List<MessageParams> messages = new ArrayList<>();
	private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "lsp test");
		thread.setDaemon(true);
		return thread;
	});
	private final PipedOutputStream toServer;
	private final CompletableFuture<Integer> exit;
	private final Future<Void> listening;
	public final LanguageServer server;

	public LspClient(ServerMain main) throws IOException {
		toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 16);
		exit = CompletableFuture.supplyAsync(() -> {
			try (serverOut) {
				return main.run(serverIn, serverOut);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}, threads);
		var launcher = LSPLauncher.createClientLauncher(this, clientIn, toServer, threads, null);
		server = launcher.getRemoteProxy();
		listening = launcher.startListening();
	}

	/** Initializes with the folder as workspace folder (and root URI). */
	public void initialize(Path folder) throws Exception {
		InitializeParams params = new InitializeParams();
		params.setCapabilities(new ClientCapabilities());
		if (folder != null) {
			String uri = folder.toUri().toString();
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, "map")));
			params.setRootUri(uri);
		}
		get(server.initialize(params));
		server.initialized(new org.eclipse.lsp4j.InitializedParams());
	}

	public void open(String uri, String text) {
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "oppformat", 1, text)));
	}

	public static String uri(Path file) {
		return file.toAbsolutePath().normalize().toUri().toString();
	}

	public static <T> T get(CompletableFuture<T> future) throws Exception {
		return future.get(TIMEOUT_S, TimeUnit.SECONDS);
	}

	/** Waits for diagnostics of the document that satisfy the test, and returns them. */
	public PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> wanted) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
		synchronized (diagnostics) {
			while (true) {
				for (PublishDiagnosticsParams params : diagnostics) {
					if (params.getUri().equals(uri) && wanted.test(params)) {
						return params;
					}
				}
				long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
				if (left <= 0) {
					throw new AssertionError("no such diagnostics for " + uri + "; got " + diagnostics);
				}
				diagnostics.wait(left);
			}
		}
	}

	public List<MessageParams> messages() {
		synchronized (messages) {
			return List.copyOf(messages);
		}
	}

	/** Shuts the server down and sends exit; returns the server's exit code. */
	public int shutdownAndExit() throws Exception {
		get(server.shutdown());
		server.exit();
		return exit.get(TIMEOUT_S, TimeUnit.SECONDS);
	}

	/** The server's exit code once it has ended. */
	public int exitCode() throws Exception {
		return exit.get(TIMEOUT_S, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws IOException {
		listening.cancel(true);
		toServer.close();
		threads.shutdownNow();
	}

	// ---------------------------------------------------------------- positions, computed independently

	public static int offset(String text, Position position) {
		int at = 0;
		for (int line = 0; line < position.getLine(); line++) {
			at = text.indexOf('\n', at) + 1;
		}
		return at + position.getCharacter();
	}

	public static Position position(String text, int offset) {
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (before.lastIndexOf('\n') + 1));
	}

	public static Range range(String text, int offset, int length) {
		return new Range(position(text, offset), position(text, offset + length));
	}

	public static String apply(String text, List<? extends TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		ToIntFunction<TextEdit> start = edit -> offset(text, edit.getRange().getStart());
		edits.stream().map(TextEdit.class::cast).sorted(Comparator.comparingInt(start).reversed())
				.forEach(edit -> result.replace(start.applyAsInt(edit), offset(text, edit.getRange().getEnd()), edit.getNewText()));
		return result.toString();
	}

	public static Path path(String uri) {
		return Path.of(URI.create(uri)).toAbsolutePath().normalize();
	}

	// ---------------------------------------------------------------- LanguageClient

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		synchronized (diagnostics) {
			diagnostics.add(params);
			diagnostics.notifyAll();
		}
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams params) {
		synchronized (messages) {
			messages.add(params);
		}
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams params) {
		showMessage(params);
	}
}
