package nl.oppstudio.document.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;


import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.LegalFacts;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.internal.DutchText;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.document.State;
import nl.oppstudio.format.model.AttachmentType;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.format.rules.Roles;

/**
 * The law and the process on a filled-in document, judged at a reference date. The format says where
 * each fact lives ({@link LegalFacts}); the checker makes sure every OPP format has the facts these
 * rules need. A rule that came into force on a date is not demanded of a plan adopted before it, nor at
 * a reference date before it. {@code Documents.validate} runs these rules after the format's own;
 * sources per rule in docs/rules.md.
 */
public final class LawRules {

	public static final String SIX_WEEKS = "wet.vaststelling-zes-weken";
	public static final String CONSENT_BEFORE_ADOPTION = "wet.instemming-voor-vaststelling";
	public static final String CONSENT_PARTY = "wet.instemming-partij";
	public static final String CONSENT_LOG = "wet.instemming-logboek";
	public static final String OOGO = "wet.oogo-voor-vaststelling";
	public static final String HOORRECHT = "wet.hoorrecht";
	public static final String UITSTROOM_VSO = "wet.uitstroom-vso";
	public static final String YEARLY_EVALUATION = "wet.evaluatie-jaarlijks";
	public static final String COMMISSION_ADVICE = "wet.commissie-advies";
	public static final String CYCLE_MOMENT = "wet.cyclusmoment";
	public static final String CYCLE_LATE = "wet.cyclusmoment-te-laat";
	public static final String REGISTRATION = "wet.registratie";
	public static final String THIRD_PARTY_CONSENT = "wet.toestemming-derden";

	/** Instemmingsrecht of parents on the handelingsdeel: "per 1 augustus 2017" (seed 002). */
	public static final LocalDate CONSENT_IN_FORCE = LocalDate.of(2017, 8, 1);
	/**
	 * Hoorrecht: seed 001 says "Vanaf 2024" (3.2) and "in de nabije toekomst" (deel 1). Taken as the start of
	 * school year 2024-2025, the day education acts come into force (as the consent right did in 2017).
	 */
	public static final LocalDate HOORRECHT_IN_FORCE = LocalDate.of(2024, 8, 1);

	private static final List<String> VSO_DESTINATIONS = List.of("dagbesteding", "arbeidsmarkt", "vervolgonderwijs");

	private final OppDocument document;
	private final LegalFacts facts;
	private final Path file;
	private final LocalDate at;
	private final List<Diagnostic> diagnostics = new ArrayList<>();

	public LawRules(OppDocument document, Path file, LocalDate at) {
		this.document = document;
		this.facts = LegalFacts.of(document);
		this.file = file;
		this.at = at;
	}

	public List<Diagnostic> check() {
		Optional<LocalDate> start = facts.date(facts.startDate());
		// The document dates the last vaststelling; the log keeps every one, so a revised plan has both.
		List<LocalDate> adoptions = new ArrayList<>(facts.dates(facts.adoptions()));
		adoptions.addAll(Lifecycle.movesTo(document, State.VASTGESTELD));
		Optional<LocalDate> first = adoptions.stream().min(Comparator.naturalOrder());
		Optional<LocalDate> last = adoptions.stream().max(Comparator.naturalOrder());
		sixWeeks(start, first);
		consent(last);
		last.ifPresent(this::beforeAdoption);
		yearlyEvaluation(first);
		uitstroomVso();
		cycleMoments();
		thirdPartyReports();
		last.ifPresent(this::registration);
		return List.copyOf(diagnostics);
	}

	/** Whether a rule in force from {@code since} holds for a plan adopted on {@code adopted}, judged at {@code at}. */
	private boolean inForce(LocalDate since, LocalDate adopted) {
		return !at.isBefore(since) && !adopted.isBefore(since);
	}

	/** Handreiking OPP 3.2: vaststelling binnen zes weken na inschrijving, definitieve plaatsing of start. */
	private void sixWeeks(Optional<LocalDate> start, Optional<LocalDate> adopted) {
		if (start.isEmpty()) {
			return;
		}
		LocalDate due = start.get().plusDays(Formats.SIX_WEEKS_IN_DAYS);
		if (adopted.isPresent() && adopted.get().isAfter(due)) {
			add(Severity.ERROR, SIX_WEEKS, DutchText.bind(Messages.lawLateAdoption, new Object[] { adopted.get(), start.get(), due }));
		} else if (adopted.isEmpty() && at.isAfter(due)) {
			add(Severity.ERROR, SIX_WEEKS, DutchText.bind(Messages.lawNotAdopted, start.get(), due));
		} else if (adopted.isEmpty()) {
			add(Severity.INFO, SIX_WEEKS, DutchText.bind(Messages.lawAdoptBy, due));
		}
	}

	/**
	 * The consent on the handelingsdeel: one truth with the log, from a party entitled to give it, and
	 * (once adopted) given before the vaststelling, in full or for recorded parts only.
	 */
	private void consent(Optional<LocalDate> adopted) {
		Branch consent = facts.consent();
		if (consent == null) {
			return;
		}
		String recorded = value(facts.consentLeaf(LegalFacts.DECISION));
		String logged = Lifecycle.loggedConsent(document);
		if (recorded != null && logged != null && !logged.equals(recorded)) {
			add(Severity.ERROR, CONSENT_LOG, DutchText.bind(Messages.lawConsentLog, new Object[] { consent.label(), recorded,
					logged }));
		}
		// A plan whose consent only the log holds (recorded before the field was written too) keeps it.
		String decision = recorded != null ? recorded : logged;
		if (recorded != null) {
			Optional<LocalDate> when = facts.date(facts.consentLeaf(LegalFacts.DATE));
			// Whether a party may consent is judged on the day of the consent, else of the vaststelling.
			party(value(facts.consentLeaf(LegalFacts.ROLE)), when.or(() -> adopted).orElse(at));
		}
		if (adopted.isEmpty() || !inForce(CONSENT_IN_FORCE, adopted.get())) {
			return;
		}
		Optional<LocalDate> when = facts.date(facts.consentLeaf(LegalFacts.DATE));
		if (decision == null || "nietAkkoord".equals(decision)) {
			add(Severity.ERROR, CONSENT_BEFORE_ADOPTION, DutchText.bind(Messages.lawNoConsent, adopted.get()));
		} else if ("gedeeltelijk".equals(decision)) {
			String parts = value(facts.consentLeaf(LegalFacts.PARTS));
			if (parts == null) {
				add(Severity.ERROR, CONSENT_BEFORE_ADOPTION, DutchText.bind(Messages.lawPartialConsentWithoutParts, new Object[0]));
			} else {
				add(Severity.INFO, CONSENT_BEFORE_ADOPTION, DutchText.bind(Messages.lawPartialConsent, parts));
			}
		}
		if (decision != null && when.isPresent() && when.get().isAfter(adopted.get())) {
			add(Severity.ERROR, CONSENT_BEFORE_ADOPTION, DutchText.bind(Messages.lawConsentAfter, when.get(), adopted.get()));
		}
	}

	/**
	 * Handreiking OPP 3.2: parents consent (ouders, voogden of verzorgers); the pupil who is of age and
	 * handelingsbekwaam consents himself, or else his legal representative.
	 */
	private void party(String role, LocalDate on) {
		if (role == null) {
			add(Severity.WARNING, CONSENT_PARTY, Messages.lawConsentWithoutRole);
			return;
		}
		Optional<Integer> age = facts.ageOn(on);
		switch (Roles.consent(role, age)) {
		case ENTITLED -> {
			// parents of a minor, the adult pupil, or a representative
		}
		case PARENT_OF_ADULT -> add(Severity.ERROR, CONSENT_PARTY,
				DutchText.bind(Messages.lawConsentByParentsOfAdult, age.orElseThrow(), role));
		case MINOR_PUPIL -> add(Severity.ERROR, CONSENT_PARTY, DutchText.bind(Messages.lawConsentByMinor, age.orElseThrow()));
		case PUPIL_OF_UNKNOWN_AGE -> add(Severity.ERROR, CONSENT_PARTY, Messages.lawConsentByPupilWithoutAge);
		case NOT_A_PARTY -> add(Severity.ERROR, CONSENT_PARTY, DutchText.bind(Messages.lawConsentByOther, role));
		}
	}

	/** Handreiking OPP 3.2: OOGO, hoorrecht and (in (v)so) the commission's advice before the vaststelling. */
	private void beforeAdoption(LocalDate adopted) {
		Leaf oogo = facts.oogoDate();
		if (oogo != null) {
			Optional<LocalDate> when = facts.date(oogo);
			if (when.isEmpty()) {
				add(Severity.ERROR, OOGO, DutchText.bind(Messages.lawNoOogo, adopted));
			} else if (when.get().isAfter(adopted)) {
				add(Severity.ERROR, OOGO, DutchText.bind(Messages.lawOogoAfter, when.get(), adopted));
			}
		}
		Leaf view = facts.pupilView();
		if (view != null && value(view) == null && inForce(HOORRECHT_IN_FORCE, adopted)) {
			add(Severity.ERROR, HOORRECHT, DutchText.bind(Messages.lawNoPupilView, adopted));
		}
		String schoolType = document.schoolType();
		if ("so".equals(schoolType) || "vso".equals(schoolType)) {
			List<Leaf> advice = facts.commissionAdvice();
			if (!advice.isEmpty() && advice.stream().allMatch(l -> value(l) == null)) {
				add(Severity.ERROR, COMMISSION_ADVICE, DutchText.bind(Messages.lawNoCommissionAdvice, adopted));
			}
			facts.dates(advice.stream().filter(l -> l.kind() == ValueKind.DATE).toList()).stream()
					.filter(date -> date.isAfter(adopted)).findFirst()
					.ifPresent(date -> add(Severity.ERROR, COMMISSION_ADVICE,
							DutchText.bind(Messages.lawCommissionAdviceAfter, date, adopted)));
		}
	}

	/** Handreiking OPP 5.2: minimaal een keer per schooljaar evalueren. */
	private void yearlyEvaluation(Optional<LocalDate> adopted) {
		if (adopted.isEmpty() || !adopted.get().plusYears(1).isBefore(at)) {
			return;
		}
		LocalDate last = facts.dates(facts.evaluations()).stream().max(LocalDate::compareTo).orElse(null);
		if (last == null || last.plusYears(1).isBefore(at)) {
			add(Severity.ERROR, YEARLY_EVALUATION, DutchText.bind(Messages.lawNoEvaluation, last == null ? adopted.get() : last));
		}
	}

	/**
	 * The three uitstroomprofielen of the vso (Wet op de expertisecentra, since the Wet kwaliteit (v)so of
	 * 2013): vervolgonderwijs, arbeidsmarktgericht, dagbesteding. Not in the seeds; Handreiking OPP 5.1
	 * punt 2 only says the profile may be "het soort arbeid of de vorm van dagbesteding".
	 */
	private void uitstroomVso() {
		if (!"vso".equals(document.schoolType())) {
			return;
		}
		Leaf destination = facts.outflowDestination();
		String value = value(destination);
		if (value == null) {
			return;
		}
		String label = destination.options().stream().filter(o -> value.strip().equals(o.getCode()))
				.map(o -> o.getLabel() == null ? o.getCode() : o.getLabel()).findFirst().orElse(value);
		String text = (value + " " + label).toLowerCase(Locale.ROOT);
		if (VSO_DESTINATIONS.stream().noneMatch(text::contains)) {
			add(Severity.ERROR, UITSTROOM_VSO, DutchText.bind(Messages.lawVsoDestination, label));
		}
	}

	/**
	 * Handreiking OPP 5.1, toelichting bij punt 1: "ouders en oudere leerlingen dienen expliciete
	 * toestemming te geven voor het opnemen van relevante informatie van derden".
	 */
	private void thirdPartyReports() {
		for (Leaf reference : document.schema().leaves()) {
			if (reference.element() instanceof Field field && field.getType() instanceof AttachmentType attachment
					&& attachment.isConsentRequired() && "verwijzing".equals(reference.name())) {
				String base = reference.path().substring(0, reference.path().lastIndexOf('/'));
				if (value(reference) != null && !"ja".equals(document.value(base + "/toestemming").orElse(null))) {
					add(Severity.ERROR, THIRD_PARTY_CONSENT, DutchText.bind(Messages.lawNoThirdPartyConsent, field.getLabel() == null
							? field.getName() : field.getLabel()));
				}
			}
		}
	}

	/**
	 * The format's own moments (seed 000: januari en juni; seed 003: 1 en 15 oktober): a passed one is
	 * noted, and one done after its deadline counts as done, and late.
	 */
	private void cycleMoments() {
		for (Planning.Due due : Planning.pending(document, at)) {
			if (due.overdue(at) && !due.recommended() && due.phase().getKind() != PhaseKind.VASTSTELLING) {
				add(Severity.WARNING, CYCLE_MOMENT, DutchText.bind(Messages.lawCycleMoment, due.label(), due.date()));
			}
		}
		for (Planning.Late late : Planning.late(document, at)) {
			if (late.phase().getKind() != PhaseKind.VASTSTELLING) { // the six-week rule speaks for it
				add(Severity.INFO, CYCLE_LATE,
						DutchText.bind(Messages.lawCycleLate, new Object[] { late.label(), late.done(), late.due(), late.days() }));
			}
		}
	}

	/** Handreiking OPP, "Tot slot": regular schools register the start and end date of an OPP (ROD/DUO). */
	private void registration(LocalDate adopted) {
		String schoolType = document.schoolType();
		if (!"po".equals(schoolType) && !"vo".equals(schoolType)) {
			return;
		}
		List<Leaf> registered = facts.registrations();
		if (!registered.isEmpty() && registered.stream().allMatch(l -> value(l) == null)) {
			add(Severity.WARNING, REGISTRATION, DutchText.bind(Messages.lawNoRegistration, adopted));
		}
	}

	/** A leaf's value, {@code null} when the leaf is missing or the value blank. */
	private String value(Leaf leaf) {
		String value = leaf == null ? null : document.value(leaf);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private void add(Severity severity, String code, String message) {
		diagnostics.add(new Diagnostic(severity, message, file, 0, 0, null, code));
	}
}
