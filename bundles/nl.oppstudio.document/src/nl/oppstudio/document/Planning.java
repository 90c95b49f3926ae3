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
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.LegalTag;
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

	private static final MonthDay SCHOOL_YEAR_START = MonthDay.of(8, 1);

	private final OppDocument document;
	private final LocalDate at;
	private final nl.oppstudio.document.internal.ConditionEvaluator conditions;

	private Planning(OppDocument document, LocalDate at) {
		this.document = document;
		this.at = at;
		this.conditions = new nl.oppstudio.document.internal.ConditionEvaluator(document);
	}

	/** The phases still to do, with a known due date, earliest first. */
	public static List<Due> pending(OppDocument document, LocalDate at) {
		return new Planning(document, at).pending();
	}

	/** The first pending phase, if any. */
	public static Optional<Due> next(OppDocument document, LocalDate at) {
		List<Due> pending = pending(document, at);
		return pending.stream().filter(due -> !due.recommended()).findFirst().or(() -> pending.stream().findFirst());
	}

	private List<Due> pending() {
		List<Due> result = new ArrayList<>();
		for (Leaf leaf : document.schema().leaves()) {
			if (leaf.element() instanceof CycleBlock cycle) {
				Phase phase = cycle.getPhases().stream().filter(p -> p.getName().equals(leaf.name())).findFirst().orElse(null);
				if (phase == null || phase.getDeadline() == null || !conditions.holds(phase.getCondition())) {
					continue;
				}
				Optional<LocalDate> done = date(document.value(leaf));
				Optional<LocalDate> due = due(phase);
				if (due.isPresent() && !isDone(phase, done)) {
					result.add(new Due(phase, leaf.label(), due.get(), phase.isRecommended()));
				}
			}
		}
		result.sort(Comparator.comparing(Due::date));
		return result;
	}

	private boolean isDone(Phase phase, Optional<LocalDate> done) {
		if (done.isEmpty()) {
			return false;
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
		if (phase.getDeadline() instanceof CalendarDeadline calendar) {
			LocalDate start = schoolYearStart();
			LocalDate date = LocalDate.of(start.getYear(), calendar.getMonth().getValue() + 1, calendar.getDay());
			return Optional.of(date.isBefore(start) ? date.plusYears(1) : date);
		}
		if (phase.getDeadline() instanceof PeriodicDeadline periodic) {
			Optional<LocalDate> last = date(valueOf(leafOf(phase)));
			Optional<LocalDate> from = last.or(() -> phaseDate(PhaseKind.VASTSTELLING));
			return from.map(d -> plus(d, periodic.getAmount(), periodic.getUnit()));
		}
		if (phase.getDeadline() instanceof RelativeDeadline relative) {
			Optional<LocalDate> event = relative.getAfterPhase() != null
					? date(valueOf(leafOf(relative.getAfterPhase())))
					: eventDate(relative);
			int amount = relative.isBefore() ? -relative.getAmount() : relative.getAmount();
			return event.map(d -> plus(d, amount, relative.getUnit()));
		}
		return Optional.empty();
	}

	private Optional<LocalDate> eventDate(RelativeDeadline relative) {
		return switch (relative.getEvent()) {
		case INTAKE, PLAATSING, START_ONDERSTEUNING -> startDate();
		case VASTSTELLING -> phaseDate(PhaseKind.VASTSTELLING);
		case START_SCHOOLJAAR -> Optional.of(schoolYearStart());
		case EINDE_SCHOOLJAAR -> Optional.of(schoolYearStart().plusYears(1).minusDays(1));
		};
	}

	private Optional<LocalDate> startDate() {
		for (Leaf leaf : document.schema().leaves()) {
			if (leaf.element() instanceof Field field && field.getLegalTags().contains(LegalTag.STARTDATUM)
					&& leaf.name().equals(field.getName())) {
				return date(document.value(leaf));
			}
		}
		return Optional.empty();
	}

	private Optional<LocalDate> phaseDate(PhaseKind kind) {
		for (Leaf leaf : document.schema().leaves()) {
			if (leaf.element() instanceof CycleBlock cycle
					&& cycle.getPhases().stream().anyMatch(p -> p.getName().equals(leaf.name()) && p.getKind() == kind)) {
				Optional<LocalDate> date = date(document.value(leaf));
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

	private String valueOf(Leaf leaf) {
		return leaf == null ? null : document.value(leaf);
	}

	private LocalDate schoolYearStart() {
		LocalDate start = SCHOOL_YEAR_START.atYear(at.getYear());
		return at.isBefore(start) ? start.minusYears(1) : start;
	}

	private static LocalDate plus(LocalDate date, int amount, nl.oppstudio.format.model.TimeUnit unit) {
		return switch (unit) {
		case DAYS -> date.plusDays(amount);
		case WEEKS -> date.plusWeeks(amount);
		case MONTHS -> date.plusMonths(amount);
		};
	}

	private Optional<LocalDate> date(String value) {
		try {
			return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
		} catch (java.time.format.DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
