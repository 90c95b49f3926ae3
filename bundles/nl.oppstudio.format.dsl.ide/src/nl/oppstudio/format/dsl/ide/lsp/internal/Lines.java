package nl.oppstudio.format.dsl.ide.lsp.internal;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The lines of a text, for converting between character offsets (Java chars, i.e. UTF-16 code units, as
 * {@code FormatEditing} counts) and LSP positions (0-based line, UTF-16 character in the line). A line
 * ends at {@code \n}, {@code \r\n} or {@code \r}, as LSP says; a character beyond the end of its line
 * means the end of that line.
 */
public final class Lines {

	private final String text;
	/** The offset where each line starts. */
	private final int[] starts;

	public Lines(String text) {
		this.text = text;
		int[] found = new int[16];
		int count = 0;
		found[count++] = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				i++;
			}
			if (c == '\r' || c == '\n') {
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count++] = i + 1;
			}
		}
		this.starts = Arrays.copyOf(found, count);
	}

	/** The offset of a position, clamped to the text (and to its line). */
	public int offset(Position position) {
		int line = position.getLine();
		if (line < 0) {
			return 0;
		}
		if (line >= starts.length) {
			return text.length();
		}
		int start = starts[line];
		return start + Math.max(0, Math.min(position.getCharacter(), lineEnd(line) - start));
	}

	/** Where the line's content ends (before its line break). */
	private int lineEnd(int line) {
		int end = line + 1 < starts.length ? starts[line + 1] : text.length();
		while (end > starts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
			end--;
		}
		return end;
	}

	/** The position of an offset (clamped to the text). */
	public Position position(int offset) {
		int at = Math.max(0, Math.min(offset, text.length()));
		int line = Arrays.binarySearch(starts, at);
		if (line < 0) {
			line = -line - 2;
		}
		return new Position(line, at - starts[line]);
	}

	/** The range of {@code length} characters at {@code offset}. */
	public Range range(int offset, int length) {
		return new Range(position(offset), position(offset + Math.max(0, length)));
	}
}
