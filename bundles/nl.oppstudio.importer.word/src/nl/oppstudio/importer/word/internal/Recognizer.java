package nl.oppstudio.importer.word.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import nl.oppstudio.importer.word.internal.Draft.Member;
import nl.oppstudio.importer.word.internal.WordFile.Cell;
import nl.oppstudio.importer.word.internal.WordFile.Row;
import nl.oppstudio.importer.word.internal.WordFile.Table;

/**
 * Recognises what the law asks of an OPP by its wording (format language §3.7, §4.1) and turns the draft's
 * plain members into the domain blocks and {@code wet} tags, each with the comment
 * {@code // herkend uit "…"} quoting the Word text. Works on the {@link Draft} after the structure is
 * mapped; never recognises one requirement twice.
 */
final class Recognizer {

	private final Draft draft;
	private Member handelingsdeel;

	Recognizer(Draft draft) {
		this.draft = draft;
	}

	void run() {
		handelingsdeel();
		factors();
		outflow();
		pupilView();
		oogo();
		parentsConsent();
		dateTags();
	}

	// ------------------------------------------------------------------ handelingsdeel

	/** The first {@code sectie} (or {@code deel}) whose label says handelingsdeel; later ones get {@code wet handelingsdeel}. */
	private void handelingsdeel() {
		for (Member container : containers(draft.root)) {
			if (!names(container.label, "handelingsdeel")) {
				continue; // "Overleg (… opstellen handelingsdeel …)" is not the handelingsdeel itself
			}
			container.comments.add(0, "herkend uit " + Draft.quote(container.label));
			if (handelingsdeel == null && container.keyword.equals("sectie")) {
				container.head = "handelingsdeel";
				handelingsdeel = container;
			} else {
				container.tags.add("handelingsdeel");
				if (handelingsdeel == null) {
					handelingsdeel = container;
				}
			}
		}
	}

	/** Whether {@code word} is among the first three words of a label, its number left out. */
	static boolean names(String label, String word) {
		String[] words = plain(label).replaceFirst("^[0-9]+[a-z]?[.)]?\\s*", "").split("[^\\p{L}]+");
		for (int i = 0; i < Math.min(3, words.length); i++) {
			if (words[i].equals(word)) {
				return true;
			}
		}
		return false;
	}

	// ------------------------------------------------------------------ factoren

	private static final String[] AREAS = { "leerling", "onderwijs", "thuis" };

	/** The area a label names: Leerling, Onderwijs (or school), Thuis (or ouders, gezin); {@code null} otherwise. */
	static String area(String label) {
		String text = plain(label).replaceAll("^(ondersteuning|factoren)\\s+", "").strip();
		if (text.matches("(de )?leerling|kind|jongere")) {
			return "leerling";
		}
		if (text.matches("(het )?onderwijs|school|(de )?leraren?|leerkracht|groep|klas")) {
			return "onderwijs";
		}
		if (text.matches("(de )?thuis(situatie)?|(de )?ouders|gezin|ouders/verzorgers|thuissituatie")) {
			return "thuis";
		}
		return null;
	}

	/** {@code Bevorderend} or {@code Belemmerend} from the Word text around a field, {@code null} when neither. */
	static String polarity(String text) {
		String lower = plain(text);
		boolean up = lower.contains("bevorder") || lower.contains("wat helpt") || lower.contains("sterk");
		boolean down = lower.contains("belemmer") || lower.contains("wat lastig") || lower.contains("zwak");
		return up == down ? null : up ? "Bevorderend" : "Belemmerend";
	}

	/** Fields Leerling / Onderwijs / Thuis under a text that says bevorderend or belemmerend: one {@code factoren} block. */
	private void factors() {
		Map<String, Member> parts = new LinkedHashMap<>();
		for (Member field : fields(draft.root)) {
			if (!field.type.startsWith("tekst") || field.at == null) {
				continue;
			}
			String area = area(field.label);
			String polarity = polarity(field.context + " " + field.parent.context);
			if (area == null && field.parent.keyword.equals("groep")) {
				area = area(field.parent.label); // a row Leerling with columns 1a (bevorderend) and 1b (belemmerend)
				polarity = polarity(field.label);
			}
			if (area != null && polarity != null && !parts.containsKey(area + polarity)) {
				parts.put(area + polarity, field);
			}
		}
		if (parts.size() < 2) {
			return;
		}
		Member first = parts.values().iterator().next();
		Member block = new Member("factoren", Messages.templateFactors);
		block.nameFrom = "factoren";
		List<String> areas = new ArrayList<>();
		for (String area : AREAS) {
			if (parts.containsKey(area + "Bevorderend") || parts.containsKey(area + "Belemmerend")) {
				areas.add(area);
			}
		}
		block.head = "van " + String.join(", ", areas);
		block.comments.add("herkend uit " + Draft.quote(TemplateMapper.clip(first.context.strip(), 120)));
		for (String area : areas) {
			for (String polarity : new String[] { "Bevorderend", "Belemmerend" }) {
				Member part = parts.get(area + polarity);
				if (part != null) {
					block.comments.add("word " + area + polarity + ": " + part.at.path());
				}
			}
		}
		Member host = first.parent;
		Member before = first;
		while (host.keyword.equals("groep") && host.parent != null) {
			before = host; // a row's group: the block goes where the group was
			host = host.parent;
		}
		if (!plain(host.label).contains("factor") && host.parent != null) {
			// factors from a table under another heading ("Data"): a section of their own after it
			Member section = new Member("sectie", Messages.templateFactors);
			section.nameFrom = "factoren";
			Member parent = host.parent;
			parent.insert(parent.members.indexOf(host) + 1, section, "sectie");
			section.add(block, "factoren");
		} else {
			host.insert(host.members.indexOf(before), block, "factoren");
		}
		for (Member part : parts.values()) {
			part.recognised = "factoren (" + partName(parts, part) + ")";
			Member parent = part.parent;
			parent.remove(part);
			dropIfEmpty(parent);
		}
	}

	private static String partName(Map<String, Member> parts, Member part) {
		for (Map.Entry<String, Member> entry : parts.entrySet()) {
			if (entry.getValue() == part) {
				return entry.getKey();
			}
		}
		return "";
	}

	/** A group or section left without members by a recogniser goes; a section with a label of its own stays. */
	private static void dropIfEmpty(Member container) {
		if (container.members.isEmpty() && container.keyword.equals("groep") && container.parent != null) {
			Member parent = container.parent;
			parent.remove(container);
			dropIfEmpty(parent);
		}
	}

	// ------------------------------------------------------------------ uitstroom

	/**
	 * A container or field about the uitstroomprofiel / -perspectief: its text field becomes an {@code uitstroom}
	 * block; the field's text is its {@code onderbouwing}, or fields labelled niveau, bestemming and onderbouwing
	 * are its parts.
	 */
	private void outflow() {
		for (Member container : containers(draft.root)) {
			if (!plain(container.label).contains("uitstroom")) {
				continue;
			}
			List<Member> texts = container.members.stream().filter(m -> m.isField() && m.at != null
					&& (m.type.startsWith("tekst") || m.type.startsWith("keuze {"))).toList();
			if (texts.isEmpty()) {
				continue;
			}
			Map<String, Member> parts = new LinkedHashMap<>();
			for (Member field : texts) {
				String label = plain(field.label);
				if (field.type.startsWith("keuze {")) { // check boxes: the options of the level or the destination
					parts.putIfAbsent(label.contains("niveau") ? "niveau" : "bestemming", field);
					continue;
				}
				if (label.contains("onderbouwing") || label.contains("waarom")) {
					parts.putIfAbsent("onderbouwing", field);
				} else if (label.contains("bestemming")) {
					parts.putIfAbsent("bestemming", field);
				} else if (label.contains("niveau")) {
					parts.putIfAbsent("niveau", field);
				}
			}
			if (parts.isEmpty() || parts.values().stream().noneMatch(f -> f.type.startsWith("tekst"))) {
				texts.stream().filter(f -> f.type.startsWith("tekst")).findFirst().ifPresent(f -> parts.put(
						plain(container.label).contains("onderbouwing") || parts.isEmpty() && texts.size() == 1 || !parts.isEmpty() ? "onderbouwing" : "niveau", f));
			}
			if (parts.isEmpty()) {
				continue;
			}
			Member block = new Member("uitstroom", container.label);
			block.comments.add("herkend uit " + Draft.quote(container.label));
			for (String part : List.of("niveau", "bestemming", "onderbouwing")) {
				if (parts.containsKey(part)) {
					block.comments.add("word " + part + ": " + parts.get(part).at.path());
				}
			}
			block.body = "niveau { " + options(parts.get("niveau")) + "} bestemming { " + options(parts.get("bestemming")) + "} onderbouwing";
			Member first = parts.values().iterator().next();
			block.help = first.help;
			int index = container.members.indexOf(first);
			for (Member field : parts.values()) {
				field.recognised = "uitstroom";
				container.remove(field);
			}
			container.insert(index, block, "uitstroom");
			return;
		}
	}

	/** The options of a {@code keuze { … }} field, or nothing. */
	private static String options(Member field) {
		if (field == null || !field.type.startsWith("keuze {")) {
			return "";
		}
		return field.type.substring("keuze {".length(), field.type.length() - 1).strip() + " ";
	}

	// ------------------------------------------------------------------ hoorrecht, oogo, instemming

	/** A text field for the pupil's view (zienswijze van de leerling, hoorrecht): a {@code hoorrecht} block. */
	private void pupilView() {
		for (Member field : fields(draft.root)) {
			String label = plain(field.label);
			if (field.type.startsWith("tekst") && field.at != null && (label.contains("hoorrecht")
					|| label.matches(".*(zienswijze|mening|stem|visie) (van )?(de )?leerling.*") || label.contains("wat vindt de leerling"))) {
				replace(field, "hoorrecht", "zienswijze");
				return;
			}
		}
	}

	/** A text field for the op overeenstemming gericht overleg (label or help): an {@code oogo} block. */
	private void oogo() {
		for (Member field : fields(draft.root)) {
			String sectionHelp = field.label.equals(field.parent.label) && field.parent.help != null ? field.parent.help : "";
			String text = plain(field.label + " " + (field.help == null ? "" : field.help) + " " + sectionHelp);
			if (field.type.startsWith("tekst") && field.at != null
					&& (text.contains("op overeenstemming gericht") || text.matches(".*\\boogo\\b.*"))) {
				replace(field, "oogo", "verslag");
				return;
			}
		}
	}

	private static void replace(Member field, String keyword, String part) {
		Member block = new Member(keyword, field.label);
		block.comments.add("herkend uit " + Draft.quote(field.label));
		block.comments.add("word " + part + ": " + field.at.path());
		block.help = field.help;
		block.pageBreak = field.pageBreak;
		Member container = field.parent;
		int index = container.members.indexOf(field);
		field.recognised = keyword;
		container.remove(field);
		container.insert(index, block, keyword);
	}

	/**
	 * Consent fields by the parents point at the handelingsdeel; without one, text that speaks of the parents'
	 * instemmingsrecht adds a field {@code instemming door "ouders" op HANDELINGSDEEL} after it.
	 */
	private void parentsConsent() {
		if (handelingsdeel == null) {
			return;
		}
		for (Member field : fields(draft.root)) {
			String label = plain(field.label);
			if (field.type.equals("ja-nee") && field.at != null && label.matches(".*(instem|stemmen in|stemt in|akkoord).*") && party(label) != null) {
				field.type = "instemming door " + Draft.quote(party(label)); // Ja/Nee is the decision: akkoord/nietAkkoord
				field.comments.add("herkend uit " + Draft.quote(field.label));
				field.comments.add("word besluit: " + field.at.path());
			}
		}
		boolean found = false;
		for (Member field : fields(draft.root)) {
			if (field.type.startsWith("instemming door \"ouders\"") && !found) {
				field.type = field.type + " op " + handelingsdeel.path();
				found = true;
			}
		}
		if (found) {
			return;
		}
		for (Member member : all(draft.root)) {
			String text = plain(member.label + " " + (member.help == null ? "" : member.help));
			if (text.contains("instemming") && member.parent != null) {
				Member field = new Member("veld", Messages.templateParentsConsent);
				field.type = "instemming door \"ouders\" op " + handelingsdeel.path();
				field.comments.add("herkend uit " + Draft.quote(TemplateMapper.clip(text(member), 120)));
				Member container = member.isContainer() ? member : member.parent;
				container.add(field, "instemming");
				return;
			}
		}
	}

	private static String text(Member member) {
		String help = member.help == null ? "" : member.help;
		for (String line : help.split("\n")) {
			if (plain(line).contains("instemming")) {
				return line.strip();
			}
		}
		return member.label;
	}

	/** Date fields named for a legal moment get its {@code wet} tag, each tag once. */
	private void dateTags() {
		List<String> done = new ArrayList<>();
		for (Member field : fields(draft.root)) {
			if (!field.type.equals("datum")) {
				continue;
			}
			String label = plain(field.label);
			if (label.matches("(de )?datum( van)?( het)?( gesprek)?") && field.parent.label != null) {
				label = label + " " + plain(field.parent.label); // "Datum" under "Evaluatie"
			}
			String tag = label.contains("geboortedatum") || label.contains("geboren") ? "geboortedatum"
					: label.contains("evalu") ? "evaluatie"
					: label.matches(".*\\b(start|begin|inschrijving|plaatsing)\\b.*") ? "startdatum"
					: label.contains("duo") || label.contains("registratie") ? "registratie"
					: label.contains("vastgesteld") || label.contains("vaststelling") ? "vaststelling"
					: label.contains("besproken") || label.contains("overleg") ? "oogo"
					: label.contains("advies") && label.contains("commissie") ? "commissie-advies" : null;
			if (tag != null && !done.contains(tag)) {
				done.add(tag);
				field.tags.add(tag);
				if (tag.equals("startdatum") || tag.equals("geboortedatum")) {
					field.head = "verplicht"; // a fact the rules on documents need (format language §4.1, 10 and 11)
				}
				field.comments.add(0, "herkend uit " + Draft.quote(field.label));
			}
		}
	}

	// ------------------------------------------------------------------ signatures

	/** A table whose first row has a column Handtekening (or Paraaf, Akkoord). */
	static boolean isSignatureTable(Table table) {
		return table.rows().size() >= 2 && table.rows().get(0).cells().stream()
				.anyMatch(c -> plain(c.text()).matches(".*\\b(handtekening|paraaf|akkoord)\\b.*"));
	}

	/** The {@code instemming} type for a label: {@code door "ouders"} when it names the parents, etc. */
	static String consentType(String label) {
		String by = party(label);
		return by == null ? "instemming" : "instemming door " + Draft.quote(by);
	}

	static String party(String text) {
		String lower = plain(text);
		if (lower.matches(".*\\b(ouders?|verzorgers?|ouders/verzorgers)\\b.*")) {
			return "ouders";
		}
		if (lower.matches(".*\\b(leerling|jongere)\\b.*")) {
			return "leerling";
		}
		if (lower.matches(".*\\b(school|directeur|directie|mentor|ib|intern begeleider|leerkracht|bevoegd gezag)\\b.*")) {
			return lower.contains("directeur") ? "directeur" : lower.contains("bevoegd gezag") ? "bevoegd gezag" : "school";
		}
		return null;
	}

	/**
	 * A signature table (Naam | Datum | Handtekening, a row per party): one {@code instemming} field per party,
	 * with {@code // word wie:} and {@code // word datum:} pointing at the cells.
	 */
	static List<Member> signatures(Table table, BiFunction<String, String, Member> field) {
		Row header = table.rows().get(0);
		int nameColumn = -1;
		int dateColumn = -1;
		for (int k = 0; k < header.cells().size(); k++) {
			String text = plain(header.cells().get(k).text());
			if (nameColumn < 0 && text.matches(".*\\bnaam\\b.*")) {
				nameColumn = k;
			} else if (dateColumn < 0 && text.matches(".*\\bdatum\\b.*")) {
				dateColumn = k;
			}
		}
		List<Member> fields = new ArrayList<>();
		for (int r = 1; r < table.rows().size(); r++) {
			Row row = table.rows().get(r);
			Cell first = row.cells().isEmpty() ? null : row.cells().get(0);
			String partyText = first != null && nameColumn != 0 && dateColumn != 0 ? TemplateMapper.labelOf(first.text()) : "";
			String by = party(partyText);
			String label = partyText.isBlank() ? org.eclipse.osgi.util.NLS.bind(Messages.templateSignature, String.valueOf(r))
					: org.eclipse.osgi.util.NLS.bind(Messages.templateSignature, partyText);
			Member consent = field.apply(label, by == null ? "instemming" : "instemming door " + Draft.quote(by));
			consent.comments.add("herkend uit " + Draft.quote(TemplateMapper.clip(header.cells().stream().map(Cell::text)
					.reduce((a, b) -> a + " | " + b).orElse(""), 120)));
			if (nameColumn >= 0 && nameColumn < row.cells().size()) {
				consent.comments.add("word wie: " + row.cells().get(nameColumn).at().path());
			}
			if (dateColumn >= 0 && dateColumn < row.cells().size()) {
				consent.comments.add("word datum: " + row.cells().get(dateColumn).at().path());
			}
			consent.at = first == null ? table.at() : first.at();
			fields.add(consent);
		}
		return fields;
	}

	// ------------------------------------------------------------------ walking

	private static List<Member> all(Member container) {
		List<Member> all = new ArrayList<>();
		for (Member member : container.members) {
			all.add(member);
			if (member.isContainer()) {
				all.addAll(all(member));
			}
		}
		return all;
	}

	private static List<Member> containers(Member root) {
		return all(root).stream().filter(Member::isContainer).toList();
	}

	private static List<Member> fields(Member root) {
		return all(root).stream().filter(Member::isField).toList();
	}

	/** Lower case, one line, accents kept (Dutch labels compared with Dutch words). */
	static String plain(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}
}
