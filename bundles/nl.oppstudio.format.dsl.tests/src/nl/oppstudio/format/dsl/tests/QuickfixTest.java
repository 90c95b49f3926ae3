package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import nl.oppstudio.format.dsl.ide.FormatIdeSetup;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;

/** Issue 4: where the repair is obvious, a quick fix makes the finding go away. */
class QuickfixTest {

	private static final Injector INJECTOR = new FormatIdeSetup().createInjectorAndDoEMFRegistration();

	/** Loads {@code text} as file:/test.oppformat, beside other formats (a base) in the same folder. */
	private static XtextResource load(XtextResourceSet resourceSet, String text, String... neighbours) throws Exception {
		for (int i = 0; i < neighbours.length; i++) {
			resourceSet.createResource(URI.createURI("file:/buur" + i + ".oppformat"))
					.load(new StringInputStream(neighbours[i]), null);
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("file:/test.oppformat"));
		resource.load(new StringInputStream(text), null);
		return resource;
	}

	static List<Issue> check(String text, String... neighbours) throws Exception {
		XtextResource resource = load(INJECTOR.getInstance(XtextResourceSet.class), text, neighbours);
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** Applies the first quick fix for {@code code} and returns the repaired text. */
	static String fix(String text, String code) throws Exception {
		return fix(text, code, false);
	}

	/** Issue data as JSON text, as it arrives after a trip through the language server protocol. */
	private record Json(String text) {
		@Override
		public String toString() {
			return text;
		}
	}

	private static Object wire(String[] data) {
		return new Json(java.util.Arrays.stream(data).map(d -> '"' + d.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
				.collect(java.util.stream.Collectors.joining(",", "[", "]")));
	}

	private static String fix(String text, String code, boolean json, String... neighbours) throws Exception {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = load(resourceSet, text, neighbours);
		Issue issue = INJECTOR.getInstance(IResourceValidator.class)
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream().filter(i -> code.equals(i.getCode()))
				.findFirst().orElseThrow(() -> new AssertionError("no " + code));
		Document document = new Document(1, text);
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(code);
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setData(json ? wire(issue.getData()) : issue.getData()); // as the language server sends it
		diagnostic.setSeverity(org.eclipse.lsp4j.DiagnosticSeverity.Error);
		diagnostic.setRange(new Range(document.getPosition(issue.getOffset()),
				document.getPosition(issue.getOffset() + issue.getLength())));
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(resource.getURI().toString());
		options.setLanguageServerAccess(serverAccess(resourceSet));
		List<DiagnosticResolution> resolutions = INJECTOR.getInstance(IQuickFixProvider.class).getResolutions(options,
				diagnostic);
		assertFalse(resolutions.isEmpty(), "a quick fix for " + code);
		List<TextEdit> edits = resolutions.get(0).apply().getChanges().get(resource.getURI().toString());
		return document.applyChanges(edits).getContents();
	}

	/** The little of a language server that quick fixes use: the resource set, default client capabilities. */
	private static ILanguageServerAccess serverAccess(XtextResourceSet resourceSet) {
		return (ILanguageServerAccess) Proxy.newProxyInstance(QuickfixTest.class.getClassLoader(),
				new Class<?>[] { ILanguageServerAccess.class }, (proxy, method, args) -> switch (method.getName()) {
				case "newLiveScopeResourceSet" -> resourceSet;
				case "getInitializeParams" -> new InitializeParams();
				default -> null;
				});
	}

	private static boolean has(List<Issue> issues, String code) {
		return issues.stream().anyMatch(i -> code.equals(i.getCode()));
	}

	@Test
	void versionIdAndKindAreRepaired() throws Exception {
		String text = "formaat \"SWV Noord OPP\" versie \"v2.1\" soort opp-lite { sectie s { veld a: tekst } }";
		String fixed = fix(fix(fix(text, FormatIssueCodes.INVALID_VERSION), FormatIssueCodes.INVALID_ID),
				FormatIssueCodes.UNKNOWN_KIND);
		assertTrue(fixed.contains("versie \"2.1.0\""), fixed);
		assertTrue(fixed.contains("formaat \"swv-noord-opp\""), fixed);
		assertTrue(fixed.contains("soort opp-light"), fixed);
		List<Issue> issues = check(fixed);
		assertFalse(has(issues, FormatIssueCodes.INVALID_VERSION) || has(issues, FormatIssueCodes.INVALID_ID)
				|| has(issues, FormatIssueCodes.UNKNOWN_KIND), issues.toString());
	}

	/**
	 * Issue 10: "A misspelt path (in an op, a condition or an uittreksel): name the nearest existing path
	 * (\"bedoelt u handelingsdeel.doelen?\"). Put a quick fix beside it."
	 */
	@Test
	void misspeltPathsAreReplacedByTheNearestPath() throws Exception {
		String text = """
				formaat "x" versie "1.0.0" soort handelingswijzer uittreksel "Wijzer" { toon handelingsdeel.doeln } {
					sectie handelingsdeel handelingsdeel {
						doelen doelen { niveau korte-termijn }
						veld extra: ja-nee
						veld welke: tekst zichtbaar wanneer handelingsdeel.exta
					}
					sectie overleg { veld instemming: instemming door "ouders" op handelingdeel }
				}
				""";
		assertEquals(3, check(text).stream().filter(i -> FormatIssueCodes.UNKNOWN_NAME_SUGGESTION.equals(i.getCode()))
				.count(), check(text).toString());
		String fixed = text;
		for (int i = 0; i < 3; i++) {
			fixed = fix(fixed, FormatIssueCodes.UNKNOWN_NAME_SUGGESTION);
		}
		assertTrue(fixed.contains("toon handelingsdeel.doelen }"), fixed);
		assertTrue(fixed.contains("zichtbaar wanneer handelingsdeel.extra\n"), fixed);
		assertTrue(fixed.contains("op handelingsdeel }"), fixed);
		assertEquals(List.of(), check(fixed).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList(), fixed);
	}

	@Test
	void aMisspeltBaseIsReplacedByTheNearestIdInQuotes() throws Exception {
		String base = "formaat \"swv-basis\" versie \"1.0.0\" soort handelingswijzer { sectie s { veld a: tekst } }";
		String text = "formaat \"x\" versie \"1.0.0\" soort handelingswijzer breidt uit \"swv-bassi\" { }";
		String fixed = fix(text, FormatIssueCodes.UNKNOWN_NAME_SUGGESTION, true, base);
		assertTrue(fixed.contains("breidt uit \"swv-basis\" { }"), fixed);
		assertEquals(List.of(), check(fixed, base).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList(),
				fixed);
	}

	@Test
	void anOptionCodeGetsItsQuotesAlsoWhenTheDataCameAsJson() throws Exception {
		String text = "formaat \"x\" versie \"1.0.0\" soort handelingswijzer {\n\tsectie s {\n\t\tveld groep: keuze { optie g7 optie g8 }"
				+ "\n\t\tveld advies: tekst zichtbaar wanneer s.groep = g8\n\t}\n}\n";
		String fixed = fix(text, FormatIssueCodes.UNKNOWN_NAME_SUGGESTION, true);
		assertTrue(fixed.contains("zichtbaar wanneer s.groep = \"g8\"\n"), fixed);
		assertEquals(List.of(), check(fixed).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList(), fixed);
	}

	/** Issue 10: "A reserved word used as a name: say that it is a reserved word and suggest another name." */
	@Test
	void aReservedWordAsANameIsReplacedBySuggestedName() throws Exception {
		String text = "formaat \"x\" versie \"1.0.0\" soort handelingswijzer {\n\tsectie of {\n\t\tveld wanneer \"Wanneer\": datum\n\t}\n}\n";
		String fixed = fix(fix(text, FormatIssueCodes.RESERVED_WORD), FormatIssueCodes.RESERVED_WORD);
		assertTrue(fixed.contains("sectie ofSectie {"), fixed);
		assertTrue(fixed.contains("veld tijdstip \"Wanneer\": datum"), fixed);
		assertEquals(List.of(), check(fixed).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList(), fixed);
	}

	@Test
	void missingLegalBlocksAreAdded() throws Exception {
		String text = "formaat \"x\" versie \"1.0.0\" soort opp {\n\tsectie s { veld a: tekst }\n}\n";
		String fixed = text;
		List<String> requirements = List.of("hoorrecht", "oogo", "factoren", "evaluatie", "vaststelling", "startdatum",
				"geboortedatum", "commissie-advies", "registratie");
		for (String requirement : requirements) {
			fixed = fix(fixed, FormatIssueCodes.LAW + requirement);
		}
		List<Issue> issues = check(fixed);
		for (String requirement : requirements) {
			assertFalse(has(issues, FormatIssueCodes.LAW + requirement), requirement + "\n" + fixed);
		}
		assertEquals(List.of(), issues.stream().filter(i -> i.getCode().equals(FormatIssueCodes.SYNTAX)).toList(), fixed);
	}
}
