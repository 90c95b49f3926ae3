package nl.oppstudio.document;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.LegalTag;
import nl.oppstudio.format.model.OogoBlock;
import nl.oppstudio.format.model.OutflowBlock;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.format.model.PupilViewBlock;

/**
 * Where a document keeps each fact the law asks about, as its format says: by a domain block (an
 * {@code oogo} block) or by a legal tag on a member that can hold the fact ({@code wet oogo} on a date
 * field). The rules on documents, the lifecycle and {@code opp consent} all read and write the facts
 * here, so they agree. A fact the format does not have is {@code null} or empty.
 */
public final class LegalFacts {

	/** The leaves of the consent field: who, role, decision, date, way, remark and the parts agreed. */
	public static final String WHO = "wie", ROLE = "rol", DECISION = "besluit", DATE = "datum", WAY = "wijze",
			REMARK = "opmerking", PARTS = "onderdelen";

	private final OppDocument document;
	private Branch consent;
	private boolean consentFound;

	private LegalFacts(OppDocument document) {
		this.document = document;
	}

	public static LegalFacts of(OppDocument document) {
		return new LegalFacts(document);
	}

	/** The date field tagged {@code wet startdatum}: inschrijving, plaatsing or start of extra support. */
	public Leaf startDate() {
		return taggedField(LegalTag.STARTDATUM, ValueKind.DATE);
	}

	/** The date field tagged {@code wet geboortedatum}. */
	public Leaf birthDate() {
		return taggedField(LegalTag.GEBOORTEDATUM, ValueKind.DATE);
	}

	/** The pupil's age in whole years on a date, if the birth date is known. */
	public Optional<Integer> ageOn(LocalDate date) {
		return date(birthDate()).filter(birth -> !birth.isAfter(date)).map(birth -> Period.between(birth, date).getYears());
	}

	/**
	 * The parents' consent on the handelingsdeel: the {@code instemming} field {@code op} the
	 * handelingsdeel, else an {@code instemming} field tagged {@code wet ouderinstemming}.
	 */
	public Branch consent() {
		if (!consentFound) {
			consent = findConsent();
			consentFound = true;
		}
		return consent;
	}

	private Branch findConsent() {
		Branch on = branch(b -> b.element() instanceof Field field && b.name().equals(field.getName())
				&& field.getType() instanceof ConsentType type && type.getOn() != null && Formats.isHandelingsdeel(type.getOn()));
		return on != null ? on
				: branch(b -> b.element() instanceof Field field && b.name().equals(field.getName())
						&& field.getType() instanceof ConsentType && field.getLegalTags().contains(LegalTag.OUDERINSTEMMING));
	}

	/** A leaf of the consent field ({@link #DECISION}, {@link #DATE} …), or {@code null}. */
	public Leaf consentLeaf(String name) {
		Branch consent = consent();
		return consent == null ? null : document.schema().leaf(consent.path() + "/" + name);
	}

	/** The date of the OOGO: the {@code oogo} block's date, else a date field tagged {@code wet oogo}. */
	public Leaf oogoDate() {
		Branch block = branch(b -> b.element() instanceof OogoBlock);
		return block != null ? document.schema().leaf(block.path() + "/datum") : taggedField(LegalTag.OOGO, ValueKind.DATE);
	}

	/** The pupil's view: the {@code hoorrecht} block's text, else a long text tagged {@code wet hoorrecht}. */
	public Leaf pupilView() {
		Branch block = branch(b -> b.element() instanceof PupilViewBlock);
		return block != null ? document.schema().leaf(block.path() + "/zienswijze")
				: taggedField(LegalTag.HOORRECHT, ValueKind.LONG_TEXT);
	}

	/** The uitstroombestemming: the {@code uitstroom} block's destination, else a member tagged {@code wet uitstroomprofiel}. */
	public Leaf outflowDestination() {
		Branch block = branch(b -> b.element() instanceof OutflowBlock);
		if (block != null) {
			return document.schema().leaf(block.path() + "/bestemming");
		}
		return leaves(l -> l.element().getLegalTags().contains(LegalTag.UITSTROOMPROFIEL)
				&& (l.kind() == ValueKind.CHOICE || l.kind() == ValueKind.TEXT)).stream().findFirst().orElse(null);
	}

	/** The dates of the cycle's phases of a kind (not the recommended ones). */
	public List<Leaf> phases(PhaseKind kind) {
		return leaves(l -> phaseOf(l) instanceof Phase phase && phase.getKind() == kind && !phase.isRecommended());
	}

	/** Where vaststellingen are dated: phases of {@code soort vaststelling}, and date fields tagged {@code wet vaststelling}. */
	public List<Leaf> adoptions() {
		List<Leaf> result = new ArrayList<>(phases(PhaseKind.VASTSTELLING));
		result.addAll(taggedDates(LegalTag.VASTSTELLING, false));
		return result;
	}

	/** Where evaluations are dated: evaluation and end-of-year phases, and dates tagged {@code wet evaluatie}. */
	public List<Leaf> evaluations() {
		List<Leaf> result = new ArrayList<>(phases(PhaseKind.EVALUATIE));
		result.addAll(phases(PhaseKind.EINDGESPREK));
		result.addAll(leaves(l -> phaseOf(l) instanceof Phase phase && !phase.isRecommended()
				&& phase.getLegalTags().contains(LegalTag.EVALUATIE) && !result.contains(l)));
		result.addAll(taggedDates(LegalTag.EVALUATIE, true));
		return result;
	}

	/** What is tagged {@code wet registratie}, and phases of {@code soort registratie}. */
	public List<Leaf> registrations() {
		List<Leaf> result = new ArrayList<>(tagged(LegalTag.REGISTRATIE));
		result.addAll(phases(PhaseKind.REGISTRATIE));
		return result;
	}

	/** Everything tagged {@code wet commissie-advies}, itself or through a section or group it is in. */
	public List<Leaf> commissionAdvice() {
		return tagged(LegalTag.COMMISSIE_ADVIES);
	}

	/** The leaves that carry a tag, themselves or through a branch they are in. */
	public List<Leaf> tagged(LegalTag tag) {
		List<Leaf> result = new ArrayList<>();
		tagged(document.schema().outline(), tag, false, result);
		return result;
	}

	/** The date leaves tagged, directly or (with {@code inside}) through a branch they are in. */
	private List<Leaf> taggedDates(LegalTag tag, boolean inside) {
		List<Leaf> result = new ArrayList<>();
		if (inside) {
			tagged(document.schema().outline(), tag, false, result);
		} else {
			result.addAll(leaves(l -> l.element() instanceof Field field && l.name().equals(field.getName())
					&& field.getLegalTags().contains(tag)));
		}
		result.removeIf(l -> l.kind() != ValueKind.DATE || phaseOf(l) != null);
		return result;
	}

	/** The phase a leaf of a {@code cyclus} block dates, or {@code null}. */
	public static Phase phaseOf(Leaf leaf) {
		return leaf.element() instanceof CycleBlock cycle
				? cycle.getPhases().stream().filter(p -> p.getName().equals(leaf.name())).findFirst().orElse(null)
				: null;
	}

	/** The value of a leaf as a date, if it is one. */
	public Optional<LocalDate> date(Leaf leaf) {
		String value = leaf == null ? null : document.value(leaf);
		try {
			return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** The dates filled in at these leaves. */
	public List<LocalDate> dates(List<Leaf> leaves) {
		return leaves.stream().map(this::date).flatMap(Optional::stream).toList();
	}

	private Leaf taggedField(LegalTag tag, ValueKind kind) {
		return leaves(l -> l.element() instanceof Field field && l.name().equals(field.getName())
				&& field.getLegalTags().contains(tag) && l.kind() == kind).stream().findFirst().orElse(null);
	}

	private static void tagged(List<SchemaNode> nodes, LegalTag tag, boolean inside, List<Leaf> into) {
		for (SchemaNode node : nodes) {
			boolean here = inside || node.element().getLegalTags().contains(tag);
			if (node instanceof Leaf leaf && here) {
				into.add(leaf);
			} else if (node instanceof Branch branch) {
				tagged(branch.children(), tag, here, into);
			}
		}
	}

	private List<Leaf> leaves(Predicate<Leaf> predicate) {
		return document.schema().leaves().stream().filter(predicate).toList();
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
}
