package nl.oppstudio.importer.word.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * A Word file as the import sees it, independent of POI: the body's blocks in order and the logo of the
 * header. Made by {@link WordReader}; read by {@link TemplateMapper} (template to draft format) and
 * {@link FilledMapper} (filled-in copy to document). Every block has its {@link Locator}.
 *
 * @param file  the Word file
 * @param body  paragraphs, tables and page breaks of the body, in order
 * @param logos the pictures in the headers, first page's header first
 */
public record WordFile(Path file, List<Block> body, List<Logo> logos) {

	/** A paragraph, a table or a page break. */
	public sealed interface Block permits Para, Table, PageBreak {
		Locator at();
	}

	/**
	 * A paragraph.
	 *
	 * @param at         {@code alinea N} in the body, {@code … alinea N} in a cell
	 * @param text       its visible text, check-box glyphs and form fields left out, white space collapsed
	 * @param heading    heading level 1–9 (style Heading N / Kop N, or an outline level), 0 when none
	 * @param number     its list or heading number as shown ("1a.", "3."), or {@code ""}
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
	 * @param at          {@code inhoud "TAG"} / {@code formulierveld "NAAM"}; the enclosing paragraph's when it has neither
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
