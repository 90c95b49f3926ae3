package nl.oppstudio.testing.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import nl.oppstudio.importer.word.internal.PoiRuntime;

/**
 * Builds Word files ({@code .docx}) with POI for tests, benchmarks and screenshots: every construct the
 * import reads (docs/word-import.md). Fluent: each method adds to the end of the body and returns this
 * builder.
 *
 * <pre>
 * new WordBuilder().heading(1, "1. Gegevens").label("Naam leerling", "")
 * 		.table(t -> t.header("Naam", "Telefoon").row("", "")).save(path);
 * </pre>
 */
public final class WordBuilder {

	/** The fill of a shaded cell. */
	public static final String SHADE = "D9D9D9";
	/** The colour of grey help text. */
	public static final String GREY = "808080";

	private final XWPFDocument document;
	private final Set<String> styles = new HashSet<>();

	public WordBuilder() {
		PoiRuntime.prepare();
		document = new XWPFDocument();
	}

	/** The document being built, for constructs this builder has no method for. */
	public XWPFDocument document() {
		return document;
	}

	/** A heading with style id {@code HeadingN} (name "heading N", as English Word writes it). */
	public WordBuilder heading(int level, String text) {
		return styled("Heading" + level, "heading " + level, level, text);
	}

	/** A heading with the Dutch style id {@code KopN} (name "Kop N"). */
	public WordBuilder kop(int level, String text) {
		return styled("Kop" + level, "Kop " + level, level, text);
	}

	/** A paragraph with outline level {@code level} (1-based) set directly, without a heading style. */
	public WordBuilder outline(int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
		paragraph.createRun().setText(text);
		return this;
	}

	private WordBuilder styled(String id, String name, int level, String text) {
		defineHeadingStyle(id, name, level);
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(id);
		paragraph.createRun().setText(text);
		return this;
	}

	private void defineHeadingStyle(String id, String name, int level) {
		if (!styles.add(id)) {
			return;
		}
		XWPFStyles all = document.createStyles();
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewBasedOn().setVal("Normal");
		style.addNewNext().setVal("Normal");
		style.addNewQFormat();
		style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
		style.getPPr().addNewKeepNext();
		style.addNewRPr().addNewB();
		style.getRPr().addNewSz().setVal(BigInteger.valueOf(Math.max(22, 34 - 4L * level)));
		all.addStyle(new XWPFStyle(style, all));
	}

	/** A plain paragraph (an empty one when {@code text} is empty). */
	public WordBuilder para(String text) {
		XWPFParagraph paragraph = document.createParagraph();
		if (!text.isEmpty()) {
			paragraph.createRun().setText(text);
		}
		return this;
	}

	/** A paragraph of bold text. */
	public WordBuilder bold(String text) {
		XWPFRun run = document.createParagraph().createRun();
		run.setBold(true);
		run.setText(text);
		return this;
	}

	/** A paragraph of italic text (help text). */
	public WordBuilder italic(String text) {
		XWPFRun run = document.createParagraph().createRun();
		run.setItalic(true);
		run.setText(text);
		return this;
	}

	/** A paragraph of grey text (colour 808080: help text). */
	public WordBuilder grey(String text) {
		XWPFRun run = document.createParagraph().createRun();
		run.setColor(GREY);
		run.setText(text);
		return this;
	}

	/** A "Label: value" paragraph: the label and its colon in one run, the value (when not empty) in the next. */
	public WordBuilder label(String label, String value) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.createRun().setText(label + ":");
		if (!value.isEmpty()) {
			paragraph.createRun().setText(" " + value);
		}
		return this;
	}

	/** A paragraph holding only a page break (a break run). */
	public WordBuilder pageBreak() {
		document.createParagraph().createRun().addBreak(BreakType.PAGE);
		return this;
	}

	/** A paragraph that starts a new page itself (page-break-before). */
	public WordBuilder paraOnNewPage(String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setPageBreak(true);
		paragraph.createRun().setText(text);
		return this;
	}

	/** A table of the body, filled by {@code content}. */
	public WordBuilder table(Consumer<Table> content) {
		Table table = new Table();
		content.accept(table);
		table.writeInto(document, document.createTable());
		return this;
	}

	/** Adds a paragraph at the end of the body and hands it over, for runs this builder has no method for. */
	public WordBuilder paragraph(Consumer<XWPFParagraph> content) {
		content.accept(document.createParagraph());
		return this;
	}

	/** The Word file's bytes. */
	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			document.write(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** Writes the Word file (parent folders made when missing) and returns {@code file}. */
	public Path save(Path file) {
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			Files.write(file, bytes());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return file;
	}

	/**
	 * A table: rows of cell texts (a text with new lines becomes several paragraphs), a header row, shaded
	 * cells, merged cells and tables in cells.
	 */
	public static final class Table {

		private final List<List<String>> rows = new ArrayList<>();
		private final List<int[]> shaded = new ArrayList<>();
		private final List<int[]> spans = new ArrayList<>();
		private final List<int[]> downs = new ArrayList<>();
		private final List<Object[]> nested = new ArrayList<>();
		private final List<Object[]> cellContent = new ArrayList<>();
		private boolean header;

		/** A header row (shaded, bold, repeated on each page); call first. */
		public Table header(String... cells) {
			header = true;
			rows.add(List.of(cells));
			for (int c = 0; c < cells.length; c++) {
				shaded.add(new int[] { rows.size() - 1, c });
			}
			return this;
		}

		public Table row(String... cells) {
			rows.add(List.of(cells));
			return this;
		}

		/** {@code count} rows of {@code columns} empty cells. */
		public Table emptyRows(int count, int columns) {
			for (int i = 0; i < count; i++) {
				rows.add(java.util.Collections.nCopies(columns, ""));
			}
			return this;
		}

		/** Shades a cell (0-based row and column, as added). */
		public Table shade(int row, int column) {
			shaded.add(new int[] { row, column });
			return this;
		}

		/** Shades the first cell of every row: a label column. */
		public Table shadeFirstColumn() {
			for (int r = 0; r < rows.size(); r++) {
				shaded.add(new int[] { r, 0 });
			}
			return this;
		}

		/** Merges the cell with the {@code count - 1} cells right of it (w:gridSpan; those cells go). */
		public Table span(int row, int column, int count) {
			spans.add(new int[] { row, column, count });
			return this;
		}

		/** Merges the cell with the {@code count - 1} cells below it (w:vMerge restart / continue). */
		public Table mergeDown(int row, int column, int count) {
			downs.add(new int[] { row, column, count });
			return this;
		}

		/** Puts a table in a cell, after the cell's text. */
		public Table nested(int row, int column, Consumer<Table> content) {
			Table table = new Table();
			content.accept(table);
			nested.add(new Object[] { row, column, table });
			return this;
		}

		/** Hands a cell over (after its text is written), for runs this builder has no method for. */
		public Table cell(int row, int column, Consumer<XWPFTableCell> content) {
			cellContent.add(new Object[] { row, column, content });
			return this;
		}

		@SuppressWarnings("unchecked")
		void writeInto(XWPFDocument document, XWPFTable table) {
			int columns = rows.stream().mapToInt(List::size).max().orElse(1);
			for (int r = 0; r < rows.size(); r++) {
				XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
				while (row.getTableCells().size() < columns) {
					row.addNewTableCell();
				}
				while (row.getTableCells().size() > columns) {
					row.removeCell(row.getTableCells().size() - 1);
				}
				for (int c = 0; c < columns; c++) {
					String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
					write(row.getCell(c), text, header && r == 0);
				}
				if (header && r == 0) {
					row.setRepeatHeader(true);
				}
			}
			for (int[] cell : shaded) {
				table.getRow(cell[0]).getCell(cell[1]).setColor(SHADE);
			}
			for (Object[] entry : cellContent) {
				((Consumer<XWPFTableCell>) entry[2]).accept(table.getRow((Integer) entry[0]).getCell((Integer) entry[1]));
			}
			for (Object[] entry : nested) {
				XWPFTableCell cell = table.getRow((Integer) entry[0]).getCell((Integer) entry[1]);
				CTTbl ctTbl = cell.getCTTc().addNewTbl();
				XWPFTable inner = new XWPFTable(ctTbl, cell, 1, 1);
				((Table) entry[2]).writeInto(document, inner);
				cell.insertTable(cell.getTables().size(), inner);
				// Word wants a paragraph after a table in a cell
				cell.getCTTc().addNewP();
			}
			for (int[] down : downs) {
				for (int i = 0; i < down[2]; i++) {
					CTTc tc = table.getRow(down[0] + i).getCell(down[1]).getCTTc();
					(tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr()).addNewVMerge()
							.setVal(i == 0 ? STMerge.RESTART : STMerge.CONTINUE);
				}
			}
			for (int[] span : spans) {
				XWPFTableRow row = table.getRow(span[0]);
				CTTc tc = row.getCell(span[1]).getCTTc();
				(tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr()).addNewGridSpan().setVal(BigInteger.valueOf(span[2]));
				for (int i = 1; i < span[2]; i++) {
					row.removeCell(span[1] + 1);
				}
			}
		}

		private static void write(XWPFTableCell cell, String text, boolean bold) {
			String[] lines = text.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
				if (!lines[i].isEmpty()) {
					XWPFRun run = paragraph.createRun();
					run.setBold(bold);
					run.setText(lines[i]);
				}
			}
		}
	}
}
