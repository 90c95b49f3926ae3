package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 5: each document's next deadline from its format's cycle: the six weeks from the start date,
 * calendar dates in the school year (1 August to 31 July), and phases that follow others. The example's
 * cycle: vaststelling 6 weken na intake, tussenevaluatie uiterlijk 31 januari, evaluatie uiterlijk 30 juni.
 */
class PlanningTest {

	@TempDir
	Path temp;

	private OppDocument sem(String... replacements) throws Exception {
		String text = Files.readString(Examples.file(Examples.DOCUMENT));
		for (int i = 0; i < replacements.length; i += 2) {
			text = text.replace(replacements[i], replacements[i + 1]);
		}
		Path file = temp.resolve("sem.opp");
		Files.writeString(file, text);
		return Documents.load(file, TestFormats.example());
	}

	@Test
	void adoptedPlanWaitsForItsJanuaryEvaluation() throws Exception {
		List<Planning.Due> pending = Planning.pending(sem(), LocalDate.of(2026, 11, 23));
		assertEquals(List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 6, 30)),
				pending.stream().map(Planning.Due::date).toList());
		assertEquals("Tussenevaluatie", Planning.next(sem(), LocalDate.of(2026, 11, 23)).orElseThrow().label());
	}

	@Test
	void unadoptedPlanIsDueSixWeeksAfterTheStart() throws Exception {
		OppDocument open = sem("    <vaststelling>2026-10-09</vaststelling>\n", "");
		Planning.Due next = Planning.next(open, LocalDate.of(2026, 11, 23)).orElseThrow();
		assertEquals(LocalDate.of(2026, 10, 13), next.date());
		assertTrue(next.overdue(LocalDate.of(2026, 11, 23)));
	}

	@Test
	void calendarDatesFollowTheSchoolYear() throws Exception {
		OppDocument done = sem("</cyclus>", "  <tussenevaluatie>2027-01-20</tussenevaluatie>\n    <eindevaluatie>2027-06-25</eindevaluatie>\n  </cyclus>");
		assertEquals(List.of(), Planning.pending(done, LocalDate.of(2027, 7, 10)), "all done this school year");
		assertEquals(LocalDate.of(2028, 1, 31), Planning.next(done, LocalDate.of(2027, 9, 1)).orElseThrow().date(),
				"a new school year starts on 1 August");
	}

	/**
	 * Issue 13: the cycle diagram and the form show each phase's status from Planning.status. Eva's plan
	 * was not a new enrolment, so the phases "wanneer aanleiding.route = nieuweAanmelding" do not apply to
	 * her; her school registered her anyway (registratie 24-09-2026). A date filled in is a fact: done,
	 * not "niet van toepassing".
	 */
	@Test
	void aPhaseWithItsDateIsDoneEvenWhenItsConditionDoesNotHold() throws Exception {
		OppDocument eva = Documents.load(Examples.file("revius-wijk-opp-light-eva.opp"),
				TestFormats.load(Examples.file("revius-wijk-opp-light.oppformat")));
		List<Planning.PhaseStatus> statuses = Planning.status(eva, LocalDate.of(2026, 11, 30));
		Planning.PhaseStatus registration = statuses.stream().filter(s -> "registratie".equals(s.phase().getName()))
				.findFirst().orElseThrow();
		assertEquals(LocalDate.of(2026, 9, 24), registration.done());
		assertEquals(Planning.Status.DONE, registration.status());
		Planning.PhaseStatus enrolment = statuses.stream().filter(s -> "aanmeldingPo".equals(s.phase().getName()))
				.findFirst().orElseThrow();
		assertEquals(Planning.Status.NOT_APPLICABLE, enrolment.status(), "not done and not for her");
	}
}
