package nl.oppstudio.format.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.format.model.Actor;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.DiagramPlacement;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.FactorArea;
import nl.oppstudio.format.model.FactorsBlock;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.GoalHorizon;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.format.model.LegalTag;
import nl.oppstudio.format.model.NeedSubject;
import nl.oppstudio.format.model.NeedsBlock;
import nl.oppstudio.format.model.OogoBlock;
import nl.oppstudio.format.model.OutflowBlock;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.format.model.PupilViewBlock;
import nl.oppstudio.format.model.Section;

/**
 * Scores a format against the 15 points of the Handreiking's checklist (seed 001, Bijlage 1, "Checklist:
 * wat maakt een OPP-format functioneel?", versie 2, maart 2025). A point is met when the format's
 * structure provides for it; points that depend on how a document is filled in, or on a human
 * judgement, are "niet te beoordelen" with the reason, never counted as met.
 */
public final class Checklist {

	/** The outcome of one point. */
	public enum Status {
		MET(Messages.checklistMet), NOT_MET(Messages.checklistNotMet), CANNOT_TELL(Messages.checklistCannotTell);

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return text(label);
		}
	}

	/**
	 * One point: its number (1–15), the question in short, the outcome and why; {@code member} is the
	 * element of the format that meets it or that the point is about ({@code null} when there is none).
	 */
	public record Item(int number, String question, Status status, String reason, Element member) {
		public Item(int number, String question, Status status, String reason) {
			this(number, question, status, reason, null);
		}
	}

	/** All 15 points; {@link #score()} counts the ones met. */
	public record Result(List<Item> items) {
		public int score() {
			return (int) items.stream().filter(item -> item.status() == Status.MET).count();
		}

		public int max() {
			return items.size();
		}
	}

	private final List<Element> elements;
	private final List<Item> items = new ArrayList<>();

	private Checklist(Format format) {
		this.elements = Formats.allElements(format);
	}

	public static Result evaluate(Format format) {
		Checklist checklist = new Checklist(format);
		checklist.run(format);
		return new Result(List.copyOf(checklist.items));
	}

	private void run(Format format) {
		Set<FactorArea> areas = LegalMinimum.factorAreas(elements);
		about(first(e -> e instanceof FactorsBlock || tagged(e, LegalTag.FACTOREN)));
		item(1, Messages.checklistQuestion1,
				areas.containsAll(EnumSet.allOf(FactorArea.class)) ? met(Messages.checklistFactorsAll)
						: notMet(Messages.checklistFactorsMissing, missing(areas)));
		Element factors = first(e -> e instanceof FactorsBlock || tagged(e, LegalTag.FACTOREN));
		about(factors);
		item(2, Messages.checklistQuestion2,
				factors != null && mentions(factors, "recent")
						? met(Messages.checklistFactorsRecent, Formats.label(factors))
						: cannotTell(Messages.checklistFactorsRecentUnknown));
		OutflowBlock outflow = (OutflowBlock) first(e -> e instanceof OutflowBlock);
		boolean reasoned = outflow != null && outflow.isReasoning() || first(e -> tagged(e, LegalTag.ONDERBOUWING)) != null;
		boolean concrete = outflow != null && (!outflow.getLevels().isEmpty() || !outflow.getDestinations().isEmpty());
		about(outflow != null ? outflow : first(e -> tagged(e, LegalTag.ONDERBOUWING)));
		item(3, Messages.checklistQuestion3,
				reasoned && concrete ? met(Messages.checklistOutflowMet)
						: reasoned ? notMet(Messages.checklistOutflowFreeText)
								: notMet(Messages.checklistOutflowNoReasoning));
		about(first(e -> e instanceof CycleBlock));
		item(4, Messages.checklistQuestion4, cycle());
		about(first(e -> e instanceof GoalsBlock));
		item(5, Messages.checklistQuestion5, goalsRelation(outflow));
		about(first(e -> tagged(e, LegalTag.INCLUSIE)));
		item(6, Messages.checklistQuestion6, tagged(LegalTag.INCLUSIE, Messages.checklistInclusionMet,
				Messages.checklistInclusionNotMet));
		Set<NeedSubject> needs = needSubjects();
		about(first(e -> e instanceof NeedsBlock || tagged(e, LegalTag.BEHOEFTEN)));
		item(7, Messages.checklistQuestion7,
				needs.containsAll(EnumSet.allOf(NeedSubject.class)) ? met(Messages.checklistNeedsAll)
						: needs.isEmpty() ? notMet(Messages.checklistNoNeeds)
								: notMet(Messages.checklistNeedsMissing, EnumSet.complementOf(EnumSet.copyOf(needs)).stream()
										.map(NeedSubject::getLiteral).toList()));
		List<GoalsBlock> goals = elements.stream().filter(GoalsBlock.class::isInstance).map(GoalsBlock.class::cast).toList();
		about(goals.stream().filter(g -> !g.getActors().isEmpty() && g.isCriterion()).findFirst()
				.orElse(goals.isEmpty() ? null : goals.get(0)));
		item(8, Messages.checklistQuestion8,
				goals.stream().anyMatch(g -> !g.getActors().isEmpty() && g.isCriterion())
						? met(Messages.checklistActionsMet)
						: notMet(Messages.checklistActionsNotMet));
		Element handelingsdeel = first(e -> e instanceof Section section && section.isHandelingsdeel()
				|| tagged(e, LegalTag.HANDELINGSDEEL));
		about(handelingsdeel);
		item(9, Messages.checklistQuestion9,
				handelingsdeel != null && mentions(handelingsdeel, "basisondersteuning", "extra")
						? met(Messages.checklistExtraMet)
						: cannotTell(Messages.checklistExtraUnknown));
		about(goals.stream().filter(g -> g.getActors().contains(Actor.HULPVERLENING)).findFirst()
				.orElse(null));
		about(first(e -> tagged(e, LegalTag.SAMENWERKING_ZORG)));
		item(10, Messages.checklistQuestion10,
				goals.stream().anyMatch(g -> g.getActors().contains(Actor.HULPVERLENING))
						|| first(e -> tagged(e, LegalTag.SAMENWERKING_ZORG)) != null
						? met(Messages.checklistCareMet)
						: notMet(Messages.checklistCareNotMet));
		about(first(e -> e instanceof OogoBlock || tagged(e, LegalTag.OOGO)));
		about(first(e -> e instanceof PupilViewBlock || tagged(e, LegalTag.HOORRECHT)));
		item(11, Messages.checklistQuestion11, participation());
		item(12, Messages.checklistQuestion12,
				format.getPagesMax() > 0 && format.getPagesMax() <= 5 ? met(Messages.checklistPagesMet, format.getPagesMin(), format.getPagesMax())
						: format.getPagesMax() > 5 ? notMet(Messages.checklistPagesTooMany, format.getPagesMax())
								: cannotTell(Messages.checklistPagesUnknown));
		item(13, Messages.checklistQuestion13, cannotTell(Messages.checklistLanguage));
		about(first(e -> e instanceof GoalsBlock || e instanceof CycleBlock));
		item(14, Messages.checklistQuestion14, diagrams());
		item(15, Messages.checklistQuestion15, cannotTell(Messages.checklistJudgement));
	}

	private Outcome cycle() {
		CycleBlock cycle = (CycleBlock) first(e -> e instanceof CycleBlock);
		if (cycle == null || cycle.getPhases().isEmpty()) {
			return notMet(Messages.checklistNoCycle);
		}
		long withDeadline = cycle.getPhases().stream().filter(phase -> phase.getDeadline() != null).count();
		boolean timed = withDeadline >= Math.min(2, cycle.getPhases().size());
		boolean responsible = cycle.getPhases().stream().anyMatch(phase -> !phase.getResponsible().isEmpty());
		boolean evaluated = cycle.getPhases().stream().map(Phase::getKind)
				.anyMatch(kind -> kind == PhaseKind.EVALUATIE || kind == PhaseKind.EINDGESPREK);
		if (timed && responsible && evaluated) {
			return met(Messages.checklistCycleMet, withDeadline, cycle.getPhases().size());
		}
		List<String> lacking = new ArrayList<>();
		if (!timed) {
			lacking.add(text(Messages.checklistNoTimeline));
		}
		if (!responsible) {
			lacking.add(text(Messages.checklistNoResponsible));
		}
		if (!evaluated) {
			lacking.add(text(Messages.checklistNoEvaluation));
		}
		return new Outcome(Status.NOT_MET, String.join("; ", lacking));
	}

	/**
	 * Point 14: the PDF holds a diagram of the goal hierarchy or of the planning cycle. Every doelen and
	 * cyclus block has one, after the block unless its {@code diagram { pdf … }} says otherwise.
	 */
	private Outcome diagrams() {
		List<String> inPdf = new ArrayList<>();
		List<String> hidden = new ArrayList<>();
		for (Element element : elements) {
			DiagramStyle style = element instanceof GoalsBlock goals ? goals.getDiagram()
					: element instanceof CycleBlock cycle ? cycle.getDiagram() : null;
			if (!(element instanceof GoalsBlock || element instanceof CycleBlock)) {
				continue;
			}
			DiagramPlacement placement = style == null ? DiagramPlacement.AFTER_BLOCK : style.getPlacement();
			String label = "'" + Formats.label(element) + "'";
			if (placement == DiagramPlacement.NONE) {
				hidden.add(label);
			} else {
				inPdf.add(NLS.bind(placement == DiagramPlacement.END ? Messages.checklistVisualAtEnd
						: Messages.checklistVisualAfterBlock, label));
			}
		}
		if (!inPdf.isEmpty()) {
			return met(Messages.checklistVisualMet, String.join(", ", inPdf));
		}
		if (!hidden.isEmpty()) {
			return notMet(Messages.checklistVisualHidden, String.join(", ", hidden));
		}
		return notMet(Messages.checklistVisualNotMet);
	}

	private Outcome goalsRelation(OutflowBlock outflow) {
		Set<GoalHorizon> horizons = EnumSet.noneOf(GoalHorizon.class);
		elements.stream().filter(GoalsBlock.class::isInstance).map(GoalsBlock.class::cast)
				.forEach(goals -> goals.getLevels().forEach(level -> horizons.add(level.getHorizon())));
		if (horizons.isEmpty()) {
			return notMet(Messages.checklistNoGoalLevels);
		}
		boolean longTerm = horizons.contains(GoalHorizon.UITSTROOM) || horizons.contains(GoalHorizon.LANGE_TERMIJN);
		if (longTerm && horizons.contains(GoalHorizon.KORTE_TERMIJN)) {
			return met(outflow != null ? Messages.checklistGoalsUnderOutflow : Messages.checklistGoalsBothTerms);
		}
		return notMet(Messages.checklistGoalsOneTerm);
	}

	private Outcome participation() {
		boolean oogo = first(e -> e instanceof OogoBlock || tagged(e, LegalTag.OOGO)) != null;
		boolean consent = first(e -> e instanceof Field field && field.getType() instanceof ConsentType
				|| tagged(e, LegalTag.OUDERINSTEMMING)) != null;
		boolean heard = first(e -> e instanceof PupilViewBlock || tagged(e, LegalTag.HOORRECHT)) != null;
		if (oogo && consent && heard) {
			return met(Messages.checklistParticipationMet);
		}
		List<String> lacking = new ArrayList<>();
		if (!oogo) {
			lacking.add(text(Messages.checklistOogo));
		}
		if (!consent) {
			lacking.add(text(Messages.checklistConsent));
		}
		if (!heard) {
			lacking.add(text(Messages.checklistHoorrecht));
		}
		return notMet(Messages.checklistLacking, String.join(", ", lacking));
	}

	private Set<NeedSubject> needSubjects() {
		Set<NeedSubject> subjects = EnumSet.noneOf(NeedSubject.class);
		for (Element element : elements) {
			if (element instanceof NeedsBlock needs) {
				subjects.addAll(needs.getSubjects().isEmpty() ? EnumSet.allOf(NeedSubject.class) : needs.getSubjects());
			} else if (tagged(element, LegalTag.BEHOEFTEN)) {
				subjects.addAll(EnumSet.allOf(NeedSubject.class));
			}
		}
		return subjects;
	}

	private static String missing(Set<FactorArea> areas) {
		Set<FactorArea> missing = EnumSet.allOf(FactorArea.class);
		missing.removeAll(areas);
		return missing.stream().map(FactorArea::getLiteral).toList().toString();
	}

	private Outcome tagged(LegalTag tag, String metReason, String notMetReason) {
		Element element = first(e -> tagged(e, tag));
		return element != null ? met(Messages.checklistTagged, text(metReason), Formats.label(element)) : notMet(notMetReason);
	}

	private static boolean tagged(Element element, LegalTag tag) {
		return element.getLegalTags().contains(tag);
	}

	private static boolean mentions(Element element, String... words) {
		String help = element.getHelp() == null ? "" : element.getHelp().toLowerCase(Locale.ROOT);
		for (String word : words) {
			if (help.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private Element first(Predicate<Element> predicate) {
		return elements.stream().filter(predicate).findFirst().orElse(null);
	}

	private record Outcome(Status status, String reason) {
	}

	/** The element the current point is about, set while its outcome is judged. */
	private Element member;

	private void about(Element element) {
		if (member == null) {
			member = element;
		}
	}

	private static Outcome met(String message, Object... arguments) {
		return new Outcome(Status.MET, NLS.bind(message, arguments));
	}

	private static Outcome notMet(String message, Object... arguments) {
		return new Outcome(Status.NOT_MET, NLS.bind(message, arguments));
	}

	private static Outcome cannotTell(String message, Object... arguments) {
		return new Outcome(Status.CANNOT_TELL, NLS.bind(message, arguments));
	}

	/** A message without arguments, its quotes resolved as in one with arguments. */
	private static String text(String message) {
		return NLS.bind(message, new Object[0]);
	}

	private void item(int number, String question, Outcome outcome) {
		items.add(new Item(number, text(question), outcome.status(), outcome.reason(), member));
		member = null;
	}
}
