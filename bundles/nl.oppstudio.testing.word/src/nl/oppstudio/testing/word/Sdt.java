package nl.oppstudio.testing.word;

import java.util.ArrayList;
import java.util.List;

/**
 * A content control ({@code w:sdt}) for {@link WordBuilder}: plain text, rich text, date, drop-down list,
 * combo box or a Word 2010 check box, with tag, alias, placeholder text and a filled value.
 */
public final class Sdt {

	enum Kind {
		TEXT, RICH_TEXT, DATE, DROPDOWN, COMBOBOX, CHECKBOX
	}

	final Kind kind;
	String tag = "";
	String alias = "";
	String placeholder = "Klik of tik om tekst in te voeren.";
	String value = "";
	String dateFormat = "";
	boolean checked;
	final List<String> items = new ArrayList<>();

	private Sdt(Kind kind) {
		this.kind = kind;
	}

	public static Sdt text() {
		return new Sdt(Kind.TEXT);
	}

	public static Sdt richText() {
		return new Sdt(Kind.RICH_TEXT);
	}

	/** A date picker with {@code w:dateFormat} {@code format} ("dd-MM-yyyy"). */
	public static Sdt date(String format) {
		Sdt sdt = new Sdt(Kind.DATE);
		sdt.dateFormat = format;
		sdt.placeholder = "Klik of tik om een datum in te voeren.";
		return sdt;
	}

	public static Sdt dropDown(String... items) {
		Sdt sdt = new Sdt(Kind.DROPDOWN);
		sdt.items.addAll(List.of(items));
		sdt.placeholder = "Kies een item.";
		return sdt;
	}

	public static Sdt comboBox(String... items) {
		Sdt sdt = new Sdt(Kind.COMBOBOX);
		sdt.items.addAll(List.of(items));
		sdt.placeholder = "Kies een item.";
		return sdt;
	}

	/** A Word 2010 check box ({@code w14:checkbox}) showing ☐ or ☒. */
	public static Sdt checkBox(boolean checked) {
		Sdt sdt = new Sdt(Kind.CHECKBOX);
		sdt.checked = checked;
		return sdt;
	}

	public Sdt tag(String tag) {
		this.tag = tag;
		return this;
	}

	public Sdt alias(String alias) {
		this.alias = alias;
		return this;
	}

	/** The text shown while empty (w:showingPlcHdr). */
	public Sdt placeholder(String placeholder) {
		this.placeholder = placeholder;
		return this;
	}

	/** Filled in: shows {@code value} instead of the placeholder. */
	public Sdt value(String value) {
		this.value = value;
		return this;
	}

	/** The w:sdtPr element. */
	String properties() {
		StringBuilder xml = new StringBuilder("<w:sdtPr>");
		if (!alias.isEmpty()) {
			xml.append("<w:alias w:val=\"").append(WordBuilder.escape(alias)).append("\"/>");
		}
		if (!tag.isEmpty()) {
			xml.append("<w:tag w:val=\"").append(WordBuilder.escape(tag)).append("\"/>");
		}
		xml.append("<w:id w:val=\"").append(Math.abs((tag + alias + kind).hashCode() % 100000)).append("\"/>");
		boolean empty = value.isEmpty() && kind != Kind.CHECKBOX;
		if (empty) {
			xml.append("<w:placeholder><w:docPart w:val=\"DefaultPlaceholder_-1854013440\"/></w:placeholder>");
			xml.append("<w:showingPlcHdr/>");
		}
		switch (kind) {
		case TEXT -> xml.append("<w:text/>");
		case RICH_TEXT -> {
			// no type element: rich text
		}
		case DATE -> xml.append("<w:date><w:dateFormat w:val=\"").append(WordBuilder.escape(dateFormat))
				.append("\"/><w:lid w:val=\"nl-NL\"/><w:storeMappedDataAs w:val=\"dateTime\"/><w:calendar w:val=\"gregorian\"/></w:date>");
		case DROPDOWN, COMBOBOX -> {
			String element = kind == Kind.DROPDOWN ? "w:dropDownList" : "w:comboBox";
			xml.append('<').append(element).append('>');
			for (String item : items) {
				xml.append("<w:listItem w:displayText=\"").append(WordBuilder.escape(item)).append("\" w:value=\"")
						.append(WordBuilder.escape(item)).append("\"/>");
			}
			xml.append("</").append(element).append('>');
		}
		case CHECKBOX -> xml.append("<w14:checkbox><w14:checked w14:val=\"").append(checked ? 1 : 0)
				.append("\"/><w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>")
				.append("<w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox>");
		}
		return xml.append("</w:sdtPr>").toString();
	}

	/** The run showing the value, the placeholder (grey, as Word's PlaceholderText) or the check box glyph. */
	String run() {
		if (kind == Kind.CHECKBOX) {
			return "<w:r><w:rPr><w:rFonts w:ascii=\"MS Gothic\" w:hAnsi=\"MS Gothic\"/></w:rPr><w:t>"
					+ (checked ? "\u2612" : "\u2610") + "</w:t></w:r>";
		}
		if (value.isEmpty()) {
			return "<w:r><w:rPr><w:color w:val=\"808080\"/></w:rPr><w:t xml:space=\"preserve\">"
					+ WordBuilder.escape(placeholder) + "</w:t></w:r>";
		}
		return "<w:r><w:t xml:space=\"preserve\">" + WordBuilder.escape(value) + "</w:t></w:r>";
	}

	/** A run-level control (inside a paragraph). */
	String inline() {
		return "<w:sdt>" + properties() + "<w:sdtContent>" + run() + "</w:sdtContent></w:sdt>";
	}

	/** A block-level control holding one paragraph. */
	String block() {
		return "<w:sdt>" + properties() + "<w:sdtContent><w:p>" + run() + "</w:p></w:sdtContent></w:sdt>";
	}
}
