package nl.oppstudio.importer.word.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.osgi.util.NLS;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.importer.word.WordImportException;
import nl.oppstudio.importer.word.internal.WordFile.Block;
import nl.oppstudio.importer.word.internal.WordFile.Cell;
import nl.oppstudio.importer.word.internal.WordFile.CheckBox;
import nl.oppstudio.importer.word.internal.WordFile.Control;
import nl.oppstudio.importer.word.internal.WordFile.PageBreak;
import nl.oppstudio.importer.word.internal.WordFile.Para;
import nl.oppstudio.importer.word.internal.WordFile.Row;
import nl.oppstudio.importer.word.internal.WordFile.Table;

/**
 * Reads a Word file with POI (XWPF) into a {@link WordFile}: the only class of the import that touches
 * POI (docs/word-import.md, Pipeline and Robustness).
 */
public final class WordReader {

	/** Diagnostic codes. */
	public static final String MISSING = "word.missing";
	public static final String UNREADABLE = "word.unreadable";
	public static final String NOT_WORD = "word.not-word";

	/** "heading 1", "Heading1", "Kop 1", "kop1": a heading style's id or name. */
	private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|kop)\\s*([1-9])", Pattern.CASE_INSENSITIVE);
	/** A number typed before a heading's text: "1.", "1a.", "12b.", "2.3". */
	private static final Pattern LITERAL_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*[a-z]?\\.?)\\s+(?=\\S)");

	private final Path file;
	private final XWPFDocument document;

	private WordReader(Path file, XWPFDocument document) {
		this.file = file;
		this.document = document;
	}

	/**
	 * Reads {@code file}.
	 *
	 * @throws WordImportException with a Dutch message naming the file when it is not a readable Word file
	 */
	public static WordFile read(Path file) throws WordImportException {
		PoiRuntime.prepare();
		if (!Files.exists(file)) {
			throw error(file, MISSING, NLS.bind(Messages.readMissing, file));
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw error(file, UNREADABLE, NLS.bind(Messages.readUnreadable, file, "geen leesbaar bestand"));
		}
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XWPFDocument document = new XWPFDocument(pkg)) {
			return new WordReader(file, document).read();
		} catch (NoSuchFileException e) {
			throw error(file, MISSING, NLS.bind(Messages.readMissing, file));
		} catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			throw error(file, NOT_WORD, NLS.bind(Messages.readNotWord, file));
		}
	}

	private static WordImportException error(Path file, String code, String message) {
		return new WordImportException(Diagnostic.error(file, code, message));
	}

	private WordFile read() {
		List<Block> body = new ArrayList<>();
		readBody(document.getBodyElements(), new Locator(""), body);
		return new WordFile(file, List.copyOf(body), List.of());
	}

	/** Reads the paragraphs and tables of the body or of one cell, counting each kind from 1. */
	private void readBody(List<IBodyElement> elements, Locator container, List<Block> out) {
		int paragraphs = 0;
		int tables = 0;
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				readParagraph(paragraph, at(container, "alinea " + ++paragraphs), out);
			} else if (element instanceof XWPFTable table) {
				out.add(readTable(table, at(container, "tabel " + ++tables)));
			}
		}
	}

	private static Locator at(Locator container, String step) {
		return container.path().isEmpty() ? new Locator(step) : container.child(step);
	}

	private void readParagraph(XWPFParagraph paragraph, Locator at, List<Block> out) {
		StringBuilder text = new StringBuilder();
		boolean allBold = true;
		boolean allGuidance = true;
		boolean breakBefore = paragraph.isPageBreak();
		boolean breakAfter = false;
		for (XWPFRun run : paragraph.getRuns()) {
			for (CTBr br : run.getCTR().getBrList()) {
				if (br.isSetType() && br.getType() == STBrType.PAGE) {
					if (text.toString().isBlank()) {
						breakBefore = true;
					} else {
						breakAfter = true;
					}
				}
			}
			String runText = run.text();
			if (runText.isBlank()) {
				continue;
			}
			text.append(runText);
			allBold &= run.isBold();
			allGuidance &= run.isItalic() || isGrey(run.getColor());
		}
		String clean = collapse(text.toString());
		boolean hasText = !clean.isEmpty();
		int heading = headingLevel(paragraph);
		boolean bold = hasText && allBold;
		String number = "";
		if (heading > 0 || bold) {
			Matcher literal = LITERAL_NUMBER.matcher(clean);
			if (literal.find()) {
				number = literal.group(1);
				clean = clean.substring(literal.end());
			}
		}
		if (breakBefore) {
			out.add(new PageBreak(at));
		}
		out.add(new Para(at, clean, heading, number, hasText && allGuidance && heading == 0, bold,
				List.<CheckBox>of(), List.<Control>of()));
		if (breakAfter) {
			out.add(new PageBreak(at));
		}
	}

	/** Heading level from the paragraph's style (id or name "Heading N" / "Kop N", or its outline level) or its own outline level. */
	private int headingLevel(XWPFParagraph paragraph) {
		CTPPr ppr = paragraph.getCTP().getPPr();
		if (ppr != null && ppr.isSetOutlineLvl()) {
			return outline(ppr.getOutlineLvl());
		}
		String styleId = paragraph.getStyleID();
		if (styleId == null || document.getStyles() == null) {
			return styleId == null ? 0 : level(styleId);
		}
		XWPFStyle style = document.getStyles().getStyle(styleId);
		int level = level(styleId);
		if (level == 0 && style != null && style.getName() != null) {
			level = level(style.getName());
		}
		if (level == 0 && style != null) {
			CTPPrGeneral general = style.getCTStyle().getPPr();
			if (general != null && general.isSetOutlineLvl()) {
				level = outline(general.getOutlineLvl());
			}
		}
		return level;
	}

	private static int level(String styleIdOrName) {
		Matcher matcher = HEADING_STYLE.matcher(styleIdOrName.trim());
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
	}

	/** w:outlineLvl 0–8 is heading level 1–9; 9 is body text. */
	private static int outline(CTDecimalNumber outlineLevel) {
		int value = outlineLevel.getVal() == null ? 9 : outlineLevel.getVal().intValue();
		return value >= 0 && value <= 8 ? value + 1 : 0;
	}

	/** A grey: red, green and blue equal, from 40 to D0 hex (Word's greys 595959, 7F7F7F, 808080, A6A6A6, BFBFBF). */
	static boolean isGrey(String color) {
		if (color == null || color.length() != 6 || color.equalsIgnoreCase("auto")) {
			return false;
		}
		try {
			int rgb = Integer.parseInt(color, 16);
			int r = rgb >> 16 & 0xFF;
			int g = rgb >> 8 & 0xFF;
			int b = rgb & 0xFF;
			return r == g && g == b && r >= 0x40 && r <= 0xD0;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private Table readTable(XWPFTable table, Locator at) {
		List<Row> rows = new ArrayList<>();
		int r = 0;
		for (XWPFTableRow row : table.getRows()) {
			r++;
			List<Cell> cells = new ArrayList<>();
			int k = 0;
			for (XWPFTableCell cell : row.getTableCells()) {
				Locator cellAt = at.child("rij " + r + " kolom " + ++k);
				List<Block> content = new ArrayList<>();
				readBody(cell.getBodyElements(), cellAt, content);
				cells.add(new Cell(cellAt, List.copyOf(content), isShaded(cell)));
			}
			rows.add(new Row(List.copyOf(cells)));
		}
		return new Table(at, List.copyOf(rows));
	}

	private static boolean isShaded(XWPFTableCell cell) {
		String fill = cell.getColor();
		return fill != null && !fill.equalsIgnoreCase("auto") && !fill.equalsIgnoreCase("FFFFFF");
	}

	/** White space (tabs, new lines, no-break spaces, runs of spaces) as one space, trimmed. */
	static String collapse(String text) {
		return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").trim();
	}
}
