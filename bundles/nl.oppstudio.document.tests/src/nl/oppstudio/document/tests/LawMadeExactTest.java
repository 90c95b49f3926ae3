package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.LifecycleException;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.State;
import nl.oppstudio.document.rules.LawRules;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 10: the law on documents, against the right date and the right person. Sources (Handreiking OPP,
 * seed 001, 3.2): "Een OPP wordt binnen zes weken na de inschrijving of de definitieve plaatsing van de
 * leerling vastgesteld door het schoolbestuur. Het schoolbestuur stelt ook een OPP vast als blijkt dat een
 * leerling die al op school zit, extra ondersteuning krijgt. […] Het OPP wordt pas vastgesteld nadat de ouders
 * daadwerkelijk hebben ingestemd met het handelingsdeel (instemmingsrecht). Vanaf 2024 hebben leerlingen
 * hoorrecht […] In het V(S)O wordt ook de leerling betrokken bij de vaststelling van het OPP, zodra de
 * leerling meerderjarig en handelingsbekwaam is." Seed 002: "Ouders hebben per 1 augustus 2017
 * instemmingsrecht op het handelingsdeel". Seed 003: "Vóór 15-10" and "Uiterlijk 1-10" under "Procedure bij
 * nieuwe aanmeldingen".
 */
class LawMadeExactTest {

	private static final LocalDate AT = LocalDate.of(2026, 11, 23);
	private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-10-01T10:00:00+02:00");

	@TempDir
	Path temp;

	private Path write(String name, String text) throws Exception {
		Path file = temp.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	private static String edit(String text, String... replacements) {
		for (int i = 0; i < replacements.length; i += 2) {
			assertTrue(text.contains(replacements[i]), replacements[i]);
			text = text.replace(replacements[i], replacements[i + 1]);
		}
		return text;
	}

	private OppDocument example(String format, String document, String... replacements) throws Exception {
		Path file = write(document, edit(Files.readString(Examples.file(document)), replacements));
		return Documents.load(file, TestFormats.load(Examples.file(format)));
	}

	private static List<Severity> rule(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().filter(d -> code.equals(d.code())).map(Diagnostic::severity).toList();
	}

	/** Ter instemming on {@link #T0}, and the parents' full consent the day after. */
	private static void agreedOnDayOne(OppDocument document) throws LifecycleException {
		Lifecycle.transition(document, State.TER_INSTEMMING, "J", "intern begeleider", null, T0);
		Lifecycle.consent(document, "M", "moeder", "akkoord", "papier", null, T0.plusDays(1));
	}

	private static List<Diagnostic> validate(OppDocument document, LocalDate at) {
		return Documents.validate(document, null, at);
	}

	/** The done criterion: a format that extends the base gets the six-week rule with no extra work. */
	@Test
	void aFormatExtendingTheBaseGetsTheSixWeekRule() throws Exception {
		Files.copy(Examples.file("wettelijk-minimum.oppformat"), temp.resolve("wettelijk-minimum.oppformat"));
		LoadedFormat loaded = FormatLoader.create().load(write("zuid.oppformat", """
				formaat "swv-zuid" "OPP Zuid" versie "1.0.0" soort opp voor po breidt uit "wettelijk-minimum" { }
				"""));
		assertTrue(loaded.isUsable(), loaded.diagnostics().toString());
		Path file = write("lotte.opp", """
				<?xml version="1.0" encoding="UTF-8"?>
				<opp:Document xmlns:opp="urn:oppstudio:format:swv-zuid:1.0.0" schooltype="po">
				  <leerling>
				    <naam>Lotte</naam>
				    <startdatum>2026-08-24</startdatum>
				  </leerling>
				  <cyclus>
				    <vaststelling>2026-10-19</vaststelling>
				  </cyclus>
				</opp:Document>
				""");
		List<Diagnostic> late = validate(Documents.load(file, loaded.format()), AT);
		assertEquals(List.of(Severity.ERROR), rule(late, LawRules.SIX_WEEKS), late.toString());
		assertTrue(late.stream().anyMatch(d -> d.message().contains("uiterlijk 05-10-2026")), late.toString());
	}

	/** A VO intake (aanmelding) in March must not produce an April deadline: the weeks run from inschrijving. */
	@Test
	void theSixWeeksRunFromInschrijvingNotFromTheIntake() throws Exception {
		Format format = TestFormats.write(temp, "vo.oppformat", """
				formaat "swv-vo" versie "1.0.0" soort handelingswijzer voor vo {
					sectie leerling { veld naam: tekst veld start: datum verplicht wet startdatum }
					cyclus cyclus {
						fase aanmelding soort aanmelding
						fase kennismaking soort overig uiterlijk 2 weken na intake
						fase vaststelling soort vaststelling uiterlijk 6 weken na inschrijving door "bevoegd gezag"
					}
				}
				""").format();
		Path file = write("bram.opp", """
				<?xml version="1.0" encoding="UTF-8"?>
				<opp:Document xmlns:opp="urn:oppstudio:format:swv-vo:1.0.0" schooltype="vo">
				  <leerling>
				    <naam>Bram</naam>
				    <start>2027-08-23</start>
				  </leerling>
				  <cyclus>
				    <aanmelding>2027-03-10</aanmelding>
				  </cyclus>
				</opp:Document>
				""");
		List<Planning.Due> due = Planning.pending(Documents.load(file, format), LocalDate.of(2027, 8, 25));
		assertEquals(List.of("kennismaking 2027-03-24", "vaststelling 2027-10-04"),
				due.stream().map(d -> d.phase().getName() + " " + d.date()).toList());
	}

	/**
	 * Seed 003: the 1 and 15 October deadlines belong to the procedure for new pupils. A pupil flagged in
	 * the school year is not held to them, and a new pupil is held to them once.
	 */
	@Test
	void phasesForNewPupilsAreNotReportedForOthers() throws Exception {
		String noDates = "    <registratie>2026-12-07</registratie>\n    <schrijven>2026-11-27</schrijven>\n";
		OppDocument flagged = example("revius-wijk-opp.oppformat", "revius-wijk-opp-tim.opp", noDates, "");
		List<Diagnostic> inFebruary = validate(flagged, LocalDate.of(2027, 2, 15));
		assertEquals(List.of(), inFebruary.stream().filter(d -> d.code().startsWith(LawRules.CYCLE_MOMENT))
				.filter(d -> d.message().contains("BRON") || d.message().contains("geschreven")).toList());
		OppDocument newPupil = example("revius-wijk-opp.oppformat", "revius-wijk-opp-tim.opp", noDates, "",
				"<route>gedurendeSchooljaar</route>", "<route>nieuweAanmelding</route>", "<startdatum>2026-12-04<",
				"<startdatum>2026-08-24<");
		List<Diagnostic> missed = validate(newPupil, LocalDate.of(2027, 2, 15));
		assertTrue(missed.stream().anyMatch(d -> LawRules.CYCLE_MOMENT.equals(d.code()) && d.message().contains("14-10-2026")),
				missed.toString());
		OppDocument secondYear = example("revius-wijk-opp.oppformat", "revius-wijk-opp-tim.opp",
				"<route>gedurendeSchooljaar</route>", "<route>nieuweAanmelding</route>", "<startdatum>2026-12-04<",
				"<startdatum>2026-08-24<");
		assertEquals(List.of(), Planning.pending(secondYear, LocalDate.of(2027, 11, 1)).stream()
				.filter(d -> List.of("schrijven", "registratie").contains(d.phase().getName())).toList(),
				"eenmalig: not due again in the next school year");
	}

	/** A date after its deadline counts as done, but late; validate and the planning say so. */
	@Test
	void aPhaseDoneAfterItsDeadlineIsDoneButLate() throws Exception {
		OppDocument document = example(Examples.FORMAT, Examples.DOCUMENT, "</cyclus>",
				"  <tussenevaluatie>2027-02-12</tussenevaluatie>\n  </cyclus>");
		LocalDate at = LocalDate.of(2027, 3, 1);
		assertTrue(Planning.pending(document, at).stream().noneMatch(d -> d.phase().getName().equals("tussenevaluatie")));
		List<Planning.Late> late = Planning.late(document, at);
		assertEquals(1, late.size(), late.toString());
		assertEquals(LocalDate.of(2027, 1, 31), late.get(0).due());
		assertEquals(12, late.get(0).days());
		List<Diagnostic> diagnostics = validate(document, at);
		assertEquals(List.of(Severity.INFO), rule(diagnostics, LawRules.CYCLE_LATE), diagnostics.toString());
		assertEquals(List.of(), rule(diagnostics, LawRules.CYCLE_MOMENT));
	}

	/** Hoorrecht "vanaf 2024": in force from 1 August 2024, not demanded of a plan adopted before it. */
	@Test
	void hoorrechtHoldsFromItsDateInForce() throws Exception {
		String[] noView = { "<zienswijze>", "<zienswijzeOud>", "</zienswijze>", "</zienswijzeOud>" };
		OppDocument in2026 = example(Examples.FORMAT, Examples.DOCUMENT, noView);
		assertEquals(List.of(Severity.ERROR), rule(validate(in2026, AT), LawRules.HOORRECHT));
		String text = edit(Files.readString(Examples.file(Examples.DOCUMENT)), noView).replace("2026-", "2023-");
		OppDocument in2023 = Documents.load(write("oud.opp", text), TestFormats.example());
		assertEquals(List.of(), rule(validate(in2023, LocalDate.of(2023, 11, 23)), LawRules.HOORRECHT), "--at before it");
		assertEquals(List.of(), rule(validate(in2023, AT), LawRules.HOORRECHT), "adopted before it");
		assertEquals(LocalDate.of(2024, 8, 1), LawRules.HOORRECHT_IN_FORCE);
	}

	/** Consent comes from the parents, or from the pupil who is of age; the age at vaststelling decides. */
	@Test
	void consentComesFromTheRightParty() throws Exception {
		String format = "swv-vo-amsterdam-diemen-opp.oppformat";
		String sanne = "swv-vo-amsterdam-diemen-opp-sanne.opp";
		assertEquals(List.of(), rule(validate(example(format, sanne), AT), LawRules.CONSENT_PARTY));
		OppDocument adultWithMother = example(format, sanne, "<geboortedatum>2009-05-14<", "<geboortedatum>2008-03-01<");
		List<Diagnostic> mother = validate(adultWithMother, AT);
		assertEquals(List.of(Severity.ERROR), rule(mother, LawRules.CONSENT_PARTY));
		assertTrue(mother.stream().anyMatch(d -> d.message().contains("18 jaar") && d.message().contains("curator")),
				mother.toString());
		OppDocument adultHerself = example(format, sanne, "<geboortedatum>2009-05-14<", "<geboortedatum>2008-03-01<",
				"<rol>moeder</rol>", "<rol>leerling</rol>");
		assertEquals(List.of(), rule(validate(adultHerself, AT), LawRules.CONSENT_PARTY));
		OppDocument minorHerself = example(format, sanne, "<rol>moeder</rol>", "<rol>leerling</rol>");
		assertEquals(List.of(Severity.ERROR), rule(validate(minorHerself, AT), LawRules.CONSENT_PARTY));
		OppDocument mentor = example(format, sanne, "<rol>moeder</rol>", "<rol>mentor</rol>");
		assertEquals(List.of(Severity.ERROR), rule(validate(mentor, AT), LawRules.CONSENT_PARTY));
		OppDocument guardian = example(format, sanne, "<rol>moeder</rol>", "<rol>voogd (gezag)</rol>");
		assertEquals(List.of(), rule(validate(guardian, AT), LawRules.CONSENT_PARTY));
	}

	/** One truth: the consent field and the log cannot disagree. */
	@Test
	void theConsentFieldAndTheLogAgree() throws Exception {
		OppDocument document = example(Examples.FORMAT, Examples.DOCUMENT, "<besluit>akkoord<", "<besluit>nietAkkoord<");
		Lifecycle.transition(document, State.TER_INSTEMMING, "J", "intern begeleider", null, T0);
		Lifecycle.consent(document, "M. de Vries", "moeder", "akkoord", "papier", null, T0.plusDays(1));
		assertEquals("akkoord", document.value("betrokkenheid/instemming/besluit").orElseThrow(), "opp consent writes the field");
		assertEquals("2026-10-02", document.value("betrokkenheid/instemming/datum").orElseThrow());
		assertEquals(List.of(), rule(validate(document, AT), LawRules.CONSENT_LOG));
		document.setValue(document.schema().leaf("betrokkenheid/instemming/besluit"), "nietAkkoord");
		List<Diagnostic> differ = validate(document, AT);
		assertEquals(List.of(Severity.ERROR), rule(differ, LawRules.CONSENT_LOG));
		assertTrue(differ.stream().anyMatch(d -> d.message().contains("nietAkkoord") && d.message().contains("akkoord")),
				differ.toString());
	}

	/** Partial consent: the parts agreed on are recorded, and only those are carried out. */
	@Test
	void partialConsentRecordsItsPartsAndAllowsAdoption() throws Exception {
		OppDocument document = example(Examples.FORMAT, Examples.DOCUMENT, "      <besluit>akkoord</besluit>\n", "",
				"    <vaststelling>2026-10-09</vaststelling>\n", "");
		Lifecycle.transition(document, State.TER_INSTEMMING, "J", "intern begeleider", null, T0);
		LifecycleException noParts = assertThrows(LifecycleException.class,
				() -> Lifecycle.consent(document, "M", "moeder", "gedeeltelijk", "papier", null, T0.plusDays(1)));
		assertTrue(noParts.getMessage().contains("--onderdelen"), noParts.getMessage());
		Lifecycle.consent(document, "M", "moeder", "gedeeltelijk", "papier", null, "de doelen en de aanpak", T0.plusDays(1));
		Lifecycle.transition(document, State.VASTGESTELD, "A. Bakker", "bevoegd gezag", null, T0.plusDays(2));
		assertEquals("2026-10-03", document.value("cyclus/vaststelling").orElseThrow(), "adopting dates the phase");
		List<Diagnostic> diagnostics = validate(document, AT);
		assertEquals(List.of(Severity.INFO), rule(diagnostics, LawRules.CONSENT_BEFORE_ADOPTION));
		assertTrue(diagnostics.stream().anyMatch(d -> d.message().contains("de doelen en de aanpak")), diagnostics.toString());
	}

	/** The new user: an empty OPP is never adopted; the refusal names what is missing. */
	@Test
	void anEmptyOppIsNotAdopted() throws Exception {
		OppDocument document = Documents.create(TestFormats.example());
		agreedOnDayOne(document);
		LifecycleException refused = assertThrows(LifecycleException.class,
				() -> Lifecycle.transition(document, State.VASTGESTELD, "A", "bevoegd gezag", null, T0.plusDays(2)));
		assertTrue(refused.getMessage().contains("Vaststellen kan nog niet"), refused.getMessage());
		assertTrue(refused.getMessage().contains("op overeenstemming gericht overleg"), refused.getMessage());
		assertEquals(State.TER_INSTEMMING, Lifecycle.state(document));
		assertTrue(document.value("cyclus/vaststelling").isEmpty(), "a refused adoption leaves no date");
	}

	/** Vaststelling is by the bevoegd gezag, or a director it mandated (seed 002: "dan wel gemandateerd"). */
	@Test
	void theBevoegdGezagAdoptsAndTheLogSaysWho() throws Exception {
		OppDocument document = example(Examples.FORMAT, Examples.DOCUMENT, "      <besluit>akkoord</besluit>\n", "");
		agreedOnDayOne(document);
		LifecycleException byIb = assertThrows(LifecycleException.class,
				() -> Lifecycle.transition(document, State.VASTGESTELD, "J", "intern begeleider", null, T0.plusDays(2)));
		assertTrue(byIb.getMessage().contains("bevoegd gezag"), byIb.getMessage());
		Lifecycle.transition(document, State.VASTGESTELD, "A. Bakker", "directeur, gemandateerd", null, T0.plusDays(2));
		Lifecycle.Entry last = Lifecycle.entries(document).get(Lifecycle.entries(document).size() - 1);
		assertEquals("A. Bakker", last.get("door"));
		assertEquals("directeur, gemandateerd", last.get("rol"));
		LifecycleException frozen = assertThrows(LifecycleException.class,
				() -> Lifecycle.consent(document, "M", "ouder", "nietAkkoord", "papier", null, T0.plusDays(3)));
		assertTrue(frozen.getMessage().contains("nieuwe versie"), frozen.getMessage());
	}

	/** A minor does not consent himself, and the lifecycle refuses to record it. */
	@Test
	void aMinorPupilCannotConsentHimself() throws Exception {
		OppDocument document = example("swv-vo-amsterdam-diemen-opp.oppformat", "swv-vo-amsterdam-diemen-opp-kevin.opp");
		LifecycleException minor = assertThrows(LifecycleException.class, () -> Lifecycle.consent(document, "Kevin",
				"leerling", "akkoord", "papier", null, OffsetDateTime.parse("2026-10-01T10:00:00+02:00")));
		assertTrue(minor.getMessage().contains("12 jaar"), minor.getMessage());
	}

	/**
	 * A tagged member holds its fact as a block would: an OPP light with plain fields gets the same rules
	 * (Handreiking OPP 3.2: OOGO before the vaststelling, hoorrecht, consent on the handelingsdeel).
	 */
	@Test
	void theRulesReadTaggedMembersAsTheyReadBlocks() throws Exception {
		Format format = TestFormats.write(temp, "licht.oppformat", """
				formaat "swv-licht" versie "1.0.0" soort opp-light voor po {
					sectie kort "OPP light" {
						veld start: datum verplicht wet startdatum
						veld factoren: tekst lang wet factoren
						veld uitstroom: tekst wet uitstroomprofiel
						veld onderbouwing: tekst lang wet onderbouwing
						veld aanpak: tekst lang wet handelingsdeel
						veld mening "Wat vindt de leerling ervan?": tekst lang wet hoorrecht
						veld overleg "Overleg met ouders op": datum wet oogo
						veld akkoord "Ouders stemmen in": instemming door "ouders" wet ouderinstemming
						veld duo: datum wet registratie
					}
					cyclus cyclus {
						fase vaststelling soort vaststelling uiterlijk 6 weken na start-ondersteuning door "bevoegd gezag"
						fase evaluatie soort evaluatie uiterlijk 30 juni
					}
				}
				""").format();
		String text = """
				<?xml version="1.0" encoding="UTF-8"?>
				<opp:Document xmlns:opp="urn:oppstudio:format:swv-licht:1.0.0" schooltype="po">
				  <kort>
				    <start>2026-09-01</start>
				    <overleg>2026-10-20</overleg>
				    <akkoord>
				      <wie>M. Smit</wie>
				      <rol>moeder</rol>
				      <besluit>akkoord</besluit>
				      <datum>2026-10-01</datum>
				    </akkoord>
				    <duo>2026-10-10</duo>
				  </kort>
				  <cyclus>
				    <vaststelling>2026-10-05</vaststelling>
				  </cyclus>
				</opp:Document>
				""";
		List<Diagnostic> light = validate(Documents.load(write("lotte.opp", text), format), AT);
		assertEquals(List.of(Severity.ERROR), rule(light, LawRules.OOGO), light.toString());
		assertEquals(List.of(Severity.ERROR), rule(light, LawRules.HOORRECHT), light.toString());
		assertEquals(List.of(), rule(light, LawRules.CONSENT_BEFORE_ADOPTION));
		List<Diagnostic> refused = validate(Documents.load(write("lotte2.opp", text.replace("<besluit>akkoord<",
				"<besluit>nietAkkoord<")), format), AT);
		assertEquals(List.of(Severity.ERROR), rule(refused, LawRules.CONSENT_BEFORE_ADOPTION), refused.toString());
	}

	/**
	 * A revised plan (bijgesteld) is adopted again only with consent on the new version, and its adoption is
	 * judged on its own day, while the six weeks stay with the first adoption (seed 001 3.2: "Het OPP wordt
	 * bijgesteld n.a.v. de jaarlijkse evaluatie").
	 */
	@Test
	void aRevisedPlanNeedsNewConsentAndIsJudgedOnItsOwnDay() throws Exception {
		OppDocument document = example(Examples.FORMAT, Examples.DOCUMENT, "      <besluit>akkoord</besluit>\n", "",
				"    <vaststelling>2026-10-09</vaststelling>\n", "");
		agreedOnDayOne(document);
		Lifecycle.transition(document, State.VASTGESTELD, "A", "bevoegd gezag", null, T0.plusDays(2));
		Lifecycle.transition(document, State.IN_UITVOERING, "J", "intern begeleider", null, T0.plusDays(3));
		Lifecycle.transition(document, State.GEEVALUEERD, "J", "intern begeleider", null, T0.plusDays(200));
		Lifecycle.transition(document, State.BIJGESTELD, "J", "intern begeleider", null, T0.plusDays(201));
		Lifecycle.transition(document, State.TER_INSTEMMING, "J", "intern begeleider", null, T0.plusDays(202));
		LifecycleException stale = assertThrows(LifecycleException.class,
				() -> Lifecycle.transition(document, State.VASTGESTELD, "A", "bevoegd gezag", null, T0.plusDays(203)));
		assertTrue(stale.getMessage().contains("van vóór het OPP"), stale.getMessage());
		Lifecycle.consent(document, "M", "moeder", "akkoord", "papier", null, T0.plusDays(204));
		Lifecycle.transition(document, State.VASTGESTELD, "A", "bevoegd gezag", null, T0.plusDays(205));
		assertEquals(State.VASTGESTELD, Lifecycle.state(document));
		assertEquals("2027-04-24", document.value("cyclus/vaststelling").orElseThrow(), "the document dates the last one");
		List<Diagnostic> diagnostics = validate(document, LocalDate.of(2027, 5, 1));
		assertEquals(List.of(), rule(diagnostics, LawRules.CONSENT_BEFORE_ADOPTION), diagnostics.toString());
		assertEquals(List.of(), rule(diagnostics, LawRules.SIX_WEEKS), "the first adoption was in time");
	}

	/** A plan adopted before the consent field was written keeps the consent its log holds. */
	@Test
	void aConsentOnlyTheLogHoldsStillCounts() throws Exception {
		OppDocument document = example(Examples.FORMAT, Examples.DOCUMENT, "      <besluit>akkoord</besluit>\n", "");
		agreedOnDayOne(document);
		Lifecycle.transition(document, State.VASTGESTELD, "A", "bevoegd gezag", null, T0.plusDays(2));
		document.setValue(document.schema().leaf("betrokkenheid/instemming/besluit"), null);
		List<Diagnostic> diagnostics = validate(document, AT);
		assertEquals(List.of(), rule(diagnostics, LawRules.CONSENT_LOG), diagnostics.toString());
		assertEquals(List.of(), rule(diagnostics, LawRules.CONSENT_BEFORE_ADOPTION), diagnostics.toString());
	}

	/** A one-off date comes after the start (the OPP by 14 October), an aanmelding before it (by 31 March). */
	@Test
	void aOneOffDateFollowsTheStart() throws Exception {
		String noDates = "    <registratie>2026-12-07</registratie>\n    <schrijven>2026-11-27</schrijven>\n";
		OppDocument february = example("revius-wijk-opp.oppformat", "revius-wijk-opp-tim.opp", noDates, "",
				"<route>gedurendeSchooljaar</route>", "<route>nieuweAanmelding</route>", "<startdatum>2026-12-04<",
				"<startdatum>2027-02-01<");
		List<String> due = Planning.pending(february, LocalDate.of(2027, 2, 15)).stream()
				.filter(d -> List.of("schrijven", "aanmeldingPo").contains(d.phase().getName()))
				.map(d -> d.phase().getName() + " " + d.date()).sorted().toList();
		assertEquals(List.of("aanmeldingPo 2026-03-31", "schrijven 2027-10-14"), due);
	}
}
