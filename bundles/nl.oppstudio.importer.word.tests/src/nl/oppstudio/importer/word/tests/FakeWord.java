package nl.oppstudio.importer.word.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.oppstudio.importer.word.internal.Locator;
import nl.oppstudio.importer.word.internal.WordFile;
import nl.oppstudio.importer.word.internal.WordFile.Block;
import nl.oppstudio.importer.word.internal.WordFile.Cell;
import nl.oppstudio.importer.word.internal.WordFile.CheckBox;
import nl.oppstudio.importer.word.internal.WordFile.Control;
import nl.oppstudio.importer.word.internal.WordFile.ControlKind;
import nl.oppstudio.importer.word.internal.WordFile.Para;
import nl.oppstudio.importer.word.internal.WordFile.Row;
import nl.oppstudio.importer.word.internal.WordFile.Table;

/**
 * A {@link WordFile} as {@code WordReader} makes it, written directly: for tests of the mapping alone, without
 * POI. Paragraphs and tables are numbered as the reader numbers them; ☐ and ☒ in a text become check boxes
 * labelled by the text after them.
 */
final class FakeWord {

	private final List<Block> body = new ArrayList<>();
	private int paragraphs;
	private int tables;

	FakeWord heading(int level, String text) {
		body.add(para(new Locator("alinea " + ++paragraphs), text, level, false, false, List.of()));
		return this;
	}

	FakeWord para(String text) {
		body.add(para(new Locator("alinea " + ++paragraphs), text, 0, false, false, List.of()));
		return this;
	}

	FakeWord bold(String text) {
		body.add(para(new Locator("alinea " + ++paragraphs), text, 0, false, true, List.of()));
		return this;
	}

	FakeWord guidance(String text) {
		body.add(para(new Locator("alinea " + ++paragraphs), text, 0, true, false, List.of()));
		return this;
	}

	/** A paragraph "label" with one content control in it, showing its value (or its placeholder when empty). */
	FakeWord control(String label, ControlKind kind, String tag, String placeholder, String value, String dateFormat) {
		Locator at = new Locator("alinea " + ++paragraphs);
		Control control = new Control(tag.isEmpty() ? at : new Locator("inhoud \"" + tag + "\""), kind, tag, "", placeholder,
				value, List.of(), dateFormat);
		body.add(para(at, label, 0, false, false, List.of(control))); // as the reader: the control's text is apart
		return this;
	}

	/**
	 * A paragraph with run-level text controls after its text, each {@code {tag, value}}; without a tag, numbered in
	 * the paragraph as the reader numbers it ({@code alinea 4 inhoud 2}). Their values are not the paragraph's text.
	 */
	FakeWord controls(String text, String[][] controls) {
		Locator at = new Locator("alinea " + ++paragraphs);
		List<Control> made = new ArrayList<>();
		for (String[] control : controls) {
			String tag = control[0];
			made.add(new Control(tag.isEmpty() ? at.child("inhoud " + (made.size() + 1)) : new Locator("inhoud \"" + tag + "\""),
					ControlKind.TEXT, tag, "", "", control[1], List.of(), ""));
		}
		body.add(para(at, text, 0, false, false, made));
		return this;
	}

	/** A table; each row's cells as text, new lines between a cell's paragraphs, {@code #} first for a shaded cell. */
	FakeWord table(String[]... rows) {
		Locator at = new Locator("tabel " + ++tables);
		List<Row> made = new ArrayList<>();
		for (int r = 0; r < rows.length; r++) {
			List<Cell> cells = new ArrayList<>();
			for (int c = 0; c < rows[r].length; c++) {
				Locator cell = at.child("rij " + (r + 1) + " kolom " + (c + 1));
				List<Block> content = new ArrayList<>();
				boolean shaded = rows[r][c].startsWith("#");
				String[] lines = (shaded ? rows[r][c].substring(1) : rows[r][c]).split("\n", -1);
				for (int p = 0; p < lines.length; p++) {
					content.add(para(cell.child("alinea " + (p + 1)), lines[p], 0, false, false, List.of()));
				}
				cells.add(new Cell(cell, content, shaded));
			}
			made.add(new Row(cells));
		}
		body.add(new Table(at, made));
		return this;
	}

	WordFile file(String name) {
		return new WordFile(Path.of(name), List.copyOf(body), List.of());
	}

	private static Para para(Locator at, String text, int heading, boolean guidance, boolean bold, List<Control> controls) {
		List<CheckBox> boxes = new ArrayList<>();
		StringBuilder visible = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '☐' || c == '☒') {
				int next = i + 1;
				while (next < text.length() && text.charAt(next) != '☐' && text.charAt(next) != '☒') {
					next++;
				}
				String label = text.substring(i + 1, next).strip();
				boxes.add(new CheckBox(at, label, c == '☒'));
				visible.append(' ').append(label).append(' ');
				i = next;
			} else {
				visible.append(c);
				i++;
			}
		}
		String collapsed = visible.toString().replaceAll("\\s+", " ").strip();
		return new Para(at, collapsed, heading, "", guidance, bold, List.copyOf(boxes), controls);
	}
}
