package nl.oppstudio.format.dsl.checklist;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import nl.oppstudio.format.dsl.validation.LegalMinimum;
import nl.oppstudio.format.model.Actor;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.CycleBlock;
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
		MET("voldoet"), NOT_MET("voldoet niet"), CANNOT_TELL("niet te beoordelen");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One point: its number (1–15), the question in short, the outcome and why. */
	public record Item(int number, String question, Status status, String reason) {
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
		item(1, "Bevorderende en belemmerende factoren van leerling, onderwijs en ouders/thuis",
				areas.containsAll(EnumSet.allOf(FactorArea.class)) ? met("het formaat vraagt factoren van leerling, onderwijs en thuis")
						: notMet("factoren ontbreken voor " + missing(areas)));
		Element factors = first(e -> e instanceof FactorsBlock || tagged(e, LegalTag.FACTOREN));
		item(2, "Factoren recent en relevant",
				factors != null && mentions(factors, "recent")
						? met("de uitleg bij '" + Formats.label(factors) + "' vraagt om recente en relevante factoren")
						: cannotTell("hangt af van het invullen; vraag in de uitleg bij de factoren om recente en relevante informatie"));
		OutflowBlock outflow = (OutflowBlock) first(e -> e instanceof OutflowBlock);
		boolean reasoned = outflow != null && outflow.isReasoning() || first(e -> tagged(e, LegalTag.ONDERBOUWING)) != null;
		boolean concrete = outflow != null && (!outflow.getLevels().isEmpty() || !outflow.getDestinations().isEmpty());
		item(3, "Uitstroomperspectief onderbouwd en concreet",
				reasoned && concrete ? met("uitstroomniveau of -bestemming als keuze, met onderbouwing")
						: reasoned ? notMet("onderbouwing aanwezig, maar niveau en bestemming zijn vrije tekst: maak ze concreet met opties")
								: notMet("geen onderbouwing van het uitstroomperspectief"));
		item(4, "Planmatig en cyclisch: tijdpad en wie verantwoordelijk is", cycle());
		item(5, "Relatie tussen lange termijn doelen (uitstroom) en korte termijn tussendoelen", goalsRelation(outflow));
		item(6, "Werken aan inclusiever onderwijs", tagged(LegalTag.INCLUSIE,
				"het formaat vraagt wat de school doet om de leerling (meer) regulier onderwijs te laten volgen",
				"geen onderdeel gemarkeerd met 'wet inclusie'"));
		Set<NeedSubject> needs = needSubjects();
		item(7, "Behoeften van leerling, leraren en ouders",
				needs.containsAll(EnumSet.allOf(NeedSubject.class)) ? met("behoeften van leerling, leraren en ouders")
						: needs.isEmpty() ? notMet("geen blok 'behoeften'")
								: notMet("behoeften ontbreken voor " + EnumSet.complementOf(EnumSet.copyOf(needs)).stream()
										.map(NeedSubject::getLiteral).toList()));
		List<GoalsBlock> goals = elements.stream().filter(GoalsBlock.class::isInstance).map(GoalsBlock.class::cast).toList();
		item(8, "Interventies werkzaam en aansluitend bij doelen en behoeften",
				goals.stream().anyMatch(g -> !g.getActors().isEmpty() && g.isCriterion())
						? met("acties per betrokkene met 'hoe weten we of het gelukt is?'")
						: notMet("geen acties per betrokkene met een criterium bij de doelen"));
		Element handelingsdeel = first(e -> e instanceof Section section && section.isHandelingsdeel()
				|| tagged(e, LegalTag.HANDELINGSDEEL));
		item(9, "Handelingsdeel alleen aanvullend op de basisondersteuning",
				handelingsdeel != null && mentions(handelingsdeel, "basisondersteuning", "extra")
						? met("de uitleg bij het handelingsdeel beperkt het tot wat extra is")
						: cannotTell("hangt af van het invullen; noem in de uitleg bij het handelingsdeel dat alleen extra ondersteuning erin hoort"));
		item(10, "Samenwerking met (jeugd)zorg",
				goals.stream().anyMatch(g -> g.getActors().contains(Actor.HULPVERLENING))
						|| first(e -> tagged(e, LegalTag.SAMENWERKING_ZORG)) != null
						? met("afspraken met hulpverlening zijn onderdeel van het formaat")
						: notMet("geen acties van hulpverlening en geen onderdeel met 'wet samenwerking-zorg'"));
		item(11, "OOGO, instemming en ondertekening ouders, hoorrecht leerling", participation());
		item(12, "Beknopt: twee tot maximaal vijf A4",
				format.getPagesMax() > 0 && format.getPagesMax() <= 5 ? met("omvang " + format.getPagesMin() + " tot " + format.getPagesMax() + " pagina's")
						: format.getPagesMax() > 5 ? notMet("het formaat staat " + format.getPagesMax() + " pagina's toe")
								: cannotTell("het formaat noemt geen omvang ('omvang 2 tot 5 paginas')"));
		item(13, "Respectvolle, begrijpelijke taal", cannotTell("een oordeel van mensen; lees de labels en uitleg met ouders en leerlingen"));
		item(14, "Visualisaties ondersteunend en begrijpelijk",
				!goals.isEmpty() && first(e -> e instanceof CycleBlock) != null
						? met("doelen en cyclus zijn gestructureerd, zodat OPP Studio ze als diagram kan tonen")
						: notMet("zonder blok 'doelen' en 'cyclus' is er niets om te visualiseren"));
		item(15, "Overige aanvullingen passend bij de situatie", cannotTell("een oordeel van mensen"));
	}

	private Outcome cycle() {
		CycleBlock cycle = (CycleBlock) first(e -> e instanceof CycleBlock);
		if (cycle == null || cycle.getPhases().isEmpty()) {
			return notMet("geen cyclus met fasen");
		}
		long withDeadline = cycle.getPhases().stream().filter(phase -> phase.getDeadline() != null).count();
		boolean timed = withDeadline >= Math.min(2, cycle.getPhases().size());
		boolean responsible = cycle.getPhases().stream().anyMatch(phase -> !phase.getResponsible().isEmpty());
		boolean evaluated = cycle.getPhases().stream().map(Phase::getKind)
				.anyMatch(kind -> kind == PhaseKind.EVALUATIE || kind == PhaseKind.EINDGESPREK);
		if (timed && responsible && evaluated) {
			return met(withDeadline + " van " + cycle.getPhases().size()
					+ " fasen met een termijn, met verantwoordelijken en evaluatie");
		}
		List<String> lacking = new ArrayList<>();
		if (!timed) {
			lacking.add("geen tijdpad: minder dan twee fasen hebben een termijn");
		}
		if (!responsible) {
			lacking.add("geen fase noemt wie verantwoordelijk is");
		}
		if (!evaluated) {
			lacking.add("geen evaluatie");
		}
		return notMet(String.join("; ", lacking));
	}

	private Outcome goalsRelation(OutflowBlock outflow) {
		Set<GoalHorizon> horizons = EnumSet.noneOf(GoalHorizon.class);
		elements.stream().filter(GoalsBlock.class::isInstance).map(GoalsBlock.class::cast)
				.forEach(goals -> goals.getLevels().forEach(level -> horizons.add(level.getHorizon())));
		if (horizons.isEmpty()) {
			return notMet("geen blok 'doelen' met niveaus");
		}
		boolean longTerm = horizons.contains(GoalHorizon.UITSTROOM) || horizons.contains(GoalHorizon.LANGE_TERMIJN);
		if (longTerm && horizons.contains(GoalHorizon.KORTE_TERMIJN)) {
			return met("doelen op lange en korte termijn" + (outflow != null ? ", onder het uitstroomperspectief" : ""));
		}
		return notMet("de doelen hebben niet zowel een lange als een korte termijn");
	}

	private Outcome participation() {
		boolean oogo = first(e -> e instanceof OogoBlock || tagged(e, LegalTag.OOGO)) != null;
		boolean consent = first(e -> e instanceof Field field && field.getType() instanceof ConsentType
				|| tagged(e, LegalTag.OUDERINSTEMMING)) != null;
		boolean heard = first(e -> e instanceof PupilViewBlock || tagged(e, LegalTag.HOORRECHT)) != null;
		if (oogo && consent && heard) {
			return met("OOGO, instemming/ondertekening en zienswijze van de leerling");
		}
		List<String> lacking = new ArrayList<>();
		if (!oogo) {
			lacking.add("OOGO");
		}
		if (!consent) {
			lacking.add("instemming ouders");
		}
		if (!heard) {
			lacking.add("hoorrecht");
		}
		return notMet("ontbreekt: " + String.join(", ", lacking));
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
		return element != null ? met(metReason + " ('" + Formats.label(element) + "')") : notMet(notMetReason);
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

	private static Outcome met(String reason) {
		return new Outcome(Status.MET, reason);
	}

	private static Outcome notMet(String reason) {
		return new Outcome(Status.NOT_MET, reason);
	}

	private static Outcome cannotTell(String reason) {
		return new Outcome(Status.CANNOT_TELL, reason);
	}

	private void item(int number, String question, Outcome outcome) {
		items.add(new Item(number, question, outcome.status(), outcome.reason()));
	}
}
