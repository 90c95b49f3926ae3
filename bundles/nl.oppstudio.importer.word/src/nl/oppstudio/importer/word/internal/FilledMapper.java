package nl.oppstudio.importer.word.internal;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.DutchDates;
import nl.oppstudio.document.Conversions;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Group;
import nl.oppstudio.importer.word.DocumentResult;
import nl.oppstudio.importer.word.ReportEntry;
import nl.oppstudio.importer.word.ReportEntry.Outcome;
import nl.oppstudio.importer.word.internal.WordFile.Block;
import nl.oppstudio.importer.word.internal.WordFile.Cell;
import nl.oppstudio.importer.word.internal.WordFile.CheckBox;
import nl.oppstudio.importer.word.internal.WordFile.Control;
import nl.oppstudio.importer.word.internal.WordFile.ControlKind;
import nl.oppstudio.importer.word.internal.WordFile.PageBreak;
import nl.oppstudio.importer.word.internal.WordFile.Para;
import nl.oppstudio.importer.word.internal.WordFile.Row;
import nl.oppstudio.importer.word.internal.WordFile.Table;

/**
 * A filled-in Word file → a new concept document of a format (docs/word-import.md, "Filled-in copy →
 * document"). Every text of the file is meant to become a value, be kept in the document's archive, or be
 * reported as the template's own text (a whole label or help text of the format); the tests prove this for
 * the cases listed in docs/word-import.md, not yet per place (review finding 11). In order:
 * <ol>
 * <li>the user's label → path mapping;</li>
 * <li>the Word place the draft format recorded for a field or repeating group ({@code // word: …}), accepted
 * only where the label beside it still matches (filled-in copies drift);</li>
 * <li>tables whose header row names a repeating group's columns: one row per non-empty table row;</li>
 * <li>consents: only with an explicit decision (a ticked box labelled just "akkoord", "niet akkoord" or
 * "gedeeltelijk akkoord"); a name and date alone are archived, and so is what a signature cell holds beyond them;</li>
 * <li>labels: the field's, with the section's label to choose among equal ones;</li>
 * <li>values the document check refuses (too long, out of range) go to the archive.</li>
 * </ol>
 */
public final class FilledMapper {

	/** Who the log names as having made the document. */
	public static final String BY = "opp import-word";

	private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:\\d+(?:\\.\\d+)*[a-z]?|[a-z])[.)]?\\s+");
	private static final Pattern FILLER = Pattern.compile("_{2,}|\\.{3,}|…+");
	private static final Pattern DATE = Pattern.compile(
			"\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}|\\d{1,2}\\s+[A-Za-z]+\\.?\\s+\\d{4}");
	/** The document check's codes for a value that does not fit its field (DocumentValidator). */
	private static final Set<String> REFUSED_VALUES = Set.of("nl.oppstudio.document.invalidDate",
			"nl.oppstudio.document.invalidNumber", "nl.oppstudio.document.outOfRange", "nl.oppstudio.document.unknownOption",
			"nl.oppstudio.document.invalidYesNo", "nl.oppstudio.document.tooLong");
	/** A point followed by exactly three digits: in Dutch a thousands point ("1.250"). */
	private static final Pattern THOUSANDS = Pattern.compile("\\d\\.\\d{3}(?!\\d)");
	private static final Pattern NAME = Pattern.compile("(?i)naam\\s*:?\\s*(.+)");
	/** A content control or form field without tag or name, as the reader places it: "alinea 4 inhoud 2". */
	private static final Pattern OWN_CONTROL = Pattern.compile(".+ inhoud \\d+");

	/** A place in the Word file that may hold a value. */
	private static final class Slot {
		final String where;
		final String raw;
		String text;
		final String label;
		final List<String> labels = new ArrayList<>();
		final List<String> context;
		final List<CheckBox> boxes;
		final Control control;
		final boolean heading;
		final boolean guidance;
		boolean styledLabel;
		final List<Slot> parts = new ArrayList<>();
		Slot whole;
		Slot labelCell;
		List<Slot> row = List.of();
		String use;

		Slot(String where, String raw, String text, String label, List<String> context, List<CheckBox> boxes,
				Control control, boolean heading, boolean guidance) {
			this.where = where;
			this.raw = raw;
			this.text = text;
			this.label = label;
			if (!label.isBlank()) {
				labels.add(label);
			}
			this.context = context;
			this.boxes = boxes;
			this.control = control;
			this.heading = heading;
			this.guidance = guidance;
		}

		boolean usable() {
			if (where.startsWith("onder ")) { // the text under a heading: what of it is left
				return use == null && (parts.isEmpty() || parts.stream().anyMatch(p -> p.use == null));
			}
			return use == null && (whole == null || whole.use == null) && parts.stream().allMatch(p -> p.use == null);
		}

		boolean empty() {
			return text.isBlank() && boxes.stream().noneMatch(CheckBox::checked);
		}

		/** What it holds, as kept in the archive: text and ticked boxes. */
		String content() {
			List<String> parts = new ArrayList<>();
			if (!text.isBlank()) {
				parts.add(text);
			}
			boxes.stream().filter(CheckBox::checked).map(b -> "☒ " + b.label()).forEach(parts::add);
			return String.join("; ", parts);
		}

		void take(String outcome) {
			use = outcome;
			this.parts.forEach(p -> p.use = p.use == null ? outcome : p.use);
			if (labelCell != null && labelCell.use == null) {
				labelCell.use = Messages.filledUsedAsLabel;
			}
		}
	}

	/** A table of the file: its header row and the rows below, as slots. */
	private record TableSlot(String where, List<Slot> header, List<List<Slot>> rows, List<String> context) {
	}

	/** A field of the format that a value may fill. */
	private record Target(Leaf leaf, List<String> context, String locator, Branch consent) {
	}

	/** A repeating group of the format that a table may fill. */
	private record GroupTarget(Branch branch, List<Branch> ancestors, List<String> context, String locator) {
	}

	/** A value placed in the document, to take back when the document check refuses it. */
	private record Placed(Slot slot, EObject owner, Leaf leaf, String value) {
	}

	private final WordFile file;
	private final Format format;
	private final OppDocument document;
	private final Map<String, String> mapping = new HashMap<>();
	private final Map<Element, Map<String, String>> recorded;
	private final List<Slot> slots = new ArrayList<>();
	private final Map<String, Slot> byWhere = new HashMap<>();
	private final Map<String, TableSlot> tables = new LinkedHashMap<>();
	private final List<Target> targets = new ArrayList<>();
	private final List<GroupTarget> groups = new ArrayList<>();
	private final Set<Leaf> filled = new HashSet<>();
	private final Set<String> templateTexts = new HashSet<>();
	/** The format's labels and help texts, whole (no option labels). */
	private final Set<String> ownTemplateTexts = new HashSet<>();
	private final Map<String, Placed> placed = new LinkedHashMap<>();
	private final Map<Slot, ReportEntry> report = new LinkedHashMap<>();
	private final List<ReportEntry> extra = new ArrayList<>();
	private int archived;

	private FilledMapper(WordFile file, Format format, Map<String, String> labelPaths) {
		this.file = file;
		this.format = format;
		this.document = Documents.create(format);
		this.recorded = RecordedLocators.of(format);
		labelPaths.forEach((label, path) -> mapping.put(normalise(label), path.strip().replace('.', '/')));
	}

	/**
	 * A new concept document of {@code format} from a filled-in Word file.
	 *
	 * @param labelPaths the user's mapping: a label as the Word file writes it → the path of a field or repeating
	 *                   group ({@code leerling/naam}; dots allowed); may be empty
	 * @param at         the time of the log entry
	 */
	public static DocumentResult map(WordFile file, Format format, Map<String, String> labelPaths, OffsetDateTime at) {
		FilledMapper mapper = new FilledMapper(file, format, labelPaths);
		mapper.targets(mapper.document.schema().outline(), List.of(), List.of(), null);
		mapper.collect(file.body(), List.of(), null);
		mapper.templateTexts(format);
		mapper.underTexts();
		mapper.byMapping();
		mapper.byLocator();
		mapper.groupsByHeader();
		mapper.consents();
		mapper.byLabel();
		mapper.checked();
		mapper.rest();
		String name = file.file() == null ? "" : file.file().getFileName().toString();
		Lifecycle.recordImport(mapper.document, name, BY, NLS.bind(Messages.filledLogRemark, name,
				mapper.archived), at);
		List<ReportEntry> report = new ArrayList<>(mapper.report.values());
		report.addAll(mapper.extra);
		return new DocumentResult(file.file(), mapper.document, mapper.document.pupilName(), List.copyOf(report));
	}

	// ---- the Word file's places ----

	private void collect(List<Block> blocks, List<String> outer, Slot owner) {
		List<String> headings = new ArrayList<>();
		List<Integer> levels = new ArrayList<>();
		Slot under = null;
		for (Block block : blocks) {
			List<String> context = new ArrayList<>(outer);
			if (block instanceof Para para && (para.heading() > 0 || isLabelLine(para))) {
				int level = para.heading() > 0 ? para.heading() : 10;
				while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
					levels.remove(levels.size() - 1);
					headings.remove(headings.size() - 1);
				}
				context.addAll(headings);
				Slot heading = add(new Slot(para.at().path(), para.text(), "", para.text(), context, List.of(), null, true,
						para.guidance()), owner);
				headings.add(para.text());
				levels.add(level);
				List<String> inside = new ArrayList<>(outer);
				inside.addAll(headings);
				under = add(new Slot("onder " + para.at().path(), "", "", para.text(), inside, List.of(), null, false, false),
						owner);
				under.labelCell = heading;
			} else if (block instanceof Para para) {
				context.addAll(headings);
				if (under != null && isAnchor(para)) {
					under = null; // the next recorded place: its own label and text, not the heading's
				}
				for (Slot slot : paraSlots(para, para.at().path(), context, owner)) {
					if (under != null && slot.whole == owner && !isControl(slot)) {
						under.parts.add(slot); // a control is a place of its own, never part of the text under a heading
					}
				}
			} else if (block instanceof Table table) {
				context.addAll(headings);
				table(table, context, owner);
				under = null;
			} else if (block instanceof PageBreak) {
				under = null;
			}
		}
	}

	/**
	 * Whether the draft recorded a place at this paragraph (still labelled) or one of its controls or boxes; for
	 * the text under a paragraph ({@code onder alinea N}), only when that paragraph is a label ("Toelichting:").
	 */
	private boolean isAnchor(Para para) {
		Set<String> own = new HashSet<>();
		Set<String> labels = new HashSet<>();
		for (Target target : targets) {
			if (target.locator() != null && target.locator().startsWith("onder ")) {
				labels.add(target.locator().substring("onder ".length()));
			} else if (target.locator() != null) {
				own.add(target.locator());
			}
		}
		// a recorded paragraph still holds a label, boxes or controls; a free line there is a value (the copy drifted)
		boolean labelled = para.text().indexOf(':') > 0 || !para.checkBoxes().isEmpty() || !para.controls().isEmpty();
		return own.contains(para.at().path()) && labelled || para.controls().stream().anyMatch(c -> own.contains(c.at().path()))
				|| para.checkBoxes().stream().anyMatch(b -> own.contains(b.at().path()))
				|| labels.contains(para.at().path()) && para.text().strip().endsWith(":");
	}

	/** The Word places the draft recorded for fields ({@code onder alinea N} as {@code alinea N}). */
	private Set<String> anchors() {
		Set<String> anchors = new HashSet<>();
		for (Target target : targets) {
			if (target.locator() != null) {
				anchors.add(target.locator().startsWith("onder ") ? target.locator().substring("onder ".length()) : target.locator());
			}
		}
		return anchors;
	}

	/** The text under a heading: its paragraphs' texts, one a line. */
	private void underTexts() {
		for (Slot slot : slots) {
			if (slot.where.startsWith("onder ")) {
				slot.text = String.join("\n", slot.parts.stream().filter(p -> !isControl(p))
						.filter(p -> !(p.guidance && isTemplateText(p.raw))).map(p -> clean(p.raw)).filter(t -> !t.isEmpty())
						.toList());
			}
		}
	}

	private static boolean isControl(Slot slot) {
		return isOwnPlace(slot.where);
	}

	private static boolean isOwnPlace(String where) {
		return where.startsWith("inhoud ") || where.startsWith("formulierveld ") || OWN_CONTROL.matcher(where).matches();
	}

	/** A bold paragraph without a value after its colon, such as "Wat doet de school:", heads what follows. */
	private static boolean isLabelLine(Para para) {
		String text = para.text().strip();
		return para.bold() && !text.isEmpty() && para.checkBoxes().isEmpty() && para.controls().isEmpty()
				&& (text.indexOf(':') < 0 || text.indexOf(':') == text.length() - 1) && text.length() <= 200;
	}

	private List<Slot> paraSlots(Para para, String where, List<String> context, Slot owner) {
		List<Slot> made = new ArrayList<>();
		String text = para.text();
		Control own = null;
		String paraLabel = text.indexOf(':') > 0 && text.indexOf(':') <= 80 ? text.substring(0, text.indexOf(':')).strip()
				: text.strip();
		for (int i = 0; i < para.controls().size(); i++) {
			Control control = para.controls().get(i);
			// a block-level control (the reader puts it first) holds its paragraphs' text; a run-level one's value
			// is never part of the paragraph's text, so nothing is cut out of it (finding 4)
			boolean block = i == 0 && !text.isBlank() && control.value().strip().startsWith(text.strip());
			if (!control.placeholder().isBlank() && control.value().isBlank() && block) {
				text = text.replace(control.placeholder(), "");
			}
			if (!control.at().path().equals(where) && !control.at().path().equals(para.at().path())) {
				if (block) {
					text = "";
				}
				// a place of its own: tagged, or numbered in its paragraph ("alinea 4 inhoud 2")
				String label = !control.alias().isBlank() ? control.alias() : !control.tag().isBlank() ? control.tag() : paraLabel;
				Slot slot = new Slot(control.at().path(), control.value(), clean(control.value()), label, context, List.of(),
						control, false, false);
				if (!control.tag().isBlank()) {
					slot.labels.add(control.tag());
				}
				made.add(add(slot, owner));
			} else {
				own = control; // an untagged block-level control: its text is the paragraph's
			}
		}
		List<CheckBox> boxes = new ArrayList<>();
		for (CheckBox box : para.checkBoxes()) {
			if (isOwnPlace(box.at().path())) { // a check-box content control or form field: a place of its own
				Slot slot = new Slot(box.at().path(), box.label(), "", box.label(), context, List.of(box), null, false, false);
				made.add(add(slot, owner));
				text = text.replaceFirst(Pattern.quote(box.label()), "");
			} else {
				boxes.add(box);
			}
		}
		String label = "";
		String value = text;
		int colon = text.indexOf(':');
		if (colon > 0 && colon <= 80) {
			label = text.substring(0, colon);
			value = text.substring(colon + 1);
		} else if (!boxes.isEmpty()) {
			label = text;
			for (CheckBox box : boxes) {
				label = label.replace(box.label(), " ");
			}
			value = "";
		}
		for (CheckBox box : boxes) {
			value = value.replace(box.label(), " ");
		}
		Slot slot = new Slot(where, para.text(), clean(value), label.strip(), context, boxes, own, false, para.guidance());
		slot.styledLabel = para.bold();
		made.add(0, add(slot, owner));
		return made;
	}

	private void table(Table table, List<String> context, Slot owner) {
		List<Slot> header = new ArrayList<>();
		List<List<Slot>> rows = new ArrayList<>();
		boolean headed = headed(table);
		for (int r = 0; r < table.rows().size(); r++) {
			Row row = table.rows().get(r);
			List<Slot> cells = new ArrayList<>();
			boolean inHeader = headed && r == 0;
			for (int c = 0; c < row.cells().size(); c++) {
				Cell cell = row.cells().get(c);
				List<String> cellContext = new ArrayList<>(context);
				Slot left = c > 0 && !cells.isEmpty() && !inHeader ? cells.get(cells.size() - 1) : null;
				Slot above = r > 0 && c < header.size() ? header.get(c) : null;
				if (above != null && !above.raw.isBlank()) {
					cellContext.add(above.raw);
				}
				if (left != null && !left.raw.isBlank()) {
					cellContext.add(left.raw);
				}
				Slot slot = cell(cell, cellContext, owner);
				slot.styledLabel |= cell.shaded();
				if (left != null && !left.raw.isBlank()) {
					slot.labels.add(left.raw);
				}
				if (c > 1 && !inHeader && !cells.get(0).raw.isBlank()) {
					slot.labels.add(cells.get(0).raw); // the row's label
					slot.context.add(cells.get(0).raw);
				}
				if (above != null && !above.raw.isBlank()) {
					slot.labels.add(above.raw);
				}
				slot.labelCell = left != null && !left.raw.isBlank() ? left : null;
				cells.add(slot);
			}
			for (Slot cell : cells) {
				cell.row = cells;
			}
			if (!cells.isEmpty()) {
				byWhere.putIfAbsent(table.at().path() + " rij " + (r + 1), cells.get(0)); // a signature row
			}
			if (inHeader) {
				header.addAll(cells);
			} else {
				rows.add(cells);
			}
		}
		tables.put(table.at().path(), new TableSlot(table.at().path(), header, rows, context));
	}

	/**
	 * Whether the first row heads the columns: not in a table of labels and values, whose first column is shaded
	 * in every row while the first row's other cells are not.
	 */
	private static boolean headed(Table table) {
		if (table.rows().size() < 2) {
			return false;
		}
		boolean labelColumn = table.rows().stream().allMatch(r -> !r.cells().isEmpty() && r.cells().get(0).shaded());
		List<Cell> first = table.rows().get(0).cells();
		return !(labelColumn && first.subList(1, first.size()).stream().anyMatch(c -> !c.shaded()));
	}

	private Slot cell(Cell cell, List<String> context, Slot owner) {
		List<Para> paras = cell.content().stream().filter(Para.class::isInstance).map(Para.class::cast).toList();
		boolean nested = cell.content().stream().anyMatch(Table.class::isInstance);
		if (paras.size() <= 1 && !nested) {
			if (paras.isEmpty()) {
				return add(new Slot(cell.at().path(), "", "", "", context, List.of(), null, false, false), owner);
			}
			List<Slot> made = paraSlots(paras.get(0), cell.at().path(), context, owner);
			return made.get(0);
		}
		List<CheckBox> boxes = paras.stream().flatMap(p -> p.checkBoxes().stream()).toList();
		Slot whole = add(new Slot(cell.at().path(), cell.text(), clean(cell.text()), "", context, boxes, null, false,
				paras.stream().allMatch(Para::guidance)), owner);
		collect(cell.content(), context, whole);
		return whole;
	}

	private Slot add(Slot slot, Slot whole) {
		if (whole != null) {
			slot.whole = whole;
			whole.parts.add(slot);
		}
		slots.add(slot);
		byWhere.putIfAbsent(slot.where, slot);
		return slot;
	}

	// ---- the format's places ----

	private void targets(List<SchemaNode> nodes, List<String> context, List<Branch> ancestors, Branch member) {
		for (SchemaNode node : nodes) {
			if (node instanceof Branch branch && branch.repeating()) {
				List<String> inner = new ArrayList<>(context);
				inner.add(branch.label());
				groups.add(new GroupTarget(branch, ancestors, inner, locator(branch, member)));
			} else if (node instanceof Branch branch) {
				List<String> inner = new ArrayList<>(context);
				inner.add(branch.label());
				List<Branch> chain = new ArrayList<>(ancestors);
				chain.add(branch);
				Branch own = member != null && member.element() == branch.element() ? member : branch;
				boolean consent = branch.element() instanceof Field field && field.getType() instanceof ConsentType;
				if (consent) {
					for (SchemaNode child : branch.children()) {
						if (child instanceof Leaf leaf) {
							targets.add(new Target(leaf, inner, locator(leaf, own), branch));
						}
					}
				} else {
					targets(branch.children(), inner, chain, own);
				}
			} else if (node instanceof Leaf leaf) {
				targets.add(new Target(leaf, context, locator(leaf, member), null));
			}
		}
	}

	/** The recorded Word place of a node: its member's own comment, or its part's. */
	private String locator(SchemaNode node, Branch member) {
		Map<String, String> parts = recorded.get(node.element());
		if (parts == null) {
			return null;
		}
		if (node.element() instanceof Field field && field.getName().equals(node.name())
				|| node.element() instanceof Group && node instanceof Branch) {
			return parts.get("");
		}
		if (member != null && member.element() == node.element() && node.path().startsWith(member.path() + "/")) {
			return parts.get(node.path().substring(member.path().length() + 1));
		}
		return null;
	}

	private void templateTexts(Format format) {
		for (var contents = format.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (object instanceof Element element) {
				addTemplateText(element.getLabel());
				addTemplateText(element.getHelp());
				addOwnTemplateText(element.getLabel());
				addOwnTemplateText(element.getHelp());
			} else if (object instanceof ChoiceOption option) {
				addTemplateText(option.getLabel());
			}
		}
		document.schema().leaves().forEach(leaf -> addTemplateText(leaf.label()));
		document.schema().leaves().forEach(leaf -> addOwnTemplateText(leaf.label()));
	}

	private void addOwnTemplateText(String text) {
		String normal = normalise(text);
		if (!normal.isEmpty()) {
			ownTemplateTexts.add(normal);
		}
	}

	private void addTemplateText(String text) {
		String normal = normalise(text);
		if (!normal.isEmpty()) {
			templateTexts.add(normal);
		}
	}

	// ---- matching ----

	private void byMapping() {
		if (mapping.isEmpty()) {
			return;
		}
		for (Slot slot : slots) {
			String path = slot.labels.stream().map(l -> mapping.get(normalise(l))).filter(p -> p != null).findFirst()
					.orElse(null);
			if (path == null || !slot.usable()) {
				continue;
			}
			for (GroupTarget group : groups) {
				TableSlot table = tableOf(slot);
				if (group.branch().path().equals(path) && table != null && !rowsTaken(group)) {
					fillGroup(group, table);
				}
			}
			for (Target target : targets) {
				if (target.leaf().path().equals(path) && !filled.contains(target.leaf()) && !slot.empty()) {
					place(target.leaf(), slot);
				}
			}
		}
	}

	private void byLocator() {
		for (Target target : targets) {
			if (target.locator() == null || filled.contains(target.leaf())) {
				continue;
			}
			Slot slot = byWhere.containsKey(target.locator()) ? byWhere.get(target.locator()) : underAny(target.locator());
			if (slot != null && slot.usable() && !slot.heading && (isOwnPlace(target.locator()) || labelFits(slot, target))) {
				if (!slot.empty()) {
					place(target.leaf(), slot);
				} else {
					slot.take(NLS.bind(Messages.filledEmpty, target.leaf().path()));
				}
			}
		}
		for (GroupTarget group : groups) {
			TableSlot table = group.locator() == null ? null : tables.get(group.locator());
			if (table != null && (headerFits(group, table) > 0 || recordedColumn(group, table, 1) != null) && !rowsTaken(group)) {
				fillGroup(group, table);
			}
		}
	}

	/** The text under a paragraph that is no heading ({@code onder alinea N}), as the reader delimits it. */
	private Slot underAny(String locator) {
		if (!locator.startsWith("onder ")) {
			return null;
		}
		Locator at = new Locator(locator.substring("onder ".length()));
		Slot label = byWhere.get(at.path());
		WordFile.Under under = file.under(at).orElse(null);
		if (label == null || under == null) {
			return null;
		}
		Set<String> anchors = anchors();
		Slot slot = new Slot(locator, "", "", label.raw, label.context, List.of(), null, false, false);
		for (Para para : under.paragraphs()) {
			if (anchors.contains(para.at().path())) {
				break; // the next recorded place: its own label and text
			}
			Slot part = byWhere.get(para.at().path());
			if (part != null) {
				slot.parts.add(part);
			}
		}
		slot.labelCell = label;
		slot.text = String.join("\n", slot.parts.stream().filter(p -> !(p.guidance && isTemplateText(p.raw)))
				.map(p -> clean(p.raw)).filter(t -> !t.isEmpty()).toList());
		byWhere.put(locator, slot);
		return slot;
	}

	private void groupsByHeader() {
		for (GroupTarget group : groups) {
			if (rowsTaken(group)) {
				continue;
			}
			int columns = (int) group.branch().children().stream().filter(Leaf.class::isInstance).count();
			TableSlot best = null;
			int bestFit = 0;
			for (TableSlot table : tables.values()) {
				int fit = headerFits(group, table);
				if (fit > bestFit && fit * 2 >= Math.min(columns, table.header().size()) && fit >= Math.min(2, columns)
						&& table.header().stream().allMatch(Slot::usable)) {
					best = table;
					bestFit = fit;
				}
			}
			if (best != null) {
				fillGroup(group, best);
			}
		}
	}

	private void byLabel() {
		for (Slot slot : slots) {
			if (!slot.usable() || slot.empty() || slot.heading || slot.parts.size() > 0 && slot.labels.isEmpty()) {
				continue;
			}
			Target best = null;
			int bestScore = 0;
			for (Target target : targets) {
				if (target.consent() != null || filled.contains(target.leaf())) {
					continue;
				}
				int score = score(slot, target);
				if (score > 0 && score < 10 && value(target.leaf(), slot) == null) {
					continue; // a looser match only where the value fits
				}
				if (score > bestScore) {
					best = target;
					bestScore = score;
				}
			}
			if (best != null) {
				place(best.leaf(), slot);
			}
		}
	}

	/** How well a slot's labels and context name a field; 0 when they do not. */
	private static int score(Slot slot, Target target) {
		String label = normalise(target.leaf().label());
		String head = label;
		String tail = "";
		int colon = target.leaf().label().indexOf(':');
		if (colon > 0) {
			head = normalise(target.leaf().label().substring(0, colon));
			tail = normalise(target.leaf().label().substring(colon + 1));
		}
		int score = 0;
		for (String own : slot.labels) {
			String normal = normalise(own);
			if (normal.equals(label)) {
				score = Math.max(score, 10);
			} else if (!tail.isEmpty() && normal.equals(head) && inContext(slot, tail)) {
				score = Math.max(score, 9);
			} else if (similar(normal, label)) {
				score = Math.max(score, 5);
			}
		}
		if (score == 0 && isPart(target) && target.consent() == null && (headWordsIn(slot, target) && inContext(slot, tail)
				|| memberLabelFits(slot, target))) {
			score = 6;
		}
		if (score == 0) {
			return 0;
		}
		for (String section : target.context()) {
			if (inContext(slot, normalise(section))) {
				score++;
			}
		}
		return score;
	}

	/** Whether the slot's headings hold these words (each word as the start of one of theirs). */
	private static boolean inContext(Slot slot, String words) {
		for (String heading : slot.context) {
			String normal = " " + normalise(heading) + " ";
			boolean all = !words.isBlank();
			for (String word : words.split(" ")) {
				all &= normal.contains(" " + word);
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	private static boolean labelFits(Slot slot, Target target) {
		if (slot.labels.isEmpty()) {
			// a cell without a label beside it; a paragraph without one is no longer the "Label:" recorded there
			return target.locator().contains(" kolom ") && !target.locator().contains(" alinea ");
		}
		String label = normalise(target.leaf().label());
		for (String own : slot.labels) {
			String normal = normalise(own);
			if (normal.equals(label) || similar(normal, label)) {
				return true;
			}
		}
		return isPart(target) && (headWordsIn(slot, target) || memberLabelFits(slot, target));
	}

	/** A part of a block or consent: its label is the schema's ("Thuis: bevorderend"), not the Word file's. */
	private static boolean isPart(Target target) {
		Element element = target.leaf().element();
		return target.consent() != null || !(element instanceof Field field) || !field.getName().equals(target.leaf().name());
	}

	/** The words of a part's label before its colon ("thuis") are all in the slot's label ("Ondersteuning thuis"). */
	private static boolean headWordsIn(Slot slot, Target target) {
		String label = target.leaf().label();
		String head = normalise(label.indexOf(':') > 0 ? label.substring(0, label.indexOf(':')) : label);
		if (head.length() < 4) {
			return false;
		}
		for (String own : slot.labels) {
			String words = " " + normalise(own) + " ";
			boolean all = true;
			for (String word : head.split(" ")) {
				all &= words.contains(" " + word + " ");
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	/** The slot is labelled as the whole block, and holds what the part takes: ticked boxes for a choice, else text. */
	private static boolean memberLabelFits(Slot slot, Target target) {
		boolean choice = target.leaf().kind() == ValueKind.CHOICE || target.leaf().kind() == ValueKind.MULTIPLE_CHOICE
				|| target.leaf().kind() == ValueKind.YES_NO;
		boolean boxes = !slot.boxes.isEmpty() || slot.control != null && slot.control.kind() == ControlKind.DROPDOWN;
		if (choice != boxes) {
			return false;
		}
		String member = normalise(nl.oppstudio.format.model.Formats.label(target.leaf().element()));
		return slot.labels.stream().map(FilledMapper::normalise).anyMatch(l -> l.equals(member) || similar(l, member));
	}

	/** The same words, or one label the start of the other (a long Word label shortened in the format). */
	private static boolean similar(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		String shorter = a.length() <= b.length() ? a : b;
		String longer = a.length() <= b.length() ? b : a;
		return shorter.length() >= 8 && longer.startsWith(shorter + " ");
	}

	// ---- repeating groups ----

	private TableSlot tableOf(Slot slot) {
		for (TableSlot table : tables.values()) {
			if (table.header().contains(slot)) {
				return table;
			}
		}
		return null;
	}

	private int headerFits(GroupTarget group, TableSlot table) {
		int fit = 0;
		for (Slot cell : table.header()) {
			if (column(group, cell) != null) {
				fit++;
			}
		}
		return fit;
	}

	private static Leaf column(GroupTarget group, Slot header) {
		String normal = normalise(header.raw);
		for (SchemaNode child : group.branch().children()) {
			if (child instanceof Leaf leaf && (normalise(leaf.label()).equals(normal) || similar(normalise(leaf.label()), normal)
					|| normalise(leaf.name()).equals(normal.replace(" ", "")))) {
				return leaf;
			}
		}
		return null;
	}

	/** The field the draft recorded for column K of the group's table ({@code // word: tabel N kolom K}), by position. */
	private Leaf recordedColumn(GroupTarget group, TableSlot table, int column) {
		for (SchemaNode child : group.branch().children()) {
			Map<String, String> parts = child instanceof Leaf ? recorded.get(child.element()) : null;
			if (parts != null && (table.where() + " kolom " + column).equals(parts.get(""))) {
				return (Leaf) child;
			}
		}
		return null;
	}

	private boolean rowsTaken(GroupTarget group) {
		return placed.keySet().stream().anyMatch(p -> p.startsWith(group.branch().path() + "["));
	}

	@SuppressWarnings("unchecked")
	private void fillGroup(GroupTarget group, TableSlot table) {
		Group element = group.branch().element() instanceof Group g ? g : null;
		int max = element == null ? 0 : element.getMaxRows();
		for (Slot cell : table.header()) {
			cell.take(NLS.bind(Messages.filledHeader, group.branch().label()));
		}
		int rows = 0;
		for (List<Slot> cells : table.rows()) {
			if (cells.stream().allMatch(Slot::empty) || cells.size() > 1 && cells.get(0).styledLabel
					&& cells.subList(1, cells.size()).stream().allMatch(Slot::empty)) {
				cells.forEach(c -> c.take(NLS.bind(Messages.filledEmptyRow, group.branch().label())));
				continue;
			}
			if (max > 0 && rows >= max) {
				for (Slot cell : cells) {
					if (!cell.empty()) {
						archive(cell, NLS.bind(Messages.filledPastMax, group.branch().label(), max));
					}
				}
				continue;
			}
			rows++;
			EObject owner = owner(group.ancestors());
			EObject row = document.schema().ePackage().getEFactoryInstance().create(group.branch().eClass());
			((List<EObject>) owner.eGet(group.branch().reference())).add(row);
			String prefix = group.branch().path() + "[" + rows + "]/";
			for (int c = 0; c < cells.size(); c++) {
				Slot cell = cells.get(c);
				Leaf leaf = c < table.header().size() ? column(group, table.header().get(c)) : null;
				if (leaf == null) {
					leaf = recordedColumn(group, table, c + 1);
				}
				if (cell.empty()) {
					cell.take(Messages.filledEmptyCell);
				} else if (leaf == null) {
					archive(cell, NLS.bind(Messages.filledNoColumn, group.branch().label()));
				} else {
					set(row, leaf, prefix + leaf.name(), cell);
				}
			}
		}
	}

	/** The object a repeating group's rows go in: the document, or its sections on the way (made when missing). */
	@SuppressWarnings("unchecked")
	private EObject owner(List<Branch> chain) {
		EObject owner = document.root();
		for (Branch branch : chain) {
			List<EObject> objects = OppDocument.objects(owner, branch);
			EObject next = objects.isEmpty() ? null : objects.get(0);
			if (next == null) {
				next = document.schema().ePackage().getEFactoryInstance().create(branch.eClass());
				if (branch.repeating()) {
					((List<EObject>) owner.eGet(branch.reference())).add(next);
				} else {
					owner.eSet(branch.reference(), next);
				}
			}
			owner = next;
		}
		return owner;
	}

	// ---- values ----

	private void place(Leaf leaf, Slot slot) {
		if (slot.where.startsWith("onder ") && slot.parts.stream().anyMatch(p -> p.use != null)) {
			slot.text = String.join("\n", slot.parts.stream().filter(p -> p.use == null && !isControl(p))
					.filter(p -> !(p.guidance && isTemplateText(p.raw))).map(p -> clean(p.raw)).filter(t -> !t.isEmpty())
					.toList()); // a part went elsewhere (a recorded "Label:" line under the heading)
		}
		String value = value(leaf, slot);
		if (value == null) {
			archive(slot, NLS.bind(Messages.filledDoesNotFit, leaf.label(), expected(leaf)));
		} else if (value.isEmpty()) {
			slot.take(NLS.bind(Messages.filledEmpty, leaf.path()));
		} else {
			document.setValue(leaf, value);
			filled.add(leaf);
			placed.put(leaf.path(), new Placed(slot, null, leaf, value));
			slot.take(NLS.bind(Messages.filledValue, leaf.path(), leaf.label()));
			report.put(slot, new ReportEntry(slot.where, excerpt(slot.content()), Outcome.VALUE, slot.use));
			keepTextBesideBoxes(leaf, slot);
		}
	}

	/** A choice filled from ticked boxes leaves the text beside them ("welke: ADHD"): it goes to the archive. */
	private void keepTextBesideBoxes(Leaf leaf, Slot slot) {
		boolean choice = leaf.kind() == ValueKind.CHOICE || leaf.kind() == ValueKind.MULTIPLE_CHOICE
				|| leaf.kind() == ValueKind.YES_NO;
		if (choice && slot.boxes.stream().anyMatch(CheckBox::checked) && !slot.text.isBlank()) {
			archiveAlso(slot, Messages.filledTextBesideChoice, slot.text);
		}
	}

	/** Keeps a text of a slot that was used for something else, beside that use. */
	@SuppressWarnings("unchecked")
	private void archiveAlso(Slot slot, String reason, String value) {
		EObject entry = document.schema().ePackage().getEFactoryInstance().create(document.schema().archiveEntryClass());
		entry.eSet(entry.eClass().getEStructuralFeature("pad"), slot.where);
		entry.eSet(entry.eClass().getEStructuralFeature("versie"), format.getVersion());
		entry.eSet(entry.eClass().getEStructuralFeature("waarde"), value);
		entry.eSet(entry.eClass().getEStructuralFeature("reden"), reason);
		((List<EObject>) document.root().eGet(document.schema().archiveReference())).add(entry);
		archived++;
		extra.add(new ReportEntry(slot.where, excerpt(value), Outcome.ARCHIVED, NLS.bind(Messages.filledArchived, reason)));
	}

	@SuppressWarnings("unchecked")
	private void set(EObject row, Leaf leaf, String path, Slot slot) {
		String value = value(leaf, slot);
		if (value == null) {
			archive(slot, NLS.bind(Messages.filledDoesNotFit, leaf.label(), expected(leaf)));
			return;
		}
		if (leaf.kind() == ValueKind.MULTIPLE_CHOICE) {
			List<String> values = (List<String>) row.eGet(leaf.attribute());
			for (String code : value.split(",")) {
				values.add(code.strip());
			}
		} else {
			row.eSet(leaf.attribute(), value);
		}
		placed.put(path, new Placed(slot, row, leaf, value));
		slot.take(NLS.bind(Messages.filledValue, path, leaf.label()));
		report.put(slot, new ReportEntry(slot.where, excerpt(slot.content()), Outcome.VALUE, slot.use));
		keepTextBesideBoxes(leaf, slot);
	}

	/** The stored value of a slot for a field; {@code ""} when it holds none, {@code null} when it does not fit. */
	private static String value(Leaf leaf, Slot slot) {
		List<CheckBox> ticked = slot.boxes.stream().filter(CheckBox::checked).toList();
		if (!slot.boxes.isEmpty() && (leaf.kind() == ValueKind.CHOICE || leaf.kind() == ValueKind.MULTIPLE_CHOICE
				|| leaf.kind() == ValueKind.YES_NO)) {
			if (ticked.isEmpty()) {
				return slot.text.isBlank() ? "" : null;
			}
			if (leaf.kind() == ValueKind.YES_NO) {
				if (slot.boxes.size() == 1) {
					return "ja";
				}
				return ticked.size() == 1 ? Conversions.convert(ticked.get(0).label(), ValueKind.YES_NO) : null;
			}
			if (leaf.kind() == ValueKind.CHOICE && ticked.size() > 1) {
				return null;
			}
			List<String> codes = new ArrayList<>();
			for (CheckBox box : ticked) {
				String code = option(leaf, box.label());
				if (code == null && leaf.options().stream().anyMatch(o -> o.getCode().equals("akkoord"))) {
					code = decision(box.label(), true); // a consent's besluit asked as "Ja / Nee"
				}
				if (code == null) {
					return null;
				}
				codes.add(code);
			}
			return String.join(", ", codes);
		}
		String text = slot.text;
		if (!ticked.isEmpty()) {
			text = (text + " " + String.join(", ", ticked.stream().map(CheckBox::label).toList())).strip();
		}
		if (text.isBlank()) {
			return "";
		}
		return switch (leaf.kind()) {
		case DATE -> DutchDates.iso(text, slot.control != null && slot.control.kind() == ControlKind.DATE
				? slot.control.dateFormat() : null);
		case CHOICE -> option(leaf, text);
		case MULTIPLE_CHOICE -> {
			List<String> codes = new ArrayList<>();
			for (String part : text.split("[,;\n]")) {
				if (!part.isBlank()) {
					String code = option(leaf, part);
					if (code == null) {
						yield null;
					}
					codes.add(code);
				}
			}
			yield String.join(", ", codes);
		}
		case NUMBER -> typedNumber(text);
		case YES_NO -> Conversions.convert(text, leaf.kind());
		default -> text;
		};
	}

	/**
	 * A number as a Dutch school types it: a decimal comma ("2,5"), or a point only where it cannot be a
	 * thousands point; "1.250" (Dutch for 1250) and "75%" are no plain number and go to the archive
	 * (finding 24), never changed into another value.
	 */
	private static String typedNumber(String text) {
		String plain = text.strip();
		if (plain.contains("%") || !plain.contains(",") && THOUSANDS.matcher(plain).find()) {
			return null;
		}
		return Conversions.convert(plain, ValueKind.NUMBER);
	}

	/** The option a text names: by its label or code, case and accents ignored; else the one label ending in it (5 → Groep 5). */
	private static String option(Leaf leaf, String text) {
		String normal = normalise(text);
		for (ChoiceOption option : leaf.options()) {
			if (normalise(option.getLabel()).equals(normal) || normalise(option.getCode()).equals(normal)) {
				return option.getCode();
			}
		}
		List<String> endings = leaf.options().stream().filter(o -> !normal.isEmpty() && normalise(o.getLabel()).endsWith(" " + normal))
				.map(ChoiceOption::getCode).toList();
		return endings.size() == 1 ? endings.get(0) : null;
	}

	private static String expected(Leaf leaf) {
		return switch (leaf.kind()) {
		case DATE -> Messages.filledExpectDate;
		case NUMBER -> Messages.filledExpectNumber;
		case YES_NO -> Messages.filledExpectYesNo;
		case CHOICE, MULTIPLE_CHOICE -> NLS.bind(Messages.filledExpectOption,
				String.join(", ", leaf.options().stream().map(ChoiceOption::getLabel).toList()));
		default -> Messages.filledExpectText;
		};
	}

	// ---- consents ----

	/**
	 * A consent holds only with an explicit decision: a ticked "akkoord" (or a filled-in decision). A name
	 * and a date without one record a signature of unknown meaning: they are archived, never made consent.
	 */
	private void consents() {
		Map<Branch, List<Target>> parts = new LinkedHashMap<>();
		for (Target target : targets) {
			if (target.consent() != null) {
				parts.computeIfAbsent(target.consent(), b -> new ArrayList<>()).add(target);
			}
		}
		parts.forEach((consent, leaves) -> {
			Leaf who = part(leaves, "wie");
			Leaf decision = part(leaves, "besluit");
			Leaf date = part(leaves, "datum");
			Leaf way = part(leaves, "wijze");
			List<Slot> sources = signature(consent);
			sources.addAll(decisionLines(consent, parts.size()));
			String decided = decision == null ? null : document.value(decision);
			List<Slot> used = new ArrayList<>();
			for (Slot slot : sources) {
				for (CheckBox box : slot.boxes) {
					String stated = box.checked() && decided == null ? decision(box.label(), slot.labels.stream()
							.map(FilledMapper::normalise).anyMatch(FilledMapper::asksConsent)) : null;
					if (stated != null) {
						decided = stated;
						used.add(slot);
					}
				}
			}
			String name = null;
			String day = null;
			List<Slot> signed = new ArrayList<>();
			Map<Slot, String> left = new HashMap<>(); // what a slot holds beyond the name and date taken from it
			for (Slot slot : sources) {
				String text = slot.text;
				boolean took = false;
				Matcher dateText = DATE.matcher(text);
				if (day == null && dateText.find() && DutchDates.iso(dateText.group()) != null) {
					day = DutchDates.iso(dateText.group());
					text = (text.substring(0, dateText.start()) + " " + text.substring(dateText.end())).strip();
					took = true;
				}
				if (name == null && !text.isBlank()) {
					Matcher named = NAME.matcher(text);
					name = named.matches() ? named.group(1).strip() : slot.labels.stream().map(FilledMapper::normalise)
							.anyMatch(l -> l.contains("naam") || l.contains("handtekening")) ? text : null;
					if (name != null) {
						text = "";
						took = true;
					}
				}
				if (took) {
					signed.add(slot);
					left.put(slot, text);
				}
			}
			if (decided != null && decision != null) {
				if (document.value(decision) == null) {
					document.setValue(decision, decided);
					placed.put(decision.path(), new Placed(null, null, decision, decided));
				}
				if (who != null && document.value(who) == null && name != null) {
					document.setValue(who, name);
				}
				if (date != null && document.value(date) == null && day != null) {
					document.setValue(date, day);
				}
				if (way != null && document.value(way) == null && sources.stream().anyMatch(FilledMapper::isSignatureCell)) {
					document.setValue(way, "papier"); // only where the copy has a place to sign by hand (finding 7)
				}
				List<Slot> taken = new ArrayList<>(signed); // the name and date first: a decision box's take() marks
				used.stream().filter(u -> !taken.contains(u)).forEach(taken::add); // the cell to its left as a label
				for (Slot slot : taken) {
					if (slot.use == null) {
						slot.take(NLS.bind(Messages.filledConsent, consent.label()));
						report.put(slot, new ReportEntry(slot.where, excerpt(slot.content()), Outcome.VALUE, slot.use));
						String rest = left.getOrDefault(slot, slot.text);
						if (!normalise(rest).isEmpty()) { // a remark, or a second name, beside the signature: kept
							archiveAlso(slot, NLS.bind(Messages.filledBesideConsent, consent.label()), rest);
						}
					}
				}
				return;
			}
			// no decision: what was put in the consent goes back to the archive
			for (Target target : leaves) {
				Placed was = placed.remove(target.leaf().path());
				if (was != null) {
					document.setValue(target.leaf(), null);
					filled.remove(target.leaf());
					report.remove(was.slot());
					was.slot().use = null;
					archive(was.slot(), NLS.bind(Messages.filledNoConsent, consent.label()));
				}
			}
			for (Slot slot : signed) {
				if (slot.use == null && !slot.empty()) {
					archive(slot, NLS.bind(Messages.filledNoConsent, consent.label()));
				}
			}
		});
	}

	/** The decision a ticked box states: "akkoord", "niet akkoord", "gedeeltelijk akkoord"; "ja"/"nee" beside a consent question. */
	private static String decision(String boxLabel, boolean consentQuestion) {
		String normal = normalise(boxLabel);
		switch (normal) { // only the plain forms: "akkoord onder voorbehoud van …" is no decision to record
		case "akkoord", "ja akkoord", "voor akkoord", "akkoord ja":
			return "akkoord";
		case "niet akkoord", "nee niet akkoord", "geen akkoord":
			return "nietAkkoord";
		case "gedeeltelijk akkoord", "deels akkoord":
			return "gedeeltelijk";
		default:
			break;
		}
		if (consentQuestion && normal.equals("ja")) {
			return "akkoord";
		}
		return consentQuestion && normal.equals("nee") ? "nietAkkoord" : null;
	}

	/**
	 * Lines that ask for the consent itself ("Ouders stemmen in met het handelingsdeel: ☒ Ja ☐ Nee"): ticked boxes
	 * beside a label about "instemmen" or "akkoord"; for the only consent of the format, or one labelled alike.
	 */
	private List<Slot> decisionLines(Branch consent, int consents) {
		List<Slot> lines = new ArrayList<>();
		String label = normalise(consent.label());
		for (Slot slot : slots) {
			if (!slot.usable() || slot.boxes.stream().noneMatch(CheckBox::checked)) {
				continue;
			}
			boolean asks = slot.labels.stream().map(FilledMapper::normalise).anyMatch(FilledMapper::asksConsent);
			boolean ours = consents == 1 || slot.labels.stream().map(FilledMapper::normalise)
					.anyMatch(l -> l.equals(label) || similar(l, label));
			if (asks && ours) {
				lines.add(slot);
			}
		}
		return lines;
	}

	/** A cell or line for a handwritten signature: labelled "handtekening" (or "getekend"). */
	private static boolean isSignatureCell(Slot slot) {
		return slot.labels.stream().map(FilledMapper::normalise).anyMatch(l -> l.contains("handtekening") || l.contains("getekend"));
	}

	/** A label about consent: "instemming", "stemmen in", "akkoord". */
	private static boolean asksConsent(String normalised) {
		return normalised.contains("instem") || normalised.contains("stemmen in") || normalised.contains("stemt in")
				|| normalised.contains("akkoord");
	}

	private static Leaf part(List<Target> leaves, String name) {
		return leaves.stream().map(Target::leaf).filter(l -> l.name().equals(name)).findFirst().orElse(null);
	}

	/** The places of a consent's signature: where it was recorded, else the row or paragraph labelled as it. */
	private List<Slot> signature(Branch consent) {
		Map<String, String> parts = recorded.get(consent.element());
		Slot at = parts == null || parts.get("") == null ? null : byWhere.get(parts.get(""));
		if (at == null) {
			String label = normalise(consent.label());
			at = slots.stream().filter(s -> s.usable() && s.labels.stream().map(FilledMapper::normalise)
					.anyMatch(l -> l.equals(label) || similar(l, label))).findFirst().orElse(null);
		}
		if (at == null && consent.element() instanceof Field field && field.getType() instanceof ConsentType type
				&& type.getBy() != null && !type.getBy().isBlank()) {
			at = partyRow(normalise(type.getBy()));
		}
		List<Slot> sources = new ArrayList<>();
		if (at != null && !at.row.isEmpty()) {
			Slot first = at.row.get(0);
			for (Slot cell : at.row) {
				if (cell == first && (cell != at || cell.styledLabel)) {
					cell.use = cell.use == null ? Messages.filledUsedAsLabel : cell.use; // the row's label
				} else if (cell.usable()) {
					sources.add(cell);
					sources.addAll(cell.parts);
				}
			}
		} else if (at != null && at.usable()) {
			sources.add(at);
			sources.addAll(at.parts);
		}
		return sources;
	}

	/** The first cell of a signature table's row for a party: the table's header names "datum" or "handtekening". */
	private Slot partyRow(String party) {
		for (TableSlot table : tables.values()) {
			boolean signatures = table.header().stream().map(h -> normalise(h.raw))
					.anyMatch(h -> h.equals("datum") || h.contains("handtekening"));
			for (List<Slot> row : signatures ? table.rows() : List.<List<Slot>>of()) {
				if (!row.isEmpty() && row.get(0).usable() && (" " + normalise(row.get(0).raw) + " ").contains(" " + party)) {
					return row.get(0);
				}
			}
		}
		return null;
	}

	// ---- the document check, and what is left ----

	/** Values the document check refuses (too long, out of range) go to the archive. */
	private void checked() {
		for (Diagnostic problem : Documents.validate(document, file.file())) {
			if (problem.severity() != Severity.ERROR || !REFUSED_VALUES.contains(problem.code())) {
				continue;
			}
			Placed was = problem.path() == null ? null : placed.remove(problem.path());
			if (was != null && was.slot() != null) {
				if (was.owner() == null) {
					document.setValue(was.leaf(), null);
				} else {
					was.owner().eUnset(was.leaf().attribute());
				}
				filled.remove(was.leaf());
				report.remove(was.slot());
				was.slot().use = null;
				archive(was.slot(), problem.message());
			}
		}
	}

	private void rest() {
		Set<Slot> labelsOfOthers = new HashSet<>();
		for (Slot slot : slots) {
			if (slot.labelCell != null) {
				labelsOfOthers.add(slot.labelCell);
			}
		}
		for (TableSlot table : tables.values()) {
			labelsOfOthers.addAll(table.header()); // the column headings, a label when shaded or the format's
		}
		for (Slot slot : slots) {
			if (slot.use != null || slot.whole != null && slot.whole.use != null || !slot.parts.isEmpty()) {
				continue;
			}
			String raw = slot.raw.strip();
			if (slot.heading) {
				slot.use = Messages.filledHeading;
				if (!raw.isEmpty()) {
					report.put(slot, new ReportEntry(slot.where, excerpt(raw), Outcome.SKIPPED, slot.use));
				}
			} else if (slot.empty()) {
				slot.use = Messages.filledEmptyPlace;
			} else if (slot.guidance && isTemplateText(slot.raw) || isOwnTemplateText(slot.raw)
					|| slot.text.isBlank() && slot.boxes.stream().noneMatch(CheckBox::checked)) {
				slot.use = Messages.filledTemplateText;
				report.put(slot, new ReportEntry(slot.where, excerpt(raw), Outcome.SKIPPED, slot.use));
			} else if (labelsOfOthers.contains(slot) && (slot.styledLabel || isLabelOnly(slot))) {
				slot.use = Messages.filledUsedAsLabel;
				report.put(slot, new ReportEntry(slot.where, excerpt(raw), Outcome.SKIPPED, slot.use));
			} else {
				archiveWhole(slot, slot.guidance ? Messages.filledInGuidance
						: slot.label.isBlank() ? Messages.filledNoPlace : NLS.bind(Messages.filledNoField, slot.label));
			}
		}
	}

	/** A label cell whose own text the template has: its neighbours are the values. */
	private boolean isLabelOnly(Slot slot) {
		return isTemplateText(slot.raw) || isTemplateText(slot.text);
	}

	/**
	 * Whether a text nobody claims is the template's own: the whole text a label or help text of the format
	 * (never a part of one, nor an option's label: "Ja" or "thuis en op school" typed into a cell is kept).
	 */
	private boolean isOwnTemplateText(String text) {
		String normal = normalise(text);
		return !normal.isEmpty() && ownTemplateTexts.contains(normal);
	}

	private boolean isTemplateText(String text) {
		String normal = normalise(text);
		if (normal.isEmpty()) {
			return text == null || text.isBlank(); // "—" typed in a cell is a text
		}
		if (templateTexts.contains(normal)) {
			return true;
		}
		for (String known : templateTexts) {
			if (normal.length() >= 8 && known.contains(normal)) {
				return true;
			}
		}
		return false;
	}

	/** Keeps a text without a field, its label included ("Hobby: voetballen"). */
	private void archiveWhole(Slot slot, String reason) {
		List<String> parts = new ArrayList<>();
		parts.add(slot.raw.strip());
		slot.boxes.stream().filter(CheckBox::checked).map(b -> "☒ " + b.label()).forEach(parts::add);
		archive(slot, reason, String.join("; ", parts.stream().filter(p -> !p.isEmpty()).toList()));
	}

	private void archive(Slot slot, String reason) {
		archive(slot, reason, slot.content().isBlank() ? slot.raw.strip() : slot.content());
	}

	@SuppressWarnings("unchecked")
	private void archive(Slot slot, String reason, String value) {
		String where = slot.label.isBlank() || slot.where.startsWith("onder ") ? slot.where
				: slot.where + " (" + slot.label.strip() + ")";
		EObject entry = document.schema().ePackage().getEFactoryInstance().create(document.schema().archiveEntryClass());
		entry.eSet(entry.eClass().getEStructuralFeature("pad"), where);
		entry.eSet(entry.eClass().getEStructuralFeature("versie"), format.getVersion());
		entry.eSet(entry.eClass().getEStructuralFeature("waarde"), value);
		entry.eSet(entry.eClass().getEStructuralFeature("reden"), reason);
		((List<EObject>) document.root().eGet(document.schema().archiveReference())).add(entry);
		archived++;
		slot.take(NLS.bind(Messages.filledArchived, reason));
		report.put(slot, new ReportEntry(slot.where, excerpt(value), Outcome.ARCHIVED, slot.use));
	}

	// ---- text ----

	/** Lower case, no accents, no leading numbering ("1a.", "3.") or trailing colon; other characters one space. */
	static String normalise(String text) {
		String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT).strip();
		plain = NUMBERING.matcher(plain).replaceFirst("");
		return plain.replaceAll("[^a-z0-9]+", " ").strip();
	}

	/** A value without the underscores and dots of an empty template line. */
	static String clean(String text) {
		return FILLER.matcher(text == null ? "" : text).replaceAll(" ").replaceAll("[ \\t]+", " ")
				.replaceAll(" *\n *", "\n").strip();
	}

	private static String excerpt(String text) {
		String line = text.replace('\n', ' ').strip();
		return line.length() <= 60 ? line : line.substring(0, 59) + "…";
	}
}
