package nl.oppstudio.importer.word.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.rules.LegalMinimum;
import nl.oppstudio.importer.word.TemplateResult;
import nl.oppstudio.importer.word.internal.Locator;
import nl.oppstudio.importer.word.internal.TemplateMapper;
import nl.oppstudio.importer.word.internal.WordFile;
import nl.oppstudio.importer.word.internal.WordFile.Block;
import nl.oppstudio.importer.word.internal.WordFile.Cell;
import nl.oppstudio.importer.word.internal.WordFile.CheckBox;
import nl.oppstudio.importer.word.internal.WordFile.Control;
import nl.oppstudio.importer.word.internal.WordFile.Para;
import nl.oppstudio.importer.word.internal.WordFile.Row;
import nl.oppstudio.importer.word.internal.WordFile.Table;

/**
 * {@link WordFile} models written by hand for the template mapper's tests (the reader's own tests cover
 * Word files to models), and the check every draft must pass: it parses, and its only errors are the
 * legal minimum's.
 */
final class Templates {

	private Templates() {
	}

	static Para para(int n, String text) {
		return new Para(new Locator("alinea " + n), text, 0, "", false, false, List.of(), List.of());
	}

	static Para heading(int n, int level, String number, String text) {
		return new Para(new Locator("alinea " + n), text, level, number, false, true, List.of(), List.of());
	}

	static Para guidance(int n, String text) {
		return new Para(new Locator("alinea " + n), text, 0, "", true, false, List.of(), List.of());
	}

	static Para bold(int n, String text) {
		return new Para(new Locator("alinea " + n), text, 0, "", false, true, List.of(), List.of());
	}

	/** A paragraph with check boxes: {@code text} is what Word shows without the glyphs. */
	static Para boxes(int n, String text, String... labels) {
		List<CheckBox> boxes = new ArrayList<>();
		for (String label : labels) {
			boxes.add(new CheckBox(new Locator("alinea " + n), label, false));
		}
		return new Para(new Locator("alinea " + n), text, 0, "", false, false, boxes, List.of());
	}

	static Para control(int n, String text, Control control) {
		return new Para(new Locator("alinea " + n), text, 0, "", false, false, List.of(), List.of(control));
	}

	static Control sdt(WordFile.ControlKind kind, String tag, String alias, String placeholder, String... options) {
		return new Control(new Locator("inhoud \"" + (tag.isEmpty() ? alias : tag) + "\""), kind, tag, alias, placeholder, "",
				List.of(options), kind == WordFile.ControlKind.DATE ? "dd-MM-yyyy" : "");
	}

	/** A table of text cells; {@code rows[r][k]} is the text of a cell, lines split on \n into paragraphs. */
	static Table table(String at, String[]... rows) {
		List<Row> list = new ArrayList<>();
		for (int r = 0; r < rows.length; r++) {
			List<Cell> cells = new ArrayList<>();
			for (int k = 0; k < rows[r].length; k++) {
				Locator cell = new Locator(at + " rij " + (r + 1) + " kolom " + (k + 1));
				List<Block> content = new ArrayList<>();
				String[] lines = rows[r][k].split("\n", -1);
				for (int p = 0; p < lines.length; p++) {
					content.add(new Para(cell.child("alinea " + (p + 1)), lines[p], 0, "", false, false, List.of(), List.of()));
				}
				cells.add(new Cell(cell, content, false));
			}
			list.add(new Row(cells));
		}
		return new Table(new Locator(at), list);
	}

	static String[] row(String... cells) {
		return cells;
	}

	static WordFile file(String name, Block... blocks) {
		return new WordFile(Path.of(name), List.of(blocks), List.of());
	}

	static TemplateResult map(Block... blocks) {
		return TemplateMapper.map(file("sjabloon.docx", blocks), null);
	}

	/** Parses and checks a draft: no syntax error, and no error but the legal minimum's. */
	static LoadedFormat check(TemplateResult result) {
		return check(result, null);
	}

	/** {@link #check(TemplateResult)} with the draft in {@code folder}, its assets (the logo) written beside it. */
	static LoadedFormat check(TemplateResult result, Path folder) {
		Path file = folder == null ? Path.of(result.fileName()) : folder.resolve(result.fileName());
		if (folder != null) {
			for (TemplateResult.Asset asset : result.assets()) {
				try {
					java.nio.file.Files.write(folder.resolve(asset.fileName()), asset.bytes());
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}
		}
		LoadedFormat loaded = FormatLoader.create(null).load(file, result.formatText().getBytes(StandardCharsets.UTF_8));
		assertFalse(loaded.hasSyntaxErrors(), () -> loaded.diagnostics() + "\n" + result.formatText());
		assertNotNull(loaded.format(), result::formatText);
		for (Diagnostic diagnostic : loaded.diagnostics()) {
			assertTrue(!diagnostic.isError() || diagnostic.code() != null && diagnostic.code().startsWith(LegalMinimum.LAW),
					() -> diagnostic + "\n" + result.formatText());
		}
		return loaded;
	}

	/** The draft's lines, trimmed. */
	static List<String> lines(TemplateResult result) {
		return result.formatText().lines().map(String::strip).toList();
	}

	/** The line after the one that equals {@code line}. */
	static String after(TemplateResult result, String line) {
		List<String> lines = lines(result);
		int at = lines.indexOf(line);
		assertTrue(at >= 0 && at + 1 < lines.size(), () -> "no line '" + line + "' in\n" + result.formatText());
		return lines.get(at + 1);
	}

	static boolean has(TemplateResult result, String line) {
		return lines(result).contains(line);
	}
}
