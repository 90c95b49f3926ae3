package nl.oppstudio.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.document.internal.Messages;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.PersonType;
import nl.oppstudio.format.model.SignaturesBlock;

/**
 * An anonymous copy of a document, to share an example with the SWV or a consultant (issue 16, AVG). In
 * the copy:
 * <ul>
 * <li>names are placeholders: the pupil's name ({@link OppDocument#pupilName()}) becomes {@code Leerling};
 * the names of person fields ({@code persoon}), of consent ({@code instemming}: {@code wie}), of
 * signatures ({@code ondertekening}), of short text fields whose name or label says {@code naam}, and the
 * {@code door} of log entries become {@code Ouder 1}, {@code Ouder 2} … or {@code Medewerker 1} … by their
 * role (the same person keeps the same placeholder); contact details of persons become {@code (verwijderd)};</li>
 * <li>the date of birth (the field tagged {@code wet geboortedatum}, a date or text field named or labelled
 * {@code geboorte…}, an archived value whose {@code pad} says so) keeps its year and month, its day
 * becomes the 1st: the age in whole years, which the rules use (the adult pupil's consent, hoorrecht),
 * is kept on every date outside the birth month; the original date is also replaced in free text, in its
 * usual notations (2016-04-12, 12-04-2016, 12-4-2016, 12/04/2016, 12.04.2016, 12 april 2016 …);</li>
 * <li>a name field beside the pupil's name in its section (voornaam, achternaam) is the pupil's, and an
 * archived value whose {@code pad} says {@code naam} is replaced whole;</li>
 * <li>every occurrence of those names in free text (full name, first name, surname with and without its
 * prefix, case-insensitive, whole words) in every text field, goal, table row, the log's remarks and the
 * archive becomes the placeholder.</li>
 * </ul>
 * The structure is untouched (the same fields, rows and goals); the log is sealed again over the new
 * values, so a copy validates as its original did, apart from values. Names that appear only in free text
 * and in no name field cannot be known and stay: read the copy before sharing it.
 */
public final class Anonymizer {

	/** The placeholder of the pupil. */
	public static final String PUPIL = "Leerling";

	/** What was replaced in one place (a path such as {@code leerling/naam}, rows together), and how often; never the original. */
	public record Replacement(String path, String what, int count) {
	}

	/**
	 * The anonymous copy and the report of what was replaced; {@code namesSomeone} says whether a text (a
	 * file name the copy is to be written to) holds a name, or a part of one, that the copy replaced.
	 */
	public record Result(OppDocument copy, List<Replacement> report, java.util.function.Predicate<String> namesSomeone) {
		/** How many values or words were replaced in all. */
		public int total() {
			return report.stream().mapToInt(Replacement::count).sum();
		}
	}

	/** Kinds of what is replaced, as the report names them (Dutch, for users). */
	static final String CONTACT = Messages.anonymousContact, BIRTH = Messages.anonymousBirth,
			IN_TEXT = Messages.anonymousInText, BIRTH_IN_TEXT = Messages.anonymousBirthInText;

	/** How a date of birth is written in free text (Dutch notations); each is looked for, and replaced in its own notation. */
	private static final List<java.time.format.DateTimeFormatter> DATE_NOTATIONS = java.util.stream.Stream
			.of("yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "d MMMM yyyy",
					"d MMM yyyy")
			.map(p -> java.time.format.DateTimeFormatter.ofPattern(p, Locale.forLanguageTag("nl"))).toList();

	private static final Set<String> PREFIXES = Set.of("de", "den", "der", "van", "von", "ten", "ter", "te", "het", "'t",
			"in", "op", "la", "le", "el", "al", "d'", "du", "da", "dos", "di", "del");

	private static final Set<String> TITLES = Set.of("dhr", "mevr", "mw", "mr", "drs", "dr", "ir", "ing", "prof", "heer",
			"mevrouw", "meneer", "juf", "juffrouw", "meester", "de heer");

	private final OppDocument copy;
	private final Map<String, String> placeholders = new LinkedHashMap<>();
	private final Map<String, Integer> counters = new HashMap<>();
	private final Map<String, Map<String, Integer>> report = new LinkedHashMap<>();
	private final Leaf pupilLeaf;
	private final Leaf birthLeaf;
	private Pattern names;
	private final Map<EObject, String> original = new java.util.IdentityHashMap<>();
	private Map<String, String> byPart;
	/** The original dates of birth found (the field, a text field labelled so, the archive): looked for in free text. */
	private final Set<LocalDate> births = new java.util.LinkedHashSet<>();
	private Pattern dates;
	private final Map<String, String> byDate = new HashMap<>();

	private Anonymizer(OppDocument copy) {
		this.copy = copy;
		this.pupilLeaf = copy.pupilNameLeaf();
		this.birthLeaf = LegalFacts.of(copy).birthDate();
	}

	/** An anonymous copy of {@code document} (which is not changed) with its report. */
	public static Result anonymize(OppDocument document) {
		String digestBefore = Lifecycle.contentDigest(document);
		Anonymizer anonymizer = new Anonymizer(Documents.copyOf(document));
		return anonymizer.run(digestBefore);
	}

	private Result run(String digestBefore) {
		// the pupil first, so that Leerling is theirs whatever the order of the form
		String pupil = copy.pupilName();
		if (!pupil.isEmpty()) {
			placeholders.put(key(pupil), PUPIL);
		}
		for (EObject entry : log()) { // whether each entry's hash checks, before its values change
			Map<String, String> fields = new LinkedHashMap<>();
			for (String field : DocumentSchema.LOG_FIELDS) {
				fields.put(field, string(entry, field));
			}
			original.put(entry, Lifecycle.hash(fields).equals(fields.get("hash")) ? fields.get("hash") : null);
		}
		walk(copy.root(), copy.schema().outline(), null, true);
		for (EObject entry : log()) {
			String by = string(entry, "door");
			if (by != null && !by.isBlank()) {
				set(entry, "door", placeholder(by, string(entry, "rol")), DocumentSchema.LOG + "/door");
			}
		}
		Set<EObject> archivedDone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (EObject entry : archive()) { // a value archived from a birth-date or name field: its pad says so
			if (archived(entry)) {
				archivedDone.add(entry);
			}
		}
		buildPattern();
		buildDatePattern();
		walk(copy.root(), copy.schema().outline(), null, false);
		for (EObject entry : log()) {
			freeText(entry, "opmerking", DocumentSchema.LOG + "/opmerking");
		}
		for (EObject entry : archive()) {
			if (!archivedDone.contains(entry)) {
				freeText(entry, "waarde", DocumentSchema.ARCHIVE + "/waarde");
			}
		}
		reseal(digestBefore);
		List<Replacement> lines = new ArrayList<>();
		report.forEach((path, whats) -> whats.forEach((what, count) -> lines.add(new Replacement(path, what, count))));
		Pattern found = names;
		return new Result(copy, List.copyOf(lines), text -> found != null && text != null && found.matcher(text).find());
	}

	/** First pass ({@code names}): names and the birth date; second pass: names in free text. */
	private void walk(EObject owner, List<SchemaNode> nodes, Branch parent, boolean namesPass) {
		for (SchemaNode node : nodes) {
			if (node instanceof Branch branch) {
				for (EObject object : OppDocument.objects(owner, branch)) {
					walk(object, branch.children(), branch, namesPass);
				}
			} else if (node instanceof Leaf leaf && owner.eIsSet(leaf.attribute())) {
				if (namesPass) {
					nameOrBirth(owner, leaf, parent);
				} else if (isText(leaf) && !replaced(owner, leaf)) {
					freeText(owner, leaf.attribute().getName(), leaf.path());
				}
			}
		}
	}

	/** The values the first pass replaced: the second leaves them alone. */
	private final Map<EObject, Set<Leaf>> done = new java.util.IdentityHashMap<>();

	private boolean replaced(EObject owner, Leaf leaf) {
		return done.getOrDefault(owner, Set.of()).contains(leaf);
	}

	private void markDone(EObject owner, Leaf leaf) {
		done.computeIfAbsent(owner, o -> new java.util.HashSet<>()).add(leaf);
	}

	private void nameOrBirth(EObject owner, Leaf leaf, Branch parent) {
		String value = OppDocument.value(owner, leaf);
		if (value == null || value.isBlank()) {
			return;
		}
		if (isBirthDate(leaf)) {
			owner.eSet(leaf.attribute(), birth(value));
			count(leaf.path(), BIRTH, 1);
			markDone(owner, leaf);
			return;
		}
		String role = nameRole(owner, leaf, parent);
		if (role == null) {
			if (parent != null && parent.element() instanceof Field field && field.getType() instanceof PersonType
					&& leaf.name().equals("contact")) {
				owner.eSet(leaf.attribute(), "(verwijderd)");
				count(leaf.path(), CONTACT, 1);
				markDone(owner, leaf);
			}
			return;
		}
		String placeholder = placeholder(value, role);
		owner.eSet(leaf.attribute(), placeholder);
		count(leaf.path(), nameReplaced(placeholder), 1);
		markDone(owner, leaf);
	}

	/**
	 * The field tagged {@code wet geboortedatum}, or a date or text field whose name or label says
	 * {@code geboorte} (a text field "Geboortedatum" holds a birth date as much as a date field does).
	 */
	private boolean isBirthDate(Leaf leaf) {
		String words = (leaf.name() + " " + leaf.label()).toLowerCase(Locale.ROOT);
		return leaf.equals(birthLeaf) || leaf.kind() == ValueKind.DATE && words.contains("geboort")
				|| isText(leaf) && (words.contains("geboortedatum") || words.contains("geboren"));
	}

	/**
	 * A date of birth made anonymous: the 1st of its month (ISO), the original kept to be looked for in free
	 * text; {@code onbekend} when it is no date in any notation (nothing the rules can use, and maybe telling).
	 */
	private String birth(String value) {
		LocalDate date = parseDate(value.strip());
		if (date == null) {
			return "onbekend";
		}
		births.add(date);
		return date.withDayOfMonth(1).toString();
	}

	private static LocalDate parseDate(String value) {
		for (java.time.format.DateTimeFormatter notation : DATE_NOTATIONS) {
			try {
				return LocalDate.parse(value, notation);
			} catch (DateTimeParseException e) {
				// the next notation
			}
		}
		return null;
	}

	/**
	 * An archive entry whose {@code pad} names a birth date or a name (a field the format no longer has):
	 * its whole value is replaced as that field's would be; {@code true} when so.
	 */
	private boolean archived(EObject entry) {
		String path = string(entry, "pad");
		String value = string(entry, "waarde");
		if (path == null || value == null || value.isBlank()) {
			return false;
		}
		String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		String reportPath = DocumentSchema.ARCHIVE + "/waarde";
		if (last.contains("geboort")) {
			entry.eSet(entry.eClass().getEStructuralFeature("waarde"), birth(value));
			count(reportPath, BIRTH, 1);
			return true;
		}
		if (last.contains("naam") && !last.contains("school") && !last.contains("organisatie") && !last.contains("instelling")) {
			set(entry, "waarde", placeholder(value, path.replace('/', ' ')), reportPath);
			return true;
		}
		return false;
	}

	/** Each original date of birth in each notation, as one pattern; the replacement is the 1st, in the same notation. */
	private void buildDatePattern() {
		List<String> alternatives = new ArrayList<>();
		for (LocalDate date : births) {
			for (java.time.format.DateTimeFormatter notation : DATE_NOTATIONS) {
				String written = notation.format(date);
				if (byDate.putIfAbsent(written.toLowerCase(Locale.ROOT), notation.format(date.withDayOfMonth(1))) == null) {
					alternatives.add(Pattern.quote(written).replace(" ", "\\E\\s+\\Q"));
				}
			}
		}
		alternatives.sort(Comparator.comparingInt(String::length).reversed());
		dates = alternatives.isEmpty() ? null
				: Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** What says who the name in {@code leaf} belongs to (a role, a party, a label), or {@code null}: no name. */
	private String nameRole(EObject owner, Leaf leaf, Branch parent) {
		if (leaf.equals(pupilLeaf)) {
			return PUPIL.toLowerCase(Locale.ROOT);
		}
		if (leaf.kind() != ValueKind.TEXT) {
			return null;
		}
		if (parent != null && parent.element() instanceof Field field) {
			if (field.getType() instanceof PersonType person && leaf.name().equals("naam")) {
				return field.getName() + " " + field.getLabel() + " " + String.join(" ", person.getRoles());
			}
			if (field.getType() instanceof ConsentType consent && leaf.name().equals(LegalFacts.WHO)) {
				Leaf roleLeaf = copy.schema().leaf(parent.path() + "/" + LegalFacts.ROLE);
				String role = roleLeaf == null ? null : OppDocument.value(owner, roleLeaf);
				return (role == null ? "" : role) + " " + consent.getBy();
			}
		}
		if (parent != null && parent.element() instanceof SignaturesBlock && leaf.name().equals("naam")) {
			return parent.name() + " " + parent.label();
		}
		String words = (leaf.name() + " " + leaf.label()).toLowerCase(Locale.ROOT);
		if (leaf.element() instanceof Field && words.contains("naam") && !words.contains("school")
				&& !words.contains("organisatie") && !words.contains("instelling")) {
			// a part of the pupil's name in its own field (voornaam, achternaam) beside the pupil's name is the pupil's
			if (pupilLeaf != null && section(leaf).equals(section(pupilLeaf)) && !words.matches(PARENT_WORDS)
					&& !words.contains("medewerker") && !words.contains("leerkracht") && !words.contains("mentor")) {
				return PUPIL.toLowerCase(Locale.ROOT);
			}
			return words;
		}
		return null;
	}

	private static final String PARENT_WORDS = "(?s).*(ouder|moeder|vader|verzorger|voogd|vertegenwoordiger|gezin).*";

	private static String section(Leaf leaf) {
		String path = leaf.path();
		int slash = path.indexOf('/');
		return slash < 0 ? "" : path.substring(0, slash);
	}

	/** The placeholder of a person: the same for the same name; Leerling, Ouder N or Medewerker N by role. */
	private String placeholder(String name, String role) {
		return placeholders.computeIfAbsent(key(name), k -> {
			String r = role == null ? "" : role.toLowerCase(Locale.ROOT);
			String kind = r.strip().equals("leerling") || r.startsWith("leerling ") ? null
					: r.matches(PARENT_WORDS) ? "Ouder"
							: "Medewerker";
			if (kind == null) {
				return PUPIL;
			}
			int number = counters.merge(kind, 1, Integer::sum);
			return kind + " " + number;
		});
	}

	/** Every name and its parts, longest first, as one pattern of whole words, case-insensitive. */
	private void buildPattern() {
		byPart = new LinkedHashMap<>();
		placeholders.forEach((name, placeholder) -> {
			for (String part : parts(name)) {
				byPart.putIfAbsent(part, placeholder);
			}
		});
		if (byPart.isEmpty()) {
			names = null;
			return;
		}
		StringBuilder alternatives = new StringBuilder();
		byPart.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(part -> {
			alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(part).replace(" ", "\\E\\s+\\Q"));
		});
		names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * The parts of a name field's value (lower case, spaces folded) that are looked for in free text: the
	 * whole value; per person in it ("S. Haddad en R. Haddad") the name without titles, the first name, the
	 * surname with and without its prefix, and each half of a double surname.
	 */
	static List<String> parts(String key) {
		Set<String> parts = new java.util.LinkedHashSet<>();
		parts.add(key);
		for (String person : key.split("\\s+(?:en|and|&)\\s+|\\s*[,/;&+]\\s*")) {
			List<String> words = new ArrayList<>(List.of(person.strip().split(" ")));
			words.removeIf(String::isEmpty);
			while (!words.isEmpty() && TITLES.contains(words.get(0).replace(".", ""))) {
				words.remove(0);
			}
			if (words.isEmpty()) {
				continue;
			}
			parts.add(String.join(" ", words));
			int i = 0;
			while (i < words.size() - 1 && isInitial(words.get(i))) {
				i++;
			}
			if (i == 0 && words.size() > 1) {
				parts.add(words.get(0)); // the first name
				i = 1;
			}
			String surname = String.join(" ", words.subList(i, words.size()));
			parts.add(surname);
			for (String half : surname.split("\\s*-\\s*")) {
				parts.add(half);
				List<String> core = new ArrayList<>(List.of(half.split(" ")));
				while (core.size() > 1 && PREFIXES.contains(core.get(0))) {
					core.remove(0);
				}
				parts.add(String.join(" ", core));
			}
		}
		parts.removeIf(part -> part.length() < 2 || PREFIXES.contains(part) || TITLES.contains(part.replace(".", ""))
				|| isInitial(part));
		return List.copyOf(parts);
	}

	private static boolean isInitial(String word) {
		return word.length() == 1 || word.matches("(\\p{L}\\.)+") || word.endsWith(".") && word.length() <= 3;
	}

	private static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private void freeText(EObject owner, String attribute, String path) {
		String value = string(owner, attribute);
		if (value == null) {
			return;
		}
		String[] text = { value };
		int inText = replace(text, names, part -> byPart.getOrDefault(key(part), PUPIL));
		int birthsInText = replace(text, dates, written -> byDate.getOrDefault(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "),
				"onbekend"));
		if (inText + birthsInText > 0) {
			owner.eSet(owner.eClass().getEStructuralFeature(attribute), text[0]);
			count(path, IN_TEXT, inText);
			count(path, BIRTH_IN_TEXT, birthsInText);
		}
	}

	/** Replaces every find of {@code pattern} in {@code text[0]}; how many. */
	private static int replace(String[] text, Pattern pattern, java.util.function.UnaryOperator<String> by) {
		if (pattern == null) {
			return 0;
		}
		Matcher matcher = pattern.matcher(text[0]);
		StringBuilder result = new StringBuilder();
		int found = 0;
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(by.apply(matcher.group())));
			found++;
		}
		if (found > 0) {
			matcher.appendTail(result);
			text[0] = result.toString();
		}
		return found;
	}

	private void set(EObject owner, String attribute, String value, String path) {
		owner.eSet(owner.eClass().getEStructuralFeature(attribute), value);
		count(path, nameReplaced(value), 1);
	}

	/** "naam vervangen door 'Ouder …'": the kind of placeholder, not which one, so that rows add up. */
	private static String nameReplaced(String placeholder) {
		return org.eclipse.osgi.util.NLS.bind(Messages.anonymousName, "'" + placeholder.replaceAll(" \\d+$", " …") + "'");
	}

	private void count(String path, String what, int count) {
		if (count > 0) {
			report.computeIfAbsent(path.replaceAll("\\[\\d+\\]", ""), p -> new LinkedHashMap<>()).merge(what, count, Integer::sum);
		}
	}

	private static boolean isText(Leaf leaf) {
		return leaf.kind() == ValueKind.TEXT || leaf.kind() == ValueKind.LONG_TEXT || leaf.kind() == ValueKind.ATTACHMENT;
	}

	private static String string(EObject owner, String attribute) {
		EStructuralFeature feature = owner.eClass().getEStructuralFeature(attribute);
		return feature == null ? null : (String) owner.eGet(feature);
	}

	@SuppressWarnings("unchecked")
	private List<EObject> log() {
		return (List<EObject>) copy.root().eGet(copy.schema().logReference());
	}

	@SuppressWarnings("unchecked")
	private List<EObject> archive() {
		return (List<EObject>) copy.root().eGet(copy.schema().archiveReference());
	}

	/**
	 * Seals the log again over the new values: the content digest the original had now is the copy's, and
	 * every hash and link is computed anew, so the copy's log checks as the original's did.
	 */
	private void reseal(String digestBefore) {
		String digestAfter = Lifecycle.contentDigest(copy);
		String oldPrevious = null;
		String newPrevious = null;
		for (EObject entry : log()) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (String field : DocumentSchema.LOG_FIELDS) {
				fields.put(field, string(entry, field));
			}
			// an entry whose hash did not check keeps failing: the copy tells what the original tells
			boolean checked = original.get(entry) != null && original.get(entry).equals(fields.get("hash"));
			String oldHash = fields.get("hash");
			if (digestBefore.equals(fields.get("inhoud"))) {
				fields.put("inhoud", digestAfter);
			}
			if (oldPrevious != null && oldPrevious.equals(fields.get("vorige"))) {
				fields.put("vorige", newPrevious);
			}
			if (checked) {
				fields.put("hash", Lifecycle.hash(fields));
			}
			oldPrevious = oldHash;
			newPrevious = fields.get("hash");
			for (String field : List.of("inhoud", "vorige", "hash")) {
				entry.eSet(entry.eClass().getEStructuralFeature(field), fields.get(field));
			}
		}
	}
}
