package nl.oppstudio.format.dsl.ide.lsp.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensLegend;

import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Highlight;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Style;

/**
 * The colours of {@code FormatEditing} (lexical and semantic) as LSP semantic tokens, for editors without
 * the TextMate grammar (Neovim, Helix): one token per line piece, no overlaps (a semantic colour wins over
 * the lexical one under it), encoded relative to the previous token as LSP says.
 */
public final class SemanticTokens {

	/** The token types, in the order of {@link Style}'s constants. */
	public static final List<String> TYPES = List.of("keyword", "string", "number", "comment", "decorator", "property", "variable",
			"enumMember");

	private SemanticTokens() {
	}

	public static SemanticTokensLegend legend() {
		return new SemanticTokensLegend(TYPES, List.of());
	}

	/** The encoded tokens of the text. */
	public static List<Integer> encode(String text, List<Highlight> lexical, List<Highlight> semantic) {
		List<Highlight> all = new ArrayList<>(semantic);
		for (Highlight highlight : lexical) {
			if (semantic.stream().noneMatch(s -> s.offset() < highlight.offset() + highlight.length() && highlight.offset() < s.offset() + s.length())) {
				all.add(highlight);
			}
		}
		all.sort(Comparator.comparingInt(Highlight::offset));
		Lines lines = new Lines(text);
		List<Integer> data = new ArrayList<>();
		int lastLine = 0;
		int lastCharacter = 0;
		int end = 0;
		for (Highlight highlight : all) {
			if (highlight.offset() < end || highlight.style().ordinal() >= TYPES.size()) {
				continue; // overlaps the one before, or a colour without a type
			}
			end = highlight.offset() + highlight.length();
			// split at line breaks: a token lies within one line
			int start = highlight.offset();
			while (start < end) {
				int lineEnd = start;
				while (lineEnd < end && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
					lineEnd++;
				}
				if (lineEnd > start) {
					Position position = lines.position(start);
					data.add(position.getLine() - lastLine);
					data.add(position.getLine() == lastLine ? position.getCharacter() - lastCharacter : position.getCharacter());
					data.add(lineEnd - start);
					data.add(highlight.style().ordinal());
					data.add(0);
					lastLine = position.getLine();
					lastCharacter = position.getCharacter();
				}
				start = lineEnd + 1;
				if (lineEnd < end && text.charAt(lineEnd) == '\r' && start < end && text.charAt(start) == '\n') {
					start++;
				}
			}
		}
		return data;
	}
}
