package nl.oppstudio.testing.word;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Realistic Word files for tests, the benchmark, the screenshots and the Dutch guide.
 * <p>
 * {@link #bijlage2} follows the example OPP format of the Handreiking OPP, Bijlage 2 ("Voorbeeld format
 * OPP, ter inspiratie en om aan te passen aan de visie en de jaar- of kwaliteitscyclus van de school",
 * ../shared/seeds/001_*.txt from line 724), with a pupil table at the top and a signature table at the
 * end. Its values are keyed by the constants below; an empty map gives the empty template.
 */
public final class WordExamples {

	// leerling-gegevens (table 1: label | value)
	public static final String NAAM = "Naam leerling";
	public static final String GEBOORTEDATUM = "Geboortedatum";
	public static final String SCHOOL = "School";
	/** Check boxes 1–8; the value names the group ("5"). */
	public static final String GROEP = "Groep";
	// Data ("Label:" paragraphs)
	public static final String START = "Start OPP";
	public static final String MONITOREN = "Monitoren OPP (minimaal ieder half jaar, als nodig vaker)";
	public static final String EVALUEREN = "Evalueren OPP (na een jaar)";
	// 1a / 1b (table 2: factor | 1a | 1b)
	public static final String BEVORDEREND_LEERLING = "1a. Leerling";
	public static final String BEVORDEREND_ONDERWIJS = "1a. Onderwijs";
	public static final String BEVORDEREND_THUIS = "1a. Ondersteuning thuis";
	public static final String BELEMMEREND_LEERLING = "1b. Leerling";
	public static final String BELEMMEREND_ONDERWIJS = "1b. Onderwijs";
	public static final String BELEMMEREND_THUIS = "1b. Ondersteuning thuis";
	// 2, 3: text under a heading; the value's lines become paragraphs
	public static final String BEELD = "2. Samenvattend beeld";
	/** Check boxes; the value names the profile ("Vervolgonderwijs"). */
	public static final String UITSTROOMPROFIEL = "Uitstroomprofiel";
	public static final String ONDERBOUWING = "Onderbouwing";
	// 4 ("Label:" paragraphs)
	public static final String INFO_LERAREN = "Informatie van leraren";
	public static final String INFO_LEERLING = "Informatie van leerling";
	public static final String INFO_OUDERS = "Informatie van ouders";
	// 5
	public static final String LANGE_TERMIJN = "Lange termijn doelen (einde schooljaar)";
	public static final String DOELEN_LEERLING = "Doelen en onderwijs- en opvoedbehoeften van de leerling";
	public static final String DOELEN_LERAREN = "Doelen en ondersteuningsbehoeften van leraren/team";
	public static final String DOELEN_OUDERS = "Doelen en ondersteuningsbehoeften van ouders";
	// 6 (table 3: onderdeel | afspraken | hoe weten we of dit is gelukt?)
	public static final String SCHOOL_AFSPRAKEN = "6. School: afspraken";
	public static final String SCHOOL_GELUKT = "6. School: gelukt";
	public static final String TEAM_AFSPRAKEN = "6. Leraren/team: afspraken";
	public static final String TEAM_GELUKT = "6. Leraren/team: gelukt";
	public static final String OUDERS_AFSPRAKEN = "6. Ouders: afspraken";
	public static final String OUDERS_GELUKT = "6. Ouders: gelukt";
	public static final String HULP_AFSPRAKEN = "6. Hulpverleners: afspraken";
	public static final String HULP_GELUKT = "6. Hulpverleners: gelukt";
	// 7 (table 4: contactpersoon | naam | mailadres/telefoon)
	public static final String CONTACT_SCHOOL_NAAM = "7. School: naam";
	public static final String CONTACT_SCHOOL_MAIL = "7. School: mailadres/telefoon";
	public static final String CONTACT_OUDERS_NAAM = "7. Ouders/verzorgers: naam";
	public static final String CONTACT_OUDERS_MAIL = "7. Ouders/verzorgers: mailadres/telefoon";
	public static final String CONTACT_HULP_NAAM = "7. Hulpverleners: naam";
	public static final String CONTACT_HULP_MAIL = "7. Hulpverleners: mailadres/telefoon";
	// 8
	public static final String BESPROKEN_OP = "OPP besproken op";
	public static final String ZIENSWIJZE_LEERLING = "Zienswijze leerling (hoorrecht)";
	public static final String ZIENSWIJZE_OUDERS = "Zienswijze ouders/verzorgers";
	/** Check boxes Ja / Nee. */
	public static final String INSTEMMING = "Ouders stemmen in met het handelingsdeel";
	public static final String ZIENSWIJZE_LERAREN = "Zienswijze leraren";
	public static final String ZIENSWIJZE_HULPVERLENERS = "Zienswijze hulpverleners";
	// signature table (table 5: | naam | datum | handtekening)
	public static final String AKKOORD_OUDERS_NAAM = "Akkoord ouders: naam";
	public static final String AKKOORD_OUDERS_DATUM = "Akkoord ouders: datum";
	public static final String AKKOORD_SCHOOL_NAAM = "Akkoord school: naam";
	public static final String AKKOORD_SCHOOL_DATUM = "Akkoord school: datum";

	/** Every key of {@link #bijlage2}, in the order of the template. */
	public static final List<String> KEYS = List.of(NAAM, GEBOORTEDATUM, SCHOOL, GROEP, START, MONITOREN, EVALUEREN,
			BEVORDEREND_LEERLING, BEVORDEREND_ONDERWIJS, BEVORDEREND_THUIS, BELEMMEREND_LEERLING, BELEMMEREND_ONDERWIJS,
			BELEMMEREND_THUIS, BEELD, UITSTROOMPROFIEL, ONDERBOUWING, INFO_LERAREN, INFO_LEERLING, INFO_OUDERS,
			LANGE_TERMIJN, DOELEN_LEERLING, DOELEN_LERAREN, DOELEN_OUDERS, SCHOOL_AFSPRAKEN, SCHOOL_GELUKT,
			TEAM_AFSPRAKEN, TEAM_GELUKT, OUDERS_AFSPRAKEN, OUDERS_GELUKT, HULP_AFSPRAKEN, HULP_GELUKT,
			CONTACT_SCHOOL_NAAM, CONTACT_SCHOOL_MAIL, CONTACT_OUDERS_NAAM, CONTACT_OUDERS_MAIL, CONTACT_HULP_NAAM,
			CONTACT_HULP_MAIL, BESPROKEN_OP, ZIENSWIJZE_LEERLING, ZIENSWIJZE_OUDERS, INSTEMMING, ZIENSWIJZE_LERAREN,
			ZIENSWIJZE_HULPVERLENERS, AKKOORD_OUDERS_NAAM, AKKOORD_OUDERS_DATUM, AKKOORD_SCHOOL_NAAM,
			AKKOORD_SCHOOL_DATUM);

	/** A filled-in copy for pupil Sanne de Vries, every key with a value. */
	public static final Map<String, String> SANNE = Map.ofEntries(Map.entry(NAAM, "Sanne de Vries"),
			Map.entry(GEBOORTEDATUM, "14-03-2015"), Map.entry(SCHOOL, "OBS De Regenboog"), Map.entry(GROEP, "5"),
			Map.entry(START, "01-09-2025"), Map.entry(MONITOREN, "15-01-2026"), Map.entry(EVALUEREN, "01-07-2026"),
			Map.entry(BEVORDEREND_LEERLING, "Sanne is gemotiveerd en werkt graag samen."),
			Map.entry(BEVORDEREND_ONDERWIJS, "Kleine instructiegroep voor rekenen."),
			Map.entry(BEVORDEREND_THUIS, "Ouders lezen dagelijks met Sanne."),
			Map.entry(BELEMMEREND_LEERLING, "Snel afgeleid bij zelfstandig werken."),
			Map.entry(BELEMMEREND_ONDERWIJS, "Grote groep (31 leerlingen)."),
			Map.entry(BELEMMEREND_THUIS, "Wisselende werktijden van ouders."),
			Map.entry(BEELD, "Sanne leest op niveau M5, rekent op niveau E4.\nDe achterstand bij rekenen groeit; zij heeft baat bij korte instructie."),
			Map.entry(UITSTROOMPROFIEL, "Vervolgonderwijs"),
			Map.entry(ONDERBOUWING, "Verwacht uitstroomniveau vmbo-kader, passend bij de ontwikkeling van de afgelopen twee jaar."),
			Map.entry(INFO_LERAREN, "Sanne vraagt vaak bevestiging."), Map.entry(INFO_LEERLING, "Ik wil beter worden in tafels."),
			Map.entry(INFO_OUDERS, "Thuis gaat het huiswerk beter met een vast moment."),
			Map.entry(LANGE_TERMIJN, "Sanne beheerst de tafels 1 tot en met 10."),
			Map.entry(DOELEN_LEERLING, "Tafels 1-5 automatiseren voor de kerstvakantie."),
			Map.entry(DOELEN_LERAREN, "Leerkracht past het directe instructiemodel toe."),
			Map.entry(DOELEN_OUDERS, "Ouders oefenen twee keer per week tien minuten."),
			Map.entry(SCHOOL_AFSPRAKEN, "Verlengde instructie rekenen, 3x per week."),
			Map.entry(SCHOOL_GELUKT, "Methodetoets tafels voldoende in januari."),
			Map.entry(TEAM_AFSPRAKEN, "Coaching door de intern begeleider."),
			Map.entry(TEAM_GELUKT, "Twee klassenbezoeken met nagesprek."),
			Map.entry(OUDERS_AFSPRAKEN, "Oefenapp thuis."), Map.entry(OUDERS_GELUKT, "Ouders melden het oefenen in de agenda."),
			Map.entry(HULP_AFSPRAKEN, "Geen."), Map.entry(HULP_GELUKT, "Niet van toepassing."),
			Map.entry(CONTACT_SCHOOL_NAAM, "M. Jansen (intern begeleider)"),
			Map.entry(CONTACT_SCHOOL_MAIL, "m.jansen@regenboog.nl / 010-1234567"),
			Map.entry(CONTACT_OUDERS_NAAM, "P. de Vries"), Map.entry(CONTACT_OUDERS_MAIL, "p.devries@example.nl"),
			Map.entry(CONTACT_HULP_NAAM, "—"), Map.entry(CONTACT_HULP_MAIL, "—"),
			Map.entry(BESPROKEN_OP, "22-09-2025"), Map.entry(ZIENSWIJZE_LEERLING, "\"Ik vind rekenen moeilijk maar ik wil het leren.\""),
			Map.entry(ZIENSWIJZE_OUDERS, "Wij zijn het eens met de aanpak."), Map.entry(INSTEMMING, "Ja"),
			Map.entry(ZIENSWIJZE_LERAREN, "Sanne werkt goed mee in de kleine groep."),
			Map.entry(ZIENSWIJZE_HULPVERLENERS, "Niet van toepassing."), Map.entry(AKKOORD_OUDERS_NAAM, "P. de Vries"),
			Map.entry(AKKOORD_OUDERS_DATUM, "22-09-2025"), Map.entry(AKKOORD_SCHOOL_NAAM, "M. Jansen"),
			Map.entry(AKKOORD_SCHOOL_DATUM, "22-09-2025"));

	/** The SWV's logo in the header of {@link #bijlage2}: a dark blue PNG of 120 × 40 pixels. */
	public static final byte[] LOGO = WordBuilder.png(120, 40, 0x1F4E79);

	private static final List<String> GROEPEN = List.of("1", "2", "3", "4", "5", "6", "7", "8");
	private static final List<String> PROFIELEN = List.of("Vervolgonderwijs", "Arbeidsmarkt", "Dagbesteding");
	private static final List<String> JA_NEE = List.of("Ja", "Nee");

	private WordExamples() {
	}

	/**
	 * Writes the template of Bijlage 2 (empty map) or a filled-in copy of it: text typed into the value
	 * cells, after "Label:" and under the headings; check boxes ticked (☒) when the value names the option.
	 */
	public static Path bijlage2(Path out, Map<String, String> values) {
		return bijlage2(values).save(out);
	}

	/** The builder of {@link #bijlage2(Path, Map)}, to add to it before saving. */
	public static WordBuilder bijlage2(Map<String, String> values) {
		WordBuilder w = new WordBuilder();
		w.headerLogo(LOGO, "Logo Samenwerkingsverband Passend Onderwijs");
		w.heading(1, "Ontwikkelingsperspectiefplan (OPP)");
		w.italic("Een bruikbaar OPP is beknopt (bij voorkeur maximaal 5 A4), haalbaar en toegankelijk.");
		w.table(t -> t.row(NAAM, v(values, NAAM)).row(GEBOORTEDATUM, v(values, GEBOORTEDATUM))
				.row(SCHOOL, v(values, SCHOOL)).row(GROEP, boxes(GROEPEN, v(values, GROEP))).shadeFirstColumn());

		w.heading(1, "Data");
		w.label("Start OPP", v(values, START));
		w.label(MONITOREN, v(values, MONITOREN));
		w.label(EVALUEREN, v(values, EVALUEREN));

		w.heading(1, "1. Factoren");
		w.table(t -> t.header("", "1a. Recente en voor onderwijs en uitstroomprofiel relevante bevorderende factoren",
				"1b. Recente en voor onderwijs en uitstroomprofiel relevante belemmerende factoren")
				.row("Leerling:", v(values, BEVORDEREND_LEERLING), v(values, BELEMMEREND_LEERLING))
				.row("Onderwijs:", v(values, BEVORDEREND_ONDERWIJS), v(values, BELEMMEREND_ONDERWIJS))
				.row("Ondersteuning thuis:", v(values, BEVORDEREND_THUIS), v(values, BELEMMEREND_THUIS)));

		w.heading(1, "2. Samenvattend/integratief beeld");
		w.grey("(huidige situatie en wisselwerking tussen de verschillende factoren)");
		text(w, v(values, BEELD));

		w.heading(1, "3. Uitstroomprofiel en onderbouwing");
		w.grey("(benut of verwijs naar het beeld in rubriek 2)");
		w.para(UITSTROOMPROFIEL + ": " + boxes(PROFIELEN, v(values, UITSTROOMPROFIEL)));
		w.label(ONDERBOUWING, v(values, ONDERBOUWING));
		w.italic("Is er sprake van afwijking van diplomagericht perspectief en/of onderschrijding onderwijstijd? "
				+ "Neem dan stroomschema inspectie op in OPP of verwijs ernaar.");

		w.heading(1, "4. Overleg");
		w.grey("(wat is besproken in kader van opstellen handelingsdeel OPP?) Relevante en recente");
		w.label(INFO_LERAREN, v(values, INFO_LERAREN));
		w.label(INFO_LEERLING, v(values, INFO_LEERLING));
		w.label(INFO_OUDERS, v(values, INFO_OUDERS));

		w.pageBreak();
		w.heading(1, "5. Handelingsdeel: doelen en behoeften");
		w.heading(2, LANGE_TERMIJN);
		text(w, v(values, LANGE_TERMIJN));
		w.heading(2, "Korte termijn (tussen)doelen (midden schooljaar) en bijbehorende behoeften");
		w.grey("Concrete en te evalueren");
		w.label(DOELEN_LEERLING, v(values, DOELEN_LEERLING));
		w.label(DOELEN_LERAREN, v(values, DOELEN_LERAREN));
		w.label(DOELEN_OUDERS, v(values, DOELEN_OUDERS));

		w.heading(1, "6. Handelingsdeel en afspraken");
		w.grey("(wie doet wat, waarom, hoe en wanneer?) Per onderdeel: Hoe weten we of dit gelukt is? "
				+ "Hoe gaan we dit na en wanneer zijn we tevreden?");
		w.table(t -> t.header("Onderdeel", "Afspraken", "Hoe weten we of dit is gelukt?")
				.row("Wat doet de school?\nAfspraken over de ondersteuning van de leerling gericht op na te streven doelen en onderwijsbehoeften leerling",
						v(values, SCHOOL_AFSPRAKEN), v(values, SCHOOL_GELUKT))
				.row("Welke ondersteuning, informatie of scholing krijgen de leraren/het team daarvoor?",
						v(values, TEAM_AFSPRAKEN), v(values, TEAM_GELUKT))
				.row("Wat hebben ouders nodig om af te stemmen op de opvoedbehoeften van hun kind?",
						v(values, OUDERS_AFSPRAKEN), v(values, OUDERS_GELUKT))
				.row("Wat doen hulpverleners (zoals uit de (jeugd)zorg, gemeente of leerplicht) in relatie tot de doelen?",
						v(values, HULP_AFSPRAKEN), v(values, HULP_GELUKT)));

		w.heading(1, "7. Contactpersonen");
		w.table(t -> t.header("Contactpersoon", "Naam", "Mailadres/telefoonnummer/contactmomenten")
				.row("School", v(values, CONTACT_SCHOOL_NAAM), v(values, CONTACT_SCHOOL_MAIL))
				.row("Ouders/verzorgers", v(values, CONTACT_OUDERS_NAAM), v(values, CONTACT_OUDERS_MAIL))
				.row("Hulpverleners", v(values, CONTACT_HULP_NAAM), v(values, CONTACT_HULP_MAIL)));

		w.heading(1, "8. Bespreking en zienswijzen");
		w.label(BESPROKEN_OP, v(values, BESPROKEN_OP));
		w.grey("Noteer letterlijke woorden/termen en check of dit is wat ze bedoelen. Het is ook mogelijk dat de "
				+ "leraar/mentor, leerling, ouders of hulpverleners hun zienswijze zelf beschrijven en toevoegen aan het format.");
		w.heading(2, ZIENSWIJZE_LEERLING);
		text(w, v(values, ZIENSWIJZE_LEERLING));
		w.heading(2, ZIENSWIJZE_OUDERS);
		w.grey("Op overeenstemming gericht overleg voor alle rubrieken; instemmingsrecht voor handelingsdeel "
				+ "(rubrieken 5 en 6), eventueel met ondertekening voor akkoord.");
		text(w, v(values, ZIENSWIJZE_OUDERS));
		w.para(INSTEMMING + ": " + boxes(JA_NEE, v(values, INSTEMMING)));
		w.heading(2, ZIENSWIJZE_LERAREN);
		text(w, v(values, ZIENSWIJZE_LERAREN));
		w.heading(2, ZIENSWIJZE_HULPVERLENERS);
		text(w, v(values, ZIENSWIJZE_HULPVERLENERS));

		w.heading(2, "Ondertekening voor akkoord");
		w.table(t -> t.header("", "Naam", "Datum", "Handtekening")
				.row("Ouders/verzorgers", v(values, AKKOORD_OUDERS_NAAM), v(values, AKKOORD_OUDERS_DATUM), "")
				.row("School", v(values, AKKOORD_SCHOOL_NAAM), v(values, AKKOORD_SCHOOL_DATUM), ""));
		return w;
	}

	/**
	 * A long template of about {@code pages} pages: per page a numbered heading, help text, label
	 * paragraphs, a table of five rows and a page break. For the robustness test and the benchmark.
	 */
	public static Path pages(Path out, int pages) {
		WordBuilder w = new WordBuilder();
		for (int p = 1; p <= pages; p++) {
			int page = p;
			w.heading(1, p + ". Rubriek " + p);
			w.grey("Beschrijf de situatie van de leerling voor rubriek " + p + " (kort en concreet).");
			for (int i = 1; i <= 6; i++) {
				w.label("Onderdeel " + p + "." + i, "");
			}
			w.heading(2, "Afspraken rubriek " + p);
			w.table(t -> {
				t.header("Wie", "Wat", "Wanneer", "Hoe weten we of dit is gelukt?");
				for (int r = 1; r <= 5; r++) {
					t.row("Betrokkene " + page + "." + r, "", "", "");
				}
			});
			w.para("");
			w.para("Opmerkingen:");
			w.para("");
			w.pageBreak();
		}
		return w.save(out);
	}

	private static String v(Map<String, String> values, String key) {
		return values.getOrDefault(key, "");
	}

	/** Paragraphs under a heading: the value's lines, or one empty paragraph to write in. */
	private static void text(WordBuilder w, String value) {
		for (String line : value.split("\n", -1)) {
			w.para(line);
		}
	}

	/** "☐ A ☐ B", with ☒ before each option the value names (comma-separated, case ignored). */
	public static String boxes(List<String> options, String value) {
		List<String> chosen = new ArrayList<>();
		for (String part : value.split(",")) {
			chosen.add(part.trim().toLowerCase(Locale.ROOT));
		}
		StringBuilder text = new StringBuilder();
		for (String option : options) {
			text.append(text.isEmpty() ? "" : " ").append(chosen.contains(option.toLowerCase(Locale.ROOT)) ? '☒' : '☐')
					.append(' ').append(option);
		}
		return text.toString();
	}
}
