package nl.oppstudio.document;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.CalendarDeadline;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.PeriodicDeadline;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.format.model.RelativeDeadline;

/**
 * When the phases of a document's cycle are due, from its format's deadlines and the document's own
 * dates. A phase is done when the document has its date (for calendar and periodic phases: a date in the
 * current school year or period). A phase whose condition ({@code wanneer}) does not hold is left out.
 * The school year runs from 1 August to 31 July (Wet op het primair
 * onderwijs, art. 1; WVO).
 */
public final class Planning {

	/** One pending phase: what, when it is due, and whether it is overdue at the reference date. */
	public record Due(Phase phase, String label, LocalDate date, boolean recommended) {
		public boolean overdue(LocalDate at) {
			return date.isBefore(at);
		}
	}

	/** A phase that was done, but after its deadline: it counts as done, and as late. */
	public record Late(Phase phase, String label, LocalDate due, LocalDate done) {
		public long days() {
			return java.time.temporal.ChronoUnit.DAYS.between(due, done);
		}
	}

	/** Where a phase of a document stands at a reference date, as {@link #status} judges it. */
	public enum Status {
		/** Done, in time (or without a deadline). */
		DONE,
		/** Done, after its deadline. */
		DONE_LATE,
		/** Not done, due within {@link #SOON_DAYS} days. */
		DUE_SOON,
		/** Not done, and its deadline has passed. */
		OVERDUE,
		/** Not done, due later (or its date cannot be known yet). */
		PLANNED,
		/** Not done, and its condition ({@code wanneer}) does not hold for this document. */
		NOT_APPLICABLE
	}

	/** Days before a deadline from which a phase counts as {@link Status#DUE_SOON}. */
	public static final int SOON_DAYS = 14;

	/**
	 * One phase of a document's cycle at a reference date: its status, the date it was done ({@code null}
	 * when not), and its deadline ({@code null} when none is known).
	 */
	public record PhaseStatus(Phase phase, String label, Status status, LocalDate done, LocalDate due,
			boolean recommended) {
	}

	/**
	 * Every phase of the document's cycles in the format's order with its status at {@code at}, judged
	 * with the rules of {@link #pending} and {@link #late} ({@code opp due}, the form and the diagram
	 * share this).
	 */
	public static List<PhaseStatus> status(OppDocument document, LocalDate at) {
		Planning planning = new Planning(document, at);
		List<Due> pending = planning.pending();
		List<Late> late = planning.late();
		List<PhaseStatus> result = new ArrayList<>();
		for (Leaf leaf : document.schema().leaves()) {
			Phase phase = LegalFacts.phaseOf(leaf);
			if (phase == null) {
				continue;
			}
			LocalDate done = planning.facts.date(leaf).orElse(null);
			result.add(status(phase, leaf.label(), done, at, pending, late, planning.conditions));
		}
		return result;
	}

	private static PhaseStatus status(Phase phase, String label, LocalDate done, LocalDate at, List<Due> pending,
			List<Late> late, ConditionEvaluator conditions) {
		for (Due due : pending) {
			if (due.phase() == phase) {
				Status status = due.overdue(at) ? Status.OVERDUE
						: due.date().isAfter(at.plusDays(SOON_DAYS)) ? Status.PLANNED : Status.DUE_SOON;
				return new PhaseStatus(phase, label, status, done, due.date(), due.recommended());
			}
		}
		for (Late doneLate : late) {
			if (doneLate.phase() == phase) {
				return new PhaseStatus(phase, label, Status.DONE_LATE, done, doneLate.due(), phase.isRecommended());
			}
		}
		// a date filled in is a fact: the phase was done, whatever its condition says now
		if (done == null && phase.getDeadline() != null && !conditions.holds(phase.getCondition())) {
			return new PhaseStatus(phase, label, Status.NOT_APPLICABLE, done, null, phase.isRecommended());
		}
		return new PhaseStatus(phase, label, done != null ? Status.DONE : Status.PLANNED, done, null,
				phase.isRecommended());
	}

	private static final MonthDay SCHOOL_YEAR_START = MonthDay.of(8, 1);

	private final OppDocument document;
	private final LocalDate at;
	private final ConditionEvaluator conditions;
	private final LegalFacts facts;

	private Planning(OppDocument document, LocalDate at) {
		this.document = document;
		this.at = at;
		this.conditions = new ConditionEvaluator(document);
		this.facts = LegalFacts.of(document);
	}

	/** The phases still to do, with a known due date, earliest first. */
	public static List<Due> pending(OppDocument document, LocalDate at) {
		return new Planning(document, at).pending();
	}

	/**
	 * The phases done after their deadline, in order of their deadline. Periodic phases are left out: their
	 * next deadline runs from the date they were done.
	 */
	public static List<Late> late(OppDocument document, LocalDate at) {
		return new Planning(document, at).late();
	}

	/** The first pending phase, if any. */
	public static Optional<Due> next(OppDocument document, LocalDate at) {
		List<Due> pending = pending(document, at);
		return pending.stream().filter(due -> !due.recommended()).findFirst().or(() -> pending.stream().findFirst());
	}

	private List<Due> pending() {
		List<Due> result = new ArrayList<>();
		for (Leaf leaf : document.schema().leaves()) {
			Phase phase = LegalFacts.phaseOf(leaf);
			if (phase == null || phase.getDeadline() == null || !conditions.holds(phase.getCondition())) {
				continue;
			}
			Optional<LocalDate> done = facts.date(leaf);
			Optional<LocalDate> due = due(phase);
			if (due.isPresent() && !isDone(phase, done)) {
				result.add(new Due(phase, leaf.label(), due.get(), phase.isRecommended()));
			}
		}
		result.sort(Comparator.comparing(Due::date));
		return result;
	}

	private List<Late> late() {
		List<Late> result = new ArrayList<>();
		for (Leaf leaf : document.schema().leaves()) {
			Phase phase = LegalFacts.phaseOf(leaf);
			if (phase == null || phase.getDeadline() == null || phase.getDeadline() instanceof PeriodicDeadline
					|| !conditions.holds(phase.getCondition())) {
				continue;
			}
			Optional<LocalDate> done = facts.date(leaf);
			// A calendar phase done in a school year is judged against that year's date.
			Optional<LocalDate> due = done.flatMap(d -> phase.getDeadline() instanceof CalendarDeadline && !phase.isOneOff()
					? due(phase, schoolYearStart(d)) : due(phase));
			if (done.isPresent() && due.isPresent() && done.get().isAfter(due.get())) {
				result.add(new Late(phase, leaf.label(), due.get(), done.get()));
			}
		}
		result.sort(Comparator.comparing(Late::due));
		return result;
	}

	private boolean isDone(Phase phase, Optional<LocalDate> done) {
		if (done.isEmpty()) {
			return false;
		}
		if (phase.isOneOff()) {
			return true; // once, whenever
		}
		if (phase.getDeadline() instanceof CalendarDeadline) {
			return !done.get().isBefore(schoolYearStart());
		}
		if (phase.getDeadline() instanceof PeriodicDeadline periodic) {
			return !plus(done.get(), periodic.getAmount(), periodic.getUnit()).isBefore(at);
		}
		return true;
	}

	private Optional<LocalDate> due(Phase phase) {
		return due(phase, phase.isOneOff() ? startDate().map(Planning::schoolYearStart).orElse(schoolYearStart())
				: schoolYearStart());
	}

	/**
	 * When a phase is due, with calendar dates and the start and end of the school year taken in the
	 * school year that begins on {@code yearStart}. A one-off phase's year is that of the start date; its
	 * calendar date is the first on or after the start date, for an aanmelding the last on or before it.
	 */
	private Optional<LocalDate> due(Phase phase, LocalDate yearStart) {
		if (phase.getDeadline() instanceof CalendarDeadline calendar) {
			LocalDate date = LocalDate.of(yearStart.getYear(), calendar.getMonth().getValue() + 1, calendar.getDay());
			LocalDate inYear = date.isBefore(yearStart) ? date.plusYears(1) : date;
			Optional<LocalDate> start = startDate();
			if (phase.isOneOff() && start.isPresent()) {
				// Once: the aanmelding on the last such date before the start, anything else on the first after it.
				LocalDate from = start.get();
				List<LocalDate> dates = List.of(inYear.minusYears(2), inYear.minusYears(1), inYear, inYear.plusYears(1));
				return phase.getKind() == PhaseKind.AANMELDING
						? dates.stream().filter(d -> !d.isAfter(from)).max(Comparator.naturalOrder())
						: dates.stream().filter(d -> !d.isBefore(from)).min(Comparator.naturalOrder());
			}
			return Optional.of(inYear);
		}
		if (phase.getDeadline() instanceof PeriodicDeadline periodic) {
			Optional<LocalDate> last = facts.date(leafOf(phase));
			Optional<LocalDate> from = last.or(() -> phaseDate(PhaseKind.VASTSTELLING));
			return from.map(d -> plus(d, periodic.getAmount(), periodic.getUnit()));
		}
		if (phase.getDeadline() instanceof RelativeDeadline relative) {
			Optional<LocalDate> event = relative.getAfterPhase() != null
					? facts.date(leafOf(relative.getAfterPhase()))
					: eventDate(relative, yearStart);
			int amount = relative.isBefore() ? -relative.getAmount() : relative.getAmount();
			return event.map(d -> plus(d, amount, relative.getUnit()));
		}
		return Optional.empty();
	}

	/**
	 * The date a relative deadline runs from. Inschrijving, plaatsing and start of extra support are the
	 * start date (the field tagged {@code wet startdatum}); the intake is the aanmelding, which the six
	 * weeks do not run from (Handreiking OPP 3.2).
	 */
	private Optional<LocalDate> eventDate(RelativeDeadline relative, LocalDate yearStart) {
		return switch (relative.getEvent()) {
		case INSCHRIJVING, PLAATSING, START_ONDERSTEUNING -> startDate();
		case INTAKE -> phaseDate(PhaseKind.AANMELDING);
		case VASTSTELLING -> phaseDate(PhaseKind.VASTSTELLING);
		case START_SCHOOLJAAR -> Optional.of(yearStart);
		case EINDE_SCHOOLJAAR -> Optional.of(yearStart.plusYears(1).minusDays(1));
		};
	}

	private Optional<LocalDate> startDate() {
		return facts.date(facts.startDate());
	}

	private Optional<LocalDate> phaseDate(PhaseKind kind) {
		for (Leaf leaf : document.schema().leaves()) {
			if (leaf.element() instanceof CycleBlock cycle
					&& cycle.getPhases().stream().anyMatch(p -> p.getName().equals(leaf.name()) && p.getKind() == kind)) {
				Optional<LocalDate> date = facts.date(leaf);
				if (date.isPresent()) {
					return date;
				}
			}
		}
		return Optional.empty();
	}

	private Leaf leafOf(Phase phase) {
		return document.schema().leaves().stream()
				.filter(leaf -> leaf.element() == phase.eContainer() && leaf.name().equals(phase.getName())).findFirst()
				.orElse(null);
	}

	private LocalDate schoolYearStart() {
		return schoolYearStart(at);
	}

	/** The first day of the school year that holds {@code date}. */
	static LocalDate schoolYearStart(LocalDate date) {
		LocalDate start = SCHOOL_YEAR_START.atYear(date.getYear());
		return date.isBefore(start) ? start.minusYears(1) : start;
	}

	private static LocalDate plus(LocalDate date, int amount, nl.oppstudio.format.model.TimeUnit unit) {
		return switch (unit) {
		case DAYS -> date.plusDays(amount);
		case WEEKS -> date.plusWeeks(amount);
		case MONTHS -> date.plusMonths(amount);
		};
	}

}
