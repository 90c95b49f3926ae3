package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.LifecycleException;
import nl.oppstudio.document.NextPeriod;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.State;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 12: "Nieuw plan voor de volgende periode". Handreiking OPP 5.2: the OPP is evaluated at least once
 * a school year and "bijgesteld" where needed; a new version needs a new consent on the handelingsdeel
 * (Handreiking OPP 3.2, instemmingsrecht), so the consent and the cycle's dates start empty.
 */
class NextPeriodTest {

	private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-10-01T10:00:00+02:00");
	private static final OffsetDateTime EVALUATED = OffsetDateTime.parse("2027-06-24T15:00:00+02:00");
	private static Format format;

	@TempDir
	Path temp;

	@BeforeAll
	static void loadFormat() {
		format = TestFormats.example();
	}

	/** Sem's plan taken through adoption, execution and evaluation, saved as {@code sem.opp}. */
	private Path evaluated() throws Exception {
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), format);
		Lifecycle.transition(document, State.TER_INSTEMMING, "J. Jansen", "intern begeleider", null, T0);
		Lifecycle.consent(document, "M. de Vries", "ouder", "akkoord", "papier", null, T0.plusDays(4));
		Lifecycle.transition(document, State.VASTGESTELD, "A. Bakker", "directeur", null, T0.plusDays(8));
		Lifecycle.transition(document, State.IN_UITVOERING, "J. Jansen", "intern begeleider", null, T0.plusDays(9));
		Lifecycle.transition(document, State.GEEVALUEERD, "J. Jansen", "intern begeleider", "doelen deels behaald",
				EVALUATED);
		Path file = temp.resolve("sem.opp");
		Documents.save(document, file);
		return file;
	}

	@Test
	void carriesEveryValueMarksTheGoalsAndClearsWhatIsPerPeriod() throws Exception {
		Path file = evaluated();
		OppDocument old = Documents.load(file, format);
		byte[] before = Files.readAllBytes(file);
		old.setValue(old.schema().leaf("handelingsdeel/doelen/langeTermijn/korteTermijn/evaluatie"), "deels");
		NextPeriod.Result result = NextPeriod.start(old, "sem.opp", "J. Jansen", EVALUATED.plusDays(60));
		OppDocument next = result.document();

		for (String path : List.of("leerling/naam", "leerling/geboortedatum", "leerling/startdatum",
				"factoren/leerlingBelemmerend", "uitstroom/onderbouwing", "handelingsdeel/aanpak",
				"handelingsdeel/doelen/langeTermijn/korteTermijn/acties/actie", "betrokkenheid/mening/zienswijze", "betrokkenheid/oogo/verslag")) {
			assertEquals(old.value(path), next.value(path), path);
		}
		assertEquals("po", next.schoolType());
		Path nextFile = temp.resolve("sem-2027.opp");
		Documents.save(next, nextFile);
		String saved = Files.readString(nextFile);
		assertTrue(saved.contains("RALFI-lezen") && saved.contains("samen lezen"), "both action rows carried over");

		// Goals marked with their evaluation, the school's text unchanged below the mark.
		String goal = next.value("handelingsdeel/doelen/langeTermijn/doel").orElseThrow();
		assertTrue(goal.startsWith("[Vorige periode, geëvalueerd op 24-06-2027]\n"), goal);
		assertEquals(old.value("handelingsdeel/doelen/langeTermijn/doel").orElseThrow(), NextPeriod.unmarked(goal));
		assertEquals(List.of("handelingsdeel/doelen/langeTermijn[1]/doel", "handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/doel"),
				result.marked());
		assertEquals(old.value("handelingsdeel/doelen/langeTermijn/korteTermijn/acties/actie"),
				next.value("handelingsdeel/doelen/langeTermijn/korteTermijn/acties/actie"), "actions are not goals: not marked");
		// A goal's evaluation belongs to the period it was evaluated in.
		assertEquals(java.util.Optional.of("deels"), old.value("handelingsdeel/doelen/langeTermijn/korteTermijn/evaluatie"));
		assertTrue(next.value("handelingsdeel/doelen/langeTermijn/korteTermijn/evaluatie").isEmpty());
		assertTrue(result.cleared().contains("handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/evaluatie"),
				result.cleared().toString());

		// Per period: the cycle's dates and the consent of the previous version.
		assertTrue(old.value("cyclus/vaststelling").isPresent());
		assertTrue(next.value("cyclus/vaststelling").isEmpty());
		assertTrue(next.value("cyclus/registratie").isEmpty());
		assertTrue(next.value("betrokkenheid/instemming/besluit").isEmpty());
		assertTrue(next.value("betrokkenheid/instemming/datum").isEmpty());
		assertTrue(result.cleared().containsAll(List.of("cyclus/vaststelling", "cyclus/registratie",
				"betrokkenheid/instemming/besluit")), result.cleared().toString());

		// A concept, whose log links to the previous version; the chain checks out.
		assertEquals(State.CONCEPT, Lifecycle.state(next));
		List<Lifecycle.Entry> log = Lifecycle.entries(next);
		List<Lifecycle.Entry> oldLog = Lifecycle.entries(old);
		assertEquals(1, log.size());
		assertEquals(Lifecycle.NEXT_PERIOD, log.get(0).get("handeling"));
		assertEquals("sem.opp", log.get(0).get("van"));
		assertEquals(oldLog.get(oldLog.size() - 1).get("hash"), log.get(0).get("vorige"));
		assertEquals(new NextPeriod.Link("sem.opp", oldLog.get(oldLog.size() - 1).get("hash")),
				NextPeriod.previous(next).orElseThrow());
		OppDocument reloaded = Documents.load(nextFile, format);
		assertEquals(List.of(), Lifecycle.verify(reloaded, nextFile), "opp audit is clean on the new plan");
		assertEquals(State.CONCEPT, Lifecycle.state(reloaded));
		assertArrayEquals(before, Files.readAllBytes(file), "the previous version is never changed");
		assertEquals(State.GEEVALUEERD, Lifecycle.state(old));
	}

	@Test
	void onlyAnEvaluatedPlanStartsANextPeriod() throws Exception {
		OppDocument concept = Documents.load(Examples.file(Examples.DOCUMENT), format);
		LifecycleException refused = assertThrows(LifecycleException.class,
				() -> NextPeriod.start(concept, Examples.DOCUMENT, "J", T0));
		assertTrue(refused.getMessage().contains("geëvalueerd") && refused.getMessage().contains("'concept'"),
				refused.getMessage());
		Lifecycle.transition(concept, State.TER_INSTEMMING, "J. Jansen", "intern begeleider", null, T0);
		Lifecycle.transition(concept, State.VASTGESTELD, "A. Bakker", "directeur", null, T0.plusDays(8));
		refused = assertThrows(LifecycleException.class, () -> NextPeriod.start(concept, Examples.DOCUMENT, "J", T0));
		assertTrue(refused.getMessage().contains("'vastgesteld'"), refused.getMessage());
	}

	@Test
	void aBrokenLogIsNotLinkedTo() throws Exception {
		Path file = evaluated();
		Files.writeString(file, Files.readString(file).replace("doelen deels behaald", "doelen behaald"));
		OppDocument tampered = Documents.load(file, format);
		LifecycleException refused = assertThrows(LifecycleException.class,
				() -> NextPeriod.start(tampered, "sem.opp", "J", EVALUATED.plusDays(1)));
		assertTrue(refused.getMessage().contains("opp audit"), refused.getMessage());
	}

	@Test
	void goalsInRepeatingGroupsAreMarkedRowByRow() throws Exception {
		Format opp14 = TestFormats.load(Examples.file("swv-po-opp-1-4.oppformat"));
		OppDocument noor = Documents.load(Examples.file("swv-po-opp-1-4-noor.opp"), opp14);
		Lifecycle.transition(noor, State.TER_INSTEMMING, "K. de Boer", "intern begeleider", null, T0);
		Lifecycle.transition(noor, State.VASTGESTELD, "A. Bakker", "directeur", null, T0.plusDays(8));
		Lifecycle.transition(noor, State.IN_UITVOERING, "K. de Boer", "intern begeleider", null, T0.plusDays(9));
		Lifecycle.transition(noor, State.GEEVALUEERD, "K. de Boer", "intern begeleider", null, EVALUATED);
		NextPeriod.Result result = NextPeriod.start(noor, "swv-po-opp-1-4-noor.opp", "K. de Boer", EVALUATED.plusDays(1));
		assertEquals(List.of("handelingsdeel/vakgebiedDoelen[1]/doelen/langeTermijn[1]/doel",
				"handelingsdeel/vakgebiedDoelen[1]/doelen/langeTermijn[1]/korteTermijn[1]/doel",
				"handelingsdeel/vakgebiedDoelen[2]/doelen/langeTermijn[1]/doel",
				"handelingsdeel/vakgebiedDoelen[2]/doelen/langeTermijn[1]/korteTermijn[1]/doel",
				"handelingsdeel/overstijgend[1]/doelen/langeTermijn[1]/doel",
				"handelingsdeel/overstijgend[1]/doelen/langeTermijn[1]/korteTermijn[1]/doel"), result.marked());
		Path file = temp.resolve("noor-2027.opp");
		Documents.save(result.document(), file);
		String saved = Files.readString(file);
		assertEquals(6, saved.split("\\[Vorige periode, geëvalueerd op 24-06-2027\\]", -1).length - 1, saved);
		assertTrue(saved.contains("<vakgebied>technischLezen</vakgebied>") && saved.contains("<vakgebied>spelling</vakgebied>"));
		assertTrue(result.cleared().containsAll(List.of("cyclus/opgesteld", "cyclus/vaststelling", "overleg/instemming/wie")),
				result.cleared().toString());
	}

	@Test
	void aSecondPeriodReplacesTheMarkAndTheChainGoesOn() throws Exception {
		Path file = evaluated();
		OppDocument second = NextPeriod.start(Documents.load(file, format), "sem.opp", "J. Jansen", EVALUATED.plusDays(60))
				.document();
		OffsetDateTime year = EVALUATED.plusDays(70);
		Lifecycle.transition(second, State.TER_INSTEMMING, "J. Jansen", "intern begeleider", null, year);
		Lifecycle.consent(second, "M. de Vries", "ouder", "akkoord", "digitaal", null, year.plusDays(2));
		Lifecycle.transition(second, State.VASTGESTELD, "A. Bakker", "directeur", null, year.plusDays(3));
		Lifecycle.transition(second, State.IN_UITVOERING, "J. Jansen", "intern begeleider", null, year.plusDays(4));
		Lifecycle.transition(second, State.GEEVALUEERD, "J. Jansen", "intern begeleider", null, year.plusDays(300));
		assertEquals(List.of(), Lifecycle.verify(second, null));
		NextPeriod.Result third = NextPeriod.start(second, "sem-2027.opp", "J. Jansen", year.plusDays(301));
		String goal = third.document().value("handelingsdeel/doelen/langeTermijn/doel").orElseThrow();
		assertTrue(goal.startsWith("[Vorige periode, geëvalueerd op " + year.plusDays(300).toLocalDate()
				.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + "]\n"), goal);
		assertEquals(1, goal.split("\\[Vorige periode", -1).length - 1, "one mark, not two: " + goal);
		assertEquals(Documents.load(file, format).value("handelingsdeel/doelen/langeTermijn/doel"),
				java.util.Optional.of(NextPeriod.unmarked(goal)));
		List<Lifecycle.Entry> log = Lifecycle.entries(second);
		assertEquals(log.get(log.size() - 1).get("hash"), NextPeriod.previous(third.document()).orElseThrow().hash());
	}

	@Test
	void aMarkIsRemovedWhole() {
		String once = "[Vorige periode, geëvalueerd op 24-06-2027]\nSem leest AVI E4.";
		assertEquals("Sem leest AVI E4.", NextPeriod.unmarked(once));
		assertEquals("Sem leest AVI E4.", NextPeriod.unmarked("Sem leest AVI E4."));
		assertNull(NextPeriod.unmarked(null));
	}
}
