package nl.oppstudio.importer.word.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The draft format as a tree of members, before it is written as text ({@link #write}). Labels, help texts
 * and quoted Word text are escaped here, so that whatever the Word file holds, the text parses.
 */
final class Draft {

	/** the Word file's name, for the first comment */
	String source = "";
	String id;
	String name;
	String swv;
	String logo;
	String logoText;
	/** the logo had no alt text: {@link #logoText} is made up, and the draft asks the designer to check it */
	boolean logoTextMadeUp;
	final Member root = new Member("formaat", null);

	/** A member of the draft: a container, a field or a domain block. */
	static final class Member {
		/** {@code deel}, {@code sectie}, {@code groep}, {@code veld}, {@code factoren}, {@code uitstroom} … */
		String keyword;
		String name;
		String label;
		/** after the label: {@code handelingsdeel}, {@code herhaalbaar tabel}, {@code van leerling, thuis} */
		String head = "";
		/** a field's type: {@code tekst lang}, {@code datum}, {@code keuze { … }} */
		String type;
		/** the inside of a block's braces ({@code onderbouwing}), or {@code null} for a block without braces */
		String body;
		String help;
		final Set<String> tags = new LinkedHashSet<>();
		boolean pageBreak;
		/** comment lines above the member, without {@code //} */
		final List<String> comments = new ArrayList<>();
		final List<Member> members = new ArrayList<>();
		Member parent;
		/** where its value is in the Word file (fields, repeating groups), or {@code null} */
		Locator at;
		/** the Word text around it (a column header, the heading): for recognising blocks */
		String context = "";
		/** what it became when a recogniser replaced it, or {@code null} */
		String recognised;
		/** the text its name is made from when not its label (a control's tag, a block's keyword) */
		String nameFrom;
		/** names used by its members */
		final Set<String> used = new LinkedHashSet<>();

		Member(String keyword, String label) {
			this.keyword = keyword;
			this.label = label;
		}

		boolean isContainer() {
			return keyword.equals("deel") || keyword.equals("sectie") || keyword.equals("groep") || keyword.equals("formaat");
		}

		boolean isField() {
			return keyword.equals("veld");
		}

		/** Adds {@code member} at the end, with a name from its label unique in this container. */
		Member add(Member member, String fallback) {
			return insert(members.size(), member, fallback);
		}

		Member insert(int index, Member member, String fallback) {
			member.name = Names.unique(member.nameFrom != null ? member.nameFrom : member.label, fallback, used);
			member.parent = this;
			members.add(index, member);
			return member;
		}

		void remove(Member member) {
			members.remove(member);
			used.remove(member.name);
		}

		/** Its path from the format: {@code handelingsdeel.doelen}. */
		String path() {
			return parent == null || parent.parent == null ? name : parent.path() + "." + name;
		}

		/** The path as documents write it: {@code handelingsdeel/doelen}. */
		String documentPath() {
			return path().replace('.', '/');
		}

		String kind() {
			return isField() ? type.replaceFirst(" \\{.*", "").replaceFirst(" door .*", "") : keyword;
		}
	}

	// ------------------------------------------------------------------ writing

	/** The draft as format text. */
	String write() {
		StringBuilder out = new StringBuilder();
		out.append("// ").append(comment(org.eclipse.osgi.util.NLS.bind(Messages.templateHeader, source))).append('\n');
		out.append("formaat ").append(quote(id)).append(' ').append(quote(name)).append('\n');
		out.append("versie \"0.1.0\"\n");
		out.append("soort opp\n");
		if (swv != null) {
			out.append("swv ").append(quote(swv)).append('\n');
		}
		if (logo != null && logoTextMadeUp) {
			out.append("// ").append(comment(Messages.templateLogoTextCheck)).append('\n');
		}
		if (logo != null) {
			out.append("huisstijl { logo ").append(quote(logo)).append(" tekst ").append(quote(logoText)).append(" }\n");
		}
		out.append("{\n");
		for (Member member : root.members) {
			write(member, 1, out);
		}
		out.append("}\n");
		return out.toString();
	}

	private static void write(Member member, int depth, StringBuilder out) {
		String indent = "\t".repeat(depth);
		for (String comment : member.comments) {
			out.append(indent).append("// ").append(comment(comment)).append('\n');
		}
		out.append(indent).append(member.keyword).append(' ').append(member.name);
		if (member.label != null) {
			out.append(' ').append(quote(member.label));
		}
		if (member.isField()) {
			out.append(": ").append(member.type);
		}
		if (!member.head.isEmpty()) {
			out.append(' ').append(member.head);
		}
		if (!member.tags.isEmpty()) {
			out.append(" wet ").append(String.join(", ", member.tags));
		}
		if (member.pageBreak) {
			out.append(" nieuwe-pagina");
		}
		if (member.help != null && !member.help.isBlank()) {
			out.append('\n').append(indent).append("\tuitleg ").append(quote(member.help));
		}
		if (member.isContainer()) {
			out.append(member.help != null && !member.help.isBlank() ? "\n" + indent + "{\n" : " {\n");
			for (Member child : member.members) {
				write(child, depth + 1, out);
			}
			out.append(indent).append("}\n");
		} else if (member.body != null) {
			out.append(" {\n").append(indent).append('\t').append(member.body).append('\n').append(indent).append("}\n");
		} else {
			out.append('\n');
		}
	}

	/**
	 * A string literal of the format language: quotes, backslashes, line breaks and every other control
	 * character escaped ({@code \"}, {@code \\}, {@code \n}, {@code \\u0007}), lone surrogates too.
	 */
	static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		String value = text == null ? "" : text;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				boolean lone = Character.isHighSurrogate(c) ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
						: Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
				if (Character.isISOControl(c) || lone || c == '\u2028' || c == '\u2029') {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	/** A comment line: one line, whatever it quotes. */
	static String comment(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' ? ' ' : c);
		}
		return out.toString();
	}
}
