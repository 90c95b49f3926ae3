package nl.oppstudio.document.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.LegalTag;
import nl.oppstudio.format.model.OogoBlock;
import nl.oppstudio.format.model.OutflowBlock;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.format.model.PupilViewBlock;
import nl.oppstudio.format.model.Section;

/**
 * The law and the process on a filled-in document, judged at a reference date. The format says where
 * each fact lives: the start date is the date field tagged {@code wet startdatum}, the vaststelling
 * and evaluations are the dates of the cycle's phases of those kinds, consent is the consent field on
 * the handelingsdeel. Rules whose facts a format does not have are skipped. Sources per rule in
 * docs/rules.md.
 */
public final class LawRules {

	public static final String SIX_WEEKS = "wet.vaststelling-zes-weken";
	public static final String CONSENT_BEFORE_ADOPTION = "wet.instemming-voor-vaststelling";
	public static final String OOGO = "wet.oogo-voor-vaststelling";
	public static final String HOORRECHT = "wet.hoorrecht";
	public static final String UITSTROOM_VSO = "wet.uitstroom-vso";
	public static final String YEARLY_EVALUATION = "wet.evaluatie-jaarlijks";
	public static final String COMMISSION_ADVICE = "wet.commissie-advies";
	public static final String CYCLE_MOMENT = "wet.cyclusmoment";
	public static final String REGISTRATION = "wet.registratie";
	public static final String THIRD_PARTY_CONSENT = "wet.toestemming-derden";

	private static final int SIX_WEEKS_IN_DAYS = 42;
	private static final List<String> VSO_DESTINATIONS = List.of("dagbesteding", "arbeidsmarkt", "vervolgonderwijs");

	private final OppDocument document;
	private final Path file;
	private final LocalDate at;
	private final List<Diagnostic> diagnostics = new ArrayList<>();

	public LawRules(OppDocument document, Path file, LocalDate at) {
		this.document = document;
		this.file = file;
		this.at = at;
	}

	public List<Diagnostic> check() {
		Optional<LocalDate> start = date(leaf(l -> l.element() instanceof Field field
				&& field.getLegalTags().contains(LegalTag.STARTDATUM) && l.name().equals(field.getName())));
		Optional<LocalDate> adopted = phaseDates(PhaseKind.VASTSTELLING).stream().max(LocalDate::compareTo);
		sixWeeks(start, adopted);
		adopted.ifPresent(this::beforeAdoption);
		yearlyEvaluation(adopted);
		uitstroomVso();
		cycleMoments();
		thirdPartyReports();
		adopted.ifPresent(this::registration);
		return List.copyOf(diagnostics);
	}

	/** Handreiking OPP 3.2: vaststelling binnen zes weken na inschrijving, plaatsing of start. */
	private void sixWeeks(Optional<LocalDate> start, Optional<LocalDate> adopted) {
		if (start.isEmpty()) {
			return;
		}
		LocalDate due = start.get().plusDays(SIX_WEEKS_IN_DAYS);
		if (adopted.isPresent() && adopted.get().isAfter(due)) {
			add(Severity.ERROR, SIX_WEEKS, NLS.bind(Messages.lawLateAdoption, new Object[] { adopted.get(), start.get(), due }));
		} else if (adopted.isEmpty() && at.isAfter(due)) {
			add(Severity.ERROR, SIX_WEEKS, NLS.bind(Messages.lawNotAdopted, start.get(), due));
		} else if (adopted.isEmpty()) {
			add(Severity.INFO, SIX_WEEKS, NLS.bind(Messages.lawAdoptBy, due));
		}
	}

	/** Handreiking OPP 3.2: OOGO, instemming met het handelingsdeel en hoorrecht vóór de vaststelling. */
	private void beforeAdoption(LocalDate adopted) {
		Branch consent = branch(b -> b.element() instanceof Field field && field.getType() instanceof ConsentType type
				&& type.getOn() != null && isHandelingsdeel(type.getOn()));
		if (consent != null) {
			String decision = document.value(consent.path() + "/besluit").orElse(null);
			Optional<LocalDate> when = date(document.value(consent.path() + "/datum"));
			if (decision == null || "nietAkkoord".equals(decision)) {
				add(Severity.ERROR, CONSENT_BEFORE_ADOPTION, NLS.bind(Messages.lawNoConsent, adopted));
			} else if ("gedeeltelijk".equals(decision)) {
				add(Severity.WARNING, CONSENT_BEFORE_ADOPTION, Messages.lawPartialConsent);
			} else if (when.isPresent() && when.get().isAfter(adopted)) {
				add(Severity.ERROR, CONSENT_BEFORE_ADOPTION, NLS.bind(Messages.lawConsentAfter, when.get(), adopted));
			}
		}
		Branch oogo = branch(b -> b.element() instanceof OogoBlock);
		if (oogo != null) {
			Optional<LocalDate> when = date(document.value(oogo.path() + "/datum"));
			if (when.isEmpty()) {
				add(Severity.ERROR, OOGO, NLS.bind(Messages.lawNoOogo, adopted));
			} else if (when.get().isAfter(adopted)) {
				add(Severity.ERROR, OOGO, NLS.bind(Messages.lawOogoAfter, when.get(), adopted));
			}
		}
		Branch view = branch(b -> b.element() instanceof PupilViewBlock);
		if (view != null && document.value(view.path() + "/zienswijze").filter(v -> !v.isBlank()).isEmpty()) {
			add(Severity.ERROR, HOORRECHT, NLS.bind(Messages.lawNoPupilView, adopted));
		}
		String schoolType = document.schoolType();
		if ("so".equals(schoolType) || "vso".equals(schoolType)) {
			List<Leaf> advice = tagged(document.schema().outline(), LegalTag.COMMISSIE_ADVIES, false);
			if (!advice.isEmpty() && advice.stream().allMatch(l -> blank(document.value(l)))) {
				add(Severity.ERROR, COMMISSION_ADVICE, NLS.bind(Messages.lawNoCommissionAdvice, adopted));
			}
		}
	}

	/** Handreiking OPP 5.2: minimaal een keer per schooljaar evalueren. */
	private void yearlyEvaluation(Optional<LocalDate> adopted) {
		if (adopted.isEmpty() || !adopted.get().plusYears(1).isBefore(at)) {
			return;
		}
		List<LocalDate> evaluations = phaseDates(PhaseKind.EVALUATIE);
		evaluations.addAll(phaseDates(PhaseKind.EINDGESPREK));
		LocalDate last = evaluations.stream().max(LocalDate::compareTo).orElse(null);
		if (last == null || last.plusYears(1).isBefore(at)) {
			add(Severity.ERROR, YEARLY_EVALUATION, NLS.bind(Messages.lawNoEvaluation, last == null ? adopted.get() : last));
		}
	}

	/** Handreiking OPP 5.1 punt 2: voor het vso een vorm van dagbesteding, arbeid of vervolgonderwijs. */
	private void uitstroomVso() {
		if (!"vso".equals(document.schoolType())) {
			return;
		}
		Branch outflow = branch(b -> b.element() instanceof OutflowBlock);
		Leaf destination = outflow == null ? null : document.schema().leaf(outflow.path() + "/bestemming");
		String value = destination == null ? null : document.value(destination);
		if (destination == null || blank(value)) {
			return;
		}
		String label = destination.options().stream().filter(o -> value.strip().equals(o.getCode()))
				.map(o -> o.getLabel() == null ? o.getCode() : o.getLabel()).findFirst().orElse(value);
		String text = (value + " " + label).toLowerCase(Locale.ROOT);
		if (VSO_DESTINATIONS.stream().noneMatch(text::contains)) {
			add(Severity.ERROR, UITSTROOM_VSO, NLS.bind(Messages.lawVsoDestination, label));
		}
	}

	/**
	 * Handreiking OPP 5.1, toelichting bij punt 1: "ouders en oudere leerlingen dienen expliciete
	 * toestemming te geven voor het opnemen van relevante informatie van derden".
	 */
	private void thirdPartyReports() {
		for (Branch report : branches(b -> b.element() instanceof Field field
				&& field.getType() instanceof nl.oppstudio.format.model.AttachmentType attachment
				&& attachment.isConsentRequired() && b.name().equals(field.getName()))) {
			String reference = document.value(report.path() + "/verwijzing").orElse(null);
			if (!blank(reference) && !"ja".equals(document.value(report.path() + "/toestemming").orElse(null))) {
				add(Severity.ERROR, THIRD_PARTY_CONSENT, NLS.bind(Messages.lawNoThirdPartyConsent, report.label()));
			}
		}
	}

	/** The format's own moments (seed 000: januari en juni; seed 003: 1 en 15 oktober): a passed one is noted. */
	private void cycleMoments() {
		for (Planning.Due due : Planning.pending(document, at)) {
			if (due.overdue(at) && !due.recommended() && due.phase().getKind() != PhaseKind.VASTSTELLING) {
				add(Severity.WARNING, CYCLE_MOMENT, NLS.bind(Messages.lawCycleMoment, due.label(), due.date()));
			}
		}
	}

	/** Handreiking OPP, "Tot slot": regular schools register the start and end date of an OPP (ROD/DUO). */
	private void registration(LocalDate adopted) {
		String schoolType = document.schoolType();
		if (!"po".equals(schoolType) && !"vo".equals(schoolType)) {
			return;
		}
		List<Leaf> registered = tagged(document.schema().outline(), LegalTag.REGISTRATIE, false);
		if (!registered.isEmpty() && registered.stream().allMatch(l -> blank(document.value(l)))) {
			add(Severity.WARNING, REGISTRATION, NLS.bind(Messages.lawNoRegistration, adopted));
		}
	}

	private List<LocalDate> phaseDates(PhaseKind kind) {
		List<LocalDate> dates = new ArrayList<>();
		for (Leaf leaf : document.schema().leaves()) {
			if (leaf.element() instanceof CycleBlock cycle && cycle.getPhases().stream()
					.anyMatch(p -> p.getName().equals(leaf.name()) && p.getKind() == kind && !p.isRecommended())) {
				date(Optional.ofNullable(document.value(leaf))).ifPresent(dates::add);
			}
		}
		return dates;
	}

	/** The leaves that carry a tag, themselves or through a branch they are in. */
	private static List<Leaf> tagged(List<SchemaNode> nodes, LegalTag tag, boolean inside) {
		List<Leaf> result = new ArrayList<>();
		for (SchemaNode node : nodes) {
			boolean here = inside || node.element().getLegalTags().contains(tag);
			if (node instanceof Leaf leaf && here) {
				result.add(leaf);
			} else if (node instanceof Branch branch) {
				result.addAll(tagged(branch.children(), tag, here));
			}
		}
		return result;
	}

	private static boolean isHandelingsdeel(Element element) {
		return element instanceof Section section && section.isHandelingsdeel()
				|| element.getLegalTags().contains(LegalTag.HANDELINGSDEEL);
	}

	private Leaf leaf(Predicate<Leaf> predicate) {
		return leaves(predicate).stream().findFirst().orElse(null);
	}

	private List<Leaf> leaves(Predicate<Leaf> predicate) {
		return document.schema().leaves().stream().filter(predicate).toList();
	}

	private List<Branch> branches(Predicate<Branch> predicate) {
		List<Branch> result = new ArrayList<>();
		collect(document.schema().outline(), predicate, result);
		return result;
	}

	private static void collect(List<SchemaNode> nodes, Predicate<Branch> predicate, List<Branch> into) {
		for (SchemaNode node : nodes) {
			if (node instanceof Branch branch) {
				if (predicate.test(branch)) {
					into.add(branch);
				}
				collect(branch.children(), predicate, into);
			}
		}
	}

	private Branch branch(Predicate<Branch> predicate) {
		return find(document.schema().outline(), predicate);
	}

	private static Branch find(List<SchemaNode> nodes, Predicate<Branch> predicate) {
		for (SchemaNode node : nodes) {
			if (node instanceof Branch branch) {
				if (predicate.test(branch)) {
					return branch;
				}
				Branch nested = find(branch.children(), predicate);
				if (nested != null) {
					return nested;
				}
			}
		}
		return null;
	}

	private Optional<LocalDate> date(Leaf leaf) {
		return leaf == null ? Optional.empty() : date(Optional.ofNullable(document.value(leaf)));
	}

	private static Optional<LocalDate> date(Optional<String> value) {
		try {
			return value.filter(v -> !v.isBlank()).map(v -> LocalDate.parse(v.strip()));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private void add(Severity severity, String code, String message) {
		diagnostics.add(new Diagnostic(severity, message, file, 0, 0, null, code));
	}
}
