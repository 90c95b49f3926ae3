package nl.oppstudio.format.dsl.ide.editing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.ide.FormatIdeSetup;
import nl.oppstudio.format.dsl.internal.FormatResources;
import nl.oppstudio.format.dsl.parser.antlr.internal.InternalFormatLexer;
import nl.oppstudio.format.dsl.parser.antlr.internal.InternalFormatParser;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.ChoiceType;
import nl.oppstudio.format.model.Comparison;
import nl.oppstudio.format.model.Container;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.FieldReference;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatHeader;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.LegalTag;
import nl.oppstudio.format.model.StringLiteral;
import nl.oppstudio.format.rules.LegalTags;

/**
 * The entry point of the format text editor's services for one open {@code *.oppformat} file: what
 * Xtext's IDE services ({@code org.eclipse.xtext.ide}) know about its current text. Without UI, so the
 * Studio's editor, the benchmarks and the tests use the same code. Offsets are character offsets in
 * the text last given to {@link #update(String)}. Thread-safe: calls are serialised.
 */
public final class FormatEditing {

	/** How a stretch of text is coloured. */
	public enum Style {
		KEYWORD, STRING, NUMBER, COMMENT, LEGAL_TAG, DECLARATION, REFERENCE, OPTION_CODE
	}

	/** A finding, located in the text. {@code offset} and {@code length} are in characters; line and column from 1. */
	public record Problem(Severity severity, String message, String code, int offset, int length, int line, int column) {
	}

	/** The result of an update: the text, the format as the command line would read it, and the findings. */
	public record Snapshot(String text, LoadedFormat loaded, List<Problem> problems, boolean syntaxErrors) {
	}

	/** A replacement of {@code length} characters at {@code offset} by {@code text}. */
	public record Edit(int offset, int length, String text) {
	}

	/**
	 * A content-assist proposal: replace {@code length} characters at {@code offset} by {@code replacement};
	 * {@code detail} is a short line (kind, legal source), {@code documentation} the help text (may be empty).
	 */
	public record Proposal(String label, String replacement, int offset, int length, String detail, String documentation) {
	}

	/** An outline entry: {@code selectionOffset}/{@code selectionLength} cover its name. */
	public record Symbol(String name, String kind, int offset, int length, int selectionOffset, int selectionLength,
			List<Symbol> children) {
	}

	/** A quick fix of a problem: its Dutch label and the edits to this file. */
	public record Fix(String label, String description, List<Edit> edits) {
	}

	/** A place in a format file (this one or another, e.g. a base across {@code breidt uit}). */
	public record Location(Path file, int offset, int length, int line, int column) {
	}

	/** A stretch of text to colour. */
	public record Highlight(int offset, int length, Style style) {
	}

	/**
	 * A rename: the edits per file ({@code edits} for this one, {@code otherFiles} for formats that extend
	 * it), a refusal (a Dutch sentence) when the rename is not allowed, and a warning that existing
	 * documents need a migration (with the {@code was} hint that the edits add).
	 */
	public record Rename(List<Edit> edits, Map<Path, List<Edit>> otherFiles, String refusal, String migrationWarning) {
	}

	/** The language's IDE injector, made once (the language's EMF registration included). */
	private static final class Holder {
		static final Injector INJECTOR = new FormatIdeSetup().createInjectorAndDoEMFRegistration();
		static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "OPP Studio content assist");
			thread.setDaemon(true);
			return thread;
		});
	}

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
	/** Before the cursor: a member path, a comparison and the start of a value ({@code s.groep = "g}). */
	private static final Pattern COMPARISON = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\s*(?:!=|=)\\s*(\"?[A-Za-z0-9_-]*)$");

	private final Path file;
	private final Injector injector = Holder.INJECTOR;
	private Snapshot snapshot;
	private XtextResource resource;
	private final Map<Problem, Issue> issues = new HashMap<>();
	private Map<Path, String> openTexts = Map.of();

	private FormatEditing(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	/** Opens a session on the file with its current (possibly unsaved) text. */
	public static FormatEditing open(Path file, String text) {
		FormatEditing editing = new FormatEditing(file);
		editing.update(text);
		return editing;
	}

	/**
	 * The current texts of other files open in an editor (absolute, normalized paths), unsaved changes
	 * included: references and rename read these instead of the disk, so the offsets of their edits are
	 * offsets in those texts.
	 */
	public synchronized void setOpenTexts(Map<Path, String> texts) {
		openTexts = texts == null ? Map.of() : Map.copyOf(texts);
	}

	/** The file this session edits. */
	public Path file() {
		return file;
	}

	/**
	 * Parses, links and checks new text exactly as {@code opp check-format} does (the same bases, the same
	 * findings), in a fresh resource: the snapshot returned is never changed by later updates.
	 */
	public synchronized Snapshot update(String text) {
		byte[] content = text.getBytes(StandardCharsets.UTF_8);
		issues.clear();
		XtextResource loadedResource = null;
		LoadedFormat loaded;
		List<Problem> problems = new ArrayList<>();
		Diagnostic pastLimit = nl.oppstudio.format.dsl.internal.FormatLimits.check(file, content);
		if (pastLimit != null) { // too large, too long or too deeply nested to parse: said where, never parsed
			int offset = offsetOf(text, pastLimit.line(), pastLimit.column());
			problems.add(new Problem(pastLimit.severity(), pastLimit.message(), pastLimit.code(), offset, 0, pastLimit.line(),
					pastLimit.column()));
			resource = null;
			snapshot = new Snapshot(text, new LoadedFormat(file, null, List.of(pastLimit)), List.copyOf(problems), false);
			return snapshot;
		}
		try {
			loadedResource = load(file, content);
			List<Diagnostic> diagnostics = new ArrayList<>();
			for (Diagnostic refused : refusedBases) {
				diagnostics.add(refused);
				problems.add(new Problem(refused.severity(), refused.message(), refused.code(), 0, 0, 0, 0));
			}
			IResourceValidator validator = loadedResource.getResourceServiceProvider().getResourceValidator();
			for (Issue issue : validator.validate(loadedResource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				Diagnostic diagnostic = FormatResources.toDiagnostic(file, issue);
				diagnostics.add(diagnostic);
				int offset = issue.getOffset() == null ? offsetOf(text, diagnostic.line(), diagnostic.column())
						: Math.min(text.length(), issue.getOffset());
				int length = issue.getLength() == null ? 0 : Math.max(0, Math.min(issue.getLength(), text.length() - offset));
				Problem problem = new Problem(diagnostic.severity(), diagnostic.message(), diagnostic.code(), offset, length,
						diagnostic.line(), diagnostic.column());
				problems.add(problem);
				issues.put(problem, issue);
			}
			Format format = loadedResource.getContents().isEmpty() ? null : (Format) loadedResource.getContents().get(0);
			loaded = new LoadedFormat(file, format, List.copyOf(diagnostics));
		} catch (IOException | RuntimeException e) {
			loaded = failed(NLS.bind(Messages.unreadable, e.getMessage()));
			loadedResource = null;
		} catch (StackOverflowError e) {
			loaded = failed(Messages.tooDeep);
			loadedResource = null;
		}
		if (loadedResource == null) {
			Diagnostic diagnostic = loaded.diagnostics().get(0);
			problems.add(new Problem(diagnostic.severity(), diagnostic.message(), diagnostic.code(), 0, 0, 0, 0));
		}
		resource = loadedResource;
		snapshot = new Snapshot(text, loaded, List.copyOf(problems), loaded.hasSyntaxErrors());
		return snapshot;
	}

	private LoadedFormat failed(String message) {
		return new LoadedFormat(file, null, List.of(Diagnostic.error(file, "nl.oppstudio.format.io", message)));
	}

	/**
	 * A fresh resource set with the format's text and its bases (the files the command line puts there).
	 * The bases are parsed again each time: sharing their resources between updates kept every earlier
	 * resource set alive (found by the benchmark), and a base of a few hundred lines parses in a few ms.
	 */
	/** The bases the last {@link #load} left out (past a limit), as warnings on this format. */
	private List<Diagnostic> refusedBases = List.of();

	private XtextResource load(Path path, byte[] content) throws IOException {
		if (!org.eclipse.xtext.resource.IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap()
				.containsKey(FormatLoader.EXTENSION)) {
			// the global registries were reset since the injector was made (Xtext's injector providers in tests
			// restore them after each test): register the language again, as the format loader does
			new FormatIdeSetup().register(injector);
			if (org.eclipse.emf.ecore.EValidator.Registry.INSTANCE.get(nl.oppstudio.format.model.FormatPackage.eINSTANCE) == null) {
				injector.getInstance(nl.oppstudio.format.dsl.validation.FormatValidator.class)
						.register(injector.getInstance(org.eclipse.xtext.validation.EValidatorRegistrar.class));
			}
		}
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FormatLoader.EXTENSION,
				injector.getInstance(IResourceFactory.class));
		XtextResource created = (XtextResource) resourceSet.createResource(FormatResources.uri(path));
		refusedBases = FormatResources.addBases(resourceSet, path, content);
		created.load(new ByteArrayInputStream(content), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return created;
	}

	/** The result of the last update. */
	public synchronized Snapshot snapshot() {
		return snapshot;
	}

	// ---------------------------------------------------------------- colours

	/** Colours of the whole text by its tokens alone (keywords, strings, comments, numbers); fast, for every keystroke. */
	public static List<Highlight> lexical(CharSequence text) {
		List<Highlight> result = new ArrayList<>();
		InternalFormatLexer lexer = new InternalFormatLexer(new ANTLRStringStream(text.toString()));
		String[] names = InternalFormatParser.tokenNames;
		while (true) {
			Token token;
			try {
				token = lexer.nextToken();
			} catch (RuntimeException e) {
				break; // the rest is not coloured
			}
			if (token == null || token.getType() == Token.EOF) {
				break;
			}
			if (!(token instanceof CommonToken common) || token.getType() < 0 || token.getType() >= names.length) {
				continue;
			}
			String name = names[token.getType()];
			Style style;
			if (name.startsWith("'")) {
				style = Character.isLetter(name.charAt(1)) ? Style.KEYWORD : null;
			} else {
				style = switch (name) {
				case "RULE_STRING" -> Style.STRING;
				case "RULE_INT" -> Style.NUMBER;
				case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> Style.COMMENT;
				default -> null;
				};
			}
			if (style != null) {
				int start = common.getStartIndex();
				int length = common.getStopIndex() - start + 1;
				if (style == Style.COMMENT && length > 0 && text.charAt(start + length - 1) == '\n') {
					length--;
				}
				if (length > 0) {
					result.add(new Highlight(start, length, style));
				}
			}
		}
		return result;
	}

	/** Colours that need the linked model (declarations, references, legal tags, option codes), for the last update. */
	public synchronized List<Highlight> semantic() {
		if (resource == null || resource.getParseResult() == null) {
			return List.of();
		}
		List<Highlight> result = new ArrayList<>();
		for (INode node : crossReferenceNodes(resource)) {
			result.add(new Highlight(node.getOffset(), node.getLength(), Style.REFERENCE));
		}
		for (INode node : legalTagNodes(resource)) {
			result.add(new Highlight(node.getOffset(), node.getLength(), Style.LEGAL_TAG));
		}
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			EObject grammar = node.getGrammarElement();
			if (grammar == null || node.getLength() == 0 || node instanceof ILeafNode leaf && leaf.isHidden()
					|| !(grammar instanceof RuleCall call)) {
				continue;
			}
			Assignment assignment = GrammarUtil.containingAssignment(grammar);
			if (assignment == null) {
				continue;
			}
			String feature = assignment.getFeature();
			String rule = call.getRule() == null ? "" : call.getRule().getName();
			if ("name".equals(feature) && "Name".equals(rule)) {
				result.add(new Highlight(node.getOffset(), node.getLength(), Style.DECLARATION));
			} else if ("code".equals(feature) || "formerCodes".equals(feature)) {
				result.add(new Highlight(node.getOffset(), node.getLength(), Style.OPTION_CODE));
			} else if ("value".equals(feature) && NodeModelUtils.findActualSemanticObjectFor(node) instanceof StringLiteral literal
					&& choiceCompared(literal) != null) {
				result.add(new Highlight(node.getOffset(), node.getLength(), Style.OPTION_CODE));
			}
		}
		result.sort(Comparator.comparingInt(Highlight::offset));
		return result;
	}

	/** The nodes of the cross-references of a resource (each once; a path {@code sectie.veld} is one node). */
	private static List<INode> crossReferenceNodes(XtextResource in) {
		List<INode> result = new ArrayList<>();
		int end = -1;
		for (INode node : in.getParseResult().getRootNode().getAsTreeIterable()) {
			EObject grammar = node.getGrammarElement();
			boolean reference = grammar instanceof CrossReference
					|| grammar instanceof RuleCall call && call.eContainer() instanceof CrossReference;
			if (reference && node.getOffset() >= end && node.getLength() > 0) {
				result.add(node);
				end = node.getOffset() + node.getLength();
			}
		}
		return result;
	}

	/** The nodes of the legal tags after {@code wet}. */
	private static List<INode> legalTagNodes(XtextResource in) {
		List<INode> result = new ArrayList<>();
		for (java.util.Iterator<EObject> all = in.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			org.eclipse.emf.ecore.EStructuralFeature feature = object.eClass().getEStructuralFeature("legalTags");
			if (feature != null) {
				result.addAll(NodeModelUtils.findNodesForFeature(object, feature));
			}
		}
		return result;
	}

	/** The choice field a string is compared with ({@code s.groep = "a"}), or {@code null}. */
	private static ChoiceType choiceCompared(StringLiteral literal) {
		if (literal.eContainer() instanceof Comparison comparison && comparison.getLeft() instanceof FieldReference reference
				&& reference.getField() != null && !reference.getField().eIsProxy()
				&& reference.getField().getType() instanceof ChoiceType choice) {
			return choice;
		}
		return null;
	}

	// ---------------------------------------------------------------- content assist and hover

	/** What may come at the offset, each with its help text. */
	public synchronized List<Proposal> complete(int offset) {
		if (resource == null) {
			return List.of();
		}
		String text = snapshot.text();
		int at = Math.max(0, Math.min(offset, text.length()));
		Map<String, Proposal> proposals = new LinkedHashMap<>();
		optionCodes(text, at).forEach(p -> proposals.putIfAbsent(p.replacement(), p));
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(Holder.POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(at, 0), at, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		boolean afterWet = afterWet(text, at);
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			String proposal = entry.getProposal();
			if (proposal == null || proposal.isBlank()) {
				continue;
			}
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			int start = Math.max(0, at - prefix.length());
			LegalTag tag = afterWet ? LegalTag.get(proposal) : null;
			String detail = entry.getDescription() == null ? "" : entry.getDescription();
			String documentation = entry.getDocumentation() == null ? "" : entry.getDocumentation();
			if (tag != null) {
				detail = Messages.legalTagDetail;
				documentation = LegalTags.explanation(tag);
			} else if (ContentAssistEntry.KIND_REFERENCE.equals(entry.getKind()) || documentation.isEmpty()) {
				Element member = memberAtPath(proposal);
				if (member != null) {
					detail = NLS.bind(Messages.memberDetail, kindOf(member), Formats.label(member));
					documentation = plain(injector.getInstance(IEObjectDocumentationProvider.class).getDocumentation(member));
				} else if (ContentAssistEntry.KIND_REFERENCE.equals(entry.getKind()) || isClassName(detail)) {
					detail = dutchKind(detail); // the language server's English class name ("Field", "CycleBlock")
				}
			}
			String label = entry.getLabel() != null ? entry.getLabel() : proposal;
			proposals.putIfAbsent(proposal, new Proposal(label, proposal, start, at - start, detail, documentation));
		}
		return List.copyOf(proposals.values());
	}

	/** Whether the cursor is in the list of legal tags after {@code wet}. */
	private static boolean afterWet(String text, int offset) {
		Matcher matcher = Pattern.compile("\\bwet\\s+(?:[a-z-]+\\s*,\\s*)*[a-z-]*$").matcher(text.substring(Math.max(0, offset - 400), offset));
		return matcher.find();
	}

	/** After {@code pad =}: the codes of the choice field the path names, quoted. */
	private List<Proposal> optionCodes(String text, int offset) {
		Matcher matcher = COMPARISON.matcher(text.substring(Math.max(0, offset - 300), offset));
		Format format = snapshot.loaded().format();
		if (!matcher.find() || format == null) {
			return List.of();
		}
		Element member = memberAtPath(matcher.group(1));
		if (!(member instanceof Field field) || !(field.getType() instanceof ChoiceType choice)) {
			return List.of();
		}
		String typed = matcher.group(2);
		String bare = typed.startsWith("\"") ? typed.substring(1) : typed;
		List<Proposal> result = new ArrayList<>();
		for (ChoiceOption option : choice.getOptions()) {
			if (option.getCode() != null && option.getCode().startsWith(bare)) {
				String replacement = "\"" + option.getCode() + "\"";
				String label = option.getLabel() != null ? option.getLabel() : option.getCode();
				result.add(new Proposal(replacement + " " + label, replacement, offset - typed.length(), typed.length(),
						NLS.bind(Messages.optionDetail, Formats.label(field)), label));
			}
		}
		return result;
	}

	/** The member of the effective format (bases included) at a path such as {@code sectie.veld}. */
	private Element memberAtPath(String path) {
		Format format = snapshot.loaded().format();
		if (format == null) {
			return null;
		}
		List<String> wanted = List.of(path.split("\\."));
		Element suffixMatch = null;
		for (Element element : Formats.allElements(format)) {
			List<String> own = Formats.path(element);
			if (own.equals(wanted)) {
				return element;
			}
			if (suffixMatch == null && own.size() > wanted.size() && own.subList(own.size() - wanted.size(), own.size()).equals(wanted)
					&& wanted.size() > 1) {
				suffixMatch = element;
			}
		}
		return suffixMatch;
	}

	/** Whether a text is the name of a class of the format language (what Xtext puts in a description). */
	private static boolean isClassName(String text) {
		return !text.isEmpty() && nl.oppstudio.format.model.FormatPackage.eINSTANCE.getEClassifier(text) != null;
	}

	/** The Dutch word for a class name of the format language; empty for one without a plain word. */
	private static String dutchKind(String className) {
		return switch (className) {
		case "Field" -> "veld";
		case "Section" -> "sectie";
		case "Group" -> "groep";
		case "Part" -> "deel";
		case "CycleBlock" -> "cyclusblok";
		case "ChoiceOption" -> "keuze";
		case "Format" -> "formaat";
		default -> "";
		};
	}

	private static String kindOf(EObject object) {
		String name = object.eClass().getName();
		return switch (name) {
		case "Field" -> "veld";
		case "Section" -> "sectie";
		case "Group" -> "groep";
		case "Part" -> "deel";
		default -> "blok";
		};
	}

	/** The help at the offset: a member's {@code uitleg}, a legal tag's source; plain text. */
	public synchronized Optional<String> hover(int offset) {
		if (resource == null) {
			return Optional.empty();
		}
		for (INode node : legalTagNodes(resource)) {
			if (node.getOffset() <= offset && offset <= node.getOffset() + node.getLength()) {
				LegalTag tag = LegalTag.get(NodeModelUtils.getTokenText(node));
				if (tag != null) {
					return Optional.of("wet " + tag.getLiteral() + ": " + LegalTags.explanation(tag));
				}
			}
		}
		EObject target = targetAt(offset);
		if (target == null) {
			return Optional.empty();
		}
		String documentation = injector.getInstance(IEObjectDocumentationProvider.class).getDocumentation(target);
		return documentation == null || documentation.isBlank() ? Optional.empty() : Optional.of(plain(documentation));
	}

	/** The element named at the offset: the one a reference points at, or the one whose name is there. */
	private EObject targetAt(int offset) {
		EObjectAtOffsetHelper helper = injector.getInstance(EObjectAtOffsetHelper.class);
		EObject target = helper.resolveCrossReferencedElementAt(resource, offset);
		if (target != null && !target.eIsProxy()) {
			return target;
		}
		return helper.resolveContainedElementAt(resource, offset);
	}

	/** Markdown's emphasis removed: the hover is plain text. */
	private static String plain(String markdown) {
		return markdown == null ? "" : markdown.replace("**", "");
	}

	// ---------------------------------------------------------------- outline, formatting, quick fixes

	/** The outline of the format: its parts, sections, blocks and fields. */
	public synchronized List<Symbol> outline() {
		if (resource == null) {
			return List.of();
		}
		Document document = new Document(1, snapshot.text());
		List<Symbol> result = new ArrayList<>();
		for (DocumentSymbol symbol : injector.getInstance(HierarchicalDocumentSymbolService.class).getSymbols(resource,
				CancelIndicator.NullImpl)) {
			result.add(symbol(document, symbol));
		}
		return List.copyOf(result);
	}

	private static Symbol symbol(Document document, DocumentSymbol symbol) {
		List<Symbol> children = new ArrayList<>();
		if (symbol.getChildren() != null) {
			symbol.getChildren().forEach(child -> children.add(symbol(document, child)));
		}
		int start = document.getOffSet(symbol.getRange().getStart());
		int end = document.getOffSet(symbol.getRange().getEnd());
		int selectionStart = document.getOffSet(symbol.getSelectionRange().getStart());
		int selectionEnd = document.getOffSet(symbol.getSelectionRange().getEnd());
		String name = symbol.getName();
		int dot = name.lastIndexOf('.');
		return new Symbol(dot >= 0 ? name.substring(dot + 1) : name, symbol.getKind() == null ? "" : symbol.getKind().name(),
				start, end - start, selectionStart, selectionEnd - selectionStart, List.copyOf(children));
	}

	/** The edits that format the whole text as the language's formatter does. */
	public synchronized List<Edit> formatting() {
		if (resource == null || snapshot.syntaxErrors()) {
			return List.of();
		}
		ITextRegionAccess regions = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		List<Edit> edits = new ArrayList<>();
		for (ITextReplacement replacement : injector.getInstance(IFormatter2.class).format(request)) {
			edits.add(new Edit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
		}
		edits.sort(Comparator.comparingInt(Edit::offset));
		return List.copyOf(edits);
	}

	/** The quick fixes of the checker for a problem of the last update. */
	public synchronized List<Fix> fixes(Problem problem) {
		Issue issue = issues.get(problem);
		if (resource == null || issue == null || issue.getCode() == null) {
			return List.of();
		}
		Document document = new Document(1, snapshot.text());
		org.eclipse.lsp4j.Diagnostic diagnostic = new org.eclipse.lsp4j.Diagnostic();
		diagnostic.setCode(issue.getCode());
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setData(issue.getData());
		diagnostic.setSeverity(switch (problem.severity()) { // the provider offers fixes only for a diagnostic with a severity
		case ERROR -> DiagnosticSeverity.Error;
		case WARNING -> DiagnosticSeverity.Warning;
		default -> DiagnosticSeverity.Information;
		});
		diagnostic.setRange(new Range(document.getPosition(problem.offset()), document.getPosition(problem.offset() + problem.length())));
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(resource.getURI().toString());
		options.setLanguageServerAccess(serverAccess(resource));
		List<Fix> result = new ArrayList<>();
		try {
			for (DiagnosticResolution resolution : injector.getInstance(IQuickFixProvider.class).getResolutions(options, diagnostic)) {
				org.eclipse.lsp4j.WorkspaceEdit applied = resolution.apply();
				List<TextEdit> changes = applied.getChanges() == null ? null : applied.getChanges().get(resource.getURI().toString());
				if (changes == null || changes.isEmpty()) {
					continue;
				}
				List<Edit> edits = new ArrayList<>();
				for (TextEdit change : changes) {
					int start = document.getOffSet(change.getRange().getStart());
					int end = document.getOffSet(change.getRange().getEnd());
					edits.add(new Edit(start, end - start, change.getNewText()));
				}
				result.add(new Fix(resolution.getLabel(), resolution.getLabel(), List.copyOf(edits)));
			}
		} catch (RuntimeException e) {
			// a fix that cannot be computed is not offered
		}
		return List.copyOf(result);
	}

	/** The little of a language server that quick fixes use: the resource set, default client capabilities. */
	private static ILanguageServerAccess serverAccess(XtextResource resource) {
		return (ILanguageServerAccess) java.lang.reflect.Proxy.newProxyInstance(FormatEditing.class.getClassLoader(),
				new Class<?>[] { ILanguageServerAccess.class }, (proxy, method, args) -> switch (method.getName()) {
				case "newLiveScopeResourceSet" -> resource.getResourceSet();
				case "getInitializeParams" -> new InitializeParams();
				case "hashCode" -> System.identityHashCode(proxy);
				case "equals" -> proxy == args[0];
				case "toString" -> "FormatEditing";
				default -> null;
				});
	}

	// ---------------------------------------------------------------- definition, references, rename

	/** Where the name at the offset is declared; also in a base format across {@code breidt uit}. */
	public synchronized Optional<Location> definition(int offset) {
		if (resource == null) {
			return Optional.empty();
		}
		EObject target = injector.getInstance(EObjectAtOffsetHelper.class).resolveCrossReferencedElementAt(resource, offset);
		if (target == null || target.eIsProxy()) {
			return Optional.empty();
		}
		return Optional.ofNullable(location(target));
	}

	/** The name of a declared element as a location in its file. */
	private Location location(EObject target) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(target);
		if (node == null || target.eResource() == null) {
			return null;
		}
		INode name = nameNode(target);
		INode at = name != null ? name : node;
		Path targetFile = target.eResource() == resource ? file : pathOf(target.eResource().getURI());
		String text = node.getRootNode().getText();
		return new Location(targetFile, at.getOffset(), at.getLength(), lineOf(text, at.getOffset()), columnOf(text, at.getOffset()));
	}

	private static INode nameNode(EObject object) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object,
				object.eClass().getEStructuralFeature(object instanceof Format ? "id" : "name"));
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	private static Path pathOf(URI uri) {
		return uri.isFile() ? Path.of(uri.toFileString()) : Path.of(uri.toString());
	}

	/** Every use of the member at the offset (its declaration excluded), in this file and in the folder's formats. */
	public synchronized List<Location> references(int offset) {
		if (resource == null) {
			return List.of();
		}
		EObject target = targetAt(offset);
		if (target == null) {
			return List.of();
		}
		List<Location> result = new ArrayList<>();
		String text = snapshot.text();
		for (Use use : uses(resource, Set.of(target))) {
			result.add(new Location(file, use.node().getOffset(), use.node().getLength(), lineOf(text, use.node().getOffset()),
					columnOf(text, use.node().getOffset())));
		}
		for (Map.Entry<Path, List<Use>> other : usesInDerived(target).entrySet()) {
			for (Use use : other.getValue()) {
				String otherText = use.node().getRootNode().getText();
				result.add(new Location(other.getKey(), use.node().getOffset(), use.node().getLength(),
						lineOf(otherText, use.node().getOffset()), columnOf(otherText, use.node().getOffset())));
			}
		}
		return List.copyOf(result);
	}

	/** A cross-reference in the text: its node and the element it names. */
	private record Use(INode node, EObject target) {
	}

	/** The cross-references of a resource that name one of the targets or an element inside one. */
	private List<Use> uses(XtextResource in, Set<EObject> targets) {
		List<Use> result = new ArrayList<>();
		EObjectAtOffsetHelper helper = injector.getInstance(EObjectAtOffsetHelper.class);
		for (INode node : crossReferenceNodes(in)) {
			{
				EObject named = helper.resolveCrossReferencedElementAt(in, node.getOffset());
				if (named == null || named.eIsProxy()) {
					continue;
				}
				for (EObject target : targets) {
					if (named == target || EcoreUtil.isAncestor(target, named)) {
						result.add(new Use(node, named));
						break;
					}
				}
			}
		}
		return result;
	}

	/**
	 * The uses of the target in the folder's formats that extend this one: each read beside the current
	 * text (unsaved changes included), its uses matched by the target's place in this format.
	 */
	private Map<Path, List<Use>> usesInDerived(EObject target) {
		Format format = snapshot.loaded().format();
		if (format == null || format.getId() == null || target.eResource() != resource) {
			return Map.of();
		}
		String fragment = resource.getURIFragment(target);
		Map<Path, List<Use>> result = new LinkedHashMap<>();
		Path folder = file.getParent();
		if (folder == null) {
			return result;
		}
		List<Path> derived = new ArrayList<>();
		try (Stream<Path> siblings = Files.list(folder)) {
			siblings.filter(f -> f.getFileName().toString().endsWith("." + FormatLoader.EXTENSION))
					.map(f -> f.toAbsolutePath().normalize()).filter(f -> !f.equals(file)).sorted().forEach(derived::add);
		} catch (IOException e) {
			return result;
		}
		for (Path other : derived) {
			String open = openTexts.get(other);
			Optional<FormatHeader> head = open != null ? FormatHeader.parse(open) : FormatHeader.read(other);
			if (head.isEmpty() || !format.getId().equals(head.get().baseId())) {
				continue;
			}
			try {
				byte[] content = snapshot.text().getBytes(StandardCharsets.UTF_8);
				XtextResource ours = load(file, content);
				URI uri = FormatResources.uri(other);
				XtextResource theirs = (XtextResource) ours.getResourceSet().getResource(uri, false); // put there as a base?
				if (theirs == null) {
					theirs = (XtextResource) ours.getResourceSet().createResource(uri);
					byte[] bytes = open != null ? open.getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(other);
					theirs.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
				}
				EObject same = ours.getEObject(fragment);
				if (same == null) {
					continue;
				}
				List<Use> uses = uses(theirs, Set.of(same));
				if (!uses.isEmpty()) {
					result.put(other, uses);
				}
			} catch (IOException | RuntimeException e) {
				// a neighbour that cannot be read is not searched
			}
		}
		return result;
	}

	/** Renames the member at the offset and updates every path to it. */
	public synchronized Rename rename(int offset, String newName) {
		if (resource == null || snapshot.syntaxErrors()) {
			return refused(Messages.renameSyntaxErrors);
		}
		EObject target = targetAt(offset);
		if (!(target instanceof Element element) || element.getName() == null) {
			return refused(Messages.renameNothing);
		}
		Format format = snapshot.loaded().format();
		if (target.eResource() != resource) {
			Format base = (Format) EcoreUtil.getRootContainer(target);
			return refused(NLS.bind(Messages.renameInBase, element.getName(), base.getId()));
		}
		String oldName = element.getName();
		if (newName == null || !NAME.matcher(newName).matches()) {
			return refused(NLS.bind(Messages.renameInvalid, newName == null ? "" : newName));
		}
		if (newName.equals(oldName)) {
			return refused(NLS.bind(Messages.renameSame, newName));
		}
		if (reserved().contains(newName)) {
			return refused(NLS.bind(Messages.renameReserved, newName));
		}
		EObject owner = element.eContainer();
		List<? extends EObject> siblings = owner instanceof Container container ? container.getMembers()
				: owner instanceof Format f ? Formats.effectiveMembers(f) : List.of();
		for (EObject sibling : siblings) {
			if (sibling != element && sibling instanceof Element other && newName.equals(other.getName())) {
				String where = owner instanceof Element ownerElement ? "'" + Formats.label(ownerElement) + "'" : "het formaat";
				return refused(NLS.bind(Messages.renameTaken, newName, where));
			}
		}
		List<String> oldPath = Formats.path(element);
		int depth = oldPath.size() - 1;
		List<Edit> edits = new ArrayList<>();
		INode name = nameNode(element);
		if (name == null) {
			return refused(Messages.renameNothing);
		}
		edits.add(new Edit(name.getOffset(), name.getLength(), newName));
		for (Use use : uses(resource, Set.of(element))) {
			Edit edit = segmentEdit(use, depth, oldName, newName);
			if (edit != null) {
				edits.add(edit);
			}
		}
		String oldPathText = String.join(".", oldPath);
		if (element.getRenamedFrom() == null) {
			edits.add(new Edit(wasOffset(element), 0, " was \"" + oldPathText + "\""));
		}
		Map<Path, List<Edit>> otherFiles = new LinkedHashMap<>();
		for (Map.Entry<Path, List<Use>> other : usesInDerived(element).entrySet()) {
			List<Edit> theirs = new ArrayList<>();
			for (Use use : other.getValue()) {
				Edit edit = segmentEdit(use, depth, oldName, newName);
				if (edit != null) {
					theirs.add(edit);
				}
			}
			if (!theirs.isEmpty()) {
				theirs.sort(Comparator.comparingInt(Edit::offset));
				otherFiles.put(other.getKey(), List.copyOf(theirs));
			}
		}
		edits.sort(Comparator.comparingInt(Edit::offset));
		String warning = NLS.bind(Messages.renameMigration, oldPathText,
				element.getRenamedFrom() == null ? oldPathText : element.getRenamedFrom());
		return new Rename(List.copyOf(edits), otherFiles, null, warning);
	}

	private static Rename refused(String reason) {
		return new Rename(List.of(), Map.of(), reason, null);
	}

	/** The edit of the one segment of a path ({@code sectie.veld}) that names the renamed member. */
	private static Edit segmentEdit(Use use, int depth, String oldName, String newName) {
		List<INode> segments = new ArrayList<>();
		for (ILeafNode leaf : use.node().getLeafNodes()) {
			if (!leaf.isHidden() && !".".equals(leaf.getText())) {
				segments.add(leaf);
			}
		}
		List<String> targetPath = use.target() instanceof Element named ? Formats.path(named) : List.of();
		int index = depth - (targetPath.size() - segments.size());
		if (index < 0 || index >= segments.size() || !oldName.equals(segments.get(index).getText())) {
			// a path that does not name the member by its own segment (e.g. na fase): the last segment
			if (segments.size() == 1 && oldName.equals(segments.get(0).getText())) {
				index = 0;
			} else {
				return null;
			}
		}
		INode segment = segments.get(index);
		return new Edit(segment.getOffset(), segment.getLength(), newName);
	}

	/** Where {@code was "…"} goes: before the element's own {@code '{'}, else at its end. */
	private static int wasOffset(Element element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword && "{".equals(keyword.getValue())
					&& NodeModelUtils.findActualSemanticObjectFor(leaf) == element) {
				int at = leaf.getOffset();
				String text = node.getRootNode().getText();
				while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
					at--;
				}
				return at;
			}
		}
		return node.getEndOffset();
	}

	/** The keywords of the language that cannot be names. */
	private Set<String> reserved() {
		return nl.oppstudio.format.dsl.ReservedWords.of(injector.getInstance(org.eclipse.xtext.IGrammarAccess.class).getGrammar());
	}

	// ---------------------------------------------------------------- positions

	private static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < Math.min(offset, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static int columnOf(String text, int offset) {
		int start = text.lastIndexOf('\n', Math.min(offset, text.length()) - 1) + 1;
		return offset - start + 1;
	}

	/** The offset of a line and column (both from 1) in the text; 0 when unknown. */
	static int offsetOf(String text, int line, int column) {
		if (line <= 0) {
			return 0;
		}
		int offset = 0;
		for (int current = 1; current < line; current++) {
			int next = text.indexOf('\n', offset);
			if (next < 0) {
				return text.length();
			}
			offset = next + 1;
		}
		return Math.min(text.length(), offset + Math.max(0, column - 1));
	}
}
