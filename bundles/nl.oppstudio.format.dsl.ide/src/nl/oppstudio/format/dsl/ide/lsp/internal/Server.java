package nl.oppstudio.format.dsl.ide.lsp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Edit;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Fix;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Problem;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Proposal;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Rename;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Symbol;

/**
 * The language server: one {@link FormatEditing} per open document. Every notification and request
 * runs in arrival order on one worker thread, so a request always sees the text of the changes before
 * it; the diagnostics of a change are published after a short pause without further changes.
 */
public final class Server implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {

	/** The pause after the last change before a document is checked and its diagnostics are published. */
	static final long DEBOUNCE_MS = 150;

	/** An open document: its latest text and version, and its editing session (made on first use). */
	private static final class Open {
		final String uri;
		final Path path;
		String text;
		int version;
		FormatEditing editing;
		ScheduledFuture<?> pending;

		Open(String uri, Path path, String text, int version) {
			this.uri = uri;
			this.path = path;
			this.text = text;
			this.version = version;
		}
	}

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(daemon("opp lsp"));
	private final Map<String, Open> documents = new LinkedHashMap<>();
	private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
	private volatile boolean shutdownReceived;
	private volatile LanguageClient client;
	private volatile Path root;

	/** Serves one client on the streams until {@code exit} or the end of the input; see {@code FormatLanguageServer}. */
	public static int serve(InputStream in, OutputStream out) {
		ExecutorService rpc = Executors.newCachedThreadPool(daemon("opp lsp rpc"));
		Server server = new Server();
		try {
			Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out, rpc, null);
			server.connect(launcher.getRemoteProxy());
			Future<Void> listening = launcher.startListening();
			Thread watcher = daemon("opp lsp input").newThread(() -> {
				try {
					listening.get();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				} catch (ExecutionException | RuntimeException e) {
					log("de verbinding is verbroken: " + e.getMessage());
				}
				server.exitCode.complete(1); // the input ended without exit
			});
			watcher.start();
			int code = server.exitCode.join();
			listening.cancel(true);
			return code;
		} finally {
			server.worker.shutdownNow();
			rpc.shutdownNow();
		}
	}

	private static ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Logs a line to standard error: standard output carries the protocol only. */
	static void log(String message) {
		System.err.println("opp lsp: " + message);
	}

	@Override
	public void connect(LanguageClient languageClient) {
		this.client = languageClient;
	}

	// ---------------------------------------------------------------- life cycle

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		root = rootOf(params);
		ServerCapabilities capabilities = new ServerCapabilities();
		TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
		sync.setOpenClose(true);
		sync.setChange(TextDocumentSyncKind.Incremental);
		sync.setSave(true);
		capabilities.setTextDocumentSync(sync);
		CompletionOptions completion = new CompletionOptions();
		completion.setTriggerCharacters(List.of("."));
		capabilities.setCompletionProvider(completion);
		capabilities.setHoverProvider(true);
		capabilities.setDefinitionProvider(true);
		capabilities.setReferencesProvider(true);
		capabilities.setDocumentSymbolProvider(true);
		capabilities.setDocumentFormattingProvider(true);
		capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
		capabilities.setRenameProvider(true);
		return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("opp lsp")));
	}

	/** The workspace folder: the first of {@code workspaceFolders}, else {@code rootUri}, else {@code rootPath}. */
	@SuppressWarnings("deprecation")
	private static Path rootOf(InitializeParams params) {
		List<WorkspaceFolder> folders = params.getWorkspaceFolders();
		if (folders != null) {
			for (WorkspaceFolder folder : folders) {
				Path path = pathOf(folder.getUri());
				if (path != null) {
					return path;
				}
			}
		}
		if (params.getRootUri() != null && pathOf(params.getRootUri()) != null) {
			return pathOf(params.getRootUri());
		}
		return params.getRootPath() == null ? null : Path.of(params.getRootPath()).toAbsolutePath().normalize();
	}

	/** The file of a {@code file:} URI; {@code null} for another scheme. */
	private static Path pathOf(String uri) {
		try {
			URI parsed = URI.create(uri);
			return "file".equalsIgnoreCase(parsed.getScheme()) ? Path.of(parsed).toAbsolutePath().normalize() : null;
		} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
			return null;
		}
	}

	/**
	 * The file an open document stands for: its own for a {@code file:} URI, else a file of that name in
	 * the workspace folder (so an unsaved new format finds the bases there).
	 */
	private Path fileOf(String uri) {
		Path path = pathOf(uri);
		if (path != null) {
			return path;
		}
		String name = uri.substring(uri.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
		if (name.isEmpty()) {
			name = "naamloos";
		}
		if (!name.endsWith(".oppformat")) {
			name += ".oppformat";
		}
		Path folder = root != null ? root : Path.of("").toAbsolutePath();
		return folder.resolve(name).normalize();
	}

	@Override
	public CompletableFuture<Object> shutdown() {
		shutdownReceived = true;
		return CompletableFuture.supplyAsync(() -> {
			documents.values().forEach(open -> {
				if (open.pending != null) {
					open.pending.cancel(false);
				}
			});
			return null;
		}, worker);
	}

	@Override
	public void exit() {
		exitCode.complete(shutdownReceived ? 0 : 1);
	}

	@Override
	public TextDocumentService getTextDocumentService() {
		return this;
	}

	@Override
	public WorkspaceService getWorkspaceService() {
		return this;
	}

	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		// no settings
	}

	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		worker.execute(this::recheckAll); // a base changed on disk
	}

	// ---------------------------------------------------------------- documents

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		String uri = params.getTextDocument().getUri();
		String text = params.getTextDocument().getText();
		int version = params.getTextDocument().getVersion();
		worker.execute(() -> {
			Open open = new Open(uri, fileOf(uri), text, version);
			Open before = documents.put(uri, open);
			if (before != null && before.pending != null) {
				before.pending.cancel(false);
			}
			schedule(open, 0);
		});
	}

	@Override
	public void didChange(DidChangeTextDocumentParams params) {
		String uri = params.getTextDocument().getUri();
		Integer version = params.getTextDocument().getVersion();
		List<TextDocumentContentChangeEvent> changes = List.copyOf(params.getContentChanges());
		worker.execute(() -> {
			Open open = documents.get(uri);
			if (open == null) {
				log(NLS.bind(Messages.notOpen, uri));
				return;
			}
			for (TextDocumentContentChangeEvent change : changes) {
				if (change.getRange() == null) {
					open.text = change.getText();
				} else {
					Lines lines = new Lines(open.text);
					int start = lines.offset(change.getRange().getStart());
					int end = Math.max(start, lines.offset(change.getRange().getEnd()));
					open.text = open.text.substring(0, start) + change.getText() + open.text.substring(end);
				}
			}
			if (version != null) {
				open.version = version;
			}
			schedule(open, DEBOUNCE_MS);
		});
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		String uri = params.getTextDocument().getUri();
		worker.execute(() -> {
			Open open = documents.remove(uri);
			if (open != null && open.pending != null) {
				open.pending.cancel(false);
			}
			LanguageClient connected = client;
			if (connected != null) {
				connected.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
			}
		});
	}

	@Override
	public void didSave(DidSaveTextDocumentParams params) {
		worker.execute(this::recheckAll); // the others may extend the one saved
	}

	private void recheckAll() {
		for (Open open : documents.values()) {
			schedule(open, DEBOUNCE_MS);
		}
	}

	/** Checks the document after the pause and publishes its diagnostics (a later change postpones it). */
	private void schedule(Open open, long delay) {
		if (open.pending != null) {
			open.pending.cancel(false);
		}
		open.pending = worker.schedule(() -> publish(open), delay, TimeUnit.MILLISECONDS);
	}

	private void publish(Open open) {
		if (documents.get(open.uri) != open) {
			return; // closed meanwhile
		}
		List<Diagnostic> diagnostics = new ArrayList<>();
		try {
			FormatEditing editing = current(open);
			Lines lines = new Lines(open.text);
			for (Problem problem : editing.snapshot().problems()) {
				diagnostics.add(diagnostic(lines, problem));
			}
		} catch (RuntimeException e) {
			log(NLS.bind(Messages.failed, e));
		}
		LanguageClient connected = client;
		if (connected != null) {
			connected.publishDiagnostics(new PublishDiagnosticsParams(open.uri, diagnostics, open.version));
		}
	}

	private static Diagnostic diagnostic(Lines lines, Problem problem) {
		Diagnostic diagnostic = new Diagnostic(lines.range(problem.offset(), problem.length()), problem.message());
		diagnostic.setSeverity(switch (problem.severity()) {
		case ERROR -> DiagnosticSeverity.Error;
		case WARNING -> DiagnosticSeverity.Warning;
		default -> DiagnosticSeverity.Information;
		});
		if (problem.code() != null) {
			diagnostic.setCode(problem.code());
		}
		diagnostic.setSource("opp");
		return diagnostic;
	}

	/** The document's session, brought up to its latest text. */
	private FormatEditing current(Open open) {
		if (open.editing == null) {
			open.editing = FormatEditing.open(open.path, open.text);
		} else if (!open.editing.snapshot().text().equals(open.text)) {
			open.editing.update(open.text);
		}
		Map<Path, String> others = new HashMap<>();
		documents.values().stream().filter(other -> other != open).forEach(other -> others.put(other.path, other.text));
		open.editing.setOpenTexts(others);
		return open.editing;
	}

	/** Runs a request on the worker, on the document's current text; an unknown document gets {@code empty}. */
	private <T> CompletableFuture<T> request(String uri, T empty, Function<Open, T> handler) {
		return CompletableFuture.supplyAsync(() -> {
			Open open = documents.get(uri);
			if (open == null) {
				return empty;
			}
			try {
				current(open);
				return handler.apply(open);
			} catch (ResponseErrorException e) {
				throw e;
			} catch (RuntimeException e) {
				log(NLS.bind(Messages.failed, e));
				return empty;
			}
		}, worker);
	}

	// ---------------------------------------------------------------- requests

	@Override
	public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
		return request(params.getTextDocument().getUri(), Either.forLeft(List.of()), open -> {
			Lines lines = new Lines(open.text);
			List<CompletionItem> items = new ArrayList<>();
			int sort = 0;
			for (Proposal proposal : open.editing.complete(lines.offset(params.getPosition()))) {
				CompletionItem item = new CompletionItem(proposal.label());
				item.setTextEdit(Either.forLeft(new TextEdit(lines.range(proposal.offset(), proposal.length()), proposal.replacement())));
				item.setFilterText(proposal.replacement());
				item.setSortText(String.format("%05d", sort++));
				if (!proposal.detail().isEmpty()) {
					item.setDetail(proposal.detail());
				}
				if (!proposal.documentation().isEmpty()) {
					item.setDocumentation(new MarkupContent(MarkupKind.PLAINTEXT, proposal.documentation()));
				}
				item.setKind(kind(proposal));
				items.add(item);
			}
			return Either.forLeft(items);
		});
	}

	private static CompletionItemKind kind(Proposal proposal) {
		String replacement = proposal.replacement();
		if (replacement.startsWith("\"")) {
			return CompletionItemKind.EnumMember;
		}
		if (replacement.contains(".") || !proposal.documentation().isEmpty() && !proposal.detail().isEmpty()) {
			return CompletionItemKind.Field;
		}
		return replacement.matches("[a-z-]+") ? CompletionItemKind.Keyword : CompletionItemKind.Text;
	}

	@Override
	public CompletableFuture<Hover> hover(HoverParams params) {
		return request(params.getTextDocument().getUri(), null, open -> {
			int offset = new Lines(open.text).offset(params.getPosition());
			return open.editing.hover(offset).map(text -> new Hover(new MarkupContent(MarkupKind.PLAINTEXT, text))).orElse(null);
		});
	}

	@Override
	public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
		return request(params.getTextDocument().getUri(), Either.forLeft(List.of()), open -> {
			int offset = new Lines(open.text).offset(params.getPosition());
			Optional<FormatEditing.Location> found = open.editing.definition(offset);
			return Either.forLeft(found.map(location -> List.of(location(location))).orElse(List.of()));
		});
	}

	@Override
	public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
		return request(params.getTextDocument().getUri(), List.of(), open -> {
			int offset = new Lines(open.text).offset(params.getPosition());
			List<Location> result = new ArrayList<>();
			if (params.getContext() != null && params.getContext().isIncludeDeclaration()) {
				open.editing.definition(offset).ifPresent(location -> result.add(location(location)));
			}
			for (FormatEditing.Location location : open.editing.references(offset)) {
				result.add(location(location));
			}
			return result;
		});
	}

	/** A place in a format file as an LSP location; the text is the open one, else the file's. */
	private Location location(FormatEditing.Location location) {
		Path file = location.file().toAbsolutePath().normalize();
		String text = textOf(file);
		Range range;
		if (text != null) {
			range = new Lines(text).range(location.offset(), location.length());
		} else {
			int line = Math.max(0, location.line() - 1);
			int column = Math.max(0, location.column() - 1);
			range = new Range(new org.eclipse.lsp4j.Position(line, column), new org.eclipse.lsp4j.Position(line, column + location.length()));
		}
		return new Location(uriOf(file), range);
	}

	/** The URI an open document has for the file, else the file's own. */
	private String uriOf(Path file) {
		for (Open open : documents.values()) {
			if (open.path.equals(file)) {
				return open.uri;
			}
		}
		return file.toUri().toString();
	}

	private String textOf(Path file) {
		for (Open open : documents.values()) {
			if (open.path.equals(file)) {
				return open.text;
			}
		}
		try {
			return Files.readString(file);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	@Override
	public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
		return request(params.getTextDocument().getUri(), List.of(), open -> {
			Lines lines = new Lines(open.text);
			List<Either<SymbolInformation, DocumentSymbol>> result = new ArrayList<>();
			for (Symbol symbol : open.editing.outline()) {
				result.add(Either.forRight(symbol(lines, symbol)));
			}
			return result;
		});
	}

	private static DocumentSymbol symbol(Lines lines, Symbol symbol) {
		List<DocumentSymbol> children = new ArrayList<>();
		symbol.children().forEach(child -> children.add(symbol(lines, child)));
		SymbolKind kind;
		try {
			kind = SymbolKind.valueOf(symbol.kind());
		} catch (IllegalArgumentException e) {
			kind = SymbolKind.Field;
		}
		Range range = lines.range(symbol.offset(), symbol.length());
		Range selection = lines.range(symbol.selectionOffset(), symbol.selectionLength());
		String name = symbol.name() == null || symbol.name().isBlank() ? "?" : symbol.name();
		return new DocumentSymbol(name, kind, range, selection, null, children);
	}

	@Override
	public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
		return request(params.getTextDocument().getUri(), List.of(), open -> edits(new Lines(open.text), open.editing.formatting()));
	}

	private static List<TextEdit> edits(Lines lines, List<Edit> edits) {
		List<TextEdit> result = new ArrayList<>();
		for (Edit edit : edits) {
			result.add(new TextEdit(lines.range(edit.offset(), edit.length()), edit.text()));
		}
		return result;
	}

	@Override
	public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
		String uri = params.getTextDocument().getUri();
		return request(uri, List.of(), open -> {
			Lines lines = new Lines(open.text);
			List<Diagnostic> asked = params.getContext() == null || params.getContext().getDiagnostics() == null ? List.of()
					: params.getContext().getDiagnostics();
			int start = lines.offset(params.getRange().getStart());
			int end = lines.offset(params.getRange().getEnd());
			List<Either<Command, CodeAction>> result = new ArrayList<>();
			for (Problem problem : open.editing.snapshot().problems()) {
				Diagnostic diagnostic = diagnostic(lines, problem);
				boolean wanted = asked.isEmpty() ? problem.offset() <= end && start <= problem.offset() + problem.length()
						: asked.stream().anyMatch(d -> d.getRange().equals(diagnostic.getRange()) && d.getMessage().equals(diagnostic.getMessage()));
				if (!wanted) {
					continue;
				}
				for (Fix fix : open.editing.fixes(problem)) {
					CodeAction action = new CodeAction(fix.label());
					action.setKind(CodeActionKind.QuickFix);
					action.setDiagnostics(List.of(diagnostic));
					action.setEdit(new WorkspaceEdit(Map.of(uri, edits(lines, fix.edits()))));
					result.add(Either.forRight(action));
				}
			}
			return result;
		});
	}

	@Override
	public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
		String uri = params.getTextDocument().getUri();
		return request(uri, null, open -> {
			Lines lines = new Lines(open.text);
			Rename rename = open.editing.rename(lines.offset(params.getPosition()), params.getNewName());
			if (rename.refusal() != null) {
				throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, rename.refusal(), null));
			}
			if (rename.edits().isEmpty()) {
				throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, Messages.renameNothing, null));
			}
			Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
			changes.put(uri, edits(lines, rename.edits()));
			rename.otherFiles().forEach((file, edits) -> {
				String text = textOf(file.toAbsolutePath().normalize());
				if (text != null) {
					changes.put(uriOf(file.toAbsolutePath().normalize()), edits(new Lines(text), edits));
				}
			});
			LanguageClient connected = client;
			if (rename.migrationWarning() != null && connected != null) {
				connected.showMessage(new MessageParams(MessageType.Warning, NLS.bind(Messages.migrationWarning, rename.migrationWarning())));
			}
			return new WorkspaceEdit(changes);
		});
	}
}
