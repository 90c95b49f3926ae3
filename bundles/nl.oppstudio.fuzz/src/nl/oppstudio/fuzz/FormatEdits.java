package nl.oppstudio.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structured edits of a format's text, chosen by bytes, to make a second version of it: remove a field
 * or an option, rename a field or option (with or without {@code was}), change a field's type, make it
 * required or optional, add a field, move a field to another section. Works on the layout of the
 * example formats (one declaration per line, tabs); an edit that makes no sense there is skipped, and
 * a result that does not parse is simply not migrated.
 */
public final class FormatEdits {

	private static final Pattern FIELD = Pattern.compile("^(\\t+)veld (\\w+) \"");
	private static final Pattern SECTION = Pattern.compile("^\\t(?:sectie|groep) (\\w+) ");
	private static final Pattern OPTION = Pattern.compile("optie (\\w+) (\"[^\"]*\")");
	private static final Pattern TYPE = Pattern.compile("\": (tekst lang|tekst max \\d+|tekst|datum|getal(?: min \\d+)?(?: max \\d+)?|ja-nee)");
	private static final String[] TYPES = { "tekst", "tekst lang", "tekst max 5", "datum", "getal", "getal min 0 max 10",
			"ja-nee", "keuze { optie a \"A\" optie b \"B\" }", "bijlage" };

	/** A field declaration: its lines [first, last] and its path {@code sectie.veld}. */
	private record FieldLines(int first, int last, int lastOfHead, String name, String section) {
		String path() {
			return section + "." + name;
		}
	}

	private final List<String> lines;
	private final List<String> log = new ArrayList<>();
	private int added;

	private FormatEdits(String text) {
		lines = new ArrayList<>(List.of(text.split("\n", -1)));
	}

	/** The text after the edits the bytes choose (two bytes an edit), with its version set to 9.0.0. */
	public static String apply(String text, byte[] data, List<String> log) {
		FormatEdits edits = new FormatEdits(text.replaceFirst("versie \"[^\"]*\"", "versie \"9.0.0\""));
		for (int i = 0; i + 1 < data.length; i += 2) {
			edits.edit(data[i] & 0xFF, data[i + 1] & 0xFF);
		}
		log.addAll(edits.log);
		return String.join("\n", edits.lines);
	}

	private void edit(int op, int k) {
		List<FieldLines> fields = fields();
		if (fields.isEmpty()) {
			return;
		}
		FieldLines field = fields.get(k % fields.size());
		switch (op % 10) {
		case 0 -> {
			remove(field);
			log.add("verwijder " + field.path());
		}
		case 1 -> {
			Matcher m = nthOption(k);
			if (m != null) {
				replaceInText(m, "");
				log.add("verwijder optie " + m.group(1));
			}
		}
		case 2, 3 -> {
			String renamed = field.name() + "X" + k;
			int at = field.first();
			lines.set(at, lines.get(at).replaceFirst("veld " + field.name() + " ", "veld " + renamed + " "));
			if (op % 10 == 2) {
				lines.set(field.lastOfHead(), lines.get(field.lastOfHead()) + " was \"" + field.path() + "\"");
			}
			log.add("hernoem " + field.path() + " naar " + renamed + (op % 10 == 2 ? " met was" : ""));
		}
		case 4 -> {
			Matcher m = nthOption(k);
			if (m != null) {
				replaceInText(m, "optie " + m.group(1) + "N " + m.group(2) + " was " + m.group(1));
				log.add("hernoem optie " + m.group(1) + " met was");
			}
		}
		case 5 -> {
			String line = lines.get(field.first());
			Matcher m = TYPE.matcher(line);
			if (m.find()) {
				String type = TYPES[k % TYPES.length];
				lines.set(field.first(), line.substring(0, m.start(1)) + type + line.substring(m.end(1)));
				log.add("soort " + field.path() + ": " + type);
			}
		}
		case 6 -> {
			String head = lines.get(field.lastOfHead());
			if (!head.contains("verplicht")) {
				lines.set(field.lastOfHead(), head + " verplicht");
				log.add("verplicht " + field.path());
			}
		}
		case 7 -> {
			String head = lines.get(field.lastOfHead());
			if (head.endsWith(" verplicht")) {
				lines.set(field.lastOfHead(), head.substring(0, head.length() - " verplicht".length()));
				log.add("niet verplicht " + field.path());
			}
		}
		case 8 -> {
			String indent = lines.get(field.first()).substring(0, lines.get(field.first()).indexOf('v'));
			added++;
			lines.add(field.last() + 1, indent + "veld nieuw" + added + " \"Nieuw " + added + "\": " + TYPES[k % TYPES.length]
					+ (k % 2 == 0 ? " verplicht" : ""));
			log.add("nieuw veld na " + field.path());
		}
		case 9 -> {
			FieldLines to = fields.get((k / 3) % fields.size());
			if (to.section().equals(field.section())) {
				return;
			}
			List<String> moved = new ArrayList<>(lines.subList(field.first(), field.last() + 1));
			if (k % 3 != 0) {
				int head = field.lastOfHead() - field.first();
				moved.set(head, moved.get(head) + " was \"" + field.path() + "\"");
			}
			int insertAt = to.last() + 1;
			remove(field);
			if (insertAt > field.last()) {
				insertAt -= field.last() - field.first() + 1;
			}
			lines.addAll(insertAt, moved);
			log.add("verplaats " + field.path() + " naar " + to.section() + (k % 3 != 0 ? " met was" : ""));
		}
		default -> throw new IllegalStateException();
		}
	}

	private void remove(FieldLines field) {
		lines.subList(field.first(), field.last() + 1).clear();
	}

	private Matcher nthOption(int k) {
		List<int[]> found = new ArrayList<>();
		for (int line = 0; line < lines.size(); line++) {
			Matcher m = OPTION.matcher(lines.get(line));
			while (m.find()) {
				found.add(new int[] { line, m.start() });
			}
		}
		if (found.isEmpty()) {
			return null;
		}
		int[] at = found.get(k % found.size());
		Matcher m = OPTION.matcher(lines.get(at[0]));
		m.find(at[1]);
		optionLine = at[0];
		return m;
	}

	private int optionLine;

	private void replaceInText(Matcher m, String replacement) {
		String line = lines.get(optionLine);
		lines.set(optionLine, line.substring(0, m.start()) + replacement + line.substring(m.end()));
	}

	/** The field declarations at section level, with their continuation lines. */
	private List<FieldLines> fields() {
		List<FieldLines> fields = new ArrayList<>();
		String section = null;
		for (int i = 0; i < lines.size(); i++) {
			Matcher s = SECTION.matcher(lines.get(i));
			if (s.find()) {
				section = s.group(1);
				continue;
			}
			Matcher f = FIELD.matcher(lines.get(i));
			if (!f.find() || section == null) {
				continue;
			}
			int indent = f.group(1).length();
			int depth = braces(lines.get(i));
			int head = i;
			while (depth > 0 && head + 1 < lines.size()) {
				head++;
				depth += braces(lines.get(head));
			}
			int last = head;
			while (last + 1 < lines.size() && indentOf(lines.get(last + 1)) > indent && !lines.get(last + 1).isBlank()
					&& !FIELD.matcher(lines.get(last + 1)).find()) {
				last++;
			}
			fields.add(new FieldLines(i, last, head, f.group(2), section));
			i = last;
		}
		return fields;
	}

	private static int braces(String line) {
		int depth = 0;
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && c == '{') {
				depth++;
			} else if (!quoted && c == '}') {
				depth--;
			}
		}
		return depth;
	}

	private static int indentOf(String line) {
		int n = 0;
		while (n < line.length() && line.charAt(n) == '\t') {
			n++;
		}
		return n;
	}
}
