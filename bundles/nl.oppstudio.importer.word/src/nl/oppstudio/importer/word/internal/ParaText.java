package nl.oppstudio.importer.word.internal;

import static nl.oppstudio.importer.word.internal.WordReader.W;
import static nl.oppstudio.importer.word.internal.WordReader.attr;
import static nl.oppstudio.importer.word.internal.WordReader.child;
import static nl.oppstudio.importer.word.internal.WordReader.children;
import static nl.oppstudio.importer.word.internal.WordReader.collapse;
import static nl.oppstudio.importer.word.internal.WordReader.isGrey;
import static nl.oppstudio.importer.word.internal.WordReader.nullToEmpty;
import static nl.oppstudio.importer.word.internal.WordReader.on;
import static nl.oppstudio.importer.word.internal.WordReader.val;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.oppstudio.importer.word.internal.WordFile.CheckBox;
import nl.oppstudio.importer.word.internal.WordFile.Control;
import nl.oppstudio.importer.word.internal.WordFile.ControlKind;
import nl.oppstudio.importer.word.internal.WordReader.ControlProperties;

/**
 * The runs of one paragraph, walked in order: visible text and its formatting, check boxes (glyphs,
 * Wingdings symbols, Word 2010 check-box controls, FORMCHECKBOX), run-level content controls and legacy
 * form fields (FORMTEXT, FORMDROPDOWN), page breaks. Deleted text, field codes, hidden text, drawings and
 * text boxes are left out.
 */
final class ParaText {

	private final Locator at;
	private final WordReader reader;
	private final String paraStyle;

	final StringBuilder text = new StringBuilder();
	boolean allBold = true;
	boolean allGuidance = true;
	boolean breakBeforeText;
	boolean breakAfterText;
	final List<Control> controls = new ArrayList<>();
	private final List<Box> boxes = new ArrayList<>();
	/** open fields, innermost first */
	private final Deque<Field> fields = new ArrayDeque<>();
	/** run-level content controls being read, innermost first: their text is their value */
	private final Deque<StringBuilder> sinks = new ArrayDeque<>();
	/** inside a check-box content control: its glyph is the control, not a second box */
	private int suppress;

	ParaText(Locator at, WordReader reader, String paraStyle) {
		this.at = at;
		this.reader = reader;
		this.paraStyle = paraStyle;
	}

	private static final class Box {
		final Locator at;
		final boolean checked;
		final StringBuilder label = new StringBuilder();

		Box(Locator at, boolean checked) {
			this.at = at;
			this.checked = checked;
		}
	}

	private static final class Field {
		final Element ffData;
		final StringBuilder instruction = new StringBuilder();
		final StringBuilder result = new StringBuilder();
		boolean separated;

		Field(Element ffData) {
			this.ffData = ffData;
		}

		String kind() {
			String code = instruction.toString().trim();
			int space = code.indexOf(' ');
			return (space < 0 ? code : code.substring(0, space)).toUpperCase(Locale.ROOT);
		}

		boolean isFormField() {
			return switch (kind()) {
			case "FORMTEXT", "FORMCHECKBOX", "FORMDROPDOWN" -> true;
			default -> false;
			};
		}
	}

	List<CheckBox> checkBoxes() {
		return boxes.stream().map(b -> new CheckBox(b.at, collapse(b.label.toString()), b.checked)).toList();
	}

	/** Reads the inline children of a paragraph (or of a hyperlink, an insertion, a control's content). */
	void readChildren(Node parent) {
		if (++nesting > nl.oppstudio.core.Limits.MAX_XML_DEPTH) {
			// hyperlinks in insertions in controls … nested past any real file: left out
			nesting--;
			return;
		}
		try {
			readChildrenBounded(parent);
		} finally {
			nesting--;
		}
	}

	private int nesting;

	private void readChildrenBounded(Node parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element element) || !W.equals(child.getNamespaceURI())) {
				continue;
			}
			switch (child.getLocalName()) {
			case "r" -> run(element);
			case "hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "bdo", "dir" -> readChildren(element);
			case "sdt" -> control(element);
			default -> {
				// pPr, del, moveFrom, bookmarks, proofing marks, math: not text
			}
			}
		}
	}

	/** Ends fields left open at the paragraph's end (a field across paragraphs): what they hold so far counts. */
	void endFields() {
		while (!fields.isEmpty()) {
			endField();
		}
	}

	// ---------------------------------------------------------------- runs

	private void run(Element r) {
		Element rPr = child(r, W, "rPr");
		String runStyle = val(child(rPr, W, "rStyle"));
		boolean hidden = on(property(rPr, runStyle, "vanish"));
		boolean bold = on(property(rPr, runStyle, "b"));
		boolean italic = on(property(rPr, runStyle, "i"));
		Element color = property(rPr, runStyle, "color");
		boolean guidance = italic || isGrey(color == null ? null : val(color));
		String font = font(child(rPr, W, "rFonts"));
		for (Node child = r.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element e) || !W.equals(child.getNamespaceURI())) {
				continue;
			}
			switch (child.getLocalName()) {
			case "t" -> visible(WordReader.text(e), hidden, bold, guidance, font);
			case "tab", "ptab", "cr" -> visible(" ", hidden, bold, guidance, "");
			case "noBreakHyphen" -> visible("-", hidden, bold, guidance, "");
			case "br" -> {
				if ("page".equals(attr(e, "type"))) {
					pageBreak();
				} else {
					visible(" ", hidden, bold, guidance, "");
				}
			}
			case "sym" -> symbol(e, hidden);
			case "fldChar" -> fieldChar(e);
			case "instrText" -> {
				if (!fields.isEmpty() && !fields.peek().separated) {
					fields.peek().instruction.append(WordReader.text(e));
				}
			}
			default -> {
				// rPr, delText, drawing, pict, object, footnote references: not text
			}
			}
		}
	}

	/** A run property: the run's own, else its character style's, else the paragraph style's (through basedOn). */
	private Element property(Element rPr, String runStyle, String name) {
		Element own = child(rPr, W, name);
		if (own != null) {
			return own;
		}
		Element fromRunStyle = runStyle == null ? null : reader.styleRunProperty(runStyle, name);
		if (fromRunStyle != null) {
			return fromRunStyle;
		}
		return paraStyle == null ? null : reader.styleRunProperty(paraStyle, name);
	}

	private static String font(Element rFonts) {
		if (rFonts == null) {
			return "";
		}
		for (String name : new String[] { "ascii", "hAnsi", "cs" }) {
			String font = attr(rFonts, name);
			if (font != null && !font.isEmpty()) {
				return font;
			}
		}
		return "";
	}

	private void pageBreak() {
		if (collapse(text.toString()).isEmpty()) {
			breakBeforeText = true;
		} else {
			breakAfterText = true;
		}
	}

	private void visible(String s, boolean hidden, boolean bold, boolean guidance, String font) {
		if (s.isEmpty()) {
			return;
		}
		for (Field field : fields) {
			if (!field.separated) {
				// inside a field code (a nested field's result included): not shown
				return;
			}
		}
		if (!fields.isEmpty() && fields.peek().isFormField()) {
			fields.peek().result.append(s);
			return;
		}
		if (hidden || suppress > 0) {
			return;
		}
		if (!sinks.isEmpty()) {
			sinks.peek().append(s);
			return;
		}
		boolean symbolFont = isSymbolFont(font);
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			Boolean box = box(c, font);
			if (box != null) {
				addBox(at, box);
			} else if (!symbolFont) {
				text.append(c);
				shown.append(c);
				if (!boxes.isEmpty()) {
					boxes.get(boxes.size() - 1).label.append(c);
				}
			}
		}
		if (!shown.toString().isBlank()) {
			allBold &= bold;
			allGuidance &= guidance;
		}
	}

	private void symbol(Element sym, boolean hidden) {
		if (hidden || suppress > 0 || !sinks.isEmpty() || !fields.isEmpty()) {
			return;
		}
		String code = nullToEmpty(attr(sym, "char"));
		String font = nullToEmpty(attr(sym, "font"));
		try {
			Boolean box = box((char) Integer.parseInt(code.trim(), 16), font);
			if (box != null) {
				addBox(at, box);
			}
		} catch (NumberFormatException e) {
			// a symbol without a readable code: nothing
		}
	}

	private void addBox(Locator boxAt, boolean checked) {
		boxes.add(new Box(boxAt, checked));
	}

	private static boolean isSymbolFont(String font) {
		String f = font.toLowerCase(Locale.ROOT);
		return f.startsWith("wingdings") || f.equals("symbol") || f.startsWith("webdings");
	}

	/**
	 * Whether {@code c} is a check box: {@code true} ticked, {@code false} empty, {@code null} no box. Unicode
	 * ☐ □ (empty) ☑ ☒ (ticked); Wingdings o ¨ (empty) þ x (ticked), also as private-use F0xx (w:sym);
	 * Wingdings 2 £ (empty) S T (ticked).
	 */
	static Boolean box(char c, String font) {
		switch (c) {
		case '\u2610', '\u25A1':
			return false;
		case '\u2611', '\u2612':
			return true;
		default:
			break;
		}
		String f = font.toLowerCase(Locale.ROOT);
		char low = c >= '\uF000' && c <= '\uF0FF' ? (char) (c - 0xF000) : c;
		if (f.equals("wingdings 2")) {
			return low == 0xA3 ? Boolean.FALSE : low == 'S' || low == 'T' ? Boolean.TRUE : null;
		}
		if (f.equals("wingdings") || c >= '\uF000' && c <= '\uF0FF') {
			return low == 'o' || low == 0xA8 ? Boolean.FALSE : low == 0xFE || low == 'x' ? Boolean.TRUE : null;
		}
		return null;
	}

	// ---------------------------------------------------------------- legacy form fields

	private void fieldChar(Element fldChar) {
		String type = nullToEmpty(attr(fldChar, "fldCharType"));
		switch (type) {
		case "begin" -> fields.push(new Field(child(fldChar, W, "ffData")));
		case "separate" -> {
			if (!fields.isEmpty()) {
				fields.peek().separated = true;
			}
		}
		case "end" -> {
			if (!fields.isEmpty()) {
				endField();
			}
		}
		default -> {
			// an unknown type: ignored
		}
		}
	}

	private void endField() {
		Field field = fields.pop();
		if (!field.isFormField() || !fields.stream().allMatch(f -> f.separated)) {
			return;
		}
		Element ffData = field.ffData;
		String name = collapse(nullToEmpty(val(child(ffData, W, "name"))));
		// without a name: a place of its own in the paragraph ("alinea 4 inhoud 2"), so its value has a locator
		Locator fieldAt = name.isEmpty() ? at.child("inhoud " + (controls.size() + 1))
				: new Locator("formulierveld \"" + name + "\"");
		Locator boxAt = name.isEmpty() ? at : fieldAt; // a box without a name is one of its paragraph's boxes
		switch (field.kind()) {
		case "FORMCHECKBOX" -> {
			Element checkBox = child(ffData, W, "checkBox");
			Element checked = child(checkBox, W, "checked");
			boolean on = checked != null ? on(checked) : on(child(checkBox, W, "default"));
			if (suppress == 0 && sinks.isEmpty()) {
				addBox(boxAt, on);
			}
		}
		case "FORMDROPDOWN" -> {
			Element list = child(ffData, W, "ddList");
			List<String> options = new ArrayList<>();
			for (Element entry : children(list, W, "listEntry")) {
				options.add(collapse(nullToEmpty(val(entry))));
			}
			int chosen = 0;
			try {
				String result = val(child(list, W, "result"));
				chosen = result == null ? 0 : Integer.parseInt(result.trim());
			} catch (NumberFormatException e) {
				chosen = 0;
			}
			String value = chosen >= 0 && chosen < options.size() ? options.get(chosen) : "";
			controls.add(new Control(fieldAt, ControlKind.DROPDOWN, name, "", "", value, List.copyOf(options), ""));
		}
		default -> {
			Element input = child(ffData, W, "textInput");
			String placeholder = collapse(nullToEmpty(val(child(input, W, "default"))));
			String shown = collapse(field.result.toString());
			boolean date = "date".equals(val(child(input, W, "type")));
			String format = date ? nullToEmpty(val(child(input, W, "format"))) : "";
			String value = shown.equals(placeholder) ? "" : shown;
			controls.add(new Control(fieldAt, date ? ControlKind.DATE : ControlKind.TEXT, name, "", placeholder, value,
					List.of(), format));
		}
		}
	}

	// ---------------------------------------------------------------- run-level content controls

	private void control(Element sdt) {
		Element properties = child(sdt, W, "sdtPr");
		Element content = child(sdt, W, "sdtContent");
		if (content == null) {
			return;
		}
		ControlProperties control = properties == null ? null : ControlProperties.of(properties);
		if (control == null || control.structural) {
			readChildren(content);
			return;
		}
		if (control.kind == ControlKind.CHECKBOX) {
			if (suppress == 0 && sinks.isEmpty()) {
				addBox(control.at(at), control.checked);
			}
			suppress++;
			readChildren(content);
			suppress--;
			return;
		}
		StringBuilder value = new StringBuilder();
		sinks.push(value);
		readChildren(content);
		sinks.pop();
		if (sinks.isEmpty() && suppress == 0) {
			// without a tag or alias: a place of its own in the paragraph ("alinea 4 inhoud 2"), its value kept apart
			controls.add(control.toControl(at.child("inhoud " + (controls.size() + 1)), collapse(value.toString())));
		} else if (!sinks.isEmpty()) {
			sinks.peek().append(value);
		}
	}
}
