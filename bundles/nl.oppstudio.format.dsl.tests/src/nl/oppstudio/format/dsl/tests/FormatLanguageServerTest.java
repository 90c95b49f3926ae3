package nl.oppstudio.format.dsl.tests;

import static nl.oppstudio.format.dsl.tests.LspClient.get;
import static nl.oppstudio.format.dsl.tests.LspClient.position;
import static nl.oppstudio.format.dsl.tests.LspClient.range;
import static nl.oppstudio.format.dsl.tests.LspClient.uri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.format.dsl.InstalledBases;
import nl.oppstudio.format.dsl.ide.lsp.FormatLanguageServer;
import nl.oppstudio.format.dsl.ide.lsp.internal.Lines;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.testing.Examples;

/** Issue 15: {@code opp lsp}, driven by an LSP4J client over piped streams, on the example formats. */
class FormatLanguageServerTest {

	private static final Path VOORBEELD = Examples.file(Examples.FORMAT);
	private static final Path PO = Examples.file("swv-po-opp-1-4.oppformat");

	private LspClient client;

	@BeforeEach
	void start() throws IOException {
		client = new LspClient(FormatLanguageServer::run);
	}

	@AfterEach
	void stop() throws IOException {
		client.close();
	}

	private static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
	}

	private static TextDocumentIdentifier doc(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	@Test
	void initializeOffersTheServices() throws Exception {
		InitializeParams params = new InitializeParams();
		params.setRootUri(uri(Examples.directory()));
		InitializeResult result = get(client.server.initialize(params));
		var capabilities = result.getCapabilities();
		assertNotNull(capabilities.getCompletionProvider());
		assertEquals(Either.forLeft(true), capabilities.getHoverProvider());
		assertEquals(Either.forLeft(true), capabilities.getDefinitionProvider());
		assertEquals(Either.forLeft(true), capabilities.getReferencesProvider());
		assertEquals(Either.forLeft(true), capabilities.getDocumentSymbolProvider());
		assertEquals(Either.forLeft(true), capabilities.getDocumentFormattingProvider());
		assertNotNull(capabilities.getCodeActionProvider());
		assertEquals(0, client.shutdownAndExit(), "shutdown then exit: 0");
	}

	/**
	 * An example with a misspelt path, behind a label with a character outside the BMP (two UTF-16 units,
	 * four UTF-8 bytes, one code point): the range is in UTF-16 units, the message Dutch; a change that
	 * repairs it publishes diagnostics without it; closing clears them.
	 */
	@Test
	void diagnosticsOfAnExampleFollowItsChanges() throws Exception {
		client.initialize(Examples.directory());
		String text = Files.readString(PO).replace("\"Verslag cognitief onderzoek\"", "\"Verslag \uD83E\uDDE0 cognitief onderzoek\"")
				.replace("wanneer niveaus.cognitie = ja", "wanneer niveaus.cognitei = ja");
		String uri = uri(PO);
		client.open(uri, text);
		int at = text.indexOf("niveaus.cognitei");
		var expected = range(text, at, "niveaus.cognitei".length());
		PublishDiagnosticsParams published = client.awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty());
		Diagnostic error = published.getDiagnostics().stream().filter(d -> d.getRange().equals(expected)).findFirst()
				.orElseThrow(() -> new AssertionError(expected + " not in " + published.getDiagnostics()));
		assertEquals(DiagnosticSeverity.Error, error.getSeverity());
		String message = message(error);
		assertTrue(message.contains("cognitei"), message);
		assertFalse(message.contains("Couldn't resolve"), message);
		assertTrue(message.matches(".*\\b(niet|bedoelt|geen|onbekend)\\b.*"), "Dutch: " + message);
		assertEquals(Integer.valueOf(1), published.getVersion());
		// the line has the emoji before the error: a server counting code points or bytes is off by one or two
		String line = text.split("\n", -1)[expected.getStart().getLine()];
		assertTrue(line.indexOf("\uD83E") < expected.getStart().getCharacter(), line);

		// repair it with an incremental change of the two swapped letters
		int swapped = at + "niveaus.cogni".length();
		var change = new TextDocumentContentChangeEvent(range(text, swapped, 3), "tie");
		client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(change)));
		PublishDiagnosticsParams after = client.awaitDiagnostics(uri, p -> Integer.valueOf(2).equals(p.getVersion()));
		assertTrue(after.getDiagnostics().stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), after.toString());

		client.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(doc(uri)));
		client.awaitDiagnostics(uri, p -> p.getVersion() == null && p.getDiagnostics().isEmpty());
		assertEquals(0, client.shutdownAndExit());
	}

	/** The legal minimum: a format of kind opp without the required fields gets the checker's findings. */
	@Test
	void diagnosticsIncludeTheLegalMinimum(@TempDir Path folder) throws Exception {
		client.initialize(folder);
		String text = "formaat \"leeg\" versie \"0.1.0\" soort opp {\n\tsectie s \"S\" {\n\t\tveld a \"A\": tekst\n\t}\n}\n";
		String uri = uri(folder.resolve("leeg.oppformat"));
		client.open(uri, text);
		PublishDiagnosticsParams published = client.awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty());
		assertTrue(published.getDiagnostics().stream().anyMatch(d -> message(d).toLowerCase().contains("wet")),
				published.getDiagnostics().toString());
	}

	private String insertBeforeSchool(String typed) throws IOException {
		String text = Files.readString(VOORBEELD);
		int at = text.indexOf("\t\tveld school");
		return text.substring(0, at) + typed + "\n" + text.substring(at);
	}

	private List<CompletionItem> complete(String uri, String text, int offset) throws Exception {
		var result = get(client.server.getTextDocumentService().completion(new CompletionParams(doc(uri), position(text, offset))));
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	@Test
	void completionAfterWanneerAndAfterAMemberPath() throws Exception {
		client.initialize(Examples.directory());
		String typed = "\t\tveld extra \"Extra\": tekst zichtbaar wanneer ";
		String text = insertBeforeSchool(typed);
		String uri = uri(VOORBEELD);
		client.open(uri, text);
		int cursor = text.indexOf(typed) + typed.length();
		List<CompletionItem> items = complete(uri, text, cursor);
		CompletionItem groep = items.stream().filter(i -> i.getTextEdit().getLeft().getNewText().equals("leerling.groep")).findFirst()
				.orElseThrow(() -> new AssertionError(items.stream().map(CompletionItem::getLabel).toList().toString()));
		assertEquals(range(text, cursor, 0), groep.getTextEdit().getLeft().getRange());
		assertEquals("Groep", groep.getDocumentation().getRight().getValue());

		// after a member path and its dot: the members, replacing what was typed
		String path = typed + "leerling.";
		String second = insertBeforeSchool(path);
		client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(second))));
		int end = second.indexOf(path) + path.length();
		List<CompletionItem> members = complete(uri, second, end);
		TextEdit edit = members.stream().map(i -> i.getTextEdit().getLeft()).filter(e -> e.getNewText().endsWith("geboortedatum"))
				.findFirst().orElseThrow(() -> new AssertionError(members.stream().map(CompletionItem::getLabel).toList().toString()));
		String completed = LspClient.apply(second, List.of(edit));
		assertTrue(completed.contains("zichtbaar wanneer leerling.geboortedatum\n"), completed.substring(end - path.length() - 10, end + 30));
	}

	@Test
	void hoverShowsTheUitleg() throws Exception {
		client.initialize(Examples.directory());
		String text = Files.readString(VOORBEELD);
		String uri = uri(VOORBEELD);
		client.open(uri, text);
		Hover hover = get(client.server.getTextDocumentService()
				.hover(new HoverParams(doc(uri), position(text, text.indexOf("startdatum \"Inschrijving") + 2))));
		String value = hover.getContents().getRight().getValue();
		assertTrue(value.contains("Inschrijving of start extra ondersteuning"), value);
		Hover tag = get(client.server.getTextDocumentService().hover(new HoverParams(doc(uri), position(text, text.indexOf("wet startdatum") + 6))));
		assertTrue(tag.getContents().getRight().getValue().contains("Handreiking OPP 3.2"), tag.toString());
	}

	@Test
	void formattingReturnsEditsThatIndent(@TempDir Path folder) throws Exception {
		client.initialize(folder);
		String text = "formaat \"x\" versie \"1.0.0\" soort handelingswijzer {\nsectie s \"S\" {\n      veld a: tekst\n veld b: datum\n}\n}\n";
		String uri = uri(folder.resolve("x.oppformat"));
		client.open(uri, text);
		List<? extends TextEdit> edits = get(client.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(doc(uri), new FormattingOptions(4, false))));
		assertFalse(edits.isEmpty());
		String formatted = LspClient.apply(text, edits);
		assertTrue(formatted.contains("\n\tsectie s \"S\" {\n\t\tveld a: tekst\n\t\tveld b: datum\n\t}\n}"), formatted);
	}

	/** A new format not yet saved (an untitled document) finds its base in the workspace folder. */
	@Test
	void definitionGoesIntoABaseInTheWorkspaceFolder(@TempDir Path folder) throws Exception {
		Path base = folder.resolve("basis.oppformat");
		String baseText = InstalledBases.text("wettelijk-minimum").replace("\"wettelijk-minimum\"", "\"mijn-basis\"");
		Files.writeString(base, baseText);
		client.initialize(folder);
		String text = InstalledBasesTest.DERIVED.replace("wettelijk-minimum", "mijn-basis");
		String uri = "untitled:Untitled-1";
		client.open(uri, text);
		var result = get(client.server.getTextDocumentService()
				.definition(new DefinitionParams(doc(uri), position(text, text.indexOf("leerling.naam") + 10))));
		List<? extends Location> locations = result.getLeft();
		assertEquals(1, locations.size(), locations.toString());
		Location location = locations.get(0);
		assertEquals(base.toRealPath(), LspClient.path(location.getUri()).toRealPath());
		int start = LspClient.offset(baseText, location.getRange().getStart());
		int end = LspClient.offset(baseText, location.getRange().getEnd());
		assertEquals("naam", baseText.substring(start, end));
	}

	@Test
	void definitionGoesIntoTheInstalledBase(@TempDir Path folder) throws Exception {
		client.initialize(folder);
		Path file = folder.resolve("afgeleid.oppformat");
		String text = InstalledBasesTest.DERIVED;
		Files.writeString(file, text);
		client.open(uri(file), text);
		var result = get(client.server.getTextDocumentService()
				.definition(new DefinitionParams(doc(uri(file)), position(text, text.indexOf("leerling.naam") + 10))));
		Location location = result.getLeft().get(0);
		Path base = InstalledBases.file("wettelijk-minimum").orElseThrow();
		assertEquals(base.toAbsolutePath().normalize(), LspClient.path(location.getUri()));
		String baseText = Files.readString(base);
		assertEquals("naam", baseText.substring(LspClient.offset(baseText, location.getRange().getStart()),
				LspClient.offset(baseText, location.getRange().getEnd())));
	}

	@Test
	void referencesOfAFieldUsedInConditions() throws Exception {
		client.initialize(Examples.directory());
		String text = Files.readString(PO);
		String uri = uri(PO);
		client.open(uri, text);
		ReferenceParams params = new ReferenceParams(doc(uri), position(text, text.indexOf("veld overeenstemming") + 5),
				new ReferenceContext(false));
		List<? extends Location> references = get(client.server.getTextDocumentService().references(params));
		List<org.eclipse.lsp4j.Range> expected = new ArrayList<>();
		for (int at = text.indexOf("overleg.overeenstemming"); at >= 0; at = text.indexOf("overleg.overeenstemming", at + 1)) {
			expected.add(range(text, at, "overleg.overeenstemming".length()));
		}
		assertTrue(expected.size() >= 2, expected.toString());
		assertEquals(expected, references.stream().filter(l -> l.getUri().equals(uri)).map(Location::getRange).toList());
	}

	@Test
	void documentSymbolsAreTheOutline() throws Exception {
		client.initialize(Examples.directory());
		String text = Files.readString(VOORBEELD);
		String uri = uri(VOORBEELD);
		client.open(uri, text);
		List<Either<SymbolInformation, DocumentSymbol>> symbols = get(
				client.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc(uri))));
		assertEquals(1, symbols.size());
		DocumentSymbol root = symbols.get(0).getRight();
		DocumentSymbol leerling = root.getChildren().stream().filter(s -> s.getName().equals("leerling")).findFirst()
				.orElseThrow(() -> new AssertionError(root.getChildren().toString()));
		assertEquals(range(text, text.indexOf("leerling \"Gegevens"), "leerling".length()), leerling.getSelectionRange());
		assertTrue(leerling.getChildren().stream().map(DocumentSymbol::getName).toList().containsAll(List.of("naam", "groep")));
	}

	@Test
	void codeActionIsTheQuickFix() throws Exception {
		client.initialize(Examples.directory());
		String text = Files.readString(VOORBEELD).replace("versie \"0.2.0\"", "versie \"v0.2\"");
		String uri = uri(VOORBEELD);
		client.open(uri, text);
		PublishDiagnosticsParams published = client.awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty());
		Diagnostic version = published.getDiagnostics().stream()
				.filter(d -> d.getCode() != null && FormatIssueCodes.INVALID_VERSION.equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError(published.getDiagnostics().toString()));
		List<Either<Command, CodeAction>> actions = get(client.server.getTextDocumentService()
				.codeAction(new CodeActionParams(doc(uri), version.getRange(), new CodeActionContext(List.of(version)))));
		assertFalse(actions.isEmpty());
		CodeAction action = actions.get(0).getRight();
		assertEquals("quickfix", action.getKind());
		assertFalse(action.getTitle().isBlank());
		String fixed = LspClient.apply(text, action.getEdit().getChanges().get(uri));
		assertTrue(fixed.contains("versie \"0.2.0\""), fixed.substring(0, 200));
	}

	@Test
	void exitWithoutShutdownEndsWithOne() throws Exception {
		client.initialize(null);
		client.server.exit();
		assertEquals(1, client.exitCode());
	}

	/** Lines: LSP positions against offsets for each kind of line break and beyond the ends. */
	@Test
	void linesConvertExactly() {
		String text = "a\r\nb\u00E9\uD83E\uDDE0c\rd\n";
		Lines lines = new Lines(text);
		assertEquals(text.indexOf('c'), lines.offset(new org.eclipse.lsp4j.Position(1, 4)));
		assertEquals(new org.eclipse.lsp4j.Position(1, 4), lines.position(text.indexOf('c')));
		assertEquals(text.indexOf('d'), lines.offset(new org.eclipse.lsp4j.Position(2, 0)));
		assertEquals(text.indexOf('c') + 1, lines.offset(new org.eclipse.lsp4j.Position(1, 99)), "clamped to the line");
		assertEquals(text.length(), lines.offset(new org.eclipse.lsp4j.Position(3, 0)));
		assertEquals(text.length(), lines.offset(new org.eclipse.lsp4j.Position(9, 0)));
		assertEquals(new org.eclipse.lsp4j.Position(3, 0), lines.position(text.length()));
		assertEquals(new org.eclipse.lsp4j.Position(0, 1), lines.position(1));
	}
}
