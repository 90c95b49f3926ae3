package nl.oppstudio.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.DisplayValues;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.Group;
import nl.oppstudio.format.model.ImageFormat;
import nl.oppstudio.format.model.ResolvedHouseStyle;
import nl.oppstudio.format.model.SignaturesBlock;
import nl.oppstudio.pdf.Figure;
import nl.oppstudio.pdf.FigureProvider;

/**
 * Writes the XSL-FO of a document: its outline in format order, values as tables of labels and values.
 * Built with a StAX writer, so user text is always escaped and never becomes markup.
 * <p>
 * The FO is written for tagged PDF (PDF/A-2a, PDF/UA-1): language, title metadata, headings by role
 * in an unbroken H1–H6 order, a bookmark per section, column headers on tables, and page furniture
 * (running header, footer, watermark) marked as artifacts so that screen readers skip it.
 */
public final class FoWriter {

	/** What to write: the whole plan, an empty form for paper, or the format's one-page extract. */
	public enum Mode {
		FULL, BLANK, EXTRACT
	}

	/** The FO, and what its reader will miss (a logo that could not be read, characters without a font). */
	public record Result(byte[] fo, List<String> warnings) {
	}

	private static final String FO = "http://www.w3.org/1999/XSL/Format";
	private static final String FOX = "http://xmlgraphics.apache.org/fop/extensions";
	private static final String XML = "http://www.w3.org/XML/1998/namespace";
	private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
	private static final String DC = "http://purl.org/dc/elements/1.1/";
	private static final String LANGUAGE = "nl";
	private static final int DEEPEST_HEADING = 6;
	private static final String END_ID = "opp-einde";
	private static final String TITLE_ID = "opp-titel";
	private static final String GREY = "#555555";
	private static final int MAX_LOGO_BYTES = 5 * 1024 * 1024;

	private final XMLStreamWriter xml;
	private final OppDocument document;
	private final Mode mode;
	private final boolean blank;
	private final String status;
	private final ResolvedHouseStyle style;
	private final String accent;
	private final List<FigureProvider> figures;
	/** The elements whose content was written, in order: what the closing figures may show. */
	private final Set<Element> written = new java.util.LinkedHashSet<>();
	private final java.time.LocalDate at;
	private final List<String> warnings = new ArrayList<>();
	private List<Placed> toWrite;
	private final Set<String> missingCharacters = new TreeSet<>();
	/** The labels of the fields whose values hold such characters (named in the warning, never the value). */
	private final Set<String> fieldsMissingCharacters = new java.util.LinkedHashSet<>();
	/** The label of the field whose value is being written, else {@code null}. */
	private String currentField;

	private FoWriter(XMLStreamWriter xml, OppDocument document, Mode mode, String status, List<FigureProvider> figures,
			java.time.LocalDate at) {
		this.xml = xml;
		this.document = document;
		this.mode = mode;
		this.blank = mode == Mode.BLANK;
		this.status = status;
		this.style = Formats.houseStyle(document.format());
		this.accent = style.colour();
		this.figures = figures;
		this.at = at;
	}

	/** The title of the PDF: the format's name (or the extract's) and the pupil, or that the form is blank. */
	public static String title(OppDocument document, Mode mode) {
		Format format = document.format();
		String name = format.getName() != null ? format.getName() : format.getId();
		if (mode == Mode.BLANK) {
			return xmlSafe(NLS.bind(Messages.blankTitle, name));
		}
		if (mode == Mode.EXTRACT && Formats.extract(format) != null) {
			name = Formats.extract(format).getLabel();
		}
		return xmlSafe(document.pupilName().isEmpty() ? name : name + " – " + document.pupilName());
	}

	/**
	 * The XSL-FO of the document as UTF-8. {@code status} is the document's state (a draft gets the
	 * watermark CONCEPT); a blank form has room to write by hand instead of values.
	 */
	public static Result write(OppDocument document, String status, Mode mode, List<FigureProvider> figures) {
		return write(document, status, mode, figures, java.time.LocalDate.now());
	}

	/** As {@link #write(OppDocument, String, Mode, List)}, with the reference date the figure providers get. */
	public static Result write(OppDocument document, String status, Mode mode, List<FigureProvider> figures,
			java.time.LocalDate at) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
		FoWriter writer;
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
			writer = new FoWriter(xml, document, mode, status, figures, at);
			writer.root();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(Messages.foWriteFailed, e);
		}
		if (!writer.missingCharacters.isEmpty()) {
			List<String> named = writer.missingCharacters.stream().limit(10).toList();
			int more = writer.missingCharacters.size() - named.size();
			String fields = writer.fieldsMissingCharacters.isEmpty() ? ""
					: NLS.bind(Messages.noFontInFields, "'" + String.join("', '", writer.fieldsMissingCharacters) + "'");
			writer.warnings.add(more > 0 ? NLS.bind(Messages.noFontForMore, new Object[] { String.join(" ", named), more, fields })
					: NLS.bind(Messages.noFontFor, String.join(" ", named), fields));
		}
		return new Result(out.toByteArray(), writer.warnings);
	}

	private void root() throws XMLStreamException {
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(FO);
		xml.setPrefix("fox", FOX);
		start("root");
		xml.writeDefaultNamespace(FO);
		xml.writeNamespace("fox", FOX);
		xml.writeAttribute("xml", XML, "lang", LANGUAGE);
		// An extract must fit on one page: its text is set smaller and tighter than the plan's.
		java.math.BigDecimal size = mode == Mode.EXTRACT
				? style.fontSize().multiply(java.math.BigDecimal.valueOf(85)).movePointLeft(2).stripTrailingZeros()
				: style.fontSize();
		attributes("font-family", BundledFonts.familyList(style.fontFamily()), "font-size", size.toPlainString() + "pt",
				"line-height", mode == Mode.EXTRACT ? "1.2" : "1.3", "hyphenate", "true");

		start("layout-master-set");
		start("simple-page-master", "master-name", "A4", "page-width", "210mm", "page-height", "297mm",
				"margin-top", mm(style.marginTop()), "margin-bottom", mm(style.marginBottom()), "margin-left",
				mm(style.marginLeft()), "margin-right", mm(style.marginRight()));
		empty("region-body", "margin-top", "11mm", "margin-bottom", "11mm");
		empty("region-before", "extent", "10mm");
		empty("region-after", "extent", "10mm");
		empty("region-start", "extent", "0mm");
		end();
		end();
		declarations(title(document, mode));
		bookmarkTree();
		pageSequence(document.format());

		end();
		xml.writeEndDocument();
	}

	private static String mm(java.math.BigDecimal value) {
		return value.toPlainString() + "mm";
	}

	/** Title, language and creator as XMP: PDF/UA wants the title in the metadata, not only in the info. */
	private void declarations(String title) throws XMLStreamException {
		start("declarations");
		xml.writeStartElement("x", "xmpmeta", "adobe:ns:meta/");
		xml.writeNamespace("x", "adobe:ns:meta/");
		xml.writeStartElement("rdf", "RDF", RDF);
		xml.writeNamespace("rdf", RDF);
		xml.writeStartElement("rdf", "Description", RDF);
		xml.writeNamespace("dc", DC);
		xml.writeAttribute("rdf", RDF, "about", "");
		xml.writeStartElement("dc", "title", DC);
		xml.writeStartElement("rdf", "Alt", RDF);
		xml.writeStartElement("rdf", "li", RDF);
		xml.writeAttribute("xml", XML, "lang", "x-default");
		xml.writeCharacters(xmlSafe(title));
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeStartElement("dc", "language", DC);
		xml.writeStartElement("rdf", "Bag", RDF);
		xml.writeStartElement("rdf", "li", RDF);
		xml.writeCharacters(LANGUAGE);
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		end();
	}

	/** One bookmark per section, so a reader can jump through a long plan. */
	private void bookmarkTree() throws XMLStreamException {
		start("bookmark-tree");
		bookmark(TITLE_ID, title(document, mode));
		List<Placed> sections = sections();
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).node() instanceof Branch branch) {
				bookmark(sectionId(i), branch.label());
			}
		}
		end();
	}

	private void bookmark(String id, String title) throws XMLStreamException {
		start("bookmark", "internal-destination", id);
		start("bookmark-title");
		xml.writeCharacters(xmlSafe(title));
		end();
		end();
	}

	/** A node to write, with the object that holds its values. */
	private record Placed(SchemaNode node, EObject owner) {
	}

	/** The top-level nodes to write: the outline, or what the extract names (worked out once). */
	private List<Placed> sections() {
		if (toWrite == null) {
			toWrite = new ArrayList<>();
			List<SchemaNode> outline = document.schema().outline();
			if (mode != Mode.EXTRACT) {
				outline.forEach(node -> toWrite.add(new Placed(node, document.root())));
				return toWrite;
			}
			for (Element element : Formats.extractElements(document.format())) {
				Placed found = find(outline, document.root(), element);
				if (found != null) {
					toWrite.add(found);
				} else {
					warnings.add(NLS.bind(Messages.extractInRepeatingGroup, String.join(".", Formats.path(element))));
				}
			}
		}
		return toWrite;
	}

	/**
	 * The node of an element and its owner, searched through non-repeating branches (each holds one
	 * object, so the owner is known on the way down); {@code null} inside a repeating branch.
	 */
	private static Placed find(List<SchemaNode> nodes, EObject owner, Element element) {
		for (SchemaNode node : nodes) {
			if (node.element() == element) {
				return new Placed(node, owner);
			}
			if (node instanceof Branch branch && !branch.repeating()) {
				List<EObject> objects = OppDocument.objects(owner, branch);
				Placed found = find(branch.children(), objects.isEmpty() ? null : objects.get(0), element);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String sectionId(int index) {
		return "sectie-" + index;
	}

	private void pageSequence(Format format) throws XMLStreamException {
		start("page-sequence", "master-reference", "A4", "language", LANGUAGE);
		start("static-content", "flow-name", "xsl-region-before", "role", "artifact");
		block(runningHeader(format), "font-size", "80%", "color", GREY, "text-align", "left", "hyphenate", "false");
		end();
		start("static-content", "flow-name", "xsl-region-after", "role", "artifact");
		start("block", "font-size", "80%", "color", GREY, "text-align-last", "justify", "hyphenate", "false");
		text(blank ? NLS.bind(Messages.footerBlank, format.getId(), format.getVersion())
				: NLS.bind(Messages.footerStatus, new Object[] { status, format.getId(), format.getVersion() }), false, false);
		empty("leader", "leader-pattern", "space");
		xml.writeCharacters(Messages.pageNumber);
		empty("page-number");
		xml.writeCharacters(Messages.pageOf);
		empty("page-number-citation", "ref-id", END_ID);
		end();
		end();

		if (!blank && ("concept".equals(status) || "ter-instemming".equals(status))) {
			watermark(Messages.draftWatermark);
		}
		start("flow", "flow-name", "xsl-region-body");
		logo();
		String heading = mode == Mode.EXTRACT ? Formats.extract(format).getLabel()
				: format.getName() != null ? format.getName() : format.getId();
		block(heading, "id", TITLE_ID, "role", "H1", "font-size", "160%", "font-weight", "bold", "color", accent,
				"space-after", "2pt", "hyphenate", "false");
		block(NLS.bind(Messages.formatVersion, new Object[] {
				blank ? Messages.blankForm : NLS.bind(Messages.planOf, orDash(document.pupilName())), format.getId(),
				format.getVersion() }), "font-size", "90%", "color",
				GREY, "space-after", "8pt", "hyphenate", "false");
		List<Placed> sections = sections();
		for (int i = 0; i < sections.size(); i++) {
			Placed placed = sections.get(i);
			if (placed.node() instanceof Branch branch) {
				branch(branch, placed.owner(), 2, sectionId(i));
			} else {
				contents(List.of(placed.node()), placed.owner(), 2);
			}
		}
		closingFigures();
		empty("block", "id", END_ID);
		end();
		end();
	}

	/** The house style's logo at the top right of the first page; left out, with a warning, when unreadable. */
	private void logo() throws XMLStreamException {
		if (!style.hasLogo()) {
			return;
		}
		java.nio.file.Path logo = style.logo();
		if (!java.nio.file.Files.isRegularFile(logo)) {
			warnings.add(NLS.bind(Messages.logoNotFound, logo));
			return;
		}
		byte[] bytes;
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(logo)) {
			bytes = in.readNBytes(MAX_LOGO_BYTES + 1);
		} catch (IOException | RuntimeException e) {
			warnings.add(NLS.bind(Messages.logoUnreadable, logo));
			return;
		}
		ImageFormat kind = ImageFormat.detect(bytes);
		String problem = bytes.length > MAX_LOGO_BYTES ? Messages.logoTooLarge
				: kind == null ? Messages.logoUnknownType : Images.problem(bytes, kind == ImageFormat.SVG);
		if (problem != null) {
			warnings.add(NLS.bind(Messages.logoProblem, problem, logo));
			return;
		}
		start("block", "text-align", "end", "space-after", "2pt");
		// Embedded as data: FOP reads nothing from disk while it renders.
		empty("external-graphic", "src", dataUrl(kind.mediaType(), bytes), "content-height", "14mm", "content-width",
				"scale-to-fit", "height", "14mm");
		xml.writeAttribute(FOX, "alt-text", xmlSafe(style.logoText() == null ? Messages.logoAltText : style.logoText()));
		end();
	}

	private static String dataUrl(String mediaType, byte[] bytes) {
		return "url('data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes) + "')";
	}

	/** The figures providers give for an element, each with its alternative text and caption. */
	private void figures(Element element) throws XMLStreamException {
		written.add(element);
		if (blank) {
			return;
		}
		FigureProvider.Context context = context();
		for (FigureProvider provider : figures) {
			List<Figure> given;
			try {
				given = provider.figures(document, element, context);
			} catch (RuntimeException | LinkageError e) {
				warnings.add(NLS.bind(Messages.figureFailed, element.getLabel(), reason(e)));
				continue;
			}
			place(given);
		}
	}

	/** What went wrong in a provider, in its own words, or its kind when it has none. */
	private static String reason(Throwable e) {
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}

	/** The figures providers place at the end of what was written (a block's {@code plaats achteraan}). */
	private void closingFigures() throws XMLStreamException {
		if (blank) {
			return;
		}
		FigureProvider.Context context = context();
		for (FigureProvider provider : figures) {
			List<Figure> given;
			try {
				given = provider.closing(document, context);
			} catch (RuntimeException | LinkageError e) {
				warnings.add(NLS.bind(Messages.figureFailed, title(document, mode), reason(e)));
				continue;
			}
			place(given);
		}
	}

	/**
	 * The date, the text column (A4 less the margins; in height also less the region-body's 2 × 11 mm and
	 * about 40 pt for the caption and spacing) and what has been written.
	 */
	private FigureProvider.Context context() {
		double width = (210 - style.marginLeft().doubleValue() - style.marginRight().doubleValue()) * 72 / 25.4;
		double height = (297 - style.marginTop().doubleValue() - style.marginBottom().doubleValue() - 22) * 72 / 25.4 - 40;
		return new FigureProvider.Context(at, width, height, java.util.Collections.unmodifiableSet(written), mode == Mode.EXTRACT);
	}

	private void place(List<Figure> given) throws XMLStreamException {
		for (Figure figure : given) {
			String problem = Images.problem(figure.image(), Figure.SVG.equals(figure.mediaType()));
			if (problem != null) {
				warnings.add(NLS.bind(Messages.figureProblem, figure.altText(), problem));
				continue;
			}
			start("block", "space-before", "4pt", "space-after", "2pt", "text-align", "center",
					"keep-with-next.within-page", "always");
			empty("external-graphic", "src", dataUrl(figure.mediaType(), figure.image()), "content-width",
					"scale-down-to-fit", "width", "100%");
			xml.writeAttribute(FOX, "alt-text", xmlSafe(figure.altText()));
			end();
			if (figure.caption() != null) {
				block(figure.caption(), "font-size", "85%", "font-style", "italic", "color", GREY,
						"text-align", "center", "space-after", "4pt");
			}
		}
	}

	private String runningHeader(Format format) {
		String pupil = document.pupilName();
		return NLS.bind(Messages.runningHeaderVersion, (pupil.isEmpty() ? "" : pupil + " \u00b7 ")
				+ (format.getName() != null ? format.getName() : format.getId()), format.getVersion());
	}

	/**
	 * A branch: a heading at {@code level} (2 for a section; deeper ones nest), its help, then its values
	 * and nested branches. A repeating group marked {@code tabel} whose rows hold only values becomes one
	 * table with a header row; an {@code ondertekening} block one table of parties × moments.
	 */
	private void branch(Branch branch, EObject owner, int level, String id) throws XMLStreamException {
		Element element = branch.element();
		boolean section = level == 2;
		List<String> heading = new ArrayList<>(List.of("role", heading(level), "font-size", section ? "120%" : "105%",
				"font-weight", "bold", "color", accent, "space-before", section ? "10pt" : "6pt", "space-after", "3pt",
				"keep-with-next.within-page", "always", "hyphenate", "false"));
		if (section) {
			heading.addAll(List.of("border-bottom", "0.5pt solid " + accent));
		}
		if (id != null) {
			heading.addAll(List.of("id", id));
		}
		if (element.isPageBreakBefore()) {
			heading.addAll(List.of("break-before", "page"));
		}
		block(branch.label(), heading.toArray(String[]::new));
		// Help texts guide whoever fills in the form: on a blank form, not in a finished plan.
		if (element.getHelp() != null && section && blank) {
			block(element.getHelp(), "font-size", "85%", "font-style", "italic", "color", GREY,
					"space-after", "3pt");
		}
		List<EObject> objects = OppDocument.objects(owner, branch);
		if (branch.repeating() && element instanceof Group group && group.isTable()
				&& branch.children().stream().allMatch(Leaf.class::isInstance)) {
			rowTable(branch, objects);
		} else if (element instanceof SignaturesBlock && branch.name().equals(element.getName())) {
			signatureGrid(branch, objects.isEmpty() ? null : objects.get(0));
		} else if (branch.repeating()) {
			if (objects.isEmpty() && !blank) {
				block("—", "color", "#999999");
			}
			int rows = blank && objects.isEmpty() ? 1 : objects.size();
			for (int row = 0; row < rows; row++) {
				block(branch.label() + " " + (row + 1), "role", heading(level + 1), "font-size", "90%", "font-weight",
						"bold", "space-before", "3pt", "keep-with-next.within-page", "always");
				contents(branch.children(), row < objects.size() ? objects.get(row) : null, level + 2);
			}
		} else {
			contents(branch.children(), objects.isEmpty() ? null : objects.get(0), level + 1);
			if (element instanceof Field field && field.getType() instanceof ConsentType) {
				signature(branch, objects.isEmpty() ? null : objects.get(0));
			}
		}
		// once per element: after its own branch, not after each part of a block (its rows, its goals)
		if (branch.name().equals(element.getName())) {
			figures(element);
		}
	}

	/** Room to sign a consent on paper: on a blank form, and while no decision is recorded. */
	private void signature(Branch consent, EObject owner) throws XMLStreamException {
		boolean decided = !blank && consent.children().stream().filter(Leaf.class::isInstance).map(Leaf.class::cast)
				.anyMatch(leaf -> "besluit".equals(leaf.name()) && OppDocument.value(owner, leaf) != null);
		if (decided) {
			return;
		}
		start("table", "table-layout", "fixed", "width", "100%");
		empty("table-column", "column-width", "38%");
		empty("table-column", "column-width", "62%");
		start("table-body");
		start("table-row", "keep-together.within-page", "always");
		start("table-cell", "role", "TH", "padding", "2pt 4pt 2pt 0pt");
		block(Messages.signature, "font-weight", "bold");
		end();
		start("table-cell", "padding", "2pt 0pt 2pt 4pt", "height", "16mm", "border-bottom", "0.5pt solid #333333");
		empty("block");
		end();
		end();
		end();
		end();
	}

	/** A heading role; below H6 there is no deeper level, so deeper branches share H6. */
	private static String heading(int level) {
		return "H" + Math.min(level, DEEPEST_HEADING);
	}

	/** Runs of leaves become a two-column table of labels and values; branches nest. */
	private void contents(List<SchemaNode> nodes, EObject owner, int level) throws XMLStreamException {
		List<Leaf> run = new ArrayList<>();
		for (SchemaNode node : nodes) {
			if (node instanceof Leaf leaf) {
				run.add(leaf);
			} else if (node instanceof Branch nested) {
				table(run, owner);
				run.clear();
				branch(nested, owner, level, null);
			}
		}
		table(run, owner);
	}

	/** Labels and values side by side; the label column is the row header. */
	private void table(List<Leaf> leaves, EObject owner) throws XMLStreamException {
		if (mode == Mode.FULL) {
			// A finished plan leaves out optional fields nobody filled in; an empty required one shows "—".
			// An extract shows all it names, so the teacher sees what is still open.
			leaves = leaves.stream().filter(leaf -> leaf.required()
					|| (owner != null && DisplayValues.of(leaf, OppDocument.value(owner, leaf)) != null)).toList();
		}
		if (leaves.isEmpty()) {
			return;
		}
		start("table", "table-layout", "fixed", "width", "100%");
		empty("table-column", "column-width", "38%");
		empty("table-column", "column-width", "62%");
		start("table-body");
		for (Leaf leaf : leaves) {
			start("table-row");
			start("table-cell", "role", "TH", "padding", "2pt 4pt 2pt 0pt", "border-bottom", "0.25pt solid #cccccc");
			block(leaf.label() + (leaf.required() ? " *" : ""), "font-weight", "bold");
			end();
			start("table-cell", "padding", "2pt 0pt 2pt 4pt", "border-bottom", "0.25pt solid #cccccc");
			value(leaf, owner);
			end();
			end();
		}
		end();
		end();
	}

	/** A table group: a header row of column labels, then a row per entry (one empty row on a blank form). */
	private void rowTable(Branch branch, List<EObject> objects) throws XMLStreamException {
		List<SchemaNode> columns = branch.children();
		start("table", "table-layout", "fixed", "width", "100%", "space-after", "4pt");
		for (int i = 0; i < columns.size(); i++) {
			empty("table-column", "column-width", "proportional-column-width(1)");
		}
		start("table-header");
		start("table-row");
		for (SchemaNode column : columns) {
			start("table-cell", "padding", "2pt", "background-color", "#eef3f8", "border-bottom", "0.5pt solid " + accent);
			block(column.label() + (((Leaf) column).required() ? " *" : ""), "font-weight", "bold", "font-size", "90%");
			end();
		}
		end();
		end();
		start("table-body");
		int rows = objects.isEmpty() ? 1 : objects.size();
		for (int row = 0; row < rows; row++) {
			start("table-row");
			for (SchemaNode column : columns) {
				start("table-cell", "padding", "2pt", "border-bottom", "0.25pt solid #cccccc");
				value((Leaf) column, objects.isEmpty() ? null : objects.get(row));
				end();
			}
			end();
		}
		end();
		end();
	}

	/**
	 * An {@code ondertekening} block as one table: a header row of moments, a row per party with the
	 * party as row header, and in each cell who signed and when, or an empty box to sign on paper (always
	 * on a blank form).
	 */
	private void signatureGrid(Branch block, EObject owner) throws XMLStreamException {
		List<Branch> moments = block.children().stream().filter(Branch.class::isInstance).map(Branch.class::cast).toList();
		if (moments.isEmpty() || moments.get(0).children().isEmpty()) {
			return;
		}
		List<SchemaNode> parties = moments.get(0).children();
		start("table", "table-layout", "fixed", "width", "100%", "space-after", "4pt");
		// The parties' column keeps a label like "Ouders/verzorgers" on one line; the moments share the rest.
		int partyWidth = moments.size() <= 3 ? 28 : 22;
		empty("table-column", "column-width", partyWidth + "%");
		String momentWidth = String.format(java.util.Locale.ROOT, "%.2f%%", (100.0 - partyWidth) / moments.size());
		for (int i = 0; i < moments.size(); i++) {
			empty("table-column", "column-width", momentWidth);
		}
		start("table-header");
		start("table-row");
		start("table-cell", "padding", "2pt", "background-color", "#eef3f8", "border-bottom", "0.5pt solid " + accent);
		block(Messages.party, "font-weight", "bold", "font-size", "90%");
		end();
		for (Branch moment : moments) {
			start("table-cell", "padding", "2pt", "background-color", "#eef3f8", "border-bottom", "0.5pt solid " + accent);
			block(moment.label(), "font-weight", "bold", "font-size", "90%");
			end();
		}
		end();
		end();
		start("table-body");
		for (int row = 0; row < parties.size(); row++) {
			start("table-row", "keep-together.within-page", "always");
			start("table-cell", "role", "TH", "padding", "2pt 4pt 2pt 0pt", "border-bottom", "0.25pt solid #cccccc");
			block(parties.get(row).label(), "font-weight", "bold");
			end();
			for (Branch moment : moments) {
				List<EObject> atMoment = owner == null ? List.of() : OppDocument.objects(owner, moment);
				Branch cell = (Branch) moment.children().get(row);
				List<EObject> signed = atMoment.isEmpty() ? List.of() : OppDocument.objects(atMoment.get(0), cell);
				signatureCell(cell, signed.isEmpty() ? null : signed.get(0));
			}
			end();
		}
		end();
		end();
	}

	/** Who signed and when; else (and always on a blank form) an empty box with room for a signature. */
	private void signatureCell(Branch cell, EObject signed) throws XMLStreamException {
		List<String> shown = new ArrayList<>();
		if (!blank && signed != null) {
			for (SchemaNode node : cell.children()) {
				String value = node instanceof Leaf leaf ? DisplayValues.of(leaf, OppDocument.value(signed, leaf)) : null;
				if (value != null) {
					shown.add(value);
				}
			}
		}
		if (shown.isEmpty()) {
			start("table-cell", "padding", "2pt", "height", "14mm", "border", "0.5pt solid #333333");
			empty("block");
			end();
			return;
		}
		start("table-cell", "padding", "2pt", "border-bottom", "0.25pt solid #cccccc");
		for (String value : shown) {
			block(value);
		}
		end();
	}

	/** The value of a leaf, or room to write it on a blank form, or a dash when it is empty. */
	private void value(Leaf leaf, EObject owner) throws XMLStreamException {
		if (blank) {
			writingSpace(leaf);
			return;
		}
		String value = owner == null ? null : DisplayValues.of(leaf, OppDocument.value(owner, leaf));
		if (value == null) {
			block("—", "color", "#999999");
		} else {
			currentField = leaf.label();
			try {
				block(value, "linefeed-treatment", "preserve", "wrap-option", "wrap");
			} finally {
				currentField = null;
			}
		}
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

	private static String orDash(String text) {
		return text == null || text.isEmpty() ? "—" : text;
	}

	/** A large, light word across every page, behind nothing that matters: a draft is recognisable. */
	private void watermark(String text) throws XMLStreamException {
		start("static-content", "flow-name", "xsl-region-start", "role", "artifact");
		start("block-container", "absolute-position", "fixed", "top", "120mm", "left", "0mm", "width", "210mm");
		block(text, "font-size", "80pt", "font-weight", "bold", "color", "#ececec", "text-align", "center",
				"font-family", BundledFonts.FAMILY);
		end();
		end();
	}

	private void block(String text, String... attributes) throws XMLStreamException {
		start("block", attributes);
		boolean italic = false;
		boolean bold = false;
		for (int i = 0; i < attributes.length; i += 2) {
			italic |= attributes[i].equals("font-style") && attributes[i + 1].equals("italic");
			bold |= attributes[i].equals("font-weight") && attributes[i + 1].equals("bold");
		}
		text(text, italic, bold);
		end();
	}

	/**
	 * Writes text as the PDF can show it: without what XML cannot carry and without emoji joiners; a run
	 * the house style's font lacks goes into an inline in the fallback font that has it, and a character
	 * no bundled font has becomes U+FFFD (FOP would draw '#') and is reported.
	 */
	private void text(String text, boolean italic, boolean bold) throws XMLStreamException {
		String safe = xmlSafe(text);
		StringBuilder run = new StringBuilder(safe.length());
		GlyphCoverage.Choice runChoice = null;
		for (int i = 0; i < safe.length();) {
			int c = safe.codePointAt(i);
			i += Character.charCount(c);
			if (GlyphCoverage.ignorable(c)) {
				continue;
			}
			GlyphCoverage.Choice choice = Character.isWhitespace(c) && runChoice != null ? runChoice
					: GlyphCoverage.choose(c, style.fontFamily(), italic, bold);
			if (choice == null) {
				missingCharacters.add(new String(Character.toChars(c)) + " (U+" + Integer.toHexString(c).toUpperCase() + ")");
				if (currentField != null) {
					fieldsMissingCharacters.add(currentField);
				}
				c = GlyphCoverage.REPLACEMENT;
				choice = GlyphCoverage.choose(c, style.fontFamily(), italic, bold);
			}
			if (runChoice != null && !choice.equals(runChoice)) {
				flush(run, runChoice);
			}
			runChoice = choice;
			run.appendCodePoint(c);
		}
		if (runChoice != null) {
			flush(run, runChoice);
		}
	}

	private void flush(StringBuilder run, GlyphCoverage.Choice choice) throws XMLStreamException {
		if (run.isEmpty()) {
			return;
		}
		if (choice.family() == null) {
			xml.writeCharacters(run.toString());
		} else if (choice.regular()) {
			start("inline", "font-family", choice.family(), "font-style", "normal", "font-weight", "normal");
			xml.writeCharacters(run.toString());
			end();
		} else {
			start("inline", "font-family", choice.family());
			xml.writeCharacters(run.toString());
			end();
		}
		run.setLength(0);
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
		if (text.length() > nl.oppstudio.core.Limits.MAX_VALUE_CHARS) {
			// never from a loaded document (the loader refuses it); a value pasted in the editor is cut here, so
			// that FOP lays out at most Limits.MAX_VALUE_CHARS characters of it (a 52 MB name took minutes and GBs)
			text = text.substring(0, nl.oppstudio.core.Limits.MAX_VALUE_CHARS) + " […]";
		}
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
