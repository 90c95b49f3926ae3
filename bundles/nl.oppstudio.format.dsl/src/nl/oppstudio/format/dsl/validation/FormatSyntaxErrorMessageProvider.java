package nl.oppstudio.format.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

/**
 * Puts the parser's and lexer's syntax errors into Dutch. ANTLR builds its messages from a few
 * fixed patterns; each is matched and rewritten, token names included. Three mistakes of people new to
 * the language get a message of their own: a reserved word where a name belongs ({@code veld wanneer:
 * tekst}), said as such with a name to use instead (issue data); a missing {@code '}'}, with the block
 * that probably lacks it; and a part of a phase out of its order.
 */
public class FormatSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private record Rule(Pattern pattern, Function<Matcher, String> message) {
	}

	private static final List<Rule> RULES = List.of(
			rule("mismatched character '<EOF>' expecting .*", m -> Messages.syntaxUnterminatedString),
			rule("mismatched character (.+) expecting (.+)",
					m -> NLS.bind(Messages.syntaxMismatchedCharacter, m.group(1), token(m.group(2)))),
			rule("no viable alternative at character (.+)",
					m -> NLS.bind(Messages.syntaxUnexpectedCharacter, m.group(1))),
			rule("mismatched input (.+) expecting (.+)",
					m -> NLS.bind(Messages.syntaxMismatched, token(m.group(1)), token(m.group(2)))),
			rule("missing (.+) at (.+)", m -> NLS.bind(Messages.syntaxMissing, token(m.group(1)), token(m.group(2)))),
			rule("extraneous input (.+) expecting (.+)",
					m -> NLS.bind(Messages.syntaxExtraneous, token(m.group(1)), token(m.group(2)))),
			rule("no viable alternative at input (.+)",
					m -> NLS.bind(Messages.syntaxNoViableAlternative, token(m.group(1)))),
			rule("required \\(\\.\\.\\.\\)\\+ loop did not match anything at input (.+)",
					m -> NLS.bind(Messages.syntaxLoop, token(m.group(1)))));

	private static Rule rule(String regex, Function<Matcher, String> message) {
		return new Rule(Pattern.compile(regex, Pattern.DOTALL), message);
	}

	/** The keywords after which a new name is declared, and what the name is of (for the suggestion). */
	private static final Map<String, String> DECLARING = Map.ofEntries(Map.entry("deel", "Deel"),
			Map.entry("sectie", "Sectie"), Map.entry("groep", "Groep"), Map.entry("veld", "Veld"),
			Map.entry("optie", "Optie"), Map.entry("factoren", "Factoren"), Map.entry("behoeften", "Behoeften"),
			Map.entry("uitstroom", "Uitstroom"), Map.entry("doelen", "Doelen"), Map.entry("cyclus", "Cyclus"),
			Map.entry("fase", "Fase"), Map.entry("hoorrecht", "Hoorrecht"), Map.entry("oogo", "Oogo"),
			Map.entry("ondertekening", "Ondertekening"), Map.entry("partij", "Partij"), Map.entry("moment", "Moment"));
	/** Plain Dutch words for a few reserved words that people often want as a name. */
	private static final Map<String, String> SYNONYMS = Map.of("contact", "contactgegevens", "wanneer", "tijdstip",
			"ouderinstemming", "instemmingOuders", "onderwijstijd", "afsprakenOnderwijstijd", "inclusie",
			"naarRegulier");
	/** The parts of a phase after its name and label, in the one order the grammar takes them. */
	private static final Set<String> PHASE_PARTS = Set.of("soort", "na", "uiterlijk", "door", "met-ouders", "wet",
			"wanneer", "eenmalig", "aanbevolen");
	private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");

	@Inject
	private IGrammarAccess grammarAccess;
	private Set<String> keywords;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String reserved = reservedWordAsName(context.getRecognitionException());
		if (reserved != null) {
			String name = suggestedName(reserved, previousToken(context.getRecognitionException()).getText());
			return new SyntaxErrorMessage(NLS.bind(Messages.reservedWord, reserved, name),
					FormatIssueCodes.RESERVED_WORD, new String[] { name });
		}
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		String unclosed = original.getMessage() != null && original.getMessage().endsWith("expecting '}'")
				? unclosedBlock(context.getRecognitionException()) : null;
		if (unclosed != null) {
			return new SyntaxErrorMessage(NLS.bind(Messages.syntaxUnclosedBlock, unclosed), FormatIssueCodes.SYNTAX, null);
		}
		String part = phasePartOutOfOrder(context.getRecognitionException());
		if (part != null) {
			return new SyntaxErrorMessage(NLS.bind(Messages.phasePartOrder, part), FormatIssueCodes.SYNTAX, null);
		}
		return new SyntaxErrorMessage(translate(original.getMessage()), FormatIssueCodes.SYNTAX,
				original.getIssueData());
	}

	/**
	 * At the end of the file with a {@code '}'} still wanted: which block is probably not closed. Braces
	 * are paired as written; the first pair whose lines are indented differently points at the block
	 * that lacks its {@code '}'} (the later {@code '}'} closed it instead of its own block). Without such
	 * a pair, the innermost block still open. {@code null} for other errors.
	 */
	private static String unclosedBlock(RecognitionException exception) {
		try {
			if (exception == null || exception.token == null || exception.token.getType() != Token.EOF
					|| !(exception.input instanceof TokenStream tokens)) {
				return null;
			}
			Map<Integer, Integer> indentOfLine = new java.util.HashMap<>();
			List<Integer> open = new java.util.ArrayList<>();
			Integer suspect = null;
			for (int i = 0; i < tokens.size(); i++) {
				Token token = tokens.get(i);
				if (token.getType() == Token.EOF) {
					break;
				}
				if (!isHidden(token.getText())) {
					indentOfLine.putIfAbsent(token.getLine(), token.getCharPositionInLine());
				}
				if ("{".equals(token.getText())) {
					open.add(i);
				} else if ("}".equals(token.getText()) && !open.isEmpty()) {
					int opening = open.remove(open.size() - 1);
					if (suspect == null && !indentOfLine.get(tokens.get(opening).getLine())
							.equals(indentOfLine.get(token.getLine()))) {
						suspect = opening;
					}
				}
			}
			if (suspect == null && !open.isEmpty()) {
				suspect = open.get(open.size() - 1);
			}
			return suspect == null ? null : blockName(tokens, suspect);
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** {@code sectie handelingsdeel (regel 38)} for the block that opens at {@code brace}. */
	private static String blockName(TokenStream tokens, int brace) {
		int line = tokens.get(brace).getLine();
		for (int i = brace - 1; i >= 0; i--) {
			String text = tokens.get(i).getText();
			if ("{".equals(text) || "}".equals(text)) {
				break;
			}
			if ("huisstijl".equals(text) || "uittreksel".equals(text)) {
				return NLS.bind(Messages.syntaxBlockAt, text, tokens.get(i).getLine());
			}
			if (DECLARING.containsKey(text) || "formaat".equals(text)) {
				Token name = nextToken(tokens, i);
				String what = "formaat".equals(text) ? "het formaat" : text + (name == null ? "" : " " + name.getText());
				return NLS.bind(Messages.syntaxBlockAt, what, tokens.get(i).getLine());
			}
		}
		return NLS.bind(Messages.syntaxBlockAt, Messages.syntaxBlock, line);
	}

	private static Token nextToken(TokenStream tokens, int index) {
		for (int i = index + 1; i < tokens.size(); i++) {
			if (!isHidden(tokens.get(i).getText())) {
				return tokens.get(i);
			}
		}
		return null;
	}

	private static boolean isHidden(String text) {
		return text == null || text.isBlank() || text.startsWith("//") || text.startsWith("/*");
	}

	/**
	 * A part of a phase after a part that comes later ({@code aanbevolen met-ouders}) or twice: the
	 * grammar takes them in one order, unlike the properties of members. {@code null} elsewhere.
	 */
	private static String phasePartOutOfOrder(RecognitionException exception) {
		try {
			if (exception == null || exception.token == null || !(exception.input instanceof TokenStream tokens)
					|| !PHASE_PARTS.contains(exception.token.getText())) {
				return null;
			}
			Token after = null;
			for (int i = exception.token.getTokenIndex() - 1, seen = 0; i >= 0 && seen < 200; i--) {
				String text = tokens.get(i).getText();
				if (text == null || text.isBlank() || text.startsWith("//") || text.startsWith("/*")) {
					continue;
				}
				seen++;
				if (text.equals("{") || text.equals("}")) {
					return null;
				}
				if (text.equals("fase") && after != null) {
					String before = previousToken(tokens, i) == null ? "" : previousToken(tokens, i).getText();
					if (!before.equals("na")) { // not "na fase X", a reference: the phase itself, or a name 'fase'
						return DECLARING.containsKey(before) || before.equals(".") ? null : exception.token.getText();
					}
				}
				after = tokens.get(i);
			}
			return null;
		} catch (RuntimeException e) {
			return null;
		}
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(NLS.bind(Messages.syntaxOther, original.getMessage()), FormatIssueCodes.SYNTAX,
				original.getIssueData());
	}

	/**
	 * The keyword the parser stumbled on when it stands where a new name belongs ({@code veld wanneer},
	 * {@code sectie of}); {@code null} for any other syntax error.
	 */
	private String reservedWord(RecognitionException exception) {
		if (exception == null || exception.token == null || !(exception.input instanceof TokenStream)) {
			return null;
		}
		String text = exception.token.getText();
		if (text == null || !WORD.matcher(text).matches() || !keywords().contains(text)) {
			return null;
		}
		Token previous = previousToken(exception);
		return previous != null && DECLARING.containsKey(previous.getText()) ? text : null;
	}

	private String reservedWordAsName(RecognitionException exception) {
		try {
			return reservedWord(exception);
		} catch (RuntimeException e) {
			return null; // never let a better message cost the syntax error itself
		}
	}

	/** The token before the offending one, skipping white space and comments. */
	private static Token previousToken(RecognitionException exception) {
		return previousToken((TokenStream) exception.input, exception.token.getTokenIndex());
	}

	/** The token before the one at {@code index}, skipping white space and comments. */
	private static Token previousToken(TokenStream tokens, int index) {
		for (int i = index - 1; i >= 0; i--) {
			Token token = tokens.get(i);
			String text = token.getText();
			if (text != null && !text.isBlank() && !text.startsWith("//") && !text.startsWith("/*")) {
				return token;
			}
		}
		return null;
	}

	/** A name that is no keyword: a Dutch synonym, or the word joined to what it names ({@code wanneerVeld}). */
	static String suggestedName(String word, String declaring) {
		String synonym = SYNONYMS.get(word);
		if (synonym != null) {
			return synonym;
		}
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : word.toCharArray()) {
			if (c == '-') {
				upper = true;
			} else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name + DECLARING.getOrDefault(declaring, "Naam");
	}

	private Set<String> keywords() {
		if (keywords == null) {
			keywords = grammarAccess == null ? Set.of() : GrammarUtil.getAllKeywords(grammarAccess.getGrammar());
		}
		return keywords;
	}

	/** The Dutch form of one ANTLR message; unknown shapes are kept, marked as a syntax error. */
	static String translate(String message) {
		String text = message == null ? "" : message.strip();
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(text);
			if (matcher.matches()) {
				return rule.message().apply(matcher);
			}
		}
		return NLS.bind(Messages.syntaxOther, text);
	}

	/** Names a token or a list of tokens the way a reader understands it. */
	private static String token(String text) {
		String result = text.strip();
		result = result.replace("'<EOF>'", Messages.tokenEof).replace("<EOF>", Messages.tokenEof)
				.replace("EOF", Messages.tokenEof);
		result = result.replace("RULE_ID", Messages.tokenId).replace("RULE_STRING", Messages.tokenString)
				.replace("RULE_INT", Messages.tokenInt);
		return result;
	}
}
