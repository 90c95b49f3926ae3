package nl.oppstudio.importer.word.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;


import nl.oppstudio.format.dsl.services.FormatGrammarAccess;

/**
 * Names from labels (format language §3.1): the Dutch words joined in lowerCamelCase, accents removed,
 * digits kept, never empty, never a reserved word, unique among the names already used in a container.
 * The reserved words come from the grammar, as the editor's rename does: every keyword that looks like a
 * name and is not allowed by the rule {@code Name}.
 */
public final class Names {

	/** Longest name made from a label; longer ones end at a word boundary. */
	static final int MAX = 40;

	/** The name of a member whose label has no letters or digits, by its keyword. */
	private static final java.util.Map<String, String> EMPTY = java.util.Map.of("veld", "antwoord", "sectie", "onderdeel",
			"deel", "onderdeel", "groep", "groep", "optie", "keuze");

	private Names() {
	}

	private static final class Holder {
		static final Set<String> RESERVED = reservedWords();
	}

	/** The keywords of the language that cannot be names, from the grammar. */
	public static Set<String> reserved() {
		return Holder.RESERVED;
	}

	private static Set<String> reservedWords() {
		return nl.oppstudio.format.dsl.ReservedWords.of(new nl.oppstudio.format.dsl.FormatStandaloneSetup()
				.createInjectorAndDoEMFRegistration().getInstance(FormatGrammarAccess.class).getGrammar());
	}

	/**
	 * A name for {@code label}: "Naam van de leerling" gives {@code naamVanDeLeerling}, "1a. Bevorderende
	 * factoren" {@code bevorderendeFactoren1a} (a name starts with a letter), "Één" {@code een}; a label
	 * without letters or digits gives a plain word for its kind ({@code antwoord} for a {@code veld}); a reserved word gets {@code fallback} joined to it
	 * ({@code ofSectie}).
	 */
	public static String of(String label, String fallback) {
		List<String> words = words(label);
		List<String> leading = new ArrayList<>();
		while (!words.isEmpty() && Character.isDigit(words.get(0).charAt(0))) {
			leading.add(words.remove(0));
		}
		words.addAll(leading);
		StringBuilder name = new StringBuilder();
		for (String word : words) {
			if (name.length() > 0 && name.length() + word.length() > MAX) {
				break;
			}
			String lower = word.toLowerCase(Locale.ROOT);
			name.append(name.length() == 0 ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
		}
		if (name.length() > MAX) {
			name.setLength(MAX);
		}
		if (name.length() == 0) {
			name.append(EMPTY.getOrDefault(fallback, "naam")); // "veld" and "sectie" are reserved words
		} else if (!Character.isLetter(name.charAt(0))) {
			name.insert(0, fallback); // only digits: veld12
		}
		String result = name.toString();
		if (reserved().contains(result)) {
			result = result + Character.toUpperCase(fallback.charAt(0)) + fallback.substring(1);
		}
		return result;
	}

	/** {@link #of} made unique among {@code used} ({@code naam}, {@code naam2}, …), and added to it. */
	public static String unique(String label, String fallback, Set<String> used) {
		String base = of(label, fallback);
		String name = base;
		for (int i = 2; used.contains(name) || reserved().contains(name); i++) {
			name = base + i;
		}
		used.add(name);
		return name;
	}

	/** The words of a text: runs of ASCII letters and digits after accents are removed. */
	static List<String> words(String text) {
		String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (c < 128 && Character.isLetterOrDigit(c)) {
				word.append(c);
			} else if (word.length() > 0) {
				words.add(word.toString());
				word.setLength(0);
			}
		}
		if (word.length() > 0) {
			words.add(word.toString());
		}
		return words;
	}

	/** A format id from a file name: lower case, accents removed, words joined by hyphens. */
	public static String formatId(String fileName) {
		String stem = fileName.replaceFirst("\\.[^.]*$", "");
		List<String> words = words(stem);
		String id = String.join("-", words).toLowerCase(Locale.ROOT);
		if (id.length() > 60) {
			id = id.substring(0, 60).replaceFirst("-+$", "");
		}
		return id.isEmpty() ? "formaat-uit-word" : id;
	}
}
