package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.rules.LawRules;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.testing.Examples;

/**
 * Issue 5: the law and the process on documents, judged at a reference date. Sources (Handreiking OPP,
 * seed 001): 3.2 "Een OPP wordt binnen zes weken na de inschrijving of de definitieve plaatsing van de
 * leerling vastgesteld […] Over het OPP als geheel moet met de ouders op overeenstemming gericht overleg
 * plaatsvinden. Het OPP wordt pas vastgesteld nadat de ouders daadwerkelijk hebben ingestemd met het
 * handelingsdeel […] Vanaf 2024 hebben leerlingen hoorrecht […] Voor het (V)SO geldt ook het volgende: de
 * multidisciplinaire commissie van begeleiding […] brengt een advies uit voordat het OPP wordt
 * vastgesteld."; 5.1 punt 2 "Het uitstroomprofiel: […] dan wel het soort arbeid of de vorm van
 * dagbesteding"; 5.2 "Minimaal 1 keer per schooljaar evalueren betrokken het OPP".
 */
class LawRulesTest {

	private static final LocalDate AT = LocalDate.of(2026, 11, 23);

	@TempDir
	Path temp;

	private List<Diagnostic> validate(String format, String document, LocalDate at, String... replacements)
			throws Exception {
		String text = Files.readString(Examples.file(document));
		for (int i = 0; i < replacements.length; i += 2) {
			assertTrue(text.contains(replacements[i]), replacements[i]);
			text = text.replace(replacements[i], replacements[i + 1]);
		}
		Path file = temp.resolve(document);
		Files.writeString(file, text);
		var loaded = FormatLoader.create().load(Examples.file(format));
		return Documents.validate(Documents.load(file, loaded.format()), file, at);
	}

	private List<Diagnostic> sem(LocalDate at, String... replacements) throws Exception {
		return validate(Examples.FORMAT, Examples.DOCUMENT, at, replacements);
	}

	private static List<Severity> rule(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().filter(d -> code.equals(d.code())).map(Diagnostic::severity).toList();
	}

	@Test
	void theExampleMeetsTheLaw() throws Exception {
		assertEquals(List.of(), sem(AT));
	}

	@Test
	void vaststellingWithinSixWeeks() throws Exception {
		assertEquals(List.of(Severity.ERROR), rule(sem(AT, "<vaststelling>2026-10-09<", "<vaststelling>2026-10-20<"),
				LawRules.SIX_WEEKS), "vastgesteld op dag 49");
		List<Diagnostic> open = sem(AT, "    <vaststelling>2026-10-09</vaststelling>\n", "");
		assertEquals(List.of(Severity.ERROR), rule(open, LawRules.SIX_WEEKS), "niet vastgesteld na zes weken");
		assertTrue(open.stream().anyMatch(d -> d.message().contains("13-10-2026")), open.toString());
		assertEquals(List.of(Severity.INFO), rule(sem(LocalDate.of(2026, 9, 20),
				"    <vaststelling>2026-10-09</vaststelling>\n", ""), LawRules.SIX_WEEKS), "nog binnen de termijn");
	}

	@Test
	void consentBeforeVaststelling() throws Exception {
		assertEquals(List.of(Severity.ERROR), rule(sem(AT, "<besluit>akkoord<", "<besluit>nietAkkoord<"),
				LawRules.CONSENT_BEFORE_ADOPTION));
		assertEquals(List.of(Severity.ERROR), rule(sem(AT, "<datum>2026-10-06</datum>", "<datum>2026-10-12</datum>"),
				LawRules.CONSENT_BEFORE_ADOPTION));
		assertEquals(List.of(Severity.ERROR), rule(sem(AT, "<besluit>akkoord<", "<besluit>gedeeltelijk<"),
				LawRules.CONSENT_BEFORE_ADOPTION), "which parts were agreed must be recorded");
		List<Diagnostic> partial = sem(AT, "<besluit>akkoord<", "<besluit>gedeeltelijk<", "<wijze>papier</wijze>",
				"<wijze>papier</wijze>\n      <onderdelen>De doelen en de aanpak; niet de afspraken over huiswerk.</onderdelen>");
		assertEquals(List.of(Severity.INFO), rule(partial, LawRules.CONSENT_BEFORE_ADOPTION));
		assertTrue(partial.stream().anyMatch(d -> d.message().contains("Alleen uitvoeren waarmee zij instemden: De doelen")),
				partial.toString());
	}

	@Test
	void oogoAndHoorrechtBeforeVaststelling() throws Exception {
		assertEquals(List.of(Severity.ERROR), rule(sem(AT, "<datum>2026-09-29</datum>", "<datum>2026-10-20</datum>"),
				LawRules.OOGO));
		assertEquals(List.of(Severity.ERROR), rule(sem(AT, "<zienswijze>", "<zienswijzeOud>", "</zienswijze>",
				"</zienswijzeOud>"), LawRules.HOORRECHT));
	}

	@Test
	void yearlyEvaluation() throws Exception {
		assertEquals(List.of(), rule(sem(LocalDate.of(2027, 10, 1)), LawRules.YEARLY_EVALUATION), "binnen het jaar");
		assertEquals(List.of(Severity.ERROR), rule(sem(LocalDate.of(2027, 10, 20)), LawRules.YEARLY_EVALUATION));
		assertEquals(List.of(), rule(sem(LocalDate.of(2027, 10, 20), "</cyclus>",
				"  <eindevaluatie>2027-06-25</eindevaluatie>\n  </cyclus>"), LawRules.YEARLY_EVALUATION));
	}

	@Test
	void theFormatsOwnMomentsAreNotedWhenPassed() throws Exception {
		assertEquals(List.of(), rule(sem(AT), LawRules.CYCLE_MOMENT));
		assertEquals(List.of(Severity.WARNING), rule(sem(LocalDate.of(2027, 2, 10)), LawRules.CYCLE_MOMENT),
				"the January evaluation (uiterlijk 31 januari) has passed");
	}

	@Test
	void regularSchoolsRegisterWithDuo() throws Exception {
		String format = "swv-vo-amsterdam-diemen-opp.oppformat";
		String kevin = "swv-vo-amsterdam-diemen-opp-kevin.opp";
		assertEquals(List.of(), rule(validate(format, kevin, AT), LawRules.REGISTRATION));
		String text = Files.readString(Examples.file(kevin));
		int start = text.indexOf("<registratie>");
		int end = text.indexOf("</registratie>") + "</registratie>".length();
		assertTrue(start > 0, "kevin's document has a registratie section");
		assertEquals(List.of(Severity.WARNING), rule(validate(format, kevin, AT, text.substring(start, end), ""),
				LawRules.REGISTRATION));
	}

	@Test
	void reportsOfThirdPartiesOnlyWithConsent() throws Exception {
		String format = "revius-wijk-opp.oppformat";
		String yara = "revius-wijk-opp-yara.opp";
		assertEquals(List.of(), rule(validate(format, yara, AT), LawRules.THIRD_PARTY_CONSENT));
		assertEquals(List.of(Severity.ERROR), rule(validate(format, yara, AT, "<toestemming>ja</toestemming>",
				"<toestemming>nee</toestemming>"), LawRules.THIRD_PARTY_CONSENT));
	}

	@Test
	void vsoUitstroomAndCommissionAdvice() throws Exception {
		String format = "swv-vo-amsterdam-diemen-opp.oppformat";
		String sanne = "swv-vo-amsterdam-diemen-opp-sanne.opp";
		assertEquals(List.of(), validate(format, sanne, AT).stream().filter(d -> d.code().startsWith("wet.")).toList());
		assertEquals(List.of(Severity.ERROR), rule(validate(format, sanne, AT, "<bestemming>arbeidsmarkt<",
				"<bestemming>mbo<"), LawRules.UITSTROOM_VSO));
		assertEquals(List.of(Severity.ERROR), rule(validate(format, sanne, AT, "<commissieAdvies>", "<commissieOud>",
				"</commissieAdvies>", "</commissieOud>"), LawRules.COMMISSION_ADVICE));
	}
}
