package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.rules.LegalMinimum;

/**
 * Issue 4: a format that cannot hold the legal minimum of its kind is an error.
 * <p>
 * Handreiking OPP (seed 001) 5.1: "Een OPP hoeft alleen de volgende - recente en relevante - informatie
 * te bevatten: 1. De belemmerende en bevorderende factoren […] 2. Het uitstroomprofiel […] 3. De
 * onderbouwing van het uitstroomprofiel […] 4. Het handelingsdeel". 3.2: "Een OPP wordt binnen zes weken
 * na de inschrijving of de definitieve plaatsing van de leerling vastgesteld […] Het OPP wordt pas
 * vastgesteld nadat de ouders daadwerkelijk hebben ingestemd met het handelingsdeel […] Vanaf 2024
 * hebben leerlingen hoorrecht". 5.2: "Minimaal 1 keer per schooljaar evalueren betrokken het OPP".
 * Seed 000: "Een groeidocument kan dus ook nooit het wettelijk vereiste ontwikkelingsperspectief vervangen."
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class LegalMinimumTest {

	@Inject
	private ParseHelper<Format> parseHelper;

	/** Issue 11: the law on formats moved to its own bundle; quick fixes, tests and CI keep their codes. */
	@Test
	void theCodesOfTheLawOnFormatsDidNotChangeWithTheMove() {
		assertEquals("nl.oppstudio.format.law.", FormatIssueCodes.LAW);
		assertEquals("nl.oppstudio.format.law.vaststelling-intake", FormatIssueCodes.LAW_ADOPTION_FROM_INTAKE);
		assertEquals("nl.oppstudio.format.groeidocumentClaimsOpp", FormatIssueCodes.GROEIDOCUMENT_CLAIMS_OPP);
	}

	private static final String COMPLETE = """
			factoren f van leerling, onderwijs, thuis
			uitstroom u { niveau { optie pro } onderbouwing }
			sectie hd "Handelingsdeel" handelingsdeel { veld doelen: tekst }
			sectie b { veld instemming: instemming door "ouders" op hd }
			hoorrecht mening
			oogo overleg
			cyclus c {
				fase vast soort vaststelling uiterlijk 6 weken na inschrijving
				fase eind soort eindgesprek uiterlijk 30 juni
			}
			sectie l { veld start: datum verplicht wet startdatum veld geboren: datum verplicht wet geboortedatum }
			sectie advies wet commissie-advies { veld tekst: tekst lang }
			sectie duo { veld gemeld: datum wet registratie }
			""";

	private List<String> codes(String kind, String members) throws Exception {
		Format format = parseHelper.parse("formaat \"swv-x\" \"Formaat\" versie \"1.0.0\" soort " + kind + " {\n"
				+ members + "\n}");
		return LegalMinimum.findings(format).stream().map(LegalMinimum.Finding::code).toList();
	}

	@Test
	void completeOppMeetsTheMinimum() throws Exception {
		assertEquals(List.of(), codes("opp", COMPLETE));
		assertEquals(List.of(), codes("opp-light", COMPLETE));
	}

	@Test
	void emptyOppMissesEveryRequirement() throws Exception {
		assertEquals(List.of("uitstroom", "onderbouwing", "factoren", "handelingsdeel", "ouderinstemming", "hoorrecht",
				"oogo", "evaluatie", "vaststelling", "startdatum", "geboortedatum", "commissie-advies", "registratie").stream().map(r -> FormatIssueCodes.LAW + r).toList(),
				codes("opp", "sectie s { veld a: tekst }"));
	}

	@Test
	void legalTagsSatisfyRequirementsWhateverTheSectionIsCalled() throws Exception {
		String tagged = COMPLETE.replace("uitstroom u { niveau { optie pro } onderbouwing }",
				"sectie perspectief { veld waarheen: tekst wet uitstroomprofiel veld waarom: tekst lang wet onderbouwing }");
		assertEquals(List.of(), codes("opp", tagged));
	}

	@Test
	void factorsOfHomeAreRequired() throws Exception {
		assertEquals(List.of(FormatIssueCodes.LAW + "factoren"),
				codes("opp", COMPLETE.replace("van leerling, onderwijs, thuis", "van leerling, onderwijs")));
	}

	@Test
	void adoptionLaterThanSixWeeksIsNotEnough() throws Exception {
		assertEquals(List.of(FormatIssueCodes.LAW + "vaststelling"),
				codes("opp", COMPLETE.replace("6 weken na inschrijving", "8 weken na inschrijving")));
	}

	@Test
	void phasesMayHaveConditionsTagsAndDeadlinesBeforeAnEvent() throws Exception {
		assertEquals(List.of(), codes("opp", COMPLETE.replace("fase eind soort eindgesprek uiterlijk 30 juni",
				"fase eind soort eindgesprek uiterlijk 30 juni wet evaluatie wanneer schooltype = po\n"
						+ "fase juni soort overig uiterlijk 2 weken voor start-schooljaar")));
	}

	@Test
	void aRecommendedEvaluationIsNotTheYearlyOne() throws Exception {
		assertEquals(List.of(FormatIssueCodes.LAW + "evaluatie"), codes("opp",
				COMPLETE.replace("uiterlijk 30 juni", "uiterlijk 0 dagen voor einde-schooljaar aanbevolen")));
	}

	@Test
	void consentMustBeOnTheHandelingsdeel() throws Exception {
		assertEquals(List.of(FormatIssueCodes.LAW + "ouderinstemming"),
				codes("opp", COMPLETE.replace("op hd", "op b")));
	}

	@Test
	void groeidocumentHasNoLegalMinimumButMayNotClaimToBeAnOpp() throws Exception {
		assertEquals(List.of(), codes("groeidocument", "sectie s { veld a: tekst }"));
		Format claims = parseHelper.parse("formaat \"swv-g\" \"Groeidocument OPP\" versie \"1.0.0\" soort groeidocument { sectie s { veld a: tekst } }");
		assertEquals(List.of(FormatIssueCodes.GROEIDOCUMENT_CLAIMS_OPP),
				LegalMinimum.findings(claims).stream().map(LegalMinimum.Finding::code).toList());
	}
}
