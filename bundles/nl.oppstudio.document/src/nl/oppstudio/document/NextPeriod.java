package nl.oppstudio.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.internal.Messages;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.format.model.SignaturesBlock;

/**
 * "Nieuw plan voor de volgende periode": a new version of an evaluated OPP, as a new document. Every
 * value is carried over, except what belongs to one period: the dates of the cycle's phases (and other
 * vaststelling and evaluation dates), the consent on the handelingsdeel and the signatures, which belong
 * to the plan that was agreed on. Each goal text starts with a mark line that says it comes from the
 * previous period and when that was evaluated ({@link #MARK}). The new document is a concept; its log
 * starts with one entry ({@link Lifecycle#NEXT_PERIOD}) that names the previous file and holds the hash of
 * its last log entry. The previous document is not changed.
 */
public final class NextPeriod {

	/** The start of the mark line put before each goal carried over; a second next period replaces it. */
	public static final String MARK = "[Vorige periode";

	/** The new plan, the goals marked and the values cleared (paths, rows numbered from 1). */
	public record Result(OppDocument document, List<String> marked, List<String> cleared) {
	}

	/** What a plan's first log entry says about the version it follows. */
	public record Link(String file, String hash) {
	}

	private final List<String> marked = new ArrayList<>();
	private final List<String> cleared = new ArrayList<>();
	private final Set<Leaf> perPeriod = new HashSet<>();
	private final String mark;

	private NextPeriod(String mark) {
		this.mark = mark;
	}

	/**
	 * Starts the plan for the next period from an evaluated one. The previous document is read, never
	 * changed.
	 *
	 * @param previous     the evaluated plan (state geevalueerd)
	 * @param previousFile the file name of the previous plan, as the log of the new one names it
	 * @param by           who starts the new plan, for the log
	 * @throws LifecycleException when the plan is not evaluated, or its log does not check out
	 */
	public static Result start(OppDocument previous, String previousFile, String by, OffsetDateTime at)
			throws LifecycleException {
		State state = Lifecycle.state(previous);
		if (state != State.GEEVALUEERD) {
			throw new LifecycleException(NLS.bind(Messages.nextPeriodNotEvaluated, state.label()));
		}
		List<Diagnostic> logProblems = Lifecycle.verify(previous, null);
		if (!logProblems.isEmpty()) {
			throw new LifecycleException(NLS.bind(Messages.nextPeriodBrokenLog, logProblems.get(0).message()));
		}
		List<Lifecycle.Entry> log = Lifecycle.entries(previous);
		Lifecycle.Entry last = log.get(log.size() - 1);
		LocalDate evaluated = Lifecycle.lastMoveTo(previous, State.GEEVALUEERD).orElse(at.toLocalDate());

		OppDocument next = copy(previous);
		NextPeriod period = new NextPeriod(
				NLS.bind(Messages.nextPeriodMark, DisplayValues.day(evaluated)));
		period.collectPerPeriod(next);
		period.walk(next.root(), next.schema().outline(), "");
		Lifecycle.recordNextPeriod(next, previousFile, last.get("hash"), by,
				NLS.bind(Messages.nextPeriodLogRemark, new Object[] { previousFile, last.get("volgnummer"), evaluated }), at);
		return new Result(next, List.copyOf(period.marked), List.copyOf(period.cleared));
	}

	/** The previous version a plan follows, when its log starts with a {@link Lifecycle#NEXT_PERIOD} entry. */
	public static Optional<Link> previous(OppDocument document) {
		List<Lifecycle.Entry> log = Lifecycle.entries(document);
		if (log.isEmpty() || !Lifecycle.NEXT_PERIOD.equals(log.get(0).get("handeling"))) {
			return Optional.empty();
		}
		return Optional.of(new Link(log.get(0).get("van"), log.get(0).get("vorige")));
	}

	/** The goal text without the mark line of a previous period (as the school wrote it). */
	public static String unmarked(String goal) {
		if (goal != null && goal.startsWith(MARK)) {
			int end = goal.indexOf('\n');
			return end < 0 ? "" : goal.substring(end + 1);
		}
		return goal;
	}

	/** A copy of the document's content (and of the content its format does not know), without its log. */
	private static OppDocument copy(OppDocument previous) {
		OppDocument next = Documents.create(previous.format());
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		EObject root = copier.copy(previous.root());
		copier.copyReferences();
		next.root().eResource().getContents().set(0, root);
		OppDocument document = new OppDocument(next.schema(), root);
		((List<?>) root.eGet(document.schema().logReference())).clear();
		if (previous.root().eResource() instanceof XMLResource from && root.eResource() instanceof XMLResource to) {
			for (Map.Entry<EObject, AnyType> unknown : from.getEObjectToExtensionMap().entrySet()) {
				EObject owner = copier.get(unknown.getKey());
				if (owner != null) {
					to.getEObjectToExtensionMap().put(owner, EcoreUtil.copy(unknown.getValue()));
				}
			}
		}
		return document;
	}

	/** The leaves that belong to one period, found through the law's facts and the format's blocks. */
	private void collectPerPeriod(OppDocument document) {
		LegalFacts facts = LegalFacts.of(document);
		perPeriod.addAll(facts.adoptions());
		perPeriod.addAll(facts.evaluations());
		Branch consent = facts.consent();
		if (consent != null) {
			consent.children().stream().filter(Leaf.class::isInstance).map(Leaf.class::cast).forEach(perPeriod::add);
		}
	}

	private void walk(EObject owner, List<SchemaNode> nodes, String prefix) {
		for (SchemaNode node : nodes) {
			if (node instanceof Leaf leaf) {
				String value = OppDocument.value(owner, leaf);
				if (value == null) {
					continue;
				}
				String path = prefix + leaf.name();
				if (perPeriod.contains(leaf) || leaf.element() instanceof CycleBlock
						|| leaf.element() instanceof SignaturesBlock || isEvaluation(leaf)) {
					owner.eUnset(leaf.attribute());
					cleared.add(path);
				} else if (isGoal(leaf) && !value.isBlank()) {
					owner.eSet(leaf.attribute(), mark + "\n" + unmarked(value));
					marked.add(path);
				}
			} else if (node instanceof Branch branch) {
				List<EObject> rows = OppDocument.objects(owner, branch);
				for (int row = 0; row < rows.size(); row++) {
					String step = branch.repeating() ? branch.name() + "[" + (row + 1) + "]/" : branch.name() + "/";
					walk(rows.get(row), branch.children(), prefix + step);
				}
			}
		}
	}

	/** A goal: the text ({@code doel}) of a goal row of a {@code doelen} block (not its actions). */
	private static boolean isGoal(Leaf leaf) {
		return leaf.element() instanceof GoalsBlock && Slots.GOAL_TEXT.equals(leaf.name());
	}

	/** A goal's evaluation belongs to the period it was evaluated in: the new plan starts without. */
	private static boolean isEvaluation(Leaf leaf) {
		return leaf.element() instanceof GoalsBlock && Slots.GOAL_EVALUATION.equals(leaf.name());
	}
}
