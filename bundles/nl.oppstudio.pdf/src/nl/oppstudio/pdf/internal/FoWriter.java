package nl.oppstudio.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Format;

/**
 * Writes the XSL-FO of a document: its outline in format order, values as tables of labels and values.
 * Built with a StAX writer, so user text is always escaped and never becomes markup.
 */
public final class FoWriter {

	private static final String FO = "http://www.w3.org/1999/XSL/Format";
	private static final String END_ID = "opp-einde";
	private static final String ACCENT = "#1f4e79";
	private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("nl"));

	private final XMLStreamWriter xml;
	private final OppDocument document;
	private final boolean blank;
	private final String status;

	private FoWriter(XMLStreamWriter xml, OppDocument document, boolean blank, String status) {
		this.xml = xml;
		this.document = document;
		this.blank = blank;
		this.status = status;
	}

	/**
	 * The XSL-FO of the document as UTF-8. {@code status} is the document's state (a draft gets the
	 * watermark CONCEPT); a {@code blank} form has room to write by hand instead of values.
	 */
	public static byte[] write(OppDocument document, String status, boolean blank) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
			new FoWriter(xml, document, blank, status).root();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("XSL-FO kan niet geschreven worden", e);
		}
		return out.toByteArray();
	}

	private void root() throws XMLStreamException {
		Format format = document.format();
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(FO);
		start("root");
		xml.writeDefaultNamespace(FO);
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "nl");
		attributes("font-family", BundledFonts.FAMILY, "font-size", "10pt", "line-height", "1.35");

		start("layout-master-set");
		start("simple-page-master", "master-name", "A4", "page-width", "210mm", "page-height", "297mm",
				"margin-top", "12mm", "margin-bottom", "12mm", "margin-left", "20mm", "margin-right", "20mm");
		empty("region-body", "margin-top", "14mm", "margin-bottom", "14mm");
		empty("region-before", "extent", "10mm");
		empty("region-after", "extent", "10mm");
		empty("region-start", "extent", "0mm");
		end();
		end();

		start("page-sequence", "master-reference", "A4");
		staticContent("xsl-region-before", "left", runningHeader(format));
		start("static-content", "flow-name", "xsl-region-after");
		start("block", "font-size", "8pt", "color", "#555555", "text-align-last", "justify");
		xml.writeCharacters(blank ? "Leeg formulier · formaat " + format.getId() + " versie " + format.getVersion()
				: "Status: " + status + " · formaat " + format.getId() + " versie " + format.getVersion());
		empty("leader", "leader-pattern", "space");
		xml.writeCharacters("Pagina ");
		empty("page-number");
		xml.writeCharacters(" van ");
		empty("page-number-citation", "ref-id", END_ID);
		end();
		end();

		if (!blank && ("concept".equals(status) || "ter-instemming".equals(status))) {
			watermark("CONCEPT");
		}
		start("flow", "flow-name", "xsl-region-body");
		block(format.getName() != null ? format.getName() : format.getId(), "font-size", "16pt", "font-weight",
				"bold", "color", ACCENT, "space-after", "2pt");
		block("Ontwikkelingsperspectiefplan van " + orDash(document.pupilName()) + " · formaat " + format.getId()
				+ " versie " + format.getVersion(), "font-size", "9pt", "color", "#555555", "space-after", "8pt");
		for (SchemaNode node : document.schema().outline()) {
			if (node instanceof Branch branch) {
				branch(branch, document.root(), 0);
			} else {
				contents(List.of(node), document.root(), 0);
			}
		}
		empty("block", "id", END_ID);
		end();
		end();

		end();
		xml.writeEndDocument();
	}

	private String runningHeader(Format format) {
		String pupil = document.pupilName();
		return (pupil.isEmpty() ? "" : pupil + " · ") + (format.getName() != null ? format.getName() : format.getId())
				+ " · versie " + format.getVersion();
	}

	/** A top-level branch: a heading, its help, then its values and nested branches. */
	private void branch(Branch branch, EObject owner, int depth) throws XMLStreamException {
		Element element = branch.element();
		block(branch.label(), "font-size", depth == 0 ? "12pt" : "10.5pt", "font-weight", "bold", "color", ACCENT,
				"space-before", depth == 0 ? "10pt" : "6pt", "space-after", "3pt", "keep-with-next.within-page", "always",
				depth == 0 ? "border-bottom" : "font-style", depth == 0 ? "0.5pt solid " + ACCENT : "normal");
		if (element.getHelp() != null && depth == 0) {
			block(element.getHelp(), "font-size", "8.5pt", "font-style", "italic", "color", "#555555",
					"space-after", "3pt");
		}
		List<EObject> objects = OppDocument.objects(owner, branch);
		if (branch.repeating()) {
			if (objects.isEmpty()) {
				block("—", "color", "#999999");
			}
			for (int row = 0; row < objects.size(); row++) {
				block(branch.label() + " " + (row + 1), "font-size", "9pt", "font-weight", "bold", "space-before", "3pt");
				contents(branch.children(), objects.get(row), depth + 1);
			}
		} else {
			contents(branch.children(), objects.isEmpty() ? null : objects.get(0), depth + 1);
		}
	}

	/** Runs of leaves become a two-column table of labels and values; branches nest. */
	private void contents(List<SchemaNode> nodes, EObject owner, int depth) throws XMLStreamException {
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

	private void table(List<Leaf> leaves, EObject owner) throws XMLStreamException {
		if (leaves.isEmpty()) {
			return;
		}
		start("table", "table-layout", "fixed", "width", "100%");
		empty("table-column", "column-width", "38%");
		empty("table-column", "column-width", "62%");
		start("table-body");
		for (Leaf leaf : leaves) {
			start("table-row", "keep-together.within-page", "always");
			start("table-cell", "padding", "2pt 4pt 2pt 0pt", "border-bottom", "0.25pt solid #cccccc");
			block(leaf.label() + (leaf.required() ? " *" : ""), "font-weight", "bold");
			end();
			start("table-cell", "padding", "2pt 0pt 2pt 4pt", "border-bottom", "0.25pt solid #cccccc");
			String value = blank ? null : display(leaf, OppDocument.value(owner, leaf));
			if (blank) {
				writingSpace(leaf);
			} else if (value == null) {
				block("—", "color", "#999999");
			} else {
				block(value, "linefeed-treatment", "preserve", "wrap-option", "wrap", "hyphenate", "false");
			}
			end();
			end();
		}
		end();
		end();
	}

	/** Room to fill in by hand: lines, or the options to tick. */
	private void writingSpace(Leaf leaf) throws XMLStreamException {
		if (!leaf.options().isEmpty()) {
			for (ChoiceOption option : leaf.options()) {
				block("☐ " + (option.getLabel() != null ? option.getLabel() : option.getCode()));
			}
			return;
		}
		int lines = leaf.kind() == SchemaNode.ValueKind.LONG_TEXT ? 4 : 1;
		for (int i = 0; i < lines; i++) {
			start("block", "border-bottom", "0.5pt dotted #999999", "space-before", i == 0 ? "6pt" : "12pt");
			xml.writeCharacters("\u00a0");
			end();
		}
	}

	/** What a reader sees for a stored value: option labels for codes, Dutch dates, Ja/Nee. */
	static String display(Leaf leaf, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return switch (leaf.kind()) {
		case CHOICE -> optionLabel(leaf, value.strip());
		case MULTIPLE_CHOICE -> String.join(", ",
				java.util.Arrays.stream(value.split(",")).map(code -> optionLabel(leaf, code.strip())).toList());
		case YES_NO -> "ja".equals(value.strip()) ? "Ja" : "nee".equals(value.strip()) ? "Nee" : value;
		case DATE -> {
			try {
				yield LocalDate.parse(value.strip()).format(DUTCH_DATE);
			} catch (DateTimeParseException e) {
				yield value;
			}
		}
		default -> value;
		};
	}

	private static String optionLabel(Leaf leaf, String code) {
		return leaf.options().stream().filter(option -> code.equals(option.getCode())).map(ChoiceOption::getLabel)
				.filter(label -> label != null).findFirst().orElse(code);
	}

	private static String orDash(String text) {
		return text == null || text.isEmpty() ? "—" : text;
	}

	/** A large, light word across every page, behind nothing that matters: a draft is recognisable. */
	private void watermark(String text) throws XMLStreamException {
		start("static-content", "flow-name", "xsl-region-start");
		start("block-container", "absolute-position", "fixed", "top", "120mm", "left", "0mm", "width", "210mm");
		block(text, "font-size", "80pt", "font-weight", "bold", "color", "#ececec", "text-align", "center");
		end();
		end();
	}

	private void staticContent(String flow, String align, String text) throws XMLStreamException {
		start("static-content", "flow-name", flow);
		block(text, "font-size", "8pt", "color", "#555555", "text-align", align);
		end();
	}

	private void block(String text, String... attributes) throws XMLStreamException {
		start("block", attributes);
		xml.writeCharacters(xmlSafe(text));
		end();
	}

	private void start(String element, String... attributes) throws XMLStreamException {
		xml.writeStartElement(FO, element);
		attributes(attributes);
	}

	private void empty(String element, String... attributes) throws XMLStreamException {
		xml.writeEmptyElement(FO, element);
		attributes(attributes);
	}

	private void end() throws XMLStreamException {
		xml.writeEndElement();
	}

	private void attributes(String... nameValues) throws XMLStreamException {
		for (int i = 0; i < nameValues.length; i += 2) {
			xml.writeAttribute(nameValues[i], nameValues[i + 1]);
		}
	}

	/** Drops characters XML 1.0 cannot carry at all (control characters); StAX escapes the rest. */
	static String xmlSafe(String text) {
		StringBuilder result = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| c >= 0x10000) {
				result.appendCodePoint(c);
			}
		});
		return result.toString();
	}
}
