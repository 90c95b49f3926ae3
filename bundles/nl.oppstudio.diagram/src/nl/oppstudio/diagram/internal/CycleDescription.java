package nl.oppstudio.diagram.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.diagram.DiagramKind;
import nl.oppstudio.diagram.Edge;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeRole;
import nl.oppstudio.diagram.NodeState;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.document.DisplayValues;
import nl.oppstudio.document.Planning;
import nl.oppstudio.format.model.CalendarDeadline;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.Deadline;
import nl.oppstudio.format.model.PeriodicDeadline;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.format.model.RelativeDeadline;
import nl.oppstudio.format.model.TimeUnit;

/**
 * The description of the cycle diagram: the phases of a {@code cyclus} block in order, each with its
 * kind, label, deadline in words, who does it and whether the parents take part; for a document also the
 * date it was done or is due and its state ({@link Planning#status}, the rules of {@code opp due}). An
 * arrow runs from each phase to the next and from the last back to the first.
 */
public final class CycleDescription {


	private CycleDescription() {
	}

	/** The phase's node id. */
	public static String id(Phase phase) {
		return "fase:" + phase.getName();
	}

	/**
	 * The scene of one block (not laid out); {@code statuses} by phase (empty for a format without a
	 * document) and {@code paths} the form path of each phase's date.
	 */
	public static Scene describe(CycleBlock block, String pupil, Map<Phase, Planning.PhaseStatus> statuses,
			Map<Phase, String> paths) {
		String label = block.getLabel() != null ? block.getLabel() : Messages.cycleTitle;
		Scene scene = new Scene(DiagramKind.CYCLE, label);
		Styles styles = Styles.of(block.getDiagram());
		List<String> alt = new ArrayList<>();
		int number = 0;
		for (Phase phase : block.getPhases()) {
			number++;
			Planning.PhaseStatus status = statuses.get(phase);
			NodeState state = status == null ? NodeState.NONE : state(status.status());
			String text = phase.getLabel() != null ? phase.getLabel() : phase.getName();
			Node node = new Node(id(phase), NodeRole.PHASE, phase, paths.get(phase), null).caption(kind(phase.getKind()))
					.text(text).state(state);
			List<String> details = new ArrayList<>();
			String deadline = deadline(phase.getDeadline());
			details.add(deadline);
			if (!phase.getResponsible().isEmpty()) {
				details.add(NLS.bind(Messages.responsible, String.join(", ", phase.getResponsible())));
			}
			if (phase.isWithParents()) {
				details.add(Messages.withParents);
			}
			List<String> words = new ArrayList<>(List.of(deadline));
			if (status != null) {
				boolean open = status.status() == Planning.Status.DUE_SOON || status.status() == Planning.Status.OVERDUE
						|| status.status() == Planning.Status.PLANNED;
				if (status.done() != null) {
					details.add(NLS.bind(Messages.phaseDone, DisplayValues.day(status.done())));
					// a periodic phase done before and due again: the next date, as the form's cycle says it
					if (open && status.due() != null) {
						String next = NLS.bind(Messages.phaseNext, DisplayValues.day(status.due()));
						details.add(next);
						words.add(next.toLowerCase(java.util.Locale.ROOT));
					}
				} else if (status.due() != null) {
					details.add(NLS.bind(Messages.phaseDue, DisplayValues.day(status.due())));
				}
				if (status.status() == Planning.Status.NOT_APPLICABLE) {
					details.add(Messages.phaseNotApplicable);
				}
				words.add(stateWord(status.status()));
			}
			node.style(styles.style(NodeRole.PHASE, state));
			Boxes.size(node, details);
			scene.add(node);
			alt.add(NLS.bind(Messages.altPhase, new Object[] { number, node.caption(), text }) + " ("
					+ String.join("; ", words) + ")");
		}
		List<Node> nodes = scene.nodes();
		for (int i = 0; i < nodes.size() && nodes.size() > 1; i++) {
			scene.add(new Edge(nodes.get(i), nodes.get((i + 1) % nodes.size()), true));
		}
		if (nodes.size() > 1) {
			alt.add(Messages.altCycleBack);
		}
		String title = pupil == null || pupil.isBlank() ? label : NLS.bind(Messages.cycleOf, label, pupil);
		scene.altText(title + ": " + String.join("; ", alt));
		return scene;
	}

	/** The node state of a phase's status. */
	public static NodeState state(Planning.Status status) {
		return switch (status) {
		case DONE -> NodeState.DONE;
		case DONE_LATE -> NodeState.DONE_LATE;
		case DUE_SOON -> NodeState.DUE_SOON;
		case OVERDUE -> NodeState.OVERDUE;
		case PLANNED -> NodeState.PLANNED;
		case NOT_APPLICABLE -> NodeState.NONE;
		};
	}

	private static String stateWord(Planning.Status status) {
		return switch (status) {
		case DONE -> Messages.stateDone;
		case DONE_LATE -> Messages.stateDoneLate;
		case DUE_SOON -> Messages.stateDueSoon;
		case OVERDUE -> Messages.stateOverdue;
		case PLANNED -> Messages.statePlanned;
		case NOT_APPLICABLE -> Messages.stateNotApplicable;
		};
	}

	/** The Dutch name of a kind of phase. */
	public static String kind(PhaseKind kind) {
		if (kind == null) {
			return Messages.kindOther;
		}
		return switch (kind) {
		case OTHER -> Messages.kindOther;
		case AANMELDING -> Messages.kindAanmelding;
		case OPSTELLEN -> Messages.kindOpstellen;
		case REGISTRATIE -> Messages.kindRegistratie;
		case VASTSTELLING -> Messages.kindVaststelling;
		case ONDERTEKENING -> Messages.kindOndertekening;
		case STARTGESPREK -> Messages.kindStartgesprek;
		case VOORTGANGSGESPREK -> Messages.kindVoortgangsgesprek;
		case EINDGESPREK -> Messages.kindEindgesprek;
		case EVALUATIE -> Messages.kindEvaluatie;
		};
	}

	/** "6 weken", "1 week". */
	private static String unit(int amount, TimeUnit unit) {
		if (amount != 1) {
			return unit.getLiteral();
		}
		return switch (unit) {
		case DAYS -> Messages.unitDay;
		case WEEKS -> Messages.unitWeek;
		case MONTHS -> Messages.unitMonth;
		};
	}

	/** A deadline in words, as the format says it: "uiterlijk 6 weken na inschrijving", "elke 6 maanden". */
	public static String deadline(Deadline deadline) {
		if (deadline instanceof RelativeDeadline relative) {
			String event = relative.getAfterPhase() != null
					? NLS.bind(Messages.deadlineAfterPhase, relative.getAfterPhase().getLabel() != null
							? relative.getAfterPhase().getLabel() : relative.getAfterPhase().getName())
					: relative.getEvent().getLiteral().replace('-', ' ');
			if (relative.getAmount() == 0) {
				return NLS.bind(Messages.deadlineAt, event);
			}
			return NLS.bind(Messages.deadlineRelative, new Object[] { relative.getAmount(),
					unit(relative.getAmount(), relative.getUnit()),
					relative.isBefore() ? Messages.deadlineBefore : Messages.deadlineAfter, event });
		}
		if (deadline instanceof CalendarDeadline calendar) {
			return NLS.bind(Messages.deadlineCalendar, calendar.getDay(), calendar.getMonth().getLiteral());
		}
		if (deadline instanceof PeriodicDeadline periodic) {
			return periodic.getAmount() == 1 ? NLS.bind(Messages.deadlineEvery, unit(1, periodic.getUnit()))
					: NLS.bind(Messages.deadlinePeriodic, periodic.getAmount(), unit(periodic.getAmount(), periodic.getUnit()));
		}
		return Messages.deadlineNone;
	}
}
