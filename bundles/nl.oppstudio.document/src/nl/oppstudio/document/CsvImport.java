package nl.oppstudio.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.EditDistance;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.document.internal.Messages;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.SignaturesBlock;

/**
 * OPPs for several pupils from a CSV export of a school administration system (ParnasSys, Magister,
 * Somtoday …). In four steps, each usable on its own by the command line and the window:
 * {@link #read} the table (separator {@code ;}, {@code ,} or tab found from the header row, quoted fields,
 * UTF-8 with or without BOM, else Windows-1252); {@link #proposeMapping} from column headers to the
 * format's fields (by legal tag and known export headers, else by similarity of name or label, case and
 * accents ignored), which the user may change ({@link Mapping#with}); {@link #create} one concept document
 * per row; {@link #write} them to a folder, one file per pupil, never over an existing file. A row that
 * cannot be read, or a value that does not fit its field, is reported with its line, never dropped
 * silently.
 */
public final class CsvImport {

	/** Problem codes, for tests and tooling. */
	public static final String BAD_ROW = "nl.oppstudio.document.csv.badRow", BAD_VALUE = "nl.oppstudio.document.csv.badValue",
			NO_NAME = "nl.oppstudio.document.csv.noName", DUPLICATE_HEADER = "nl.oppstudio.document.csv.duplicateHeader";

	/** One row of the table: its line in the file (of its first line, when a quoted cell spans several) and cells. */
	public record Row(int line, List<String> cells) {
		/** The cell of a column, or an empty string when the row is shorter. */
		public String cell(int column) {
			return column < cells.size() ? cells.get(column) : "";
		}
	}

	/**
	 * A CSV file as read: its headers (unique), its rows, the rows that could not be read, and how it was
	 * written (encoding, separator).
	 */
	public record Table(Path file, List<String> headers, List<Row> rows, List<Diagnostic> problems, String encoding,
			char separator) {
	}

	/** Which field each column fills: header → leaf path, in the order of the headers; absent is not used. */
	public record Mapping(Map<String, String> paths) {
		public Mapping {
			paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
		}

		/** The path a column fills, or {@code null}. */
		public String path(String header) {
			return paths.get(header);
		}

		/** This mapping with one column changed; a {@code null} or empty path leaves the column unused. */
		public Mapping with(String header, String path) {
			Map<String, String> changed = new LinkedHashMap<>(paths);
			if (path == null || path.isBlank()) {
				changed.remove(header);
			} else {
				changed.put(header, path.strip());
			}
			return new Mapping(changed);
		}
	}

	/** A document made from one row. */
	public record Pupil(int line, String name, OppDocument document) {
	}

	/** The documents made, and what could not be read or used (with line and column). */
	public record Created(List<Pupil> pupils, List<Diagnostic> problems) {
	}

	/** Where a pupil's document was written. */
	public record Written(Pupil pupil, Path file) {
	}

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** Headers of the usual exports, normalised, by what they hold. */
	private enum Concept {
		NAME("naam", "naam leerling", "leerling", "leerlingnaam", "volledige naam", "naam kind", "naam van de leerling"),
		FIRST_NAME("voornaam", "voornamen", "roepnaam"), PREFIX("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels"),
		LAST_NAME("achternaam", "familienaam", "geslachtsnaam"),
		BIRTH_DATE("geboortedatum", "geb datum", "gebdatum", "geboren", "geboren op", "datum geboorte"),
		START_DATE("startdatum", "datum inschrijving", "inschrijfdatum", "inschrijvingsdatum", "datum instroom",
				"instroomdatum", "begindatum", "plaatsingsdatum", "datum plaatsing", "ingeschreven op", "datum in school"),
		GROUP("groep", "klas", "stamgroep", "jaargroep", "leerjaar", "basisgroep", "groep klas", "klas groep", "lesgroep",
				"stamklas", "leerjaar klas"),
		SCHOOL("school", "schoolnaam", "naam school", "vestiging", "schoolvestiging", "locatie");

		final Set<String> headers;

		Concept(String... headers) {
			this.headers = Set.of(headers);
		}

		static Concept of(String header) {
			String normal = normalise(header);
			for (Concept concept : values()) {
				if (concept.headers.contains(normal)) {
					return concept;
				}
			}
			return null;
		}

		boolean namePart() {
			return this == NAME || this == FIRST_NAME || this == PREFIX || this == LAST_NAME;
		}
	}

	private CsvImport() {
	}

	// ---- 1. reading ----

	/**
	 * Reads a CSV file with a header row.
	 *
	 * @throws DocumentException when the file is missing, unreadable, empty or has no header row
	 */
	public static Table read(Path file) throws DocumentException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new DocumentException(Diagnostic.error(file, BAD_ROW, NLS.bind(Messages.csvMissing, file)), e);
		} catch (IOException e) {
			throw new DocumentException(Diagnostic.error(file, BAD_ROW, NLS.bind(Messages.csvUnreadable, file, e.getMessage())), e);
		}
		String encoding;
		String text;
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			encoding = "UTF-8";
			text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		} else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
				|| (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
			encoding = "UTF-16"; // Excel's "Unicode text"
			text = new String(bytes, StandardCharsets.UTF_16);
		} else {
			try {
				text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
				encoding = "UTF-8";
			} catch (CharacterCodingException e) {
				text = new String(bytes, WINDOWS_1252);
				encoding = "windows-1252";
			}
		}
		return parse(file, text, encoding);
	}

	private static Table parse(Path file, String text, String encoding) throws DocumentException {
		int start = 0;
		int line = 1;
		while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
			line += text.charAt(start) == '\n' ? 1 : 0;
			start++;
		}
		if (start >= text.length()) {
			throw new DocumentException(Diagnostic.error(file, BAD_ROW, NLS.bind(Messages.csvEmpty, file)), null);
		}
		char separator = separator(text, start);
		List<Diagnostic> problems = new ArrayList<>();
		List<Row> records = new ArrayList<>();
		Parser parser = new Parser(text, start, line, separator);
		while (parser.hasMore()) {
			int first = parser.line;
			List<String> cells = parser.record();
			if (parser.unclosedQuote) {
				problems.add(problem(file, first, 0, BAD_ROW, Severity.ERROR, NLS.bind(Messages.csvUnclosedQuote, first)));
			} else if (!cells.stream().allMatch(String::isBlank)) {
				records.add(new Row(first, cells));
			}
		}
		if (records.isEmpty()) {
			throw new DocumentException(Diagnostic.error(file, BAD_ROW, NLS.bind(Messages.csvEmpty, file)), null);
		}
		Row header = records.remove(0);
		List<String> headers = new ArrayList<>();
		for (int column = 0; column < header.cells().size(); column++) {
			String name = header.cells().get(column).strip();
			if (name.isEmpty()) {
				name = NLS.bind(Messages.csvColumn, column + 1);
			}
			String unique = name;
			for (int n = 2; headers.contains(unique); n++) {
				unique = name + " (" + n + ")";
			}
			if (!unique.equals(name)) {
				problems.add(problem(file, header.line(), 0, DUPLICATE_HEADER, Severity.WARNING,
						NLS.bind(Messages.csvDuplicateHeader, name, unique)));
			}
			headers.add(unique);
		}
		List<Row> rows = new ArrayList<>();
		for (Row row : records) {
			int extra = row.cells().size() - headers.size();
			if (extra > 0 && row.cells().subList(headers.size(), row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
				problems.add(problem(file, row.line(), 0, BAD_ROW, Severity.ERROR,
						NLS.bind(Messages.csvTooManyCells, new Object[] { row.line(), row.cells().size(), headers.size() })));
			} else {
				rows.add(new Row(row.line(), List.copyOf(extra > 0 ? row.cells().subList(0, headers.size()) : row.cells())));
			}
		}
		problems.sort(java.util.Comparator.comparingInt(Diagnostic::line));
		return new Table(file, List.copyOf(headers), List.copyOf(rows), List.copyOf(problems), encoding, separator);
	}

	/** The separator the header row uses most, outside quotes: {@code ;}, tab or {@code ,}. */
	private static char separator(String text, int start) {
		int semicolons = 0;
		int tabs = 0;
		int commas = 0;
		boolean quoted = false;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			} else if (!quoted) {
				semicolons += c == ';' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
				commas += c == ',' ? 1 : 0;
			}
		}
		if (semicolons >= tabs && semicolons >= commas && semicolons > 0) {
			return ';';
		}
		return tabs >= commas && tabs > 0 ? '\t' : ',';
	}

	/** RFC 4180 records: quoted cells may hold the separator, quotes ({@code ""}) and line breaks. */
	private static final class Parser {
		private final String text;
		private final char separator;
		private int pos;
		int line;
		boolean unclosedQuote;

		Parser(String text, int pos, int line, char separator) {
			this.text = text;
			this.pos = pos;
			this.line = line;
			this.separator = separator;
		}

		boolean hasMore() {
			return pos < text.length();
		}

		List<String> record() {
			unclosedQuote = false;
			List<String> cells = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			boolean wasQuoted = false;
			int quoteLine = line;
			while (pos < text.length()) {
				char c = text.charAt(pos++);
				if (quoted) {
					if (c == '"' && pos < text.length() && text.charAt(pos) == '"') {
						cell.append('"');
						pos++;
					} else if (c == '"') {
						quoted = false;
					} else {
						if (c == '\n') {
							line++;
						}
						cell.append(c);
					}
				} else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
					quoted = true;
					wasQuoted = true;
					cell.setLength(0);
					quoteLine = line;
				} else if (c == separator) {
					cells.add(finish(cell, wasQuoted));
					wasQuoted = false;
				} else if (c == '\r' || c == '\n') {
					if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
						pos++;
					}
					line++;
					cells.add(finish(cell, wasQuoted));
					return cells;
				} else {
					cell.append(c);
				}
			}
			if (quoted) {
				unclosedQuote = true;
				line = quoteLine;
				pos = text.length();
			}
			cells.add(finish(cell, wasQuoted));
			return cells;
		}

		private static String finish(StringBuilder cell, boolean quoted) {
			String value = quoted ? cell.toString().replace("\r\n", "\n") : cell.toString().strip();
			cell.setLength(0);
			return value;
		}
	}

	// ---- 2. mapping ----

	/**
	 * The fields a column can fill: every value outside repeating groups, but the cycle's dates, consents
	 * and signatures (which record what happened to this plan, not facts about the pupil).
	 */
	public static List<Leaf> targets(DocumentSchema schema) {
		List<Leaf> targets = new ArrayList<>();
		collectTargets(schema.outline(), targets);
		return targets;
	}

	private static void collectTargets(List<SchemaNode> nodes, List<Leaf> into) {
		for (SchemaNode node : nodes) {
			if (node instanceof Leaf leaf && !(leaf.element() instanceof CycleBlock || leaf.element() instanceof SignaturesBlock
					|| leaf.element() instanceof Field field && field.getType() instanceof ConsentType)) {
				into.add(leaf);
			} else if (node instanceof Branch branch && !branch.repeating()) {
				collectTargets(branch.children(), into);
			}
		}
	}

	/**
	 * Proposes a field for each column: the pupil's name for name columns (also roepnaam, tussenvoegsel and
	 * achternaam, joined, unless a column holds the whole name), the field tagged {@code wet geboortedatum} or {@code wet startdatum} for those
	 * dates, a group or class field, the school; else the field whose name or label is (nearly) the header,
	 * case and accents ignored. A field gets one column (the name several). Unknown columns stay unused.
	 */
	public static Mapping proposeMapping(Table table, DocumentSchema schema) {
		OppDocument probe = Documents.create(schema.format());
		LegalFacts facts = LegalFacts.of(probe);
		List<Leaf> targets = targets(schema);
		Leaf name = probe.pupilNameLeaf();
		Set<Leaf> taken = new HashSet<>();
		Map<String, String> paths = new LinkedHashMap<>();
		List<String> rest = new ArrayList<>();
		boolean fullName = table.headers().stream().anyMatch(h -> Concept.of(h) == Concept.NAME);
		for (String header : table.headers()) {
			Concept concept = Concept.of(header);
			Leaf leaf = null;
			if (concept != null && concept.namePart() && fullName && concept != Concept.NAME) {
				continue; // the whole name is there: its parts would repeat it
			} else if (concept != null && concept.namePart()) {
				leaf = name;
			} else if (concept == Concept.BIRTH_DATE) {
				leaf = first(facts.birthDate(), findDate(targets, "geboorte"));
			} else if (concept == Concept.START_DATE) {
				leaf = first(facts.startDate(), findDate(targets, "start", "inschrijving", "plaatsing"));
			} else if (concept == Concept.GROUP) {
				leaf = find(targets, taken, "groep", "klas", "leerjaar", "stamgroep", "jaargroep");
			} else if (concept == Concept.SCHOOL) {
				leaf = find(targets, taken, "school", "schoolnaam", "vestiging");
			}
			if (leaf != null && (leaf == name || !taken.contains(leaf))) {
				taken.add(leaf);
				paths.put(header, leaf.path());
			} else {
				rest.add(header);
			}
		}
		for (String header : rest) {
			Leaf best = null;
			double score = 0.84;
			for (Leaf leaf : targets) {
				if (!taken.contains(leaf)) {
					double similarity = Math.max(similarity(header, leaf.name()), similarity(header, leaf.label()));
					if (similarity > score) {
						score = similarity;
						best = leaf;
					}
				}
			}
			if (best != null) {
				taken.add(best);
				paths.put(header, best.path());
			}
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		table.headers().stream().filter(paths::containsKey).forEach(h -> ordered.put(h, paths.get(h)));
		return new Mapping(ordered);
	}

	/**
	 * What is wrong with a mapping, in Dutch: a column the table does not have, a path that is no field of
	 * the format (with the nearest one). Empty when it can be used.
	 */
	public static List<String> check(Table table, Mapping mapping, DocumentSchema schema) {
		List<String> problems = new ArrayList<>();
		List<Leaf> targets = targets(schema);
		for (Map.Entry<String, String> entry : mapping.paths().entrySet()) {
			if (!table.headers().contains(entry.getKey())) {
				problems.add(NLS.bind(Messages.csvNoSuchColumn, entry.getKey(), String.join(", ", table.headers())));
			}
			Leaf leaf = schema.leaf(entry.getValue());
			if (leaf == null || !targets.contains(leaf)) {
				String nearest = targets.stream()
						.max(java.util.Comparator.comparingDouble(l -> similarity(entry.getValue(), l.path()))).map(Leaf::path)
						.orElse("");
				problems.add(NLS.bind(Messages.csvNoSuchField, entry.getValue(), nearest));
			}
		}
		return problems;
	}

	private static Leaf first(Leaf tagged, Leaf found) {
		return tagged != null ? tagged : found;
	}

	private static Leaf findDate(List<Leaf> targets, String... words) {
		for (Leaf leaf : targets) {
			if (leaf.kind() == ValueKind.DATE) {
				String text = normalise(leaf.name()) + " " + normalise(leaf.label());
				for (String word : words) {
					if (text.contains(word)) {
						return leaf;
					}
				}
			}
		}
		return null;
	}

	/** The first free text or choice field whose name or label is one of the words, or holds one as a word. */
	private static Leaf find(List<Leaf> targets, Set<Leaf> taken, String... words) {
		for (Leaf leaf : targets) {
			if (taken.contains(leaf) || !(leaf.kind() == ValueKind.TEXT || leaf.kind() == ValueKind.CHOICE)
					|| leaf.path().split("/").length > 2) {
				continue;
			}
			Set<String> own = new HashSet<>(List.of(normalise(leaf.label()).split(" ")));
			own.add(normalise(leaf.name()));
			for (String word : words) {
				if (own.contains(word)) {
					return leaf;
				}
			}
		}
		return null;
	}

	/** 1 for the same text (case, accents, spaces and punctuation ignored), else 1 − edit distance / length. */
	static double similarity(String a, String b) {
		String x = normalise(a).replace(" ", "");
		String y = normalise(b).replace(" ", "");
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		return 1.0 - (double) EditDistance.between(x, y) / Math.max(x.length(), y.length());
	}


	/** Lower case, without accents; every run of other characters than letters and digits is one space. */
	static String normalise(String text) {
		String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}

	// ---- 3. documents ----

	/**
	 * One new concept document per row, with the mapped values: dates in Dutch notation (dd-mm-jjjj,
	 * d-m-jjjj, dd/mm/jjjj) become ISO, ja/nee and numbers as {@code opp validate} reads them, a choice
	 * by its code or label. Columns mapped to the same field are joined with a space (roepnaam,
	 * tussenvoegsel, achternaam). A value that does not fit is left empty and reported (line and column);
	 * a row without the pupil's name is reported and makes no document. The problems of reading the
	 * table come first.
	 *
	 * @param schoolType the pupils' school type ({@code po} …), or {@code null}
	 */
	public static Created create(Table table, Mapping mapping, Format format, String schoolType) {
		DocumentSchema schema = DocumentSchema.of(format);
		List<Diagnostic> problems = new ArrayList<>(table.problems());
		List<Pupil> pupils = new ArrayList<>();
		Leaf nameLeaf = Documents.create(format).pupilNameLeaf();
		Map<Leaf, List<Integer>> columns = new LinkedHashMap<>();
		for (int column = 0; column < table.headers().size(); column++) {
			String path = mapping.path(table.headers().get(column));
			Leaf leaf = path == null ? null : schema.leaf(path);
			if (leaf != null) {
				columns.computeIfAbsent(leaf, l -> new ArrayList<>()).add(column);
			}
		}
		for (List<Integer> joined : columns.values()) {
			joined.sort(java.util.Comparator.comparingInt(c -> nameRank(table.headers().get(c))));
		}
		if (nameLeaf == null || !columns.containsKey(nameLeaf)) {
			problems.add(problem(table.file(), 0, 0, NO_NAME, Severity.ERROR,
					NLS.bind(Messages.csvNameNotMapped, nameLeaf == null ? "" : nameLeaf.path())));
			return new Created(List.of(), List.copyOf(problems));
		}
		for (Row row : table.rows()) {
			OppDocument document = Documents.create(format);
			document.setSchoolType(schoolType);
			for (Map.Entry<Leaf, List<Integer>> entry : columns.entrySet()) {
				Leaf leaf = entry.getKey();
				List<String> parts = new ArrayList<>();
				for (int column : entry.getValue()) {
					String cell = row.cell(column).strip();
					if (cell.isEmpty()) {
						continue;
					}
					String value = value(leaf, cell);
					if (value == null) {
						problems.add(problem(table.file(), row.line(), column + 1, BAD_VALUE, Severity.WARNING,
								NLS.bind(Messages.csvBadValue, new Object[] { cell, table.headers().get(column), leaf.label(), expected(leaf) })));
					} else {
						parts.add(value);
					}
				}
				if (!parts.isEmpty()) {
					document.setValue(leaf, leaf.kind() == ValueKind.TEXT || leaf.kind() == ValueKind.LONG_TEXT
							? String.join(" ", parts) : parts.get(0));
				}
			}
			String name = document.pupilName();
			if (name.isEmpty()) {
				problems.add(problem(table.file(), row.line(), 0, NO_NAME, Severity.ERROR, NLS.bind(Messages.csvNoName, row.line())));
			} else {
				pupils.add(new Pupil(row.line(), name, document));
			}
		}
		problems.sort(java.util.Comparator.comparingInt(Diagnostic::line));
		return new Created(List.copyOf(pupils), List.copyOf(problems));
	}

	/** Roepnaam before tussenvoegsel before achternaam; other columns keep their order. */
	private static int nameRank(String header) {
		Concept concept = Concept.of(header);
		if (concept == null) {
			return 0;
		}
		return switch (concept) {
		case FIRST_NAME -> 1;
		case PREFIX -> 2;
		case LAST_NAME -> 3;
		default -> 0;
		};
	}

	/** The stored value for a cell, or {@code null} when it does not fit the field. */
	private static String value(Leaf leaf, String cell) {
		return switch (leaf.kind()) {
		case DATE -> date(cell);
		case CHOICE -> option(leaf, cell);
		case MULTIPLE_CHOICE -> {
			List<String> codes = new ArrayList<>();
			for (String part : cell.split("[,;]")) {
				String code = option(leaf, part.strip());
				if (code == null) {
					yield null;
				}
				codes.add(code);
			}
			yield String.join(", ", codes);
		}
		default -> Conversions.convert(cell, leaf.kind());
		};
	}

	/** A date as {@link DutchDates} reads it, as ISO; {@code null} when it is none. */
	static String date(String text) {
		return DutchDates.iso(text);
	}

	/** The option a cell names: its code or label, else the one option whose label ends with the cell (5 → Groep 5). */
	private static String option(Leaf leaf, String cell) {
		String normal = normalise(cell);
		for (ChoiceOption option : leaf.options()) {
			if (normalise(option.getCode()).equals(normal) || normalise(option.getLabel()).equals(normal)
					|| normalise(option.getCode()).replace(" ", "").equals(normal.replace(" ", ""))) {
				return option.getCode();
			}
		}
		List<String> endings = leaf.options().stream().filter(o -> normalise(o.getLabel()).endsWith(" " + normal))
				.map(ChoiceOption::getCode).toList();
		return endings.size() == 1 ? endings.get(0) : null;
	}

	private static String expected(Leaf leaf) {
		return switch (leaf.kind()) {
		case DATE -> Messages.csvExpectDate;
		case NUMBER -> Messages.csvExpectNumber;
		case YES_NO -> Messages.csvExpectYesNo;
		case CHOICE, MULTIPLE_CHOICE -> NLS.bind(Messages.csvExpectOption,
				String.join(", ", leaf.options().stream().map(o -> o.getCode() + " (" + o.getLabel() + ")").toList()));
		default -> "";
		};
	}

	// ---- 4. writing ----

	/**
	 * Writes each document into {@code folder} (made when missing) as {@code naam-van-de-leerling.opp}: no
	 * accents, lower case, hyphens; {@code -2}, {@code -3} … when the name is taken. An existing file is
	 * never overwritten; each file is written atomically.
	 */
	public static List<Written> write(List<Pupil> pupils, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Written> written = new ArrayList<>();
		for (Pupil pupil : pupils) {
			written.add(new Written(pupil, NewDocuments.save(pupil.document(), folder, pupil.name())));
		}
		return written;
	}

	private static Diagnostic problem(Path file, int line, int column, String code, Severity severity, String message) {
		return new Diagnostic(severity, message, file, line, column, null, code);
	}
}
