package nl.oppstudio.importer.word.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.format.model.ImageFormat;
import nl.oppstudio.importer.word.ReportEntry;
import nl.oppstudio.importer.word.ReportEntry.Outcome;
import nl.oppstudio.importer.word.TemplateResult;
import nl.oppstudio.importer.word.internal.Draft.Member;
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
 * A Word template ({@link WordFile}) becomes the text of a draft format and a report on every paragraph
 * and table (docs/word-import.md, "Template → draft format"). First the structure (headings, labels,
 * tables, check boxes, content controls), then {@link Recognizer} turns what it recognises by its wording
 * into the domain blocks and {@code wet} tags, then the text is written. Never throws on content.
 */
public final class TemplateMapper {

	/** Longest label; the rest of a longer text goes into {@code uitleg}. */
	static final int MAX_LABEL = 200;
	/** Deepest nesting of groups from nested tables (the format language allows 32 levels in all). */
	static final int MAX_DEPTH = 8;

	/** "Label:" with nothing, underscores, dots or an ellipsis after the colon. */
	private static final Pattern LABEL = Pattern.compile("(?s)(.*?\\S.*?)\\s*:[\\s_.…]*");
	private static final Pattern HEADING_NUMBER = Pattern.compile("\\d+[a-zA-Z]?[.)]?|[a-zA-Z][.)]|[IVXivx]+[.)]");

	private final WordFile word;
	private final Draft draft = new Draft();
	private final List<Pending> report = new ArrayList<>();
	private final List<Integer> levels = new ArrayList<>();
	private final List<TemplateResult.Asset> assets = new ArrayList<>();

	/** The open containers by heading depth: [0] deel or sectie, [1] … */
	private final Member[] open = new Member[3];
	private Member lastField;
	private boolean fieldOpen;
	private Pending pageBreak;
	/** the member a pending page break went to, for its report line */
	private Member[] pageBreakTarget;
	/** text before the first heading and field: the first container's uitleg */
	private final List<String> preamble = new ArrayList<>();
	private final Member[] preambleTarget = new Member[1];
	/** the section made for fields before the first heading, or {@code null} */
	private Member firstSection;

	/** A report line whose result is known only once the draft's names are final. */
	private record Pending(Locator where, String excerpt, Outcome outcome, Supplier<String> result) {
	}

	private TemplateMapper(WordFile word) {
		this.word = word;
	}

	/** Maps {@code word} to a draft format with the id {@code formatId}, or one from the file name when {@code null}. */
	public static TemplateResult map(WordFile word, String formatId) {
		return new TemplateMapper(word).run(formatId);
	}

	private TemplateResult run(String formatId) {
		String fileName = word.file() == null ? "sjabloon.docx" : word.file().getFileName().toString();
		draft.id = formatId != null && !formatId.isBlank() ? formatId : Names.formatId(fileName);
		draft.name = NLS.bind(Messages.templateName, fileName);
		draft.source = fileName;
		title();
		logo();
		TreeSet<Integer> used = new TreeSet<>();
		for (Block block : word.body()) {
			if (block instanceof Para para && para.heading() > 0) {
				used.add(para.heading());
			}
		}
		levels.addAll(used);
		blocks(word.body(), null, 0);
		closeAll();
		for (WordFile.Note note : word.notes()) { // what the reader left out (too deep): reported, not lost silently
			report.add(new Pending(note.at(), "", Outcome.SKIPPED, () -> NLS.bind(Messages.reportNote, note.message())));
		}
		placePreamble();
		if (draft.root.members.isEmpty()) {
			draft.root.add(new Member("sectie", Messages.templateFirstSection), "sectie");
			fillEmpty(draft.root.members.get(0), null);
		}
		new Recognizer(draft).run();
		locators(draft.root);
		String text = draft.write();
		List<ReportEntry> entries = new ArrayList<>();
		for (Pending pending : report) {
			entries.add(new ReportEntry(pending.where().path(), pending.excerpt(), pending.outcome(), pending.result().get()));
		}
		return new TemplateResult(word.file(), text, draft.id + ".oppformat", List.copyOf(entries), List.copyOf(assets));
	}

	/**
	 * {@code // word: LOCATOR} above every field and repeating group that has one place in the Word file; a
	 * consent field with one place gets {@code // word wie: LOCATOR} (docs/word-import.md).
	 */
	private static void locators(Member container) {
		for (Member member : container.members) {
			boolean parts = member.comments.stream().anyMatch(c -> c.startsWith("word "));
			if (member.at != null && !parts && (member.isField() || member.head.startsWith("herhaalbaar"))) {
				member.comments.add(member.isField() && member.type.startsWith("instemming") ? "word wie: " + member.at.path()
						: "word: " + member.at.path());
			}
			if (member.isContainer()) {
				locators(member);
			}
		}
	}

	// ------------------------------------------------------------------ header

	/** The format's name and {@code swv} from the first heading (or first paragraph) when it names an OPP or SWV. */
	private void title() {
		for (Block block : word.body()) {
			if (block instanceof Para para && !para.text().isBlank()) {
				String text = para.text().strip();
				String lower = text.toLowerCase(Locale.ROOT);
				if (lower.contains("opp") || lower.contains("ontwikkelingsperspectief") || lower.contains("swv")
						|| lower.contains("samenwerkingsverband")) {
					draft.name = clip(text, MAX_LABEL);
				}
				Matcher swv = Pattern.compile("(?i)\\b(samenwerkingsverband|swv)\\b.*").matcher(text);
				if (swv.find()) {
					draft.swv = clip(swv.group().strip(), MAX_LABEL);
				}
				return;
			}
		}
	}

	/**
	 * The first header picture the format can show (PNG, JPEG or SVG, by its content: {@link ImageFormat}) is
	 * the logo; when the headers hold pictures but none of those, the report says so and the draft has no logo.
	 */
	private void logo() {
		if (word.logos().isEmpty()) {
			return;
		}
		WordFile.Logo logo = null;
		ImageFormat format = null;
		for (WordFile.Logo candidate : word.logos()) {
			format = ImageFormat.detect(candidate.bytes());
			if (format != null) {
				logo = candidate;
				break;
			}
		}
		if (logo == null) {
			WordFile.Logo first = word.logos().get(0);
			String kind = kindOf(first.fileName());
			report.add(new Pending(new Locator("koptekst"), excerpt(first.altText()), Outcome.SKIPPED,
					() -> NLS.bind(Messages.reportLogoNotImage, kind)));
			return;
		}
		String extension = switch (format) {
		case PNG -> ".png";
		case JPEG -> ".jpg";
		case SVG -> ".svg";
		};
		draft.logo = draft.id + "-logo" + extension;
		// no alt text: one is made up (PDF/UA wants one), from the SWV's name when known, and flagged as such
		draft.logoTextMadeUp = logo.altText().isBlank();
		draft.logoText = !draft.logoTextMadeUp ? clip(logo.altText(), MAX_LABEL)
				: draft.swv != null ? clip(NLS.bind(Messages.templateLogoTextSwv, draft.swv), MAX_LABEL) : Messages.templateLogoText;
		assets.add(new TemplateResult.Asset(draft.logo, logo.bytes()));
		String file = draft.logo;
		String text = draft.logoText;
		report.add(new Pending(new Locator("koptekst"), excerpt(logo.altText()), Outcome.LOGO,
				() -> draft.logoTextMadeUp ? NLS.bind(Messages.reportLogoTextMadeUp, file, text) : NLS.bind(Messages.reportLogo, file)));
	}

	/** The kind of picture for a message, from its name's extension ({@code EMF}), else a word for unknown. */
	private static String kindOf(String fileName) {
		Matcher extension = Pattern.compile("\\.([A-Za-z0-9]{1,5})$").matcher(fileName == null ? "" : fileName);
		return extension.find() ? extension.group(1).toUpperCase(Locale.ROOT) : Messages.templateLogoUnknownKind;
	}

	// ------------------------------------------------------------------ body

	/**
	 * Maps blocks in order. {@code cell} is the container of a table cell's blocks ({@code null} in the
	 * body: headings open containers there), {@code depth} the nesting of tables.
	 */
	private void blocks(List<Block> blocks, Member cell, int depth) {
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block instanceof PageBreak pageBreakBlock) {
				pageBreak = pageBreak(pageBreakBlock);
			} else if (block instanceof Table table) {
				table(table, cell == null ? current() : cell, depth);
			} else if (block instanceof Para para) {
				i = para(blocks, i, cell);
			}
		}
	}

	private Pending pageBreak(PageBreak block) {
		Member[] next = new Member[1];
		Pending pending = new Pending(block.at(), "", Outcome.PAGE_BREAK,
				() -> next[0] == null ? Messages.reportPageBreakAtEnd : NLS.bind(Messages.reportPageBreak, next[0].path()));
		report.add(pending);
		pageBreakTarget = next;
		return pending;
	}

	/** Adds a member to a container, with the page break before it if one is pending. */
	private Member place(Member container, Member member, String fallback) {
		if (pageBreak != null) {
			member.pageBreak = true;
			pageBreakTarget[0] = member;
			pageBreak = null;
		}
		return container.add(member, fallback);
	}

	private Member openOrNull() {
		for (int i = open.length - 1; i >= 0; i--) {
			if (open[i] != null) {
				return open[i];
			}
		}
		return firstSection;
	}

	/** Text before the first heading and field (a title, an introduction): the first container's uitleg. */
	private void preamble(Para para, String text) {
		if (text.isEmpty() || !text.codePoints().anyMatch(Character::isLetterOrDigit)) {
			report.add(new Pending(para.at(), excerpt(text), Outcome.SKIPPED,
					() -> text.isEmpty() ? Messages.reportEmpty : Messages.reportDecoration));
			return;
		}
		if (text.equals(draft.name)) {
			report.add(new Pending(para.at(), excerpt(text), Outcome.RECOGNISED, () -> Messages.reportTitle));
			return;
		}
		preamble.add(text);
		report.add(new Pending(para.at(), excerpt(text), Outcome.HELP,
				() -> NLS.bind(Messages.reportHelp, preambleTarget[0] == null ? "" : preambleTarget[0].path())));
	}

	private void placePreamble() {
		if (preamble.isEmpty()) {
			return;
		}
		Member target = draft.root.members.stream().filter(Member::isContainer).findFirst().orElse(null);
		if (target == null) {
			target = draft.root.insert(0, new Member("sectie", Messages.templateFirstSection), "sectie");
			fillEmpty(target, null);
		}
		String text = String.join("\n", preamble);
		target.help = target.help == null || target.help.isBlank() ? text : text + "\n" + target.help;
		preambleTarget[0] = target;
	}

	/** The container fields go into: the deepest open one, or a first section for text before the first heading. */
	private Member current() {
		for (int i = open.length - 1; i >= 0; i--) {
			if (open[i] != null) {
				return open[i];
			}
		}
		Member first = place(draft.root, new Member("sectie", Messages.templateFirstSection), "sectie");
		open[0] = first;
		firstSection = first;
		return first;
	}

	private void heading(Para para) {
		int index = levels.indexOf(para.heading());
		int depth = levels.size() >= 2 ? Math.min(index, 2) : 1;
		String keyword = levels.size() >= 2 ? (depth == 0 ? "deel" : depth == 1 ? "sectie" : "groep") : "sectie";
		int slot = levels.size() >= 2 ? depth : 0;
		for (int i = open.length - 1; i >= slot; i--) {
			close(i);
		}
		Member parent = draft.root;
		for (int i = slot - 1; i >= 0; i--) {
			if (open[i] != null) {
				parent = open[i];
				break;
			}
		}
		String text = headingLabel(para);
		Member container = new Member(keyword, clip(text, MAX_LABEL));
		container.context = text;
		container.at = para.at();
		if (text.length() > MAX_LABEL) {
			container.help = text;
		}
		place(parent, container, keyword);
		open[slot] = container;
		lastField = null;
		fieldOpen = false;
		report.add(new Pending(para.at(), excerpt(para.text()), Outcome.CONTAINER,
				() -> NLS.bind(Messages.reportContainer, container.keyword, container.path())));
	}

	private void close(int slot) {
		Member container = open[slot];
		if (container != null) {
			open[slot] = null;
			fillEmpty(container, container.at);
		}
	}

	private void closeAll() {
		for (int i = open.length - 1; i >= 0; i--) {
			close(i);
		}
	}

	/** A heading with nothing under it asks for free text: a {@code tekst lang} field under it. */
	private void fillEmpty(Member container, Locator heading) {
		if (!container.members.isEmpty()) {
			return;
		}
		Member field = field(container.label == null ? Messages.templateFirstSection : container.label, "tekst lang");
		field.at = heading == null ? null : new Locator("onder " + heading.path());
		field.context = container.context;
		container.add(field, "tekst");
	}

	/** Maps the paragraph at {@code i}; returns the index of the last block it used. */
	private int para(List<Block> blocks, int i, Member cell) {
		Para para = (Para) blocks.get(i);
		if (para.heading() > 0 && cell == null) {
			heading(para);
			return i;
		}
		String text = para.text().strip();
		Member open = cell != null ? cell : openOrNull();
		if (open == null && (para.guidance() || isEmpty(para) || !text.codePoints().anyMatch(Character::isLetterOrDigit))) {
			preamble(para, text);
			return i;
		}
		Member container = open == null ? new Member("sectie", Messages.templateFirstSection) : open; // placed when a field needs it
		if (!para.controls().isEmpty()) {
			controls(para, open == null ? current() : container);
			return i;
		}
		if (!para.checkBoxes().isEmpty()) {
			return checkBoxes(blocks, i, open == null ? current() : container, null);
		}
		if (text.isEmpty()) {
			if (fieldOpen && lastField != null && "tekst".equals(lastField.type)) {
				lastField.type = "tekst lang"; // a label with room to write under it
			}
			if (cell == null && open != null && open.at != null && open.members.isEmpty() && !fieldOpen) {
				fillEmpty(open, open.at); // room under a heading: its text field, here, before what follows
				lastField = open.members.get(0);
			}
			fieldOpen = false;
			report.add(new Pending(para.at(), "", Outcome.SKIPPED, () -> Messages.reportEmpty));
			return i;
		}
		if (!text.codePoints().anyMatch(Character::isLetterOrDigit)) {
			report.add(new Pending(para.at(), excerpt(text), Outcome.SKIPPED, () -> Messages.reportDecoration));
			return i;
		}
		if (para.guidance()) {
			help(para, container);
			return i;
		}
		Matcher label = LABEL.matcher(text);
		boolean question = text.endsWith("?");
		boolean shortLine = text.length() <= 80 && !text.matches("(?s).*[.!;]"); // a label, not a sentence
		if (label.matches() || para.bold() || question || shortLine || para.heading() > 0) {
			String labelText = label.matches() ? label.group(1) : text;
			if (startsBoxRun(blocks, i + 1)) {
				return checkBoxes(blocks, i + 1, open == null ? current() : container, para);
			}
			int next = i + 1;
			while (next < blocks.size() && blocks.get(next) instanceof Para hint && hint.guidance() && !isEmpty(hint)) {
				next++; // guidance between a label and its room: the field's uitleg
			}
			boolean space = next < blocks.size() && blocks.get(next) instanceof Para room && isEmpty(room);
			if (label.matches() || space) {
				if (open == null) {
					container = current();
				}
				Member field = field(labelText, typeOf(labelText, cell == null ? container : null));
				if (space && field.type.equals("tekst")) {
					field.type = "tekst lang";
				}
				field.at = label.matches() ? para.at() : new Locator("onder " + para.at().path());
				addField(container, field, para);
				return i;
			}
		}
		if (open == null) {
			preamble(para, text); // a title or introduction before the first heading
			return i;
		}
		help(para, container);
		return i;
	}

	private static boolean isEmpty(Para para) {
		return para.text().isBlank() && para.checkBoxes().isEmpty() && para.controls().isEmpty() && para.heading() == 0;
	}

	private static boolean startsBoxRun(List<Block> blocks, int from) {
		return from < blocks.size() && blocks.get(from) instanceof Para next && !next.checkBoxes().isEmpty()
				&& next.text().strip().equals(optionText(next).strip());
	}

	/** The text of a paragraph's check-box labels, joined. */
	private static String optionText(Para para) {
		StringBuilder text = new StringBuilder();
		for (CheckBox box : para.checkBoxes()) {
			text.append(text.isEmpty() ? "" : " ").append(box.label().strip());
		}
		return text.toString();
	}

	private void help(Para para, Member container) {
		Member target = lastField != null && lastField.parent == container ? lastField : container;
		String text = para.text().strip();
		target.help = target.help == null || target.help.isBlank() ? text : target.help + "\n" + text;
		report.add(new Pending(para.at(), excerpt(text), Outcome.HELP, () -> NLS.bind(Messages.reportHelp, target.path())));
	}

	private Member field(String label, String type) {
		String clean = label.strip().replaceFirst("^[•·▪◦–-]\\s+", "").replaceFirst("[\\s\u00a0]*:[\\s\u00a0_.…]*$", "");
		clean = clean.isEmpty() ? label.strip() : clean;
		Member field = new Member("veld", clip(clean, MAX_LABEL));
		field.type = type;
		if (clean.length() > MAX_LABEL) {
			field.help = clean;
		}
		return field;
	}

	private void addField(Member container, Member field, Para para) {
		if (field.context.isEmpty()) {
			field.context = container.context;
		}
		place(container, field, "veld");
		lastField = field;
		fieldOpen = true;
		report.add(new Pending(para.at(), excerpt(para.text()), Outcome.FIELD, () -> fieldResult(field)));
	}

	private static String fieldResult(Member field) {
		if (field.recognised != null) {
			return NLS.bind(Messages.reportRecognised, field.recognised);
		}
		return NLS.bind(Messages.reportField, field.path(), field.kind());
	}

	/** Content controls and legacy form fields: one field each, named after the tag (else alias). */
	private void controls(Para para, Member container) {
		String text = para.text().strip();
		Matcher label = LABEL.matcher(text);
		String paraLabel = label.matches() ? label.group(1) : text;
		for (Control control : para.controls()) {
			String label0 = !control.alias().isBlank() ? control.alias()
					: para.controls().size() == 1 && !paraLabel.isBlank() ? paraLabel
					: !control.tag().isBlank() ? control.tag() : paraLabel;
			String type = switch (control.kind()) {
			case DATE -> "datum";
			case DROPDOWN -> choice(control.options(), false);
			case RICH_TEXT -> "tekst lang";
			default -> typeOf(label0, container);
			};
			Member field = field(label0.isBlank() ? Messages.templateChoice : label0, type);
			String nameFrom = !control.tag().isBlank() ? control.tag() : !control.alias().isBlank() ? control.alias() : label0;
			field.at = control.at();
			if (!control.placeholder().isBlank()) {
				field.help = control.placeholder().strip();
			}
			if (field.context.isEmpty()) {
				field.context = container.context;
			}
			field.nameFrom = nameFrom;
			place(container, field, "veld");
			lastField = field;
			fieldOpen = control.kind() == ControlKind.TEXT;
			report.add(new Pending(control.at(), excerpt(text.isEmpty() ? control.placeholder() : text), Outcome.FIELD,
					() -> fieldResult(field)));
		}
	}

	/**
	 * Check boxes from {@code blocks[i]} on: several on one line give a {@code keuze} (two, Ja and Nee, a
	 * {@code ja-nee}); a list of lines with one box each gives a {@code keuze meerdere}, labelled by
	 * {@code question} (the paragraph before) when there is one. Returns the index of the last line used.
	 */
	private int checkBoxes(List<Block> blocks, int i, Member container, Para question) {
		Para first = (Para) blocks.get(i);
		List<String> options = new ArrayList<>();
		String label;
		int last = i;
		Locator at;
		String type;
		if (first.checkBoxes().size() > 1 || question == null && !startsBoxRun(blocks, i + 1)) {
			for (CheckBox box : first.checkBoxes()) {
				options.add(box.label().strip());
			}
			label = labelBefore(first);
			if (label.isBlank() && question != null) {
				label = questionLabel(question);
			}
			if (first.checkBoxes().size() == 1 && question == null) {
				label = label.isBlank() ? options.get(0) : label; // one box: checked or not
				type = "ja-nee";
			} else {
				type = choice(options, false);
			}
			at = first.at();
		} else {
			while (last < blocks.size() && blocks.get(last) instanceof Para line && line.checkBoxes().size() == 1
					&& line.text().strip().equals(optionText(line).strip())) {
				options.add(line.checkBoxes().get(0).label().strip());
				last++;
			}
			last--;
			label = question == null ? Messages.templateChoice : questionLabel(question);
			type = choice(options, true);
			at = question == null ? first.at() : new Locator("onder " + question.at().path());
		}
		Member field = field(label.isBlank() ? Messages.templateChoice : label, type);
		field.at = at;
		addField(container, field, question != null ? question : first);
		fieldOpen = false;
		for (int j = question != null ? i : i + 1; j <= last; j++) {
			Para line = (Para) blocks.get(j);
			report.add(new Pending(line.at(), excerpt(optionText(line)), Outcome.FIELD, () -> NLS.bind(Messages.reportField, field.path(), field.kind())));
		}
		return last;
	}

	private static String questionLabel(Para question) {
		Matcher label = LABEL.matcher(question.text().strip());
		return label.matches() ? label.group(1) : question.text().strip();
	}

	/** The text of a paragraph before its first check box's label: "Dyslexie: ☐ Ja ☐ Nee" gives "Dyslexie". */
	private static String labelBefore(Para para) {
		String text = para.text().strip();
		String first = para.checkBoxes().get(0).label().strip();
		int at = first.isEmpty() ? -1 : text.indexOf(first);
		String before = at < 0 ? "" : text.substring(0, at);
		Matcher label = LABEL.matcher(before.strip());
		return label.matches() ? label.group(1) : before.strip();
	}

	/** {@code keuze { optie … }}, {@code keuze meerdere { … }}, or {@code ja-nee} for exactly Ja and Nee. */
	static String choice(List<String> options, boolean multiple) {
		if (!multiple && options.size() == 2 && options.get(0).equalsIgnoreCase("ja") && options.get(1).equalsIgnoreCase("nee")) {
			return "ja-nee";
		}
		StringBuilder type = new StringBuilder(multiple ? "keuze meerdere {" : "keuze {");
		Set<String> codes = new LinkedHashSet<>();
		for (String option : options) {
			String label = option.isBlank() ? Messages.templateChoice : clip(option, MAX_LABEL);
			type.append(" optie ").append(Names.unique(label, "optie", codes)).append(' ').append(Draft.quote(label));
		}
		return type.append(" }").toString();
	}

	// ------------------------------------------------------------------ tables

	private void table(Table table, Member container, int depth) {
		List<Row> rows = table.rows();
		int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
		if (columns == 0 || rows.stream().allMatch(r -> r.cells().stream().allMatch(TemplateMapper::blank))) {
			report.add(new Pending(table.at(), "", Outcome.SKIPPED, () -> Messages.reportEmpty));
			return;
		}
		Row header = rows.get(0);
		if (Recognizer.isSignatureTable(table)) {
			signatureTable(table, container);
		} else if (repeating(rows, columns)) {
			repeatingTable(table, container, columns);
		} else if (columns >= 3 && matrix(rows, columns)) {
			matrixTable(table, container, depth);
		} else if (labelValue(rows)) {
			labelValueTable(table, container, depth);
		} else {
			List<Member> made = new ArrayList<>();
			int before = report.size();
			report.add(new Pending(table.at(), excerpt(text(header)), Outcome.CONTAINER,
					() -> NLS.bind(Messages.reportTableFields, made.size())));
			boolean headerRow = rows.size() > 1 && header.cells().stream().allMatch(c -> !blank(c) && c.content().stream()
					.noneMatch(b -> b instanceof Para p && LABEL.matcher(p.text().strip()).matches()));
			for (int r = 0; r < rows.size(); r++) {
				Row row = rows.get(r);
				if (r == 0 && headerRow) {
					for (Cell cell : row.cells()) {
						report.add(new Pending(cell.at(), excerpt(cell.text()), Outcome.SKIPPED, () -> Messages.reportTableHeader));
					}
					continue;
				}
				for (int k = 0; k < row.cells().size(); k++) {
					Cell cell = row.cells().get(k);
					String context = headerRow && k < header.cells().size() ? header.cells().get(k).text() : "";
					int fields = container.members.size();
					cellBlocks(cell, container, depth, context);
					for (int m = fields; m < container.members.size(); m++) {
						made.add(container.members.get(m));
					}
				}
			}
			if (report.size() == before + 1 && made.isEmpty()) {
				report.set(before, new Pending(table.at(), excerpt(text(header)), Outcome.SKIPPED, () -> Messages.reportNotUnderstood));
			}
		}
	}

	/** A cell's blocks, mapped in place, with {@code context} (its column's header) for the recogniser. */
	private void cellBlocks(Cell cell, Member container, int depth, String context) {
		String saved = container.context;
		if (!context.isBlank()) {
			container.context = context + " " + saved;
		}
		if (depth >= MAX_DEPTH) {
			for (Block block : cell.content()) {
				if (block instanceof Table nested) {
					report.add(new Pending(nested.at(), excerpt(""), Outcome.SKIPPED, () -> Messages.reportTooDeep));
				}
			}
			blocks(cell.content().stream().filter(b -> !(b instanceof Table)).toList(), container, depth);
		} else {
			blocks(cell.content(), container, depth + 1);
		}
		for (Member member : container.members) {
			if (member.context.isEmpty() || member.context.equals(container.context)) {
				member.context = container.context;
			}
		}
		container.context = saved;
	}

	private static boolean blank(Cell cell) {
		return cell.text().isBlank() && cell.content().stream().noneMatch(b -> b instanceof Table
				|| b instanceof Para p && (!p.checkBoxes().isEmpty() || !p.controls().isEmpty()));
	}

	private static boolean hasInput(Cell cell) {
		return cell.content().stream().anyMatch(b -> b instanceof Para p && (!p.checkBoxes().isEmpty() || !p.controls().isEmpty()));
	}

	private static String text(Row row) {
		StringBuilder text = new StringBuilder();
		for (Cell cell : row.cells()) {
			text.append(text.isEmpty() ? "" : " | ").append(cell.text());
		}
		return text.toString();
	}

	/** A header row with text in every cell, then only empty rows. */
	private static boolean repeating(List<Row> rows, int columns) {
		return columns >= 2 && rows.size() >= 2 && rows.get(0).cells().size() == columns
				&& rows.get(0).cells().stream().noneMatch(TemplateMapper::blank)
				&& rows.subList(1, rows.size()).stream().allMatch(r -> r.cells().stream().allMatch(TemplateMapper::blank));
	}

	/** A header row, then rows with a label in the first cell and nothing in the others. */
	private static boolean matrix(List<Row> rows, int columns) {
		if (rows.size() < 2 || rows.get(0).cells().size() != columns) {
			return false;
		}
		for (int k = 1; k < columns; k++) {
			if (blank(rows.get(0).cells().get(k))) {
				return false;
			}
		}
		for (Row row : rows.subList(1, rows.size())) {
			if (row.cells().size() != columns || blank(row.cells().get(0)) || hasInput(row.cells().get(0))
					|| row.cells().subList(1, columns).stream().anyMatch(c -> !blank(c) && !hasInput(c))) {
				return false;
			}
		}
		return true;
	}

	/** Rows of label | empty cell (or check boxes, a control, a nested table), maybe a header row and merged rows. */
	private static boolean labelValue(List<Row> rows) {
		int fields = 0;
		for (int r = 0; r < rows.size(); r++) {
			Row row = rows.get(r);
			if (row.cells().size() == 1) {
				continue; // a merged row: a heading inside the table
			}
			if (row.cells().size() != 2) {
				return false;
			}
			Cell label = row.cells().get(0);
			Cell value = row.cells().get(1);
			if (blank(label) || hasInput(label) || label.content().stream().anyMatch(b -> b instanceof Table)) {
				return false;
			}
			if (!blank(value) && !hasInput(value) && value.content().stream().noneMatch(b -> b instanceof Table)) {
				if (r == 0) {
					continue; // a header row: "Onderdeel | Toelichting"
				}
				return false;
			}
			fields++;
		}
		return fields > 0;
	}

	private void labelValueTable(Table table, Member container, int depth) {
		report.add(new Pending(table.at(), excerpt(text(table.rows().get(0))), Outcome.CONTAINER,
				() -> NLS.bind(Messages.reportTableFields, count(table))));
		Member target = container;
		for (int r = 0; r < table.rows().size(); r++) {
			Row row = table.rows().get(r);
			if (row.cells().size() == 1) {
				Cell cell = row.cells().get(0);
				if (blank(cell)) {
					continue;
				}
				if (depth + 1 < MAX_DEPTH) {
					Member group = new Member("groep", clip(labelOf(cell.text()), MAX_LABEL));
					group.context = cell.text() + " " + container.context;
					place(container, group, "groep");
					target = group;
					Member made = group;
					report.add(new Pending(cell.at(), excerpt(cell.text()), Outcome.CONTAINER,
							() -> NLS.bind(Messages.reportContainer, "groep", made.path())));
				}
				continue;
			}
			Cell labelCell = row.cells().get(0);
			Cell value = row.cells().get(1);
			if (!blank(value) && !hasInput(value) && value.content().stream().noneMatch(b -> b instanceof Table)) {
				report.add(new Pending(labelCell.at(), excerpt(text(row)), Outcome.SKIPPED, () -> Messages.reportTableHeader));
				continue;
			}
			String[] lines = labelCell.text().strip().split("\n", 2);
			String label = labelOf(lines[0]);
			String labelHelp = lines.length > 1 ? lines[1].strip() : null;
			Para labelPara = new Para(labelCell.at(), labelCell.text(), 0, "", false, false, List.of(), List.of());
			if (value.content().stream().anyMatch(b -> b instanceof Table) && depth + 1 < MAX_DEPTH) {
				Member group = new Member("groep", clip(label, MAX_LABEL));
				group.context = label + " " + target.context;
				place(target, group, "groep");
				Member made = group;
				report.add(new Pending(labelCell.at(), excerpt(label), Outcome.CONTAINER,
						() -> NLS.bind(Messages.reportContainer, "groep", made.path())));
				cellBlocks(value, group, depth + 1, "");
				fillEmpty(group, null);
			} else if (hasInput(value)) {
				List<Block> content = value.content();
				for (int b = 0; b < content.size(); b++) {
					if (content.get(b) instanceof Para para && !para.controls().isEmpty()) {
						Para labelled = para.text().isBlank() ? new Para(para.at(), label, 0, "", false, false, List.of(), para.controls()) : para;
						controls(labelled, target);
					} else if (content.get(b) instanceof Para para && !para.checkBoxes().isEmpty()) {
						b = checkBoxes(content, b, target, labelPara);
					}
				}
			} else {
				for (Block nested : value.content()) {
					if (nested instanceof Table deep) { // past the nesting limit: its text is the field's value
						report.add(new Pending(deep.at(), excerpt(deep.rows().isEmpty() ? "" : text(deep.rows().get(0))),
								Outcome.SKIPPED, () -> Messages.reportTooDeep));
					}
				}
				Member field = field(label, typeOf(label, target));
				field.at = value.at();
				field.context = target.context;
				if (labelHelp != null) {
					field.help = field.help == null ? labelHelp : field.help + "\n" + labelHelp;
				}
				addField(target, field, labelPara);
				fieldOpen = false;
			}
		}
	}

	private static int count(Table table) {
		int fields = 0;
		for (Row row : table.rows()) {
			fields += row.cells().size() == 2 ? 1 : 0;
		}
		return fields;
	}

	private void repeatingTable(Table table, Member container, int columns) {
		List<Row> rows = table.rows();
		Member group = new Member("groep", clip(container.label == null ? Messages.templateFirstSection : container.label, MAX_LABEL));
		// no max: the template's blank rows are room to write in, not a limit (schools add rows; docs/word-import.md)
		group.head = "herhaalbaar tabel";
		int blank = rows.size() - 1;
		group.at = table.at();
		group.context = container.context;
		place(container, group, "groep");
		for (int k = 0; k < columns; k++) {
			Cell cell = rows.get(0).cells().get(k);
			String label = labelOf(cell.text());
			Member field = field(label, typeOf(label, group));
			field.at = new Locator(table.at().path() + " kolom " + (k + 1));
			field.context = group.context;
			group.add(field, "veld");
		}
		lastField = null;
		fieldOpen = false;
		report.add(new Pending(table.at(), excerpt(text(rows.get(0))), Outcome.TABLE,
				() -> NLS.bind(Messages.reportTable, new Object[] { group.path(), columns, blank })));
	}

	private void matrixTable(Table table, Member container, int depth) {
		List<Row> rows = table.rows();
		Row header = rows.get(0);
		report.add(new Pending(table.at(), excerpt(text(header)), Outcome.CONTAINER,
				() -> NLS.bind(Messages.reportTableFields, (rows.size() - 1) * (header.cells().size() - 1))));
		for (int r = 1; r < rows.size(); r++) {
			Row row = rows.get(r);
			String rowLabel = labelOf(row.cells().get(0).text());
			Member group = new Member("groep", clip(rowLabel, MAX_LABEL));
			group.context = rowLabel + " " + labelOf(header.cells().get(0).text()) + " " + container.context;
			place(container, group, "groep");
			for (int k = 1; k < row.cells().size(); k++) {
				Cell cell = row.cells().get(k);
				String label = labelOf(header.cells().get(k).text());
				if (hasInput(cell)) {
					int before = group.members.size();
					Para labelled = new Para(cell.at(), label, 0, "", false, false, List.of(), List.of());
					for (int b = 0; b < cell.content().size(); b++) {
						if (cell.content().get(b) instanceof Para para && !para.checkBoxes().isEmpty()) {
							b = checkBoxes(cell.content(), b, group, labelled);
						} else if (cell.content().get(b) instanceof Para para && !para.controls().isEmpty()) {
							controls(para, group);
						}
					}
					if (group.members.size() > before) {
						continue;
					}
				}
				Member field = field(label, typeOf(label, group));
				field.at = cell.at();
				field.context = group.context;
				group.add(field, "veld");
			}
			Member made = group;
			report.add(new Pending(row.cells().get(0).at(), excerpt(rowLabel), Outcome.CONTAINER,
					() -> NLS.bind(Messages.reportContainer, "groep", made.path())));
		}
		lastField = null;
		fieldOpen = false;
	}

	private void signatureTable(Table table, Member container) {
		List<Member> fields = Recognizer.signatures(table, this::field);
		report.add(new Pending(table.at(), excerpt(text(table.rows().get(0))), Outcome.RECOGNISED,
				() -> NLS.bind(Messages.reportRecognised, fields.stream().map(Member::path).reduce((a, b) -> a + ", " + b).orElse(""))));
		for (Member field : fields) {
			field.context = container.context;
			place(container, field, "veld");
		}
		lastField = null;
		fieldOpen = false;
	}

	// ------------------------------------------------------------------ helpers

	/** A field's type from its label: dates, numbers, signatures; else {@code tekst}. */
	static String typeOf(String label, Member container) {
		String lower = label.toLowerCase(Locale.ROOT);
		String context = container == null || container.label == null ? "" : container.label.toLowerCase(Locale.ROOT).strip();
		if (lower.matches(".*\\b(handtekening|akkoord|paraaf)\\b.*")) {
			return Recognizer.consentType(label);
		}
		if (lower.matches(".*(datum|\\bgeboren\\b|\\bdata\\b|\\bbesproken op\\b).*") || context.matches("(data|datums|data en planning|planning)")) {
			return "datum";
		}
		if (lower.matches(".*\\b(aantal|getal|uren|uur|percentage|leeftijd)\\b.*")) {
			return "getal";
		}
		return "tekst";
	}

	/** A label from a cell or heading text: one line, without its trailing colon. */
	static String labelOf(String text) {
		String line = text.strip().replaceAll("\\s*\\n\\s*", " ");
		Matcher label = LABEL.matcher(line);
		return label.matches() ? label.group(1).strip() : line;
	}

	private static String headingLabel(Para para) {
		String text = labelOf(para.text());
		String number = para.number().strip();
		if (!number.isEmpty() && HEADING_NUMBER.matcher(number).matches() && !text.startsWith(number)) {
			text = number + " " + text;
		}
		return text.isEmpty() ? Messages.templateFirstSection : text;
	}

	static String clip(String text, int max) {
		String line = text.strip();
		if (line.length() <= max) {
			return line;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(0, end) + "…";
	}

	static String excerpt(String text) {
		String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return clip(line, 60);
	}
}
