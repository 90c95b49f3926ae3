package nl.oppstudio.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.DisplayValues;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Group;

/**
 * Writes a document as a Word file (.docx) laid out like our PDF (the PDF bundle's FoWriter): title,
 * per section a heading and a two-column table of labels and values, repeating groups numbered, a
 * running header, a footer with status, version and page numbers, DejaVu Sans, a CONCEPT watermark
 * on drafts. Minimal WordprocessingML written with java.util.zip, no library.
 * <p>
 * A benchmark aid, not a second way out of the product: it stands in for today's route (a Word file
 * converted by LibreOffice) in releng/bench/libreoffice.sh. It is a second, hand-written layout that
 * nobody keeps in step with the PDF beyond what that comparison needs, so it stays in this bundle,
 * which is in neither the feature (features/nl.oppstudio.feature) nor the product; the script puts
 * bundles/nl.oppstudio.bench/target/nl.oppstudio.bench-*.jar beside the product's jars.
 * <p>
 * Usage: {@code WordExport -o MAP --format F.oppformat DOC.opp... [--format G.oppformat DOC.opp...]}.
 */
public final class WordExport {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
	private static final String ACCENT = "1F4E79";
	private static final String GREY = "555555";
	private static final String FONT = "DejaVu Sans";
	/** A4 with 20 mm side margins: 170 mm of text width, in twentieths of a point. */
	private static final int TEXT_WIDTH = 9638;
	private static final int LABEL_WIDTH = TEXT_WIDTH * 38 / 100;

	private final OppDocument document;
	private final StringBuilder body = new StringBuilder(32 * 1024);

	private WordExport(OppDocument document) {
		this.document = document;
	}

	public static void main(String[] args) throws IOException {
		Path folder = null;
		Format format = null;
		int written = 0;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "-o" -> folder = Files.createDirectories(Path.of(args[++i]));
			case "--format" -> {
				LoadedFormat loaded = FormatLoader.create().load(Path.of(args[++i]));
				if (!loaded.isUsable()) {
					loaded.diagnostics().forEach(System.err::println);
					System.err.println("WordExport: het formaat " + args[i] + " is niet bruikbaar.");
					System.exit(2);
				}
				format = loaded.format();
			}
			default -> {
				if (folder == null || format == null) {
					System.err.println("Gebruik: WordExport -o MAP --format F.oppformat DOC.opp... [--format G.oppformat DOC.opp...]");
					System.exit(2);
				}
				Path file = Path.of(args[i]);
				try {
					String name = file.getFileName().toString().replaceFirst("\\.opp$", "") + ".docx";
					write(Documents.load(file, format), folder.resolve(name));
					written++;
				} catch (DocumentException e) {
					System.err.println(e.diagnostic());
					System.exit(2);
				}
			}
			}
		}
		System.out.println(written + " Word-bestanden geschreven in " + folder + ".");
	}

	/** Writes the document as a .docx file. */
	public static void write(OppDocument document, Path target) throws IOException {
		try (OutputStream out = Files.newOutputStream(target)) {
			write(document, out);
		}
	}

	/** Writes the document as a .docx package onto a stream. */
	public static void write(OppDocument document, OutputStream out) throws IOException {
		Format format = document.format();
		String title = format.getName() != null ? format.getName() : format.getId();
		String status = Lifecycle.state(document).label();
		String pupil = document.pupilName();
		String version = "formaat " + format.getId() + " versie " + format.getVersion();
		boolean draft = "concept".equals(status) || "ter-instemming".equals(status);

		WordExport export = new WordExport(document);
		export.paragraph("Titel", title);
		export.paragraph("Ondertitel", "Ontwikkelingsperspectiefplan van " + (pupil.isEmpty() ? "—" : pupil) + " · " + version);
		for (SchemaNode node : document.schema().outline()) {
			if (node instanceof Branch branch) {
				export.branch(branch, document.root(), 0);
			} else {
				export.contents(List.of(node), document.root(), 0);
			}
		}

		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", CONTENT_TYPES);
			entry(zip, "_rels/.rels", PACKAGE_RELS);
			entry(zip, "docProps/core.xml", core(title));
			entry(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS);
			entry(zip, "word/styles.xml", STYLES);
			entry(zip, "word/header1.xml", header((pupil.isEmpty() ? "" : pupil + " · ") + title
					+ " · versie " + format.getVersion(), draft));
			entry(zip, "word/footer1.xml", footer("Status: " + status + " · " + version));
			entry(zip, "word/document.xml", export.document());
		}
	}

	/** A top-level branch: a heading, its help, then its values and nested branches. */
	private void branch(Branch branch, EObject owner, int depth) {
		paragraph(depth == 0 ? "Kop1" : "Kop2", branch.label());
		// Like the PDF of a finished plan: no help texts (they are for the blank form).
		List<EObject> objects = OppDocument.objects(owner, branch);
		if (branch.repeating() && branch.element() instanceof Group group && group.isTable()
				&& branch.children().stream().allMatch(Leaf.class::isInstance)) {
			rowTable(branch, objects);
		} else if (branch.repeating()) {
			if (objects.isEmpty()) {
				paragraph("Leeg", "—");
			}
			for (int row = 0; row < objects.size(); row++) {
				paragraph("Rij", branch.label() + " " + (row + 1));
				contents(branch.children(), objects.get(row), depth + 1);
			}
		} else {
			contents(branch.children(), objects.isEmpty() ? null : objects.get(0), depth + 1);
		}
	}

	/** A table group, as in the PDF: a header row of column labels, then a row per entry. */
	private void rowTable(Branch branch, List<EObject> objects) {
		int columns = branch.children().size();
		int width = TEXT_WIDTH / columns;
		body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"Waarden\"/><w:tblW w:w=\"").append(TEXT_WIDTH)
				.append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
		for (int i = 0; i < columns; i++) {
			body.append("<w:gridCol w:w=\"").append(width).append("\"/>");
		}
		body.append("</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>");
		for (SchemaNode column : branch.children()) {
			cell(width, 0, "Label", column.label() + (((Leaf) column).required() ? " *" : ""));
		}
		body.append("</w:tr>");
		for (int row = 0; row < Math.max(1, objects.size()); row++) {
			body.append("<w:tr>");
			for (SchemaNode column : branch.children()) {
				String value = objects.isEmpty() ? null
						: DisplayValues.of((Leaf) column, OppDocument.value(objects.get(row), (Leaf) column));
				cell(width, 0, value == null ? "Leeg" : null, value == null ? "—" : value);
			}
			body.append("</w:tr>");
		}
		body.append("</w:tbl>");
	}

	/** Runs of leaves become a two-column table of labels and values; branches nest. */
	private void contents(List<SchemaNode> nodes, EObject owner, int depth) {
		List<Leaf> run = new ArrayList<>();
		for (SchemaNode node : nodes) {
			if (node instanceof Leaf leaf) {
				run.add(leaf);
			} else if (node instanceof Branch nested) {
				table(run, owner);
				run.clear();
				branch(nested, owner, depth);
			}
		}
		table(run, owner);
	}

	private void table(List<Leaf> leaves, EObject owner) {
		// Like the PDF of a finished plan: optional fields nobody filled in are left out.
		leaves = leaves.stream().filter(leaf -> leaf.required()
				|| (owner != null && DisplayValues.of(leaf, OppDocument.value(owner, leaf)) != null)).toList();
		if (leaves.isEmpty()) {
			return;
		}
		body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"Waarden\"/><w:tblW w:w=\"").append(TEXT_WIDTH)
				.append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"")
				.append(LABEL_WIDTH).append("\"/><w:gridCol w:w=\"").append(TEXT_WIDTH - LABEL_WIDTH)
				.append("\"/></w:tblGrid>");
		for (Leaf leaf : leaves) {
			body.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
			cell(LABEL_WIDTH, 0, "Label", leaf.label() + (leaf.required() ? " *" : ""));
			String value = DisplayValues.of(leaf, OppDocument.value(owner, leaf));
			cell(TEXT_WIDTH - LABEL_WIDTH, 80, value == null ? "Leeg" : null, value == null ? "—" : value);
			body.append("</w:tr>");
		}
		body.append("</w:tbl>");
	}

	/** A cell; the value column keeps 4 pt from the labels, as in the PDF (the label column 4 pt by the table style). */
	private void cell(int width, int left, String style, String text) {
		body.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
		if (left > 0) {
			body.append("<w:tcMar><w:left w:w=\"").append(left).append("\" w:type=\"dxa\"/></w:tcMar>");
		}
		body.append("</w:tcPr>");
		paragraph(style, text);
		body.append("</w:tc>");
	}

	/** A paragraph in a style; line breaks in the text are kept, as in the PDF. */
	private void paragraph(String style, String text) {
		body.append("<w:p>");
		if (style != null) {
			body.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
		}
		body.append("<w:r>");
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				body.append("<w:br/>");
			}
			body.append("<w:t xml:space=\"preserve\">").append(escape(lines[i])).append("</w:t>");
		}
		body.append("</w:r></w:p>");
	}

	private String document() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
				+ "\" xmlns:r=\"" + R + "\"><w:body>" + body
				// A4; body 26 mm from the edges (FO: 12 mm page margin + 14 mm region), header and footer at 12 mm.
				+ "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdKop\"/>"
				+ "<w:footerReference w:type=\"default\" r:id=\"rIdVoet\"/>"
				+ "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1474\" w:right=\"1134\" w:bottom=\"1474\""
				+ " w:left=\"1134\" w:header=\"680\" w:footer=\"680\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
	}

	/** What a reader sees for a stored value: option labels for codes, Dutch dates, Ja/Nee (as FoWriter). */

	/** Escapes XML and drops characters XML 1.0 cannot carry (control characters). */
	private static String escape(String text) {
		StringBuilder result = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
			case '<' -> result.append("&lt;");
			case '>' -> result.append("&gt;");
			case '&' -> result.append("&amp;");
			case '"' -> result.append("&quot;");
			default -> {
				if (c == 0x9 || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
					result.appendCodePoint(c);
				}
			}
			}
		});
		return result.toString();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String core(String title) {
		return XML + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
				+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + escape(title)
				+ "</dc:title><dc:language>nl-NL</dc:language></cp:coreProperties>";
	}

	/** The running header; on drafts it also carries the watermark, as Word places one (a VML text path). */
	private static String header(String text, boolean draft) {
		String watermark = !draft ? "" : "<w:p><w:pPr><w:pStyle w:val=\"Koptekst\"/></w:pPr><w:r><w:pict>"
				+ "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\""
				+ " path=\"m@7,l@8,m@5,21600l@6,21600e\"><v:path textpathok=\"t\" o:connecttype=\"custom\"/>"
				+ "<v:textpath on=\"t\" fitshape=\"t\"/></v:shapetype>"
				+ "<v:shape id=\"Watermerk\" o:spid=\"_x0000_s1025\" type=\"#_x0000_t136\" style=\"position:absolute;"
				+ "margin-left:0;margin-top:0;width:440pt;height:110pt;z-index:-251657216;"
				+ "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
				+ "mso-position-vertical:center;mso-position-vertical-relative:margin\" fillcolor=\"#ececec\" stroked=\"f\">"
				+ "<v:textpath style=\"font-family:&quot;" + FONT + "&quot;;font-weight:bold\" string=\"CONCEPT\"/>"
				+ "</v:shape></w:pict></w:r></w:p>";
		return XML + "<w:hdr xmlns:w=\"" + W + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\""
				+ " xmlns:o=\"urn:schemas-microsoft-com:office:office\">" + watermark
				+ "<w:p><w:pPr><w:pStyle w:val=\"Koptekst\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + escape(text)
				+ "</w:t></w:r></w:p></w:hdr>";
	}

	/** Status and version on the left, "Pagina N van M" against the right margin. */
	private static String footer(String text) {
		return XML + "<w:ftr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:pStyle w:val=\"Voettekst\"/></w:pPr>"
				+ "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">Pagina </w:t></w:r>"
				+ "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
				+ "<w:r><w:t xml:space=\"preserve\"> van </w:t></w:r>"
				+ "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";
	}

	private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private static final String CONTENT_TYPES = XML
			+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
			+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
			+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
			+ "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
			+ "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
			+ "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
			+ "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
			+ "</Types>";

	private static final String PACKAGE_RELS = XML
			+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
			+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
			+ "</Relationships>";

	private static final String DOCUMENT_RELS = XML
			+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rIdStijlen\" Type=\"" + REL + "styles\" Target=\"styles.xml\"/>"
			+ "<Relationship Id=\"rIdKop\" Type=\"" + REL + "header\" Target=\"header1.xml\"/>"
			+ "<Relationship Id=\"rIdVoet\" Type=\"" + REL + "footer\" Target=\"footer1.xml\"/>"
			+ "</Relationships>";

	/**
	 * The FO's attributes as Word styles: sizes in half points, spacing in twentieths of a point. Word's
	 * line spacing multiplies the font's own line height (1.164 em for DejaVu Sans): 278/240 of it is the
	 * FO's 1.35 em.
	 */
	private static final String STYLES = XML + "<w:styles xmlns:w=\"" + W + "\">"
			+ "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT + "\" w:cs=\""
			+ FONT + "\" w:eastAsia=\"" + FONT + "\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"nl-NL\"/>"
			+ "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"278\""
			+ " w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
			+ "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standaard\"><w:name w:val=\"Normal\"/></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/><w:pPr><w:spacing w:after=\"40\"/></w:pPr>"
			+ "<w:rPr><w:b/><w:color w:val=\"" + ACCENT + "\"/><w:sz w:val=\"32\"/></w:rPr></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Ondertitel\"><w:name w:val=\"Subtitle\"/><w:pPr><w:spacing w:after=\"160\"/></w:pPr>"
			+ "<w:rPr><w:color w:val=\"" + GREY + "\"/><w:sz w:val=\"18\"/></w:rPr></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/><w:pPr><w:keepNext/>"
			+ "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"" + ACCENT + "\"/></w:pBdr>"
			+ "<w:spacing w:before=\"200\" w:after=\"60\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
			+ "<w:rPr><w:b/><w:color w:val=\"" + ACCENT + "\"/><w:sz w:val=\"24\"/></w:rPr></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Kop2\"><w:name w:val=\"heading 2\"/><w:pPr><w:keepNext/>"
			+ "<w:spacing w:before=\"120\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/></w:pPr>"
			+ "<w:rPr><w:b/><w:color w:val=\"" + ACCENT + "\"/><w:sz w:val=\"21\"/></w:rPr></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Toelichting\"><w:name w:val=\"Toelichting\"/><w:pPr><w:spacing w:after=\"60\"/></w:pPr>"
			+ "<w:rPr><w:i/><w:color w:val=\"" + GREY + "\"/><w:sz w:val=\"17\"/></w:rPr></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Rij\"><w:name w:val=\"Rij\"/><w:pPr><w:keepNext/><w:spacing w:before=\"60\"/></w:pPr>"
			+ "<w:rPr><w:b/><w:sz w:val=\"18\"/></w:rPr></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Label\"><w:name w:val=\"Label\"/><w:rPr><w:b/></w:rPr></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Leeg\"><w:name w:val=\"Leeg\"/><w:rPr><w:color w:val=\"999999\"/></w:rPr></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Koptekst\"><w:name w:val=\"header\"/>"
			+ "<w:rPr><w:color w:val=\"" + GREY + "\"/><w:sz w:val=\"16\"/></w:rPr></w:style>"
			+ "<w:style w:type=\"paragraph\" w:styleId=\"Voettekst\"><w:name w:val=\"footer\"/><w:pPr><w:tabs>"
			+ "<w:tab w:val=\"right\" w:pos=\"" + TEXT_WIDTH + "\"/></w:tabs></w:pPr>"
			+ "<w:rPr><w:color w:val=\"" + GREY + "\"/><w:sz w:val=\"16\"/></w:rPr></w:style>"
			// Rows as in the PDF: a thin grey rule under each, 2 pt above and below, 4 pt between the columns.
			+ "<w:style w:type=\"table\" w:styleId=\"Waarden\"><w:name w:val=\"Waarden\"/><w:tblPr><w:tblBorders>"
			+ "<w:bottom w:val=\"single\" w:sz=\"2\" w:space=\"0\" w:color=\"CCCCCC\"/>"
			+ "<w:insideH w:val=\"single\" w:sz=\"2\" w:space=\"0\" w:color=\"CCCCCC\"/></w:tblBorders>"
			+ "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"0\" w:type=\"dxa\"/>"
			+ "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
			+ "</w:styles>";
}
