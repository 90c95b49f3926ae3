package nl.oppstudio.format.dsl.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Limits;
import nl.oppstudio.core.Severity;

/**
 * One pass over a format's text before Xtext parses it: a file past {@link Limits} (bytes, lines, nesting
 * of conditions and blocks, {@code en}/{@code of} in one condition) is refused with a located message. The parser, the checker, the condition
 * evaluator, the form and the renderer all recurse per level of nesting; refused here, none of them can
 * run out of stack.
 */
public final class FormatLimits {

	public static final String CODE = "nl.oppstudio.format.limit";

	private FormatLimits() {
	}

	/** The first limit the text breaks, located, or {@code null}. Strings and comments do not count. */
	public static Diagnostic check(Path file, byte[] content) {
		if (content.length > Limits.MAX_FORMAT_BYTES) {
			return tooLarge(file, content.length);
		}
		int line = 1;
		int column = 0;
		int parentheses = 0; // ( … )
		int negations = 0; // niet niet … in a row, each one level deeper
		int braces = 0; // { … } and [ … ]
		int operators = 0; // 'en' and 'of' since the condition began ('wanneer'): each one a level deeper
		int i = 0;
		int n = content.length;
		while (i < n) {
			byte b = content[i];
			if (b == '\n') {
				if (++line > Limits.MAX_FORMAT_LINES) {
					return new Diagnostic(Severity.ERROR, NLS.bind(Messages.formatTooManyLines,
							Limits.number(Limits.MAX_FORMAT_LINES)), file, line, 1, null, CODE);
				}
				column = 0;
				i++;
				continue;
			}
			column++;
			if (b == '"' || b == '\'') { // a string, with \-escapes; it may span lines
				i++;
				while (i < n && content[i] != b) {
					if (content[i] == '\\') {
						i++;
					} else if (content[i] == '\n') {
						line++;
						column = 0;
					}
					i++;
				}
				i++;
				continue;
			}
			if (b == '/' && i + 1 < n && content[i + 1] == '/') {
				while (i < n && content[i] != '\n') {
					i++;
				}
				continue;
			}
			if (b == '/' && i + 1 < n && content[i + 1] == '*') {
				i += 2;
				while (i < n && !(content[i] == '*' && i + 1 < n && content[i + 1] == '/')) {
					if (content[i] == '\n') {
						line++;
						column = 0;
					}
					i++;
				}
				i += 2;
				continue;
			}
			if (b == '(' || b == '{' || b == '[') {
				if (b == '(') {
					parentheses++;
				} else {
					braces++;
					negations = 0;
					operators = 0;
				}
				if (parentheses + negations > Limits.MAX_NESTING_DEPTH || braces > Limits.MAX_NESTING_DEPTH) {
					return tooDeep(file, line, column);
				}
			} else if (b == ')' || b == '}' || b == ']') {
				if (b == ')') {
					parentheses = Math.max(0, parentheses - 1);
				} else {
					braces = Math.max(0, braces - 1);
					parentheses = 0;
					operators = 0;
				}
				negations = 0;
			} else if (isWordStart(b)) {
				int start = i;
				while (i < n && isWordPart(content[i])) {
					i++;
				}
				boolean niet = i - start == 4 && content[start] == 'n' && content[start + 1] == 'i' && content[start + 2] == 'e'
						&& content[start + 3] == 't';
				negations = niet ? negations + 1 : 0;
				int length = i - start;
				if (length == 7 && new String(content, start, 7, java.nio.charset.StandardCharsets.US_ASCII).equals("wanneer")) {
					operators = 0;
				} else if (length == 2 && (content[start] == 'e' && content[start + 1] == 'n'
						|| content[start] == 'o' && content[start + 1] == 'f')) {
					// 'a of b of c' is a tree as deep as it has operators (the grammar nests to the left)
					if (++operators > Limits.MAX_CONDITION_OPERATORS) {
						return new Diagnostic(Severity.ERROR, NLS.bind(Messages.formatTooManyOperators,
								Limits.number(Limits.MAX_CONDITION_OPERATORS)), file, line, Math.max(column, 1), null, CODE);
					}
				}
				if (niet && parentheses + negations > Limits.MAX_NESTING_DEPTH) {
					return tooDeep(file, line, column);
				}
				column += i - start - 1;
				continue;
			}
			i++;
		}
		return null;
	}

	/** A format file of {@code bytes} bytes, past {@link Limits#MAX_FORMAT_BYTES}. */
	public static Diagnostic tooLarge(Path file, long bytes) {
		return Diagnostic.error(file, CODE,
				NLS.bind(Messages.formatTooLarge, Limits.size(bytes), Limits.size(Limits.MAX_FORMAT_BYTES)));
	}

	private static Diagnostic tooDeep(Path file, int line, int column) {
		return new Diagnostic(Severity.ERROR, NLS.bind(Messages.formatTooDeep, Limits.MAX_NESTING_DEPTH), file, line,
				Math.max(column, 1), null, CODE);
	}

	private static boolean isWordStart(byte b) {
		return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == '^' || (b & 0x80) != 0;
	}

	private static boolean isWordPart(byte b) {
		return isWordStart(b) || b >= '0' && b <= '9' || b == '-';
	}
}
