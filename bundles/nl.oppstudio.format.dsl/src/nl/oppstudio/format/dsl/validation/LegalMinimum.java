package nl.oppstudio.format.dsl.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.CycleEvent;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.FactorArea;
import nl.oppstudio.format.model.FactorsBlock;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.LegalTag;
import nl.oppstudio.format.model.OogoBlock;
import nl.oppstudio.format.model.OutflowBlock;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.format.model.PupilViewBlock;
import nl.oppstudio.format.model.RelativeDeadline;
import nl.oppstudio.format.model.Section;

/**
 * Whether a format can hold the legal minimum of its kind, whatever the SWV calls its sections: an
 * element satisfies a requirement by its construct (an {@code uitstroom} block) or by a legal tag
 * ({@code wet uitstroomprofiel}). Sources: Handreiking OPP (seed 001) 3.2 and 5.1; seed 000 for the
 * groeidocument. An OPP light is legally an OPP; a handelingswijzer is an appendix without minimum.
 */
public final class LegalMinimum {

	/** One requirement that is not met. */
	public record Finding(String code, String message) {
	}

	private static final int SIX_WEEKS_IN_DAYS = 42;

	private LegalMinimum() {
	}

	public static List<Finding> findings(Format format) {
		String kind = Formats.kind(format);
		List<Element> elements = Formats.allElements(format);
		List<Finding> findings = new ArrayList<>();
		if ("groeidocument".equals(kind)) {
			String name = format.getName() == null ? "" : format.getName().toLowerCase(Locale.ROOT);
			if (name.contains("ontwikkelingsperspectief") || name.matches(".*\\bopp\\b.*")) {
				findings.add(new Finding(FormatIssueCodes.GROEIDOCUMENT_CLAIMS_OPP, Messages.groeidocumentClaimsOpp));
			}
			return findings;
		}
		if (!"opp".equals(kind) && !"opp-light".equals(kind)) {
			return findings;
		}
		String what = "opp".equals(kind) ? "OPP" : "OPP light";
		require(findings, elements, "uitstroom", Messages.lawUitstroom, what,
				e -> e instanceof OutflowBlock || tagged(e, LegalTag.UITSTROOMPROFIEL));
		require(findings, elements, "onderbouwing", Messages.lawOnderbouwing, what,
				e -> e instanceof OutflowBlock outflow && outflow.isReasoning() || tagged(e, LegalTag.ONDERBOUWING));
		Set<FactorArea> areas = factorAreas(elements);
		Set<FactorArea> missing = EnumSet.allOf(FactorArea.class);
		missing.removeAll(areas);
		if (!missing.isEmpty()) {
			findings.add(new Finding(FormatIssueCodes.LAW + "factoren",
					NLS.bind(Messages.lawFactoren, what, missing.stream().map(FactorArea::getLiteral).toList())));
		}
		require(findings, elements, "handelingsdeel", Messages.lawHandelingsdeel, what, LegalMinimum::isHandelingsdeel);
		require(findings, elements, "ouderinstemming", Messages.lawOuderinstemming, what,
				e -> e instanceof Field field && field.getType() instanceof ConsentType consent
						&& consent.getOn() != null && isHandelingsdeel(consent.getOn())
						|| tagged(e, LegalTag.OUDERINSTEMMING));
		require(findings, elements, "hoorrecht", Messages.lawHoorrecht, what,
				e -> e instanceof PupilViewBlock || tagged(e, LegalTag.HOORRECHT));
		require(findings, elements, "oogo", Messages.lawOogo, what, e -> e instanceof OogoBlock || tagged(e, LegalTag.OOGO));
		require(findings, elements, "evaluatie", Messages.lawEvaluatie, what,
				e -> phases(e).anyMatch(p -> !p.isRecommended()
						&& (p.getKind() == PhaseKind.EVALUATIE || p.getKind() == PhaseKind.EINDGESPREK))
						|| tagged(e, LegalTag.EVALUATIE));
		require(findings, elements, "vaststelling", Messages.lawVaststelling, what,
				e -> phases(e).anyMatch(LegalMinimum::isSixWeekAdoption));
		return findings;
	}

	private static void require(List<Finding> findings, List<Element> elements, String requirement, String message,
			String what, Predicate<Element> satisfies) {
		if (elements.stream().noneMatch(satisfies)) {
			findings.add(new Finding(FormatIssueCodes.LAW + requirement, NLS.bind(message, what)));
		}
	}

	/** The areas (leerling, onderwijs, thuis) whose factors the elements ask for. */
	public static Set<FactorArea> factorAreas(List<Element> elements) {
		Set<FactorArea> areas = EnumSet.noneOf(FactorArea.class);
		for (Element element : elements) {
			if (element instanceof FactorsBlock factors) {
				areas.addAll(factors.getAreas().isEmpty() ? EnumSet.allOf(FactorArea.class) : factors.getAreas());
			} else if (tagged(element, LegalTag.FACTOREN)) {
				areas.addAll(EnumSet.allOf(FactorArea.class));
			}
		}
		return areas;
	}

	static boolean tagged(Element element, LegalTag tag) {
		return element.getLegalTags().contains(tag);
	}

	static boolean isHandelingsdeel(Element element) {
		return element instanceof Section section && section.isHandelingsdeel() || tagged(element, LegalTag.HANDELINGSDEEL);
	}

	private static java.util.stream.Stream<Phase> phases(Element element) {
		return element instanceof CycleBlock cycle ? cycle.getPhases().stream() : java.util.stream.Stream.empty();
	}

	/** A vaststelling phase due at most six weeks after enrolment, placement or start of extra support. */
	static boolean isSixWeekAdoption(Phase phase) {
		if (phase.getKind() != PhaseKind.VASTSTELLING || !(phase.getDeadline() instanceof RelativeDeadline deadline)) {
			return false;
		}
		boolean fromStart = deadline.getEvent() == CycleEvent.INTAKE || deadline.getEvent() == CycleEvent.PLAATSING
				|| deadline.getEvent() == CycleEvent.START_ONDERSTEUNING;
		int days = switch (deadline.getUnit()) {
		case DAYS -> deadline.getAmount();
		case WEEKS -> deadline.getAmount() * 7;
		case MONTHS -> deadline.getAmount() * 31;
		};
		return fromStart && (deadline.isBefore() || days <= SIX_WEEKS_IN_DAYS);
	}
}
