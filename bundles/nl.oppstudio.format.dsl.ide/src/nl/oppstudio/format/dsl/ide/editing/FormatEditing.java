package nl.oppstudio.format.dsl.ide.editing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;

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

	private final Path file;
	private Snapshot snapshot;

	private FormatEditing(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	/** Opens a session on the file with its current (possibly unsaved) text. */
	public static FormatEditing open(Path file, String text) {
		FormatEditing editing = new FormatEditing(file);
		editing.update(text);
		return editing;
	}

	/** The file this session edits. */
	public Path file() {
		return file;
	}

	/** Parses, links and checks new text. The snapshot returned is never changed by later updates. */
	public synchronized Snapshot update(String text) {
		LoadedFormat loaded = FormatLoader.create(null).load(file, text.getBytes(StandardCharsets.UTF_8));
		List<Problem> problems = new ArrayList<>();
		for (Diagnostic diagnostic : loaded.diagnostics()) {
			int offset = offsetOf(text, diagnostic.line(), diagnostic.column());
			problems.add(new Problem(diagnostic.severity(), diagnostic.message(), diagnostic.code(), offset, 1,
					diagnostic.line(), diagnostic.column()));
		}
		snapshot = new Snapshot(text, loaded, List.copyOf(problems), loaded.hasSyntaxErrors());
		return snapshot;
	}

	/** The result of the last update. */
	public synchronized Snapshot snapshot() {
		return snapshot;
	}

	/** Colours of the whole text by its tokens alone (keywords, strings, comments, numbers); fast, for every keystroke. */
	public static List<Highlight> lexical(CharSequence text) {
		return List.of();
	}

	/** Colours that need the linked model (declarations, references, legal tags), for the last update. */
	public synchronized List<Highlight> semantic() {
		return List.of();
	}

	/** What may come at the offset, each with its help text. */
	public synchronized List<Proposal> complete(int offset) {
		return List.of();
	}

	/** The help at the offset: a member's {@code uitleg}, a legal tag's source; plain text. */
	public synchronized Optional<String> hover(int offset) {
		return Optional.empty();
	}

	/** The outline of the format: its parts, sections, blocks and fields. */
	public synchronized List<Symbol> outline() {
		return List.of();
	}

	/** The edits that format the whole text as the language's formatter does. */
	public synchronized List<Edit> formatting() {
		return List.of();
	}

	/** The quick fixes of the checker for a problem of the last update. */
	public synchronized List<Fix> fixes(Problem problem) {
		return List.of();
	}

	/** Where the name at the offset is declared; also in a base format across {@code breidt uit}. */
	public synchronized Optional<Location> definition(int offset) {
		return Optional.empty();
	}

	/** Every use of the member at the offset (its declaration excluded), in this file and in the folder's formats. */
	public synchronized List<Location> references(int offset) {
		return List.of();
	}

	/** Renames the member at the offset and updates every path to it. */
	public synchronized Rename rename(int offset, String newName) {
		return new Rename(List.of(), Map.of(), "Hernoemen is nog niet beschikbaar.", null);
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
