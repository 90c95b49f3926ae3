package nl.oppstudio.importer.word.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Word file as the import sees it, independent of POI: the body's blocks in order and the logo of the
 * header. Made by {@link WordReader}; read by {@link TemplateMapper} (template to draft format) and
 * {@link FilledMapper} (filled-in copy to document). Every block has its {@link Locator}.
 * <p>
 * Lookups: {@link #find} gives the place a locator names (a paragraph, table, cell, content control, form
 * field or check box, or the text under a paragraph); {@link #paragraphs}, {@link #tables},
 * {@link #controls} and {@link #checkBoxes} walk everything in document order, cells and nested tables
 * included. They walk the blocks each time: a few microseconds per lookup for a 100-page file.
 *
 * @param file  the Word file
 * @param body  paragraphs, tables and page breaks of the body, in order
 * @param logos the pictures in the headers, first page's header first
 * @param notes what the reader simplified or left out (docs/word-import.md, Robustness), in order: for the report
 */
public record WordFile(Path file, List<Block> body, List<Logo> logos, List<Note> notes) {

	/** A file without notes. */
	public WordFile(Path file, List<Block> body, List<Logo> logos) {
		this(file, body, logos, List.of());
	}

	/**
	 * Something the reader simplified or left out, such as a table nested deeper than it reads.
	 *
	 * @param at      where
	 * @param message in Dutch, what happened ("tabel in tabel dieper dan 6 lagen: als tekst gelezen")
	 */
	public record Note(Locator at, String message) {
	}

	/** The locator of a content control or form field without tag or name: its paragraph's, and its number there. */
	private static final Pattern OWN_CONTROL = Pattern.compile("(.+) inhoud (\\d+)");

	/**
	 * The place {@code at} names (docs/word-import.md, Locators): a {@link Para} ({@code alinea N}), a
	 * {@link Table} ({@code tabel N}), a {@link Cell} ({@code tabel N rij R kolom K}), each also inside cells;
	 * an {@link Under} ({@code onder alinea N}); a {@link Control} or {@link CheckBox} ({@code inhoud "TAG"},
	 * {@code formulierveld "NAAM"}, the first with that locator; {@code alinea 4 inhoud 2}, one without tag or name). Empty when there is no such place.
	 */
	public Optional<Object> find(Locator at) {
		String path = at.path().trim();
		if (path.startsWith("inhoud \"") || path.startsWith("formulierveld \"")) {
			for (Para para : paragraphs()) {
				for (Control control : para.controls()) {
					if (control.at().path().equals(path)) {
						return Optional.of(control);
					}
				}
				for (CheckBox box : para.checkBoxes()) {
					if (box.at().path().equals(path)) {
						return Optional.of(box);
					}
				}
			}
			return Optional.empty();
		}
		Matcher own = OWN_CONTROL.matcher(path);
		if (own.matches()) { // a control without tag or name: "alinea 4 inhoud 2"
			return find(new Locator(own.group(1))).filter(Para.class::isInstance).map(Para.class::cast)
					.flatMap(para -> para.controls().stream().filter(c -> c.at().path().equals(path)).findFirst())
					.map(Object.class::cast);
		}
		if (path.startsWith("onder ")) {
			return under(new Locator(path.substring("onder ".length()))).map(Object.class::cast);
		}
		String[] steps = path.split("\\s+");
		List<Block> container = body;
		Object found = null;
		for (int i = 0; i < steps.length; i++) {
			int n = i + 1 < steps.length ? number(steps[i + 1]) : 0;
			if (n <= 0 || found instanceof Para || found instanceof Table) {
				return Optional.empty();
			}
			if (steps[i].equals("alinea")) {
				found = nth(container, Para.class, n);
				i++;
			} else if (steps[i].equals("tabel")) {
				Table table = nth(container, Table.class, n);
				i++;
				found = table;
				if (table != null && i + 4 < steps.length && steps[i + 1].equals("rij") && steps[i + 3].equals("kolom")) {
					int row = number(steps[i + 2]);
					int column = number(steps[i + 4]);
					i += 4;
					Cell cell = row >= 1 && row <= table.rows().size() && column >= 1
							&& column <= table.rows().get(row - 1).cells().size()
									? table.rows().get(row - 1).cells().get(column - 1)
									: null;
					found = cell;
					if (cell != null) {
						container = cell.content();
					}
				}
			} else {
				return Optional.empty();
			}
			if (found == null) {
				return Optional.empty();
			}
		}
		return Optional.ofNullable(found);
	}

	/** {@link #find}, only when it is a paragraph. */
	public Optional<Para> paragraph(Locator at) {
		return find(at).filter(Para.class::isInstance).map(Para.class::cast);
	}

	/** {@link #find}, only when it is a table. */
	public Optional<Table> table(Locator at) {
		return find(at).filter(Table.class::isInstance).map(Table.class::cast);
	}

	/** {@link #find}, only when it is a cell. */
	public Optional<Cell> cell(Locator at) {
		return find(at).filter(Cell.class::isInstance).map(Cell.class::cast);
	}

	/** {@link #find}, only when it is a content control or form field (not a check box). */
	public Optional<Control> control(Locator at) {
		return find(at).filter(Control.class::isInstance).map(Control.class::cast);
	}

	/**
	 * The paragraphs after the paragraph {@code at} ({@code alinea N}, also in a cell) up to the next heading,
	 * table or page break, as {@code onder alinea N} names them; empty when {@code at} is no paragraph.
	 */
	public Optional<Under> under(Locator at) {
		Optional<Para> start = paragraph(at);
		if (start.isEmpty()) {
			return Optional.empty();
		}
		List<Block> container = containerOf(body, start.get());
		List<Para> after = new ArrayList<>();
		boolean seen = false;
		for (Block block : container) {
			if (block == start.get()) {
				seen = true;
			} else if (seen) {
				if (!(block instanceof Para para) || para.heading() > 0) {
					break;
				}
				after.add(para);
			}
		}
		return Optional.of(new Under(new Locator("onder " + at.path()), List.copyOf(after)));
	}

	/**
	 * The paragraphs under another ({@code onder alinea N}).
	 *
	 * @param at         {@code onder …}
	 * @param paragraphs in order; may be empty
	 */
	public record Under(Locator at, List<Para> paragraphs) {

		/** Their text, joined by new lines, empty paragraphs left out. */
		public String text() {
			StringBuilder text = new StringBuilder();
			for (Para para : paragraphs) {
				if (!para.text().isEmpty()) {
					text.append(text.isEmpty() ? "" : "\n").append(para.text());
				}
			}
			return text.toString();
		}
	}

	private static List<Block> containerOf(List<Block> blocks, Block target) {
		for (Block block : blocks) {
			if (block == target) {
				return blocks;
			}
			if (block instanceof Table table) {
				for (Row row : table.rows()) {
					for (Cell cell : row.cells()) {
						List<Block> found = containerOf(cell.content(), target);
						if (found != null) {
							return found;
						}
					}
				}
			}
		}
		return null;
	}

	private static int number(String text) {
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static <T extends Block> T nth(List<Block> container, Class<T> kind, int n) {
		int seen = 0;
		for (Block block : container) {
			if (kind.isInstance(block) && ++seen == n) {
				return kind.cast(block);
			}
		}
		return null;
	}

	/** Every paragraph in document order, those in cells and nested tables included (a cell's after its table's earlier cells). */
	public List<Para> paragraphs() {
		List<Para> out = new ArrayList<>();
		walk(body, out, new ArrayList<>());
		return out;
	}

	/** Every table in document order, a nested table after the cells before it. */
	public List<Table> tables() {
		List<Table> out = new ArrayList<>();
		walk(body, new ArrayList<>(), out);
		return out;
	}

	/** Every content control and form field other than check boxes, in document order. */
	public List<Control> controls() {
		return paragraphs().stream().flatMap(p -> p.controls().stream()).toList();
	}

	/** Every check box, in document order. */
	public List<CheckBox> checkBoxes() {
		return paragraphs().stream().flatMap(p -> p.checkBoxes().stream()).toList();
	}

	private static void walk(List<Block> blocks, List<Para> paragraphs, List<Table> tables) {
		for (Block block : blocks) {
			if (block instanceof Para para) {
				paragraphs.add(para);
			} else if (block instanceof Table table) {
				tables.add(table);
				for (Row row : table.rows()) {
					for (Cell cell : row.cells()) {
						walk(cell.content(), paragraphs, tables);
					}
				}
			}
		}
	}

	/** A paragraph, a table or a page break. */
	public sealed interface Block permits Para, Table, PageBreak {
		Locator at();
	}

	/**
	 * A paragraph.
	 *
	 * @param at         {@code alinea N} in the body, {@code … alinea N} in a cell
	 * @param text       its visible text, white space collapsed; left out: check-box glyphs, run-level content
 *                   controls and legacy form fields (their text is their {@link Control#value}), deleted and
 *                   hidden text, field codes, drawings and text boxes. The paragraphs inside a block-level
 *                   content control keep their text (empty while it shows its placeholder).
	 * @param heading    heading level 1–9 (style Heading N / Kop N, or an outline level), 0 when none
	 * @param number     its list or heading number as shown ("1a.", "3."), or {@code ""}: from Word's numbering,
 *                   else, for a heading or an all-bold paragraph, a number typed before the text ("1a. Recente
 *                   …"), which is then not part of {@code text}
	 * @param guidance   all its text is italic or grey: help text rather than a label
	 * @param bold       all its text is bold
	 * @param checkBoxes its check boxes in order (glyphs ☐☒, check-box content controls, FORMCHECKBOX)
	 * @param controls   its content controls and legacy form fields other than check boxes
	 */
	public record Para(Locator at, String text, int heading, String number, boolean guidance, boolean bold,
			List<CheckBox> checkBoxes, List<Control> controls) implements Block {
	}

	/**
	 * A check box and the text after it up to the next box or the paragraph's end.
	 *
	 * @param at      the paragraph's locator, or the content control's / form field's own
	 */
	public record CheckBox(Locator at, String label, boolean checked) {
	}

	/**
	 * A content control ({@code w:sdt}) or a legacy form field ({@code FORMTEXT}, {@code FORMDROPDOWN}).
	 *
	 * @param at          {@code inhoud "TAG"} / {@code formulierveld "NAAM"}; without either, the paragraph's and
	 *                    its number there ({@code alinea 4 inhoud 2}); a block-level control without either: the paragraph's
	 * @param kind        what it asks for
	 * @param tag         {@code w:tag} or the form field's name, {@code ""} when none
	 * @param alias       {@code w:alias} (the title Word shows), {@code ""} when none
	 * @param placeholder the placeholder text shown while empty, {@code ""} when none
	 * @param value       the text filled in, {@code ""} while it shows its placeholder
	 * @param options     the items of a drop-down list or combo box
	 * @param dateFormat  the date format of a date control ({@code dd-MM-yyyy}), {@code ""} otherwise
	 */
	public record Control(Locator at, ControlKind kind, String tag, String alias, String placeholder, String value,
			List<String> options, String dateFormat) {
	}

	/** What a content control or form field asks for. */
	public enum ControlKind {
		TEXT, RICH_TEXT, DATE, DROPDOWN, CHECKBOX
	}

	/**
	 * A table.
	 *
	 * @param at   {@code tabel N} in the body, {@code … tabel N} in a cell
	 * @param rows its rows, top first
	 */
	public record Table(Locator at, List<Row> rows) implements Block {
	}

	/** A row of a table. */
	public record Row(List<Cell> cells) {
	}

	/**
	 * A cell and what is in it.
	 *
	 * @param at      {@code tabel T rij R kolom K}
	 * @param content its paragraphs and nested tables
	 * @param shaded  the cell has a fill colour (often a label or header cell)
	 */
	public record Cell(Locator at, List<Block> content, boolean shaded) {

		/** The text of all its paragraphs, joined by new lines. */
		public String text() {
			StringBuilder text = new StringBuilder();
			for (Block block : content) {
				if (block instanceof Para para && !para.text().isEmpty()) {
					text.append(text.isEmpty() ? "" : "\n").append(para.text());
				}
			}
			return text.toString();
		}
	}

	/** A page break (a break run, or a paragraph with page-break-before). */
	public record PageBreak(Locator at) implements Block {
	}

	/**
	 * A picture from a header.
	 *
	 * @param fileName its name in the Word file ({@code image1.png})
	 * @param bytes    the picture
	 * @param altText  its alternative text (description, else title), {@code ""} when none
	 */
	public record Logo(String fileName, byte[] bytes, String altText) {
	}
}
