package nl.oppstudio.format.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.CycleEvent;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.FactorArea;
import nl.oppstudio.format.model.FactorsBlock;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatPackage;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.LegalTag;
import nl.oppstudio.format.model.OogoBlock;
import nl.oppstudio.format.model.OutflowBlock;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.format.model.PupilViewBlock;
import nl.oppstudio.format.model.RelativeDeadline;
import nl.oppstudio.format.model.SchoolType;

/**
 * Whether a format can hold the legal minimum of its kind, whatever the SWV calls its sections: an
 * element satisfies a requirement by its construct (an {@code uitstroom} block) or by a legal tag
 * ({@code wet uitstroomprofiel}). Sources: Handreiking OPP (seed 001) 3.2 and 5.1; seed 000 for the
 * groeidocument. An OPP light is legally an OPP; a handelingswijzer is an appendix without minimum.
 */
public final class LegalMinimum {

	/**
	 * One requirement that is not met; {@code at} and {@code feature} locate it when one element is
	 * wrong (otherwise the format's header).
	 */
	public record Finding(String code, String message, EObject at, EStructuralFeature feature) {
		public Finding(String code, String message) {
			this(code, message, null, null);
		}
	}

	/** Prefix of the legal-minimum codes: {@code nl.oppstudio.format.law.<requirement>}. */
	public static final String LAW = "nl.oppstudio.format.law.";
	/** A vaststelling phase counted from the intake, not from inschrijving or plaatsing; has a quick fix. */
	public static final String ADOPTION_FROM_INTAKE = LAW + "vaststelling-intake";
	/** A groeidocument that calls itself an OPP. */
	public static final String GROEIDOCUMENT_CLAIMS_OPP = "nl.oppstudio.format.groeidocumentClaimsOpp";

	/** The events the six weeks run from (Handreiking OPP 3.2); the intake is not one of them. */
	public static final Set<CycleEvent> ADOPTION_ANCHORS = EnumSet.of(CycleEvent.INSCHRIJVING, CycleEvent.PLAATSING,
			CycleEvent.START_ONDERSTEUNING);


	private LegalMinimum() {
	}

	public static List<Finding> findings(Format format) {
		String kind = Formats.kind(format);
		List<Element> elements = Formats.allElements(format);
		List<Finding> findings = new ArrayList<>();
		if ("groeidocument".equals(kind)) {
			String name = format.getName() == null ? "" : format.getName().toLowerCase(Locale.ROOT);
			if (name.contains("ontwikkelingsperspectief") || name.matches(".*\\bopp\\b.*")) {
				findings.add(new Finding(GROEIDOCUMENT_CLAIMS_OPP, Messages.groeidocumentClaimsOpp));
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
			findings.add(new Finding(LAW + "factoren",
					NLS.bind(Messages.lawFactoren, what, missing.stream().map(FactorArea::getLiteral).toList())));
		}
		require(findings, elements, "handelingsdeel", Messages.lawHandelingsdeel, what, Formats::isHandelingsdeel);
		require(findings, elements, "ouderinstemming", Messages.lawOuderinstemming, what,
				e -> e instanceof Field field && field.getType() instanceof ConsentType consent && consent.getOn() != null
						&& Formats.isHandelingsdeel(consent.getOn())
						|| tagged(e, LegalTag.OUDERINSTEMMING) && LegalTags.canHold(e, LegalTag.OUDERINSTEMMING));
		require(findings, elements, "hoorrecht", Messages.lawHoorrecht, what,
				e -> e instanceof PupilViewBlock || tagged(e, LegalTag.HOORRECHT) && LegalTags.canHold(e, LegalTag.HOORRECHT));
		require(findings, elements, "oogo", Messages.lawOogo, what,
				e -> e instanceof OogoBlock || tagged(e, LegalTag.OOGO) && LegalTags.canHold(e, LegalTag.OOGO));
		require(findings, elements, "evaluatie", Messages.lawEvaluatie, what,
				e -> phases(e).anyMatch(p -> !p.isRecommended() && (p.getKind() == PhaseKind.EVALUATIE
						|| p.getKind() == PhaseKind.EINDGESPREK || p.getLegalTags().contains(LegalTag.EVALUATIE)))
						|| tagged(e, LegalTag.EVALUATIE) && LegalTags.canHold(e, LegalTag.EVALUATIE));
		List<Phase> fromIntake = elements.stream().flatMap(LegalMinimum::phases)
				.filter(p -> p.getKind() == PhaseKind.VASTSTELLING && p.getDeadline() instanceof RelativeDeadline deadline
						&& deadline.getAfterPhase() == null && deadline.getEvent() == CycleEvent.INTAKE)
				.toList();
		for (Phase phase : fromIntake) {
			findings.add(new Finding(ADOPTION_FROM_INTAKE,
					NLS.bind(Messages.lawVaststellingIntake, phase.getName()), phase.getDeadline(),
					FormatPackage.Literals.RELATIVE_DEADLINE__EVENT));
		}
		if (fromIntake.isEmpty()) {
			require(findings, elements, "vaststelling", Messages.lawVaststelling, what,
					e -> phases(e).anyMatch(LegalMinimum::isSixWeekAdoption));
		}
		// The facts the rules on documents need (docs/rules.md): without them a rule could never fire.
		requireDate(findings, elements, LegalTag.STARTDATUM, "startdatum", Messages.lawStartdatum, what);
		if (serves(format, SchoolType.VO, SchoolType.VSO, SchoolType.PRO)) {
			requireDate(findings, elements, LegalTag.GEBOORTEDATUM, "geboortedatum", Messages.lawGeboortedatum, what);
		}
		if (serves(format, SchoolType.SO, SchoolType.VSO)) {
			require(findings, elements, "commissie-advies", Messages.lawCommissieAdvies, what,
					e -> tagged(e, LegalTag.COMMISSIE_ADVIES));
		}
		if (serves(format, SchoolType.PO, SchoolType.VO)) {
			require(findings, elements, "registratie", Messages.lawRegistratie, what,
					e -> tagged(e, LegalTag.REGISTRATIE) || phases(e).anyMatch(p -> p.getKind() == PhaseKind.REGISTRATIE));
		}
		return findings;
	}

	/**
	 * A date field with the tag, and required (always or by a condition): an empty start date would leave
	 * the six-week rule silent, an empty birth date would make anyone's parents entitled to consent.
	 */
	private static void requireDate(List<Finding> findings, List<Element> elements, LegalTag tag, String requirement,
			String message, String what) {
		Element field = elements.stream().filter(e -> tagged(e, tag) && LegalTags.canHold(e, tag)).findFirst().orElse(null);
		if (field == null) {
			findings.add(new Finding(LAW + requirement, NLS.bind(message, what)));
		} else if (!field.isRequired() && field.getRequiredWhen() == null) {
			findings.add(new Finding(LAW + requirement, NLS.bind(Messages.lawFactNotRequired,
					Formats.label(field), tag.getLiteral()), field, FormatPackage.Literals.ELEMENT__NAME));
		}
	}

	/** Whether the format is for one of these school types; a format without {@code voor} is for all. */
	static boolean serves(Format format, SchoolType... types) {
		return format.getSchoolTypes().isEmpty() || Arrays.stream(types).anyMatch(format.getSchoolTypes()::contains);
	}

	private static void require(List<Finding> findings, List<Element> elements, String requirement, String message,
			String what, Predicate<Element> satisfies) {
		if (elements.stream().noneMatch(satisfies)) {
			findings.add(new Finding(LAW + requirement, NLS.bind(message, what)));
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

	static java.util.stream.Stream<Phase> phases(Element element) {
		return element instanceof CycleBlock cycle ? cycle.getPhases().stream() : java.util.stream.Stream.empty();
	}

	/** A vaststelling phase due at most six weeks after inschrijving, plaatsing or start of extra support. */
	static boolean isSixWeekAdoption(Phase phase) {
		if (phase.getKind() != PhaseKind.VASTSTELLING || !(phase.getDeadline() instanceof RelativeDeadline deadline)) {
			return false;
		}
		boolean fromStart = deadline.getAfterPhase() == null && ADOPTION_ANCHORS.contains(deadline.getEvent());
		int days = switch (deadline.getUnit()) {
		case DAYS -> deadline.getAmount();
		case WEEKS -> deadline.getAmount() * 7;
		case MONTHS -> deadline.getAmount() * 31;
		};
		return fromStart && (deadline.isBefore() || days <= Formats.SIX_WEEKS_IN_DAYS);
	}
}
