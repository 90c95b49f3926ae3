package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.oppstudio.format.rules.Roles;
import nl.oppstudio.format.rules.Roles.ConsentVerdict;
import nl.oppstudio.format.rules.Roles.Party;

/**
 * Issue 10: roles as schools write them. Handreiking OPP (seed 001) 3.2: "Een OPP wordt binnen zes weken
 * […] vastgesteld door het schoolbestuur"; seed 002: "opgesteld (dan wel gemandateerd) door het bevoegd
 * gezag"; 3.2: the pupil is involved "zodra de leerling meerderjarig en handelingsbekwaam is". The education
 * acts define "ouders" as "ouders, voogden of verzorgers".
 */
class RolesTest {

	@Test
	void theBoardOrADirectorAdopts() {
		for (String role : List.of("bevoegd gezag", "het bevoegd gezag", "schoolbestuur", "Bestuurder", "CvB",
				"voorzitter college van bestuur", "directeur", "directeur-bestuurder", "algemeen directeur",
				"locatiedirecteur", "directeur, gemandateerd door het bestuur", "rector", "schoolleider")) {
			assertTrue(Roles.mayAdopt(role), role);
		}
		for (String role : List.of("intern begeleider", "ib", "mentor", "leerkracht", "zorgcoördinator", "teamleider",
				"", "ouders")) {
			assertFalse(Roles.mayAdopt(role), role);
		}
	}

	@Test
	void parentsAsTheyAreWritten() {
		for (String role : List.of("ouder", "ouders", "moeder", "Vader", "voogd (gezag)", "moeder (gezag)",
				"ouders/verzorgers", "ouder(s)/verzorger(s)", "ouders / verzorgers", "gezaghebbende ouder", "pleegouders",
				"ouders van de leerling")) {
			assertEquals(Party.PARENT, Roles.party(role), role);
		}
		assertEquals(Party.PUPIL, Roles.party("leerling"));
		assertEquals(Party.REPRESENTATIVE, Roles.party("curator"));
		assertEquals(Party.REPRESENTATIVE, Roles.party("wettelijk vertegenwoordigers"));
		assertEquals(Party.OTHER, Roles.party("mentor"));
		assertEquals(Party.OTHER, Roles.party("leerkracht"));
	}

	@Test
	void theAgeDecidesWhoConsents() {
		assertEquals(ConsentVerdict.ENTITLED, Roles.consent("moeder", Optional.of(17)));
		assertEquals(ConsentVerdict.PARENT_OF_ADULT, Roles.consent("moeder", Optional.of(18)));
		assertEquals(ConsentVerdict.ENTITLED, Roles.consent("leerling", Optional.of(18)));
		assertEquals(ConsentVerdict.MINOR_PUPIL, Roles.consent("leerling", Optional.of(16)));
		assertEquals(ConsentVerdict.PUPIL_OF_UNKNOWN_AGE, Roles.consent("leerling", Optional.empty()));
		assertEquals(ConsentVerdict.ENTITLED, Roles.consent("curator", Optional.of(19)));
		assertEquals(ConsentVerdict.NOT_A_PARTY, Roles.consent("mentor", Optional.of(12)));
	}
}
