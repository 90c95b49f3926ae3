package nl.oppstudio.format.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may do what the law reserves to a party, by the role as people write it ("moeder", "bevoegd
 * gezag"). Shared by the format checker (who a phase names) and the lifecycle and document rules (who
 * adopted, who consented).
 * <ul>
 * <li>Vaststellen is for the bevoegd gezag (schoolbestuur), which may mandate a director (Handreiking OPP
 * 3.2 "vastgesteld door het schoolbestuur"; seed 002 "opgesteld (dan wel gemandateerd) door het bevoegd
 * gezag").</li>
 * <li>Consent on the handelingsdeel is for the parents, which the education acts define as "ouders,
 * voogden of verzorgers"; the adult, competent pupil consents himself (Handreiking OPP 3.2 "zodra de
 * leerling meerderjarig en handelingsbekwaam is"). For an adult pupil who is not handelingsbekwaam, his
 * legal representative consents.</li>
 * </ul>
 */
public final class Roles {

	/** The age from which a pupil is of age (Burgerlijk Wetboek 1:233). */
	public static final int AGE_OF_MAJORITY = 18;

	private static final Set<String> PARENT_WORDS = Set.of("ouder", "ouders", "moeder", "vader", "voogd", "voogden",
			"verzorger", "verzorgers", "pleegouder", "pleegouders", "gezaghebbende");
	private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^)]*\\)");
	private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

	/** Who a consent came from. */
	public enum Party {
		PARENT, PUPIL, REPRESENTATIVE, OTHER
	}

	private Roles() {
	}

	/**
	 * Whether someone in this role may adopt an OPP: the board (bevoegd gezag, (college van) bestuur,
	 * bestuurder, CvB), or a director it mandated (directeur, locatiedirecteur, directie, schoolleider,
	 * rector).
	 */
	public static boolean mayAdopt(String role) {
		String text = normal(role);
		List<String> words = words(text);
		return text.contains("bevoegd gezag") || words.contains("cvb")
				|| words.stream().anyMatch(w -> w.contains("bestuur") || w.endsWith("directeur") || w.equals("directie")
						|| w.equals("schoolleider") || w.equals("rector"));
	}

	/**
	 * The party a consent in this role comes from: "moeder", "ouders/verzorgers", "ouder(s)", "voogd
	 * (gezag)" are parents; "leerling" is the pupil; "curator" and "wettelijk vertegenwoordiger(s)" represent.
	 */
	public static Party party(String role) {
		String text = normal(role);
		List<String> words = words(text);
		if (words.contains("curator") || text.contains("wettelijk vertegenwoordiger")) {
			return Party.REPRESENTATIVE;
		}
		if (words.stream().anyMatch(PARENT_WORDS::contains)) {
			return Party.PARENT;
		}
		return !words.isEmpty() && words.get(0).equals("leerling") ? Party.PUPIL : Party.OTHER;
	}

	/** Whether someone in a role may consent on the handelingsdeel for a pupil of an age, and if not, why. */
	public enum ConsentVerdict {
		/** Parents of a minor, the adult pupil, or a representative. */
		ENTITLED,
		/** Parents of a pupil of age: the pupil consents, or his curator when not handelingsbekwaam. */
		PARENT_OF_ADULT,
		/** A pupil under 18 consents through his parents. */
		MINOR_PUPIL,
		/** A pupil whose age is unknown: only an adult pupil consents himself. */
		PUPIL_OF_UNKNOWN_AGE,
		/** No party to the consent (a mentor, a teacher …). */
		NOT_A_PARTY
	}

	/**
	 * Whether a consent in {@code role} holds for a pupil of {@code age} (empty when the birth date is not
	 * known: parents are then taken as entitled).
	 */
	public static ConsentVerdict consent(String role, java.util.Optional<Integer> age) {
		boolean adult = age.filter(years -> years >= AGE_OF_MAJORITY).isPresent();
		return switch (party(role)) {
		case PARENT -> adult ? ConsentVerdict.PARENT_OF_ADULT : ConsentVerdict.ENTITLED;
		case PUPIL -> adult ? ConsentVerdict.ENTITLED
				: age.isEmpty() ? ConsentVerdict.PUPIL_OF_UNKNOWN_AGE : ConsentVerdict.MINOR_PUPIL;
		case REPRESENTATIVE -> ConsentVerdict.ENTITLED;
		case OTHER -> ConsentVerdict.NOT_A_PARTY;
		};
	}

	/** The roles that may adopt, as a reader sees them in a message. */
	public static String adopters() {
		return Messages.adopters;
	}

	/** "Moeder (gezag)" is "moeder", "directeur, gemandateerd door het bestuur" is "directeur"; "ouder(s)" is "ouders". */
	private static String normal(String role) {
		String text = role == null ? "" : role.toLowerCase(Locale.ROOT).replace("(s)", "s");
		text = PARENTHESES.matcher(text).replaceAll(" ");
		int comma = text.indexOf(',');
		return (comma < 0 ? text : text.substring(0, comma)).strip();
	}

	private static List<String> words(String text) {
		return java.util.Arrays.stream(NOT_LETTERS.split(text)).filter(w -> !w.isEmpty()).toList();
	}
}
