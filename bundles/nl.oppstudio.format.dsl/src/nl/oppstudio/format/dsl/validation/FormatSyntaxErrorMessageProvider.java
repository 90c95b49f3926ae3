package nl.oppstudio.format.dsl.validation;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Puts the parser's and lexer's syntax errors into Dutch. ANTLR builds its messages from a few
 * fixed patterns; each is matched and rewritten, token names included.
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

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(translate(original.getMessage()), FormatIssueCodes.SYNTAX,
				original.getIssueData());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(NLS.bind(Messages.syntaxOther, original.getMessage()), FormatIssueCodes.SYNTAX,
				original.getIssueData());
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
