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

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
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

	/** A numbered heading: style Heading N and Word numbering "1.", "1a." (level 2), "1a.i." (level 3), counted by Word. */
	public WordBuilder numberedHeading(int level, String text) {
		defineHeadingStyle("Heading" + level, "heading " + level, level);
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle("Heading" + level);
		paragraph.setNumID(headingNumbering());
		paragraph.setNumILvl(BigInteger.valueOf(level - 1L));
		paragraph.createRun().setText(text);
		return this;
	}

	private BigInteger headingNumbers;

	private BigInteger headingNumbering() {
		if (headingNumbers == null) {
			String[][] levels = { { "decimal", "%1." }, { "lowerLetter", "%1%2." }, { "lowerRoman", "%1%2.%3." } };
			// XMLBeans reads a type's content from an xml-fragment element
			StringBuilder xml = new StringBuilder("<xml-fragment xmlns:w=\"" + W + "\" w:abstractNumId=\"7\">"
					+ "<w:multiLevelType w:val=\"multilevel\"/>");
			for (int i = 0; i < levels.length; i++) {
				xml.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
						.append(levels[i][0]).append("\"/><w:lvlText w:val=\"").append(levels[i][1])
						.append("\"/><w:lvlJc w:val=\"left\"/></w:lvl>");
			}
			xml.append("</xml-fragment>");
			try {
				XWPFNumbering numbering = document.createNumbering();
				BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(xml.toString())));
				headingNumbers = numbering.addNum(abstractId);
			} catch (XmlException e) {
				throw new IllegalStateException(e);
			}
		}
		return headingNumbers;
	}

	/** "Label: " and a run-level content control. */
	public WordBuilder control(String label, Sdt sdt) {
		XWPFParagraph paragraph = document.createParagraph();
		if (!label.isEmpty()) {
			paragraph.createRun().setText(label + ": ");
		}
		appendControl(paragraph, sdt);
		return this;
	}

	/** A block-level content control holding one paragraph. */
	public WordBuilder blockControl(Sdt sdt) {
		insertXml(document.getDocument().getBody(), sdt.block());
		return this;
	}

	/** Appends a run-level content control to a paragraph (also one in a cell). */
	public static void appendControl(XWPFParagraph paragraph, Sdt sdt) {
		insertXml(paragraph.getCTP(), sdt.inline());
	}

	/** Appends a block-level content control to a cell, after its paragraphs. */
	public static void appendBlockControl(XWPFTableCell cell, Sdt sdt) {
		insertXml(cell.getCTTc(), sdt.block());
	}

	/** A paragraph of check boxes as Wingdings symbols (w:sym F0FE ticked, F0A8 empty), each followed by its option. */
	public WordBuilder symbolBoxes(String label, String... optionsWithTick) {
		XWPFParagraph paragraph = document.createParagraph();
		if (!label.isEmpty()) {
			paragraph.createRun().setText(label + ": ");
		}
		StringBuilder xml = new StringBuilder();
		for (String option : optionsWithTick) {
			boolean ticked = option.startsWith("x ");
			xml.append("<w:r><w:sym w:font=\"Wingdings\" w:char=\"").append(ticked ? "F0FE" : "F0A8")
					.append("\"/></w:r><w:r><w:t xml:space=\"preserve\"> ").append(escape(ticked ? option.substring(2) : option))
					.append(" </w:t></w:r>");
		}
		insertXml(paragraph.getCTP(), xml.toString());
		return this;
	}

	/** "Label: " and a legacy check box (FORMCHECKBOX) followed by {@code text}. */
	public WordBuilder formCheckBox(String label, String name, boolean checked, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		if (!label.isEmpty()) {
			paragraph.createRun().setText(label + ": ");
		}
		insertXml(paragraph.getCTP(), field(name, "<w:checkBox><w:sizeAuto/><w:default w:val=\"0\"/>"
				+ (checked ? "<w:checked/>" : "") + "</w:checkBox>", "FORMCHECKBOX", null)
				+ "<w:r><w:t xml:space=\"preserve\"> " + escape(text) + "</w:t></w:r>");
		return this;
	}

	/** "Label: " and a legacy text field (FORMTEXT) with its default text, showing {@code value} (or the default when empty). */
	public WordBuilder formText(String label, String name, String defaultText, String value) {
		XWPFParagraph paragraph = document.createParagraph();
		if (!label.isEmpty()) {
			paragraph.createRun().setText(label + ": ");
		}
		String shown = value.isEmpty() ? (defaultText.isEmpty() ? "\u2002\u2002\u2002\u2002\u2002" : defaultText) : value;
		insertXml(paragraph.getCTP(), field(name, "<w:textInput>"
				+ (defaultText.isEmpty() ? "" : "<w:default w:val=\"" + escape(defaultText) + "\"/>") + "</w:textInput>",
				"FORMTEXT", shown));
		return this;
	}

	/** "Label: " and a legacy drop-down (FORMDROPDOWN) showing entry {@code chosen} (0-based). */
	public WordBuilder formDropDown(String label, String name, int chosen, String... entries) {
		XWPFParagraph paragraph = document.createParagraph();
		if (!label.isEmpty()) {
			paragraph.createRun().setText(label + ": ");
		}
		StringBuilder list = new StringBuilder("<w:ddList>");
		if (chosen > 0) {
			list.append("<w:result w:val=\"").append(chosen).append("\"/>");
		}
		for (String entry : entries) {
			list.append("<w:listEntry w:val=\"").append(escape(entry)).append("\"/>");
		}
		insertXml(paragraph.getCTP(), field(name, list.append("</w:ddList>").toString(), "FORMDROPDOWN", null));
		return this;
	}

	/** The runs of a legacy form field: begin (with w:ffData), the field code, separate, its result, end. */
	private static String field(String name, String data, String code, String result) {
		StringBuilder xml = new StringBuilder("<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"")
				.append(escape(name)).append("\"/><w:enabled/><w:calcOnExit w:val=\"0\"/>").append(data)
				.append("</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space=\"preserve\"> ").append(code)
				.append(" </w:instrText></w:r>");
		if (result != null) {
			xml.append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t xml:space=\"preserve\">")
					.append(escape(result)).append("</w:t></w:r>");
		}
		return xml.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>").toString();
	}

	/**
	 * A picture in the header of {@code type} (default: every page), with alternative text
	 * {@code description} (wp:docPr descr) and {@code title} (wp:docPr title); either may be empty.
	 */
	public WordBuilder headerLogo(HeaderFooterType type, byte[] png, String fileName, String description, String title) {
		XWPFHeader header = null;
		for (XWPFHeader existing : document.getHeaderList()) {
			if (type == HeaderFooterType.DEFAULT && existing == document.getHeaderFooterPolicy().getDefaultHeader()
					|| type == HeaderFooterType.FIRST && existing == document.getHeaderFooterPolicy().getFirstPageHeader()) {
				header = existing;
			}
		}
		if (header == null) {
			header = document.createHeader(type);
		}
		XWPFParagraph paragraph = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
		try {
			paragraph.createRun().addPicture(new java.io.ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, fileName,
					Units.toEMU(120), Units.toEMU(40));
		} catch (InvalidFormatException | IOException e) {
			throw new IllegalStateException(e);
		}
		List<org.w3c.dom.Element> docPrs = new ArrayList<>();
		docPrs(header._getHdrFtr().getDomNode(), docPrs);
		org.w3c.dom.Element docPr = docPrs.get(docPrs.size() - 1);
		// POI writes the file name as the description
		if (description.isEmpty()) {
			docPr.removeAttribute("descr");
		} else {
			docPr.setAttribute("descr", description);
		}
		if (!title.isEmpty()) {
			docPr.setAttribute("title", title);
		}
		return this;
	}

	private static void docPrs(org.w3c.dom.Node node, List<org.w3c.dom.Element> out) {
		for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof org.w3c.dom.Element element && "docPr".equals(child.getLocalName())) {
				out.add(element);
			}
			docPrs(child, out);
		}
	}

	/** A logo on every page's header. */
	public WordBuilder headerLogo(byte[] png, String description) {
		return headerLogo(HeaderFooterType.DEFAULT, png, "logo.png", description, "");
	}

	/** A PNG of {@code width} × {@code height} pixels of one colour (0xRRGGBB): a logo for tests. */
	public static byte[] png(int width, int height, int rgb) {
		try {
			ByteArrayOutputStream raw = new ByteArrayOutputStream();
			for (int y = 0; y < height; y++) {
				raw.write(0);
				for (int x = 0; x < width; x++) {
					raw.write(rgb >> 16 & 0xFF);
					raw.write(rgb >> 8 & 0xFF);
					raw.write(rgb & 0xFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
			java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
					.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
			chunk(out, "IHDR", header.array());
			ByteArrayOutputStream compressed = new ByteArrayOutputStream();
			try (java.util.zip.DeflaterOutputStream deflate = new java.util.zip.DeflaterOutputStream(compressed)) {
				deflate.write(raw.toByteArray());
			}
			chunk(out, "IDAT", compressed.toByteArray());
			chunk(out, "IEND", new byte[0]);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		crc.update(typeBytes);
		crc.update(data);
		out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
		out.write(typeBytes);
		out.write(data);
		out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

	/** Appends WordprocessingML (prefixes w and w14) as the last children of {@code parent} (in a body: before w:sectPr). */
	public static void insertXml(XmlObject parent, String xml) {
		XmlObject fragment;
		try {
			fragment = XmlObject.Factory.parse("<fragment xmlns:w=\"" + W + "\" xmlns:w14=\"" + W14 + "\">" + xml + "</fragment>");
		} catch (XmlException e) {
			throw new IllegalArgumentException(xml, e);
		}
		try (XmlCursor source = fragment.newCursor(); XmlCursor target = parent.newCursor()) {
			source.toFirstChild();
			if (!source.toFirstChild()) {
				return;
			}
			target.toEndToken();
			if (parent instanceof org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody body && body.isSetSectPr()) {
				try (XmlCursor sectPr = body.getSectPr().newCursor()) {
					target.toCursor(sectPr);
				}
			}
			do {
				source.copyXml(target);
			} while (source.toNextSibling());
		}
	}

	/** Text for an XML attribute or element. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
