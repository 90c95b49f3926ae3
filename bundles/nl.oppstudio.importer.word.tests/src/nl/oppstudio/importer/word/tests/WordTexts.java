package nl.oppstudio.importer.word.tests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.oppstudio.document.Conversions;
import nl.oppstudio.document.DutchDates;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.importer.word.internal.WordFile;
import nl.oppstudio.importer.word.internal.WordFile.Block;
import nl.oppstudio.importer.word.internal.WordFile.Cell;
import nl.oppstudio.importer.word.internal.WordFile.Control;
import nl.oppstudio.importer.word.internal.WordFile.Para;
import nl.oppstudio.importer.word.internal.WordFile.Row;
import nl.oppstudio.importer.word.internal.WordFile.Table;

/** The texts of a Word file, and what a filled-in copy holds beyond its template: for the "never lost" proof. */
final class WordTexts {

	private WordTexts() {
	}

	/** Every paragraph's text (body, cells, nested tables) and every content control's value, in order. */
	static List<String> of(WordFile file) {
		List<String> texts = new ArrayList<>();
		collect(file.body(), texts);
		return texts;
	}

	private static void collect(List<Block> blocks, List<String> into) {
		for (Block block : blocks) {
			if (block instanceof Para para) {
				// as the reader gives it: a run-level control's value is not in the paragraph's text (finding 11a),
				// so nothing is searched for and cut out here, as the mapper once did
				into.add(para.text().strip());
				for (Control control : para.controls()) {
					into.add(control.value().strip());
				}
			} else if (block instanceof Table table) {
				for (Row row : table.rows()) {
					for (Cell cell : row.cells()) {
						collect(cell.content(), into);
					}
				}
			}
		}
	}

	/**
	 * What the filled copy holds beyond the template: each text that the template does not have, less the longest
	 * template text it starts with (a label, without the underscores or dots of its empty line).
	 */
	static List<String> beyond(WordFile filled, WordFile template) {
		Set<String> own = new HashSet<>();
		for (String text : of(template)) {
			own.add(clean(text));
		}
		List<String> typed = new ArrayList<>();
		for (String text : of(filled)) {
			String clean = clean(text);
			if (clean.isEmpty() || own.contains(clean)) {
				continue;
			}
			String prefix = "";
			for (String label : own) {
				if (!label.isEmpty() && clean.startsWith(label) && label.length() > prefix.length()) {
					prefix = label;
				}
			}
			String rest = clean.substring(prefix.length()).strip();
			if (!rest.isEmpty() && !own.contains(rest)) {
				typed.add(rest);
			}
		}
		return typed;
	}

	/** Whether a typed text is among the stored texts: as typed, or as the date or number it was stored as. */
	static boolean found(String text, List<String> stored) {
		String date = DutchDates.iso(text);
		String number = Conversions.convert(text, ValueKind.NUMBER);
		for (String value : stored) {
			if (value.contains(text) || value.equals(date) || value.equals(number)) {
				return true;
			}
		}
		return false;
	}

	private static String clean(String text) {
		return text.replaceAll("_{2,}|\\.{3,}|…+", " ").replaceAll("\\s+", " ").strip();
	}
}
