package nl.oppstudio.importer.word.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Limits;
import nl.oppstudio.importer.word.WordImportException;
import nl.oppstudio.importer.word.internal.WordFile.Block;
import nl.oppstudio.importer.word.internal.WordFile.Cell;
import nl.oppstudio.importer.word.internal.WordFile.CheckBox;
import nl.oppstudio.importer.word.internal.WordFile.Control;
import nl.oppstudio.importer.word.internal.WordFile.ControlKind;
import nl.oppstudio.importer.word.internal.WordFile.Logo;
import nl.oppstudio.importer.word.internal.WordFile.Note;
import nl.oppstudio.importer.word.internal.WordFile.PageBreak;
import nl.oppstudio.importer.word.internal.WordFile.Para;
import nl.oppstudio.importer.word.internal.WordFile.Row;
import nl.oppstudio.importer.word.internal.WordFile.Table;

/**
 * Reads a Word file with POI (XWPF) into a {@link WordFile}: the only class of the import that touches
 * POI (docs/word-import.md, Pipeline and Robustness). POI opens the package and parses the parts; the
 * body, the headers, the styles and the numbering are then walked as XML (the DOM view XMLBeans gives),
 * so that content controls, fields and Word 2010 check boxes, which POI's usermodel leaves out, are seen
 * in document order.
 */
public final class WordReader {

	/** Diagnostic codes. */
	public static final String MISSING = "word.missing";
	public static final String UNREADABLE = "word.unreadable";
	public static final String NOT_WORD = "word.not-word";
	public static final String EMPTY = "word.empty";
	public static final String OWNER_FILE = "word.owner-file";
	public static final String TOO_LARGE = "word.too-large";
	public static final String OTHER_OFFICE = "word.other-office";
	public static final String PROTECTED = "word.protected";
	public static final String OLD_DOC = "word.doc";
	public static final String RTF = "word.rtf";
	public static final String STRICT = "word.strict";
	public static final String ZIP_BOMB = "word.zip-bomb";
	public static final String TOO_MANY_BLOCKS = "word.too-many-blocks";
	public static final String TOO_DEEP = "word.too-deep";
	public static final String TOO_MUCH = "word.too-much";

	/**
	 * The XML of all parts together, unpacked (POI holds it as a tree of several times its size). Each part
	 * may be {@link Limits#MAX_WORD_BYTES} and a 32 MB file may hold dozens; together they may be no more.
	 */
	public static final long MAX_XML_BYTES = Limits.MAX_WORD_BYTES;

	/**
	 * Characters of text, values and labels read (a block-level control's value repeats its paragraphs' text,
	 * so nested controls could multiply it); 16 million is some 8,000 pages of text.
	 */
	public static final long MAX_TEXT_CHARS = 16L << 20;

	/**
	 * Paragraphs, tables and cells in one file. A 100-page template has about 6,200 (WordExamples.pages);
	 * 100,000 is some 1,500 pages, past which a report line per block helps nobody.
	 */
	public static final int MAX_BLOCKS = 100_000;

	/**
	 * Tables in tables. Real templates nest two deep (an address block in a cell); each level costs a few
	 * calls on the thread's stack, so a file nesting thousands deep would overflow it. Deeper tables are
	 * read as text, with a note.
	 */
	public static final int MAX_TABLE_DEPTH = 6;

	/** Header pictures kept as logos (a template uses the first); each is read once, however often it is shown. */
	public static final int MAX_LOGOS = 3;

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
	static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
	static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
	static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	/** "heading 1", "Heading1", "Kop 1", "kop1": a heading style's id or name. */
	private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|kop)\\s*([1-9])", Pattern.CASE_INSENSITIVE);
	/** A number typed before a heading's text: "1.", "1a.", "12b.", "2.3". */
	private static final Pattern LITERAL_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*[a-z]?\\.?)\\s+(?=\\S)");

	private final Path file;
	private final XWPFDocument document;
	private final List<Note> notes = new ArrayList<>();
	private int blocks;
	private long chars;
	private final Map<String, Element> styles = new HashMap<>();
	private final Numbering numbering;

	private WordReader(Path file, XWPFDocument document) {
		this.file = file;
		this.document = document;
		XWPFStyles all = document.getStyles();
		if (all != null) {
			for (XWPFStyle style : all.getStyles()) {
				if (style.getStyleId() != null && style.getCTStyle().getDomNode() instanceof Element element) {
					styles.putIfAbsent(style.getStyleId(), element);
				}
			}
		}
		numbering = new Numbering(document.getNumbering());
	}

	/**
	 * Reads {@code file}: a {@code .docx}, {@code .docm}, {@code .dotx} or {@code .dotm}.
	 *
	 * @throws WordImportException with a Dutch message naming the file and saying what to do when it is no
	 *                             readable Word file: missing, empty, too large, not a Word file or corrupt,
	 *                             password-protected, the old {@code .doc}, RTF, strict Open XML, a zip bomb,
	 *                             or past the limits (docs/word-import.md, Robustness)
	 */
	public static WordFile read(Path file) throws WordImportException {
		return read(file, true);
	}

	/**
	 * Reads {@code file} as {@link #read(Path)} does; without {@code logos} the headers' pictures are not read
	 * (a filled-in copy's import has no use for them) and {@link WordFile#logos()} is empty.
	 */
	public static WordFile read(Path file, boolean logos) throws WordImportException {
		PoiRuntime.prepare();
		if (!Files.exists(file)) {
			throw error(file, MISSING, NLS.bind(Messages.readMissing, file));
		}
		byte[] head = new byte[8];
		int headLength;
		long size;
		try {
			if (!Files.isRegularFile(file)) {
				throw new IOException("not a regular file");
			}
			size = Files.size(file);
			try (InputStream in = Files.newInputStream(file)) {
				headLength = in.readNBytes(head, 0, head.length);
			}
		} catch (NoSuchFileException e) {
			throw error(file, MISSING, NLS.bind(Messages.readMissing, file), e);
		} catch (IOException | SecurityException e) {
			throw error(file, UNREADABLE, NLS.bind(Messages.readUnreadable, file), e);
		}
		if (file.getFileName() != null && file.getFileName().toString().startsWith("~$")) {
			// Word's owner file beside an open document ("~$derzoek.docx", 162 bytes), often caught in a folder
			throw error(file, OWNER_FILE, NLS.bind(Messages.readOwnerFile, file));
		}
		if (size == 0) {
			throw error(file, EMPTY, NLS.bind(Messages.readEmpty, file));
		}
		if (size > Limits.MAX_WORD_BYTES) {
			throw error(file, TOO_LARGE,
					NLS.bind(Messages.readTooLarge, new Object[] { file, Limits.size(size), Limits.size(Limits.MAX_WORD_BYTES) }));
		}
		if (headLength == 8 && startsWith(head, OLE2)) {
			throw ole2(file);
		}
		if (startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
			throw error(file, RTF, NLS.bind(Messages.readRtf, file));
		}
		if (!startsWith(head, new byte[] { 'P', 'K' })) {
			throw error(file, NOT_WORD, NLS.bind(Messages.readNotWord, file));
		}
		long xml = xmlBytes(file);
		if (xml > MAX_XML_BYTES) {
			throw error(file, TOO_MUCH, NLS.bind(Messages.readTooMuch, file, Limits.size(MAX_XML_BYTES)));
		}
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			checkMainPart(file, pkg);
			try (XWPFDocument document = new XWPFDocument(pkg)) {
				return new WordReader(file, document).read(logos);
			}
		} catch (TooMuchText e) {
			throw error(file, TOO_MUCH, NLS.bind(Messages.readTooMuch, file, Limits.size(MAX_XML_BYTES)), e);
		} catch (TooManyBlocks e) {
			throw error(file, TOO_MANY_BLOCKS, NLS.bind(Messages.readTooManyBlocks, file, Limits.number(MAX_BLOCKS)), e);
		} catch (StackOverflowError e) {
			// a safety net: the walk bounds its own depth, POI's parsers may not
			throw error(file, TOO_DEEP, NLS.bind(Messages.readTooDeep, file), e);
		} catch (IOException | RuntimeException | InvalidFormatException e) {
			if (causedBy(e, "maxElementDepth") || causedBy(e, "maximum supported depth")) {
				throw error(file, TOO_DEEP, NLS.bind(Messages.readTooDeep, file), e);
			}
			if (causedBy(e, "Zip bomb detected")) {
				throw error(file, ZIP_BOMB, NLS.bind(Messages.readZipBomb, file, Limits.size(Limits.MAX_WORD_BYTES)), e);
			}
			throw error(file, NOT_WORD, NLS.bind(Messages.readNotWord, file), e);
		}
	}

	/**
	 * The unpacked size of the package's XML parts together, counted while unpacking and stopped just past
	 * {@link #MAX_XML_BYTES}; 0 when this cannot tell (a damaged zip, or one part past the limit alone):
	 * POI then refuses it with its own reason.
	 */
	private static long xmlBytes(Path file) {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			for (var entries = zip.entries(); entries.hasMoreElements();) {
				java.util.zip.ZipEntry entry = entries.nextElement();
				String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
				if (entry.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels"))) {
					continue;
				}
				long part = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
						part += n;
						if (part > Limits.MAX_WORD_BYTES) {
							return 0; // one part past the limit: POI's zip-bomb guard names it
						}
						if (total + part > MAX_XML_BYTES) {
							return total + part;
						}
					}
				}
				total += part;
			}
			return total;
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static boolean startsWith(byte[] head, byte[] prefix) {
		if (head.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (head[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** An OLE2 file: a password-protected Word file (its package encrypted inside), an old .doc, or another Office file. */
	private static WordImportException ole2(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
				return error(file, PROTECTED, NLS.bind(Messages.readProtected, file));
			}
			if (root.hasEntryCaseInsensitive("WordDocument")) {
				return error(file, OLD_DOC, NLS.bind(Messages.readOldDoc, file));
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				return error(file, OTHER_OFFICE, NLS.bind(Messages.readOtherOffice, file, "Excel"));
			}
			if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
				return error(file, OTHER_OFFICE, NLS.bind(Messages.readOtherOffice, file, "PowerPoint"));
			}
			return error(file, NOT_WORD, NLS.bind(Messages.readNotWord, file));
		} catch (IOException | RuntimeException e) {
			return error(file, NOT_WORD, NLS.bind(Messages.readNotWord, file), e);
		}
	}

	/** The package's main part must be a Word document (or template, with or without macros), not strict Open XML. */
	private static void checkMainPart(Path file, OPCPackage pkg) throws WordImportException, InvalidFormatException {
		PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (main.size() == 0) {
			if (pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).size() > 0) {
				throw error(file, STRICT, NLS.bind(Messages.readStrict, file));
			}
			throw error(file, NOT_WORD, NLS.bind(Messages.readNotWord, file));
		}
		PackagePart part = pkg.getPart(main.getRelationship(0));
		String type = part == null ? "" : part.getContentType();
		if (type.contains("spreadsheetml") || type.contains("ms-excel")) {
			throw error(file, OTHER_OFFICE, NLS.bind(Messages.readOtherOffice, file, "Excel"));
		}
		if (type.contains("presentationml") || type.contains("ms-powerpoint")) {
			throw error(file, OTHER_OFFICE, NLS.bind(Messages.readOtherOffice, file, "PowerPoint"));
		}
		if (!type.contains("wordprocessingml") && !type.contains("ms-word")) {
			throw error(file, NOT_WORD, NLS.bind(Messages.readNotWord, file));
		}
	}

	/**
	 * Whether a message in the chain has {@code text}: POI's zip-bomb guard (ZipSecureFile) says "Zip bomb
	 * detected", the JDK's XML parser names its "jdk.xml.maxElementDepth" (100 from Java 24 on), POI's own
	 * depth guard (1,000 elements) says "maximum supported depth".
	 */
	private static boolean causedBy(Throwable e, String text) {
		int depth = 0;
		for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
			if (t.getMessage() != null && t.getMessage().contains(text)) {
				return true;
			}
		}
		return false;
	}

	private static WordImportException error(Path file, String code, String message) {
		return new WordImportException(Diagnostic.error(file, code, message));
	}

	/** The cause is kept for developers (a stack trace in a log); the message has none of its text. */
	private static WordImportException error(Path file, String code, String message, Throwable cause) {
		WordImportException exception = error(file, code, message);
		exception.initCause(cause);
		return exception;
	}

	private WordFile read(boolean withLogos) {
		List<Block> body = new ArrayList<>();
		Node bodyNode = document.getDocument().getBody().getDomNode();
		new Container(new Locator(""), 0).read(bodyNode, body, 0);
		return new WordFile(file, List.copyOf(body), withLogos ? logos() : List.of(), List.copyOf(notes));
	}

	/** Past {@link #MAX_BLOCKS}. */
	private static final class TooManyBlocks extends RuntimeException {
		private static final long serialVersionUID = 1L;

		TooManyBlocks() {
			super("more than " + MAX_BLOCKS + " blocks", null, false, false);
		}
	}

	/** Past {@link #MAX_TEXT_CHARS}. */
	private static final class TooMuchText extends RuntimeException {
		private static final long serialVersionUID = 1L;

		TooMuchText() {
			super("more than " + MAX_TEXT_CHARS + " characters", null, false, false);
		}
	}

	/** Counts {@code text}'s characters against {@link #MAX_TEXT_CHARS}; gives it back. */
	String spend(String text) {
		if (text == null) {
			return null;
		}
		chars += text.length();
		if (chars > MAX_TEXT_CHARS) {
			throw new TooMuchText();
		}
		return text;
	}

	/** Counts a paragraph, table or cell against {@link #MAX_BLOCKS}. */
	private void count() {
		if (++blocks > MAX_BLOCKS) {
			throw new TooManyBlocks();
		}
	}

	void note(Locator at, String message) {
		notes.add(new Note(at, message));
	}

	// ---------------------------------------------------------------- blocks

	/** The body or one cell: counts its paragraphs and tables from 1. */
	private final class Container {
		private final Locator at;
		/** tables around this container */
		private final int tableDepth;
		private int paragraphs;
		private int tables;

		Container(Locator at, int tableDepth) {
			this.at = at;
			this.tableDepth = tableDepth;
		}

		private Locator next(String kind, int n) {
			String step = kind + " " + n;
			return at.path().isEmpty() ? new Locator(step) : at.child(step);
		}

		/**
		 * Reads the block children of {@code parent} (w:body, w:tc, w:sdtContent, w:customXml); {@code nesting}
		 * counts the content controls and custom XML around them, bounded by {@link Limits#MAX_XML_DEPTH}.
		 */
		void read(Node parent, List<Block> out, int nesting) {
			if (nesting > Limits.MAX_XML_DEPTH) {
				note(at.path().isEmpty() ? new Locator("alinea " + (paragraphs + 1)) : at,
						NLS.bind(Messages.noteTooDeep, Limits.MAX_XML_DEPTH));
				return;
			}
			for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (!W.equals(child.getNamespaceURI())) {
					continue;
				}
				switch (child.getLocalName()) {
				case "p" -> {
					count();
					readParagraph((Element) child, next("alinea", ++paragraphs), out);
				}
				case "tbl" -> {
					count();
					out.add(readTable((Element) child, next("tabel", ++tables), tableDepth + 1));
				}
				case "sdt" -> readBlockControl((Element) child, out, nesting + 1);
				case "customXml" -> read(child, out, nesting + 1);
				default -> {
					// sectPr, bookmarks, proofing marks: nothing to read
				}
				}
			}
		}

		/**
		 * A block-level content control: its paragraphs and tables are read as this container's; the
		 * control goes on the first paragraph read from it, its value being their text.
		 */
		private void readBlockControl(Element sdt, List<Block> out, int nesting) {
			Element properties = child(sdt, W, "sdtPr");
			Element content = child(sdt, W, "sdtContent");
			if (content == null) {
				return;
			}
			ControlProperties control = properties == null ? null : ControlProperties.of(properties);
			if (control == null || !control.isControl()) {
				read(content, out, nesting);
				return;
			}
			List<Block> inner = new ArrayList<>();
			read(content, inner, nesting);
			StringBuilder text = new StringBuilder();
			int first = -1;
			for (int i = 0; i < inner.size(); i++) {
				if (inner.get(i) instanceof Para para) {
					first = first < 0 ? i : first;
					text.append(text.isEmpty() ? "" : "\n").append(para.text());
				}
			}
			String value = spend(text.toString().strip());
			if (control.showingPlaceholder) {
				// the placeholder is the control's, not text of the paragraphs
				for (int i = 0; i < inner.size(); i++) {
					if (inner.get(i) instanceof Para para) {
						inner.set(i, new Para(para.at(), "", para.heading(), para.number(), false, false,
								para.checkBoxes(), para.controls()));
					}
				}
			}
			if (first >= 0) {
				Para para = (Para) inner.get(first);
				List<Control> controls = new ArrayList<>(para.controls());
				controls.add(0, control.toControl(para.at(), value));
				inner.set(first, new Para(para.at(), para.text(), para.heading(), para.number(), para.guidance(),
						para.bold(), para.checkBoxes(), List.copyOf(controls)));
			}
			out.addAll(inner);
		}
	}

	/** A table at {@code depth} (1 in the body); deeper than {@link #MAX_TABLE_DEPTH}: one cell with its text, noted. */
	private Table readTable(Element tbl, Locator at, int depth) {
		if (depth > MAX_TABLE_DEPTH) {
			note(at, NLS.bind(Messages.noteDeepTable, MAX_TABLE_DEPTH));
			Locator cellAt = at.child("rij 1 kolom 1");
			count();
			Para text = new Para(cellAt.child("alinea 1"), spend(collapseLines(flatText(tbl))), 0, "", false, false, List.of(),
					List.of());
			return new Table(at, List.of(new Row(List.of(new Cell(cellAt, List.of(text), false)))));
		}
		List<Row> rows = new ArrayList<>();
		for (Element tr : rowsOf(tbl)) {
			List<Cell> cells = new ArrayList<>();
			for (Element tc : cellsOf(tr)) {
				count();
				Locator cellAt = at.child("rij " + (rows.size() + 1) + " kolom " + (cells.size() + 1));
				List<Block> content = new ArrayList<>();
				new Container(cellAt, depth).read(tc, content, 0);
				cells.add(new Cell(cellAt, List.copyOf(content), isShaded(tc)));
			}
			rows.add(new Row(List.copyOf(cells)));
		}
		return new Table(at, List.copyOf(rows));
	}

	/** The text of the w:t under {@code root}, a new line after each paragraph; walked without recursion. */
	static String flatText(Node root) {
		final Object lineEnd = new Object();
		StringBuilder text = new StringBuilder();
		Deque<Object> stack = new ArrayDeque<>();
		stack.push(root);
		while (!stack.isEmpty()) {
			Object next = stack.pop();
			if (next == lineEnd) {
				text.append('\n');
				continue;
			}
			Node node = (Node) next;
			if (node instanceof Element element && W.equals(node.getNamespaceURI())) {
				switch (node.getLocalName()) {
				case "t" -> text.append(text(element));
				case "tab" -> text.append(' ');
				case "p" -> stack.push(lineEnd);
				default -> {
					// its children below
				}
				}
			}
			List<Node> kids = new ArrayList<>();
			for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element) {
					kids.add(child);
				}
			}
			for (int i = kids.size() - 1; i >= 0; i--) {
				stack.push(kids.get(i));
			}
		}
		return text.toString();
	}

	/** Each line collapsed, empty lines left out, joined by " / " (a paragraph's text is one line). */
	private static String collapseLines(String text) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n")) {
			String clean = collapse(line);
			if (!clean.isEmpty()) {
				out.append(out.isEmpty() ? "" : " / ").append(clean);
			}
		}
		return out.toString();
	}

	/** The w:tr of a table, also those wrapped in a content control or custom XML. */
	private static List<Element> rowsOf(Element tbl) {
		List<Element> rows = new ArrayList<>();
		collect(tbl, "tr", rows, 0);
		return rows;
	}

	private static List<Element> cellsOf(Element tr) {
		List<Element> cells = new ArrayList<>();
		collect(tr, "tc", cells, 0);
		return cells;
	}

	private static void collect(Node parent, String name, List<Element> out, int nesting) {
		if (nesting > Limits.MAX_XML_DEPTH) {
			return;
		}
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!W.equals(child.getNamespaceURI())) {
				continue;
			}
			String local = child.getLocalName();
			if (local.equals(name)) {
				out.add((Element) child);
			} else if (local.equals("sdt")) {
				Element content = child((Element) child, W, "sdtContent");
				if (content != null) {
					collect(content, name, out, nesting + 1);
				}
			} else if (local.equals("customXml")) {
				collect(child, name, out, nesting + 1);
			}
		}
	}

	private static boolean isShaded(Element tc) {
		Element shd = child(child(tc, W, "tcPr"), W, "shd");
		String fill = shd == null ? null : attr(shd, "fill");
		return fill != null && !fill.isEmpty() && !fill.equalsIgnoreCase("auto") && !fill.equalsIgnoreCase("FFFFFF");
	}

	// ---------------------------------------------------------------- paragraphs

	private void readParagraph(Element p, Locator at, List<Block> out) {
		Element pPr = child(p, W, "pPr");
		String styleId = val(child(pPr, W, "pStyle"));
		ParaText text = new ParaText(at, this, styleId);
		text.readChildren(p);
		text.endFields();
		String clean = collapse(text.text.toString());
		int heading = headingLevel(pPr, styleId);
		boolean bold = !clean.isEmpty() && text.allBold;
		String number = numbering.next(numberingOf(pPr, styleId));
		if (number.isEmpty() && (heading > 0 || bold)) {
			Matcher literal = LITERAL_NUMBER.matcher(clean);
			if (literal.find()) {
				number = literal.group(1);
				clean = clean.substring(literal.end());
			}
		}
		boolean breakBefore = on(child(pPr, W, "pageBreakBefore")) || text.breakBeforeText;
		if (breakBefore) {
			out.add(new PageBreak(at));
		}
		boolean guidance = !clean.isEmpty() && text.allGuidance && heading == 0;
		spend(clean);
		spend(number);
		List<CheckBox> boxes = text.checkBoxes();
		boxes.forEach(box -> spend(box.label()));
		text.controls.forEach(control -> {
			spend(control.value());
			spend(control.placeholder());
		});
		out.add(new Para(at, clean, heading, number, guidance, bold, boxes, List.copyOf(text.controls)));
		if (text.breakAfterText) {
			out.add(new PageBreak(at));
		}
	}

	/** Heading level from the paragraph's outline level, else its style's id, name or outline level (through basedOn). */
	private int headingLevel(Element pPr, String styleId) {
		Element outline = child(pPr, W, "outlineLvl");
		if (outline != null) {
			return outline(outline);
		}
		int depth = 0;
		for (String id = styleId; id != null && depth < 10; depth++) {
			int level = level(id);
			Element style = styles.get(id);
			if (level == 0 && style != null) {
				level = level(nullToEmpty(val(child(style, W, "name"))));
			}
			if (level > 0) {
				return level;
			}
			if (style == null) {
				return 0;
			}
			Element styleOutline = child(child(style, W, "pPr"), W, "outlineLvl");
			if (styleOutline != null) {
				return outline(styleOutline);
			}
			id = val(child(style, W, "basedOn"));
		}
		return 0;
	}

	private static int level(String styleIdOrName) {
		Matcher matcher = HEADING_STYLE.matcher(styleIdOrName.trim());
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
	}

	/** w:outlineLvl 0–8 is heading level 1–9; 9 is body text. */
	private static int outline(Element outlineLvl) {
		try {
			int value = Integer.parseInt(nullToEmpty(val(outlineLvl)).trim());
			return value >= 0 && value <= 8 ? value + 1 : 0;
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** The paragraph's w:numPr (numId, ilvl), its own or its style's; {@code null} when not numbered. */
	private String[] numberingOf(Element pPr, String styleId) {
		Element numPr = child(pPr, W, "numPr");
		int depth = 0;
		for (String id = styleId; numPr == null && id != null && styles.containsKey(id) && depth < 10; depth++) {
			Element style = styles.get(id);
			numPr = child(child(style, W, "pPr"), W, "numPr");
			id = val(child(style, W, "basedOn"));
		}
		if (numPr == null) {
			return null;
		}
		String numId = val(child(numPr, W, "numId"));
		String ilvl = val(child(numPr, W, "ilvl"));
		return numId == null || numId.equals("0") ? null : new String[] { numId, ilvl == null ? "0" : ilvl };
	}

	/** A run property of a style, through basedOn: {@code null} when no style in the chain sets it. */
	Element styleRunProperty(String styleId, String name) {
		int depth = 0;
		for (String id = styleId; id != null && styles.containsKey(id) && depth < 10; depth++) {
			Element style = styles.get(id);
			Element property = child(child(style, W, "rPr"), W, name);
			if (property != null) {
				return property;
			}
			id = val(child(style, W, "basedOn"));
		}
		return null;
	}

	// ---------------------------------------------------------------- header logos

	/**
	 * The pictures of the headers: first page's header first, then the default, then the even pages'; each
	 * picture once, at most {@link #MAX_LOGOS}.
	 */
	private List<Logo> logos() {
		List<XWPFHeader> headers = new ArrayList<>();
		var policy = document.getHeaderFooterPolicy();
		if (policy != null) {
			for (XWPFHeader header : new XWPFHeader[] { policy.getFirstPageHeader(), policy.getDefaultHeader(),
					policy.getEvenPageHeader() }) {
				if (header != null && !headers.contains(header)) {
					headers.add(header);
				}
			}
		}
		for (XWPFHeader header : document.getHeaderList()) {
			if (!headers.contains(header)) {
				headers.add(header);
			}
		}
		List<Logo> logos = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (XWPFHeader header : headers) {
			for (Element docPr : descendants(header._getHdrFtr().getDomNode(), WP, "docPr")) {
				// a drawing counts as a block: a header may hold 100,000 of them
				count();
				if (logos.size() >= MAX_LOGOS) {
					continue;
				}
				Element drawing = (Element) docPr.getParentNode();
				List<Element> blips = descendants(drawing, A, "blip");
				String id = blips.isEmpty() ? null : blips.get(0).getAttributeNS(R, "embed");
				if (id == null || id.isEmpty()) {
					continue;
				}
				POIXMLDocumentPart part = header.getRelationById(id);
				if (!(part instanceof XWPFPictureData picture)) {
					continue;
				}
				// each picture part is read once, however many drawings show it (getData reads the part each time)
				if (!seen.add(picture.getPackagePart().getPartName().getName())) {
					continue;
				}
				byte[] bytes = picture.getData();
				if (bytes == null || logos.stream().anyMatch(l -> java.util.Arrays.equals(l.bytes(), bytes))) {
					continue;
				}
				String alt = collapse(nullToEmpty(docPr.getAttribute("descr")));
				if (alt.isEmpty()) {
					alt = collapse(nullToEmpty(docPr.getAttribute("title")));
				}
				logos.add(new Logo(picture.getFileName(), bytes, alt));
			}
		}
		return List.copyOf(logos);
	}

	// ---------------------------------------------------------------- XML helpers

	/** The first child element {@code ns:name} of {@code parent}, or {@code null} (also when parent is null). */
	static Element child(Node parent, String ns, String name) {
		if (parent == null) {
			return null;
		}
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(child.getLocalName()) && ns.equals(child.getNamespaceURI())) {
				return element;
			}
		}
		return null;
	}

	static List<Element> children(Node parent, String ns, String name) {
		List<Element> out = new ArrayList<>();
		if (parent != null) {
			for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element element && name.equals(child.getLocalName()) && ns.equals(child.getNamespaceURI())) {
					out.add(element);
				}
			}
		}
		return out;
	}

	static List<Element> descendants(Node root, String ns, String name) {
		List<Element> out = new ArrayList<>();
		Deque<Node> stack = new ArrayDeque<>();
		stack.push(root);
		while (!stack.isEmpty()) {
			Node node = stack.pop();
			List<Node> kids = new ArrayList<>();
			for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
				kids.add(child);
			}
			for (int i = kids.size() - 1; i >= 0; i--) {
				Node child = kids.get(i);
				if (child instanceof Element element) {
					if (name.equals(child.getLocalName()) && ns.equals(child.getNamespaceURI())) {
						out.add(element);
					}
					stack.push(child);
				}
			}
		}
		return out;
	}

	/** The text of an element's text children (XMLBeans' DOM has no getTextContent). */
	static String text(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue());
			}
		}
		return text.toString();
	}

	/** The w:val (or w14:val) attribute, {@code null} when absent. */
	static String val(Element element) {
		if (element == null) {
			return null;
		}
		return attr(element, "val");
	}

	/** A WordprocessingML attribute ({@code w:NAME}, else {@code w14:NAME}, else unqualified), {@code null} when absent. */
	static String attr(Element element, String name) {
		if (element.hasAttributeNS(W, name)) {
			return element.getAttributeNS(W, name);
		}
		if (element.hasAttributeNS(W14, name)) {
			return element.getAttributeNS(W14, name);
		}
		return element.hasAttribute(name) ? element.getAttribute(name) : null;
	}

	/** An on/off property: present without w:val, or with 1/true/on. */
	static boolean on(Element element) {
		if (element == null) {
			return false;
		}
		String value = val(element);
		return value == null || value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on");
	}

	static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/** A grey: red, green and blue equal, from 40 to D0 hex (Word's greys 595959, 7F7F7F, 808080, A6A6A6, BFBFBF). */
	static boolean isGrey(String color) {
		if (color == null || color.length() != 6) {
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

	/**
	 * White space (tabs, new lines, no-break spaces, runs of spaces) as one space, trimmed; control
	 * characters and lone surrogates dropped.
	 */
	static String collapse(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				space = flush(out, space);
				out.append(c).append(text.charAt(++i));
			} else if (Character.isSurrogate(c)) {
				continue;
			} else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = true;
			} else if (Character.getType(c) == Character.CONTROL || c == '\uFFFE' || c == '\uFFFF') {
				continue;
			} else {
				space = flush(out, space);
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean flush(StringBuilder out, boolean space) {
		if (space && !out.isEmpty()) {
			out.append(' ');
		}
		return false;
	}

	// ---------------------------------------------------------------- numbering

	/** Word's list numbers ("1.", "1a.", "2.3"), counted per list in document order. */
	private static final class Numbering {
		/** The highest w:start read (Word's own limit); the count then grows by at most one per paragraph. */
		static final int MAX_START = 32767;
		/** Letters repeat (AA, AAA): up to this many, then digits; so a number is short whatever its start. */
		static final int MAX_LETTERS = 10;
		/** A w:lvlText is cut to this length, and at most 9 level references in it are read. */
		static final int MAX_LEVEL_TEXT = 64;

		private final XWPFNumbering numbering;
		private final Map<String, int[]> counters = new HashMap<>();

		Numbering(XWPFNumbering numbering) {
			this.numbering = numbering;
		}

		String next(String[] numPr) {
			if (numPr == null || numbering == null) {
				return "";
			}
			try {
				int level = Math.max(0, Math.min(8, Integer.parseInt(numPr[1].trim())));
				XWPFNum num = numbering.getNum(new java.math.BigInteger(numPr[0].trim()));
				if (num == null || num.getCTNum().getAbstractNumId() == null) {
					return "";
				}
				XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
				if (abstractNum == null) {
					return "";
				}
				Element[] levels = new Element[9];
				for (Element lvl : children(abstractNum.getCTAbstractNum().getDomNode(), W, "lvl")) {
					String ilvl = attr(lvl, "ilvl");
					int i = ilvl == null ? -1 : Integer.parseInt(ilvl.trim());
					if (i >= 0 && i < 9) {
						levels[i] = lvl;
					}
				}
				int[] counts = counters.computeIfAbsent(numPr[0], k -> new int[9]);
				for (int i = 0; i <= level; i++) {
					if (counts[i] == 0) {
						counts[i] = start(levels[i]) - (i == level ? 1 : 0);
					}
				}
				counts[level]++;
				for (int i = level + 1; i < 9; i++) {
					counts[i] = 0;
				}
				Element lvl = levels[level];
				String format = lvl == null ? "decimal" : nullToEmpty(val(child(lvl, W, "numFmt")));
				if (lvl == null || format.equals("bullet") || format.equals("none")) {
					return "";
				}
				String pattern = nullToEmpty(val(child(lvl, W, "lvlText")));
				if (pattern.length() > MAX_LEVEL_TEXT) {
					// Word's own patterns are "%1." … "%1.%2.%3.%4.%5.%6.%7.%8.%9."
					pattern = pattern.substring(0, MAX_LEVEL_TEXT);
				}
				StringBuilder text = new StringBuilder();
				int references = 0;
				for (int i = 0; i < pattern.length(); i++) {
					char c = pattern.charAt(i);
					if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
						int ref = pattern.charAt(++i) - '1';
						if (ref >= 0 && ref < 9 && references++ < 9) {
							String refFormat = levels[ref] == null ? "decimal" : nullToEmpty(val(child(levels[ref], W, "numFmt")));
							text.append(format(Math.max(counts[ref], 1), refFormat));
						}
					} else {
						text.append(c);
					}
				}
				return collapse(text.toString());
			} catch (RuntimeException e) {
				// odd numbering: no number rather than no file
				return "";
			}
		}

		/** w:start, within 0 … {@link #MAX_START} (Word's dialog allows no more than 32767). */
		private static int start(Element lvl) {
			String start = lvl == null ? null : val(child(lvl, W, "start"));
			try {
				return start == null ? 1 : Math.max(0, Math.min(MAX_START, Integer.parseInt(start.trim())));
			} catch (NumberFormatException e) {
				return 1;
			}
		}

		static String format(int n, String format) {
			return switch (format) {
			case "lowerLetter" -> letters(n).toLowerCase(java.util.Locale.ROOT);
			case "upperLetter" -> letters(n);
			case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
			case "upperRoman" -> roman(n);
			default -> Integer.toString(n);
			};
		}

		/** Word's letters: A … Z, AA … ZZ, AAA …, up to ten letters; past that the number in digits. */
		private static String letters(int n) {
			if (n > 26 * MAX_LETTERS) {
				return Integer.toString(n);
			}
			int index = Math.max(n, 1) - 1;
			return String.valueOf((char) ('A' + index % 26)).repeat(index / 26 + 1);
		}

		private static String roman(int n) {
			if (n <= 0 || n >= 4000) {
				return Integer.toString(n);
			}
			int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
			String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < values.length; i++) {
				while (n >= values[i]) {
					text.append(symbols[i]);
					n -= values[i];
				}
			}
			return text.toString();
		}
	}

	// ---------------------------------------------------------------- content controls

	/** The w:sdtPr of a content control, read. */
	static final class ControlProperties {
		ControlKind kind;
		String tag = "";
		String alias = "";
		boolean showingPlaceholder;
		boolean checked;
		String dateFormat = "";
		final List<String> options = new ArrayList<>();
		/** a structural control (table of contents, building block, group): its content is read, no control made */
		boolean structural;

		static ControlProperties of(Element sdtPr) {
			ControlProperties p = new ControlProperties();
			p.kind = ControlKind.RICH_TEXT;
			for (Node child = sdtPr.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (!(child instanceof Element e)) {
					continue;
				}
				String ns = e.getNamespaceURI();
				String name = e.getLocalName();
				if (W14.equals(ns) && name.equals("checkbox")) {
					p.kind = ControlKind.CHECKBOX;
					p.checked = on(child(e, W14, "checked"));
					continue;
				}
				if (!W.equals(ns)) {
					continue;
				}
				switch (name) {
				case "tag" -> p.tag = collapse(nullToEmpty(val(e)));
				case "alias" -> p.alias = collapse(nullToEmpty(val(e)));
				case "showingPlcHdr" -> p.showingPlaceholder = on(e);
				case "text" -> p.kind = ControlKind.TEXT;
				case "richText" -> p.kind = ControlKind.RICH_TEXT;
				case "date" -> {
					p.kind = ControlKind.DATE;
					p.dateFormat = nullToEmpty(val(child(e, W, "dateFormat")));
				}
				case "dropDownList", "comboBox" -> {
					p.kind = ControlKind.DROPDOWN;
					for (Element item : children(e, W, "listItem")) {
						String display = attr(item, "displayText");
						String value = attr(item, "value");
						String option = collapse(nullToEmpty(display != null && !display.isEmpty() ? display : value));
						if (!option.isEmpty()) {
							p.options.add(option);
						}
					}
				}
				case "docPartObj", "docPartList", "group", "citation", "bibliography", "equation", "picture" ->
					p.structural = true;
				default -> {
					// rPr, id, lock, placeholder (the docPart of its text), dataBinding: nothing to read
				}
				}
			}
			return p;
		}

		boolean isControl() {
			return !structural && kind != ControlKind.CHECKBOX;
		}

		/** {@code inhoud "TAG"}, else {@code inhoud "ALIAS"}, else {@code fallback}. */
		Locator at(Locator fallback) {
			String name = !tag.isEmpty() ? tag : alias;
			return name.isEmpty() ? fallback : new Locator("inhoud \"" + name + "\"");
		}

		Control toControl(Locator paragraph, String text) {
			String shown = text.strip();
			return new Control(at(paragraph), kind, tag, alias, showingPlaceholder ? shown : "",
					showingPlaceholder ? "" : shown, List.copyOf(options), dateFormat);
		}
	}
}
