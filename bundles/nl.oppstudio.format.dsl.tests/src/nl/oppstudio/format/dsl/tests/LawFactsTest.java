package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatPackage;
import nl.oppstudio.format.rules.LegalMinimum;

/**
 * Issue 10: nothing legal may be silently unchecked. A format that lacks a fact a rule on documents needs
 * fails the legal minimum; a legal tag sits only on a member that can hold its fact; the six weeks run from
 * inschrijving or plaatsing, not from the intake; the bevoegd gezag adopts.
 * <p>
 * Handreiking OPP (seed 001) 3.2: "Een OPP wordt binnen zes weken na de inschrijving of de definitieve
 * plaatsing van de leerling vastgesteld door het schoolbestuur. Het schoolbestuur stelt ook een OPP vast als
 * blijkt dat een leerling die al op school zit, extra ondersteuning krijgt. […] Voor het (V)SO geldt ook het
 * volgende: de multidisciplinaire commissie van begeleiding (cluster 3 en 4) en commissie van onderzoek
 * (cluster 1 en 2) brengt een advies uit voordat het OPP wordt vastgesteld. In het V(S)O wordt ook de
 * leerling betrokken bij de vaststelling van het OPP, zodra de leerling meerderjarig en handelingsbekwaam
 * is." "Tot slot": "Schoolbesturen regulier onderwijs zijn verplicht de OPP's te registreren in ROD/DUO".
 * Seed 002: "Het ontwikkelingsperspectiefplan wordt opgesteld (dan wel gemandateerd) door het bevoegd gezag."
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class LawFactsTest {

	@Inject
	private ParseHelper<Format> parseHelper;

	@Inject
	private ValidationTestHelper validation;

	/** Everything an OPP for po needs, without a start date. */
	private static final String WITHOUT_START = """
			sectie leerling { veld naam: tekst }
			factoren f van leerling, onderwijs, thuis
			uitstroom u { niveau { optie pro } onderbouwing }
			sectie hd "Handelingsdeel" handelingsdeel { veld doelen: tekst }
			sectie b { veld instemming: instemming door "ouders" op hd }
			hoorrecht mening
			oogo overleg
			cyclus c {
				fase vast soort vaststelling uiterlijk 6 weken na inschrijving door "bevoegd gezag"
				fase duo soort registratie uiterlijk 4 weken na vaststelling
				fase eind soort eindgesprek uiterlijk 30 juni
			}
			""";

	private Format parse(String header, String members) throws Exception {
		return parseHelper.parse("formaat \"swv-x\" \"Formaat\" versie \"1.0.0\" soort opp " + header + " {\n" + members
				+ "\n}");
	}

	private List<String> law(String header, String members) throws Exception {
		return LegalMinimum.findings(parse(header, members)).stream().map(LegalMinimum.Finding::code).toList();
	}

	@Test
	void withoutAStartDateTheSixWeekRuleCouldNeverFire() throws Exception {
		assertEquals(List.of(FormatIssueCodes.LAW + "startdatum"), law("voor po", WITHOUT_START));
		assertEquals(List.of(), law("voor po", WITHOUT_START.replace("veld naam: tekst }",
				"veld naam: tekst veld start: datum verplicht wet startdatum }")));
		assertEquals(List.of(FormatIssueCodes.LAW + "startdatum"), law("voor po", WITHOUT_START.replace("veld naam: tekst }",
				"veld naam: tekst veld start: tekst verplicht wet startdatum }")), "a text cannot hold the start date");
	}

	@Test
	void anEmptyStartDateWouldSilenceTheRuleSoItIsRequired() throws Exception {
		Format optional = parse("voor po", WITHOUT_START.replace("veld naam: tekst }",
				"veld naam: tekst veld start \"Start\": datum wet startdatum }"));
		assertEquals(List.of(FormatIssueCodes.LAW + "startdatum"),
				LegalMinimum.findings(optional).stream().map(LegalMinimum.Finding::code).toList());
		validation.assertError(optional, FormatPackage.Literals.FIELD, FormatIssueCodes.LAW + "startdatum",
				"'Start' draagt 'wet startdatum' en moet dan ook verplicht zijn");
		assertEquals(List.of(), law("voor po", WITHOUT_START.replace("veld naam: tekst }",
				"veld naam: tekst veld extra: ja-nee veld start: datum verplicht wanneer l.extra wet startdatum }")
				.replace("sectie leerling", "sectie l")));
	}

	@Test
	void theFactsDependOnTheSchoolTypes() throws Exception {
		String complete = WITHOUT_START.replace("veld naam: tekst }", "veld naam: tekst veld start: datum verplicht wet startdatum }");
		assertEquals(List.of(FormatIssueCodes.LAW + "geboortedatum"), law("voor vo", complete), "an adult consents himself");
		assertEquals(List.of(FormatIssueCodes.LAW + "commissie-advies"), law("voor so", complete));
		assertEquals(List.of(FormatIssueCodes.LAW + "geboortedatum", FormatIssueCodes.LAW + "commissie-advies"),
				law("voor vso", complete));
		String withoutRegistration = complete.replace("fase duo soort registratie uiterlijk 4 weken na vaststelling", "");
		assertEquals(List.of(FormatIssueCodes.LAW + "registratie"), law("voor po", withoutRegistration));
		assertEquals(List.of(), law("voor sbo", withoutRegistration), "special schools do not register with DUO");
		assertEquals(List.of(), law("voor vso", complete.replace("veld naam: tekst",
				"veld naam: tekst veld geboren: datum verplicht wet geboortedatum")
				+ "sectie cie wet commissie-advies zichtbaar wanneer schooltype = vso { veld advies: tekst lang }"));
	}

	@Test
	void theIntakeIsNotWhereTheSixWeeksStart() throws Exception {
		String fromIntake = WITHOUT_START.replace("veld naam: tekst }", "veld naam: tekst veld start: datum verplicht wet startdatum }")
				.replace("6 weken na inschrijving", "6 weken na intake");
		assertEquals(List.of(FormatIssueCodes.LAW_ADOPTION_FROM_INTAKE), law("voor po", fromIntake));
		Format format = parse("voor po", fromIntake);
		validation.assertError(format, FormatPackage.Literals.RELATIVE_DEADLINE, FormatIssueCodes.LAW_ADOPTION_FROM_INTAKE,
				"niet vanaf de intake");
		for (String anchor : List.of("inschrijving", "plaatsing", "start-ondersteuning")) {
			assertEquals(List.of(), law("voor po", fromIntake.replace("na intake", "na " + anchor)), anchor);
		}
	}

	@Test
	void aQuickFixLetsTheSixWeeksRunFromEnrolment() throws Exception {
		String text = "formaat \"swv-x\" versie \"1.0.0\" soort opp voor po {\n"
				+ WITHOUT_START.replace("veld naam: tekst }", "veld naam: tekst veld start: datum verplicht wet startdatum }")
						.replace("6 weken na inschrijving", "6 weken na intake")
				+ "}\n";
		String fixed = QuickfixTest.fix(text, FormatIssueCodes.LAW_ADOPTION_FROM_INTAKE);
		assertTrue(fixed.contains("uiterlijk 6 weken na inschrijving"), fixed);
		List<Issue> issues = QuickfixTest.check(fixed);
		assertTrue(issues.stream().noneMatch(i -> i.getCode().startsWith(FormatIssueCodes.LAW)), issues.toString());
	}

	@Test
	void aLegalTagSitsOnlyWhereItsFactFits() throws Exception {
		String tagged = """
				sectie kort {
					veld akkoord "Ouders akkoord": ja-nee wet ouderinstemming
					veld leerling "Mening leerling": tekst wet hoorrecht
					veld overleg "Overleg": tekst lang wet oogo
				}
				""";
		Format format = parse("voor po", WITHOUT_START + tagged);
		validation.assertError(format, FormatPackage.Literals.FIELD, FormatIssueCodes.LEGAL_TAG_TYPE,
				"'wet ouderinstemming' past niet op 'Ouders akkoord'", "type 'instemming'");
		validation.assertError(format, FormatPackage.Literals.FIELD, FormatIssueCodes.LEGAL_TAG_TYPE, "wet hoorrecht");
		validation.assertError(format, FormatPackage.Literals.FIELD, FormatIssueCodes.LEGAL_TAG_TYPE, "wet oogo");
		String fitting = """
				sectie kort wet hoorrecht {
					veld akkoord "Ouders akkoord": instemming door "ouders" wet ouderinstemming
					veld leerling "Mening leerling": tekst lang
					veld overleg "Overleg met ouders op": datum wet oogo
				}
				""";
		List<Issue> issues = validation.validate(parse("voor po", WITHOUT_START + fitting));
		assertTrue(issues.stream().noneMatch(i -> FormatIssueCodes.LEGAL_TAG_TYPE.equals(i.getCode())), issues.toString());
	}

	@Test
	void aYesNoFieldNoLongerMeetsTheConsentRequirement() throws Exception {
		String yesNo = WITHOUT_START.replace("veld naam: tekst }", "veld naam: tekst veld start: datum verplicht wet startdatum }")
				.replace("sectie b { veld instemming: instemming door \"ouders\" op hd }",
						"sectie b { veld akkoord: ja-nee wet ouderinstemming }");
		assertEquals(List.of(FormatIssueCodes.LAW + "ouderinstemming"), law("voor po", yesNo));
	}

	@Test
	void phasesCarryOnlyTagsOfADate() throws Exception {
		Format format = parse("voor po", WITHOUT_START.replace("fase eind soort eindgesprek uiterlijk 30 juni",
				"fase eind soort eindgesprek uiterlijk 30 juni wet hoorrecht"));
		validation.assertError(format, FormatPackage.Literals.PHASE, FormatIssueCodes.LEGAL_TAG_TYPE, "wet hoorrecht");
	}

	@Test
	void theBevoegdGezagAdopts() throws Exception {
		Format byIb = parse("voor po", WITHOUT_START.replace("door \"bevoegd gezag\"", "door \"intern begeleider\""));
		validation.assertWarning(byIb, FormatPackage.Literals.PHASE, FormatIssueCodes.ADOPTION_ROLE, "intern begeleider");
		for (String role : List.of("bevoegd gezag", "schoolbestuur", "directeur")) {
			List<Issue> issues = validation
					.validate(parse("voor po", WITHOUT_START.replace("door \"bevoegd gezag\"", "door \"" + role + "\"")));
			assertFalse(issues.stream().anyMatch(i -> FormatIssueCodes.ADOPTION_ROLE.equals(i.getCode())), role);
		}
	}

	/**
	 * Seed 003 (Revius Wijk, "Procedure bij nieuwe aanmeldingen"): "De leerlingbegeleider schrijft een OPP
	 * voor de leerling […] Vóór 15-10." — a date of the first year, not of every year.
	 */
	@Test
	void aCalendarDateAtTheStartOfAnOppIsOneOff() throws Exception {
		String yearly = WITHOUT_START.replace("fase eind", "fase schrijven soort opstellen uiterlijk 14 oktober\nfase eind");
		validation.assertWarning(parse("voor po", yearly), FormatPackage.Literals.PHASE,
				FormatIssueCodes.RECURRING_ONE_OFF_PHASE, "eenmalig");
		List<Issue> issues = validation.validate(parse("voor po", yearly.replace("uiterlijk 14 oktober",
				"uiterlijk 14 oktober eenmalig")));
		assertTrue(issues.stream().noneMatch(i -> FormatIssueCodes.RECURRING_ONE_OFF_PHASE.equals(i.getCode())),
				issues.toString());
	}
}
