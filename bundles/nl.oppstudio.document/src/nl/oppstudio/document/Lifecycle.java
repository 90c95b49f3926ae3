package nl.oppstudio.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.internal.DutchText;
import nl.oppstudio.document.internal.Messages;
import nl.oppstudio.document.rules.LawRules;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.format.rules.Roles;

/**
 * The life of a document: its state, transitions and consents, kept in the document's log. The log is
 * append-only and hash-chained: each entry's hash covers the previous entry's hash, its own fields and
 * a digest of the document's content at that moment, so {@link #verify} finds any change to the log,
 * and any change of content after vaststelling.
 */
public final class Lifecycle {

	/** One entry of the log, as stored. */
	public record Entry(Map<String, String> fields) {
		public String get(String field) {
			return fields.get(field);
		}
	}

	public static final String TRANSITION = "overgang";
	public static final String CONSENT = "instemming";
	public static final String MIGRATION = "migratie";
	/** The first entry of a document made from another file (a Word file): {@code van} names that file. */
	public static final String IMPORT = "import";
	/**
	 * The first entry of a plan for the next period ({@link NextPeriod}): {@code van} names the previous
	 * version's file, {@code vorige} holds the hash of its last log entry, so the chain goes on across files.
	 */
	public static final String NEXT_PERIOD = "volgende-periode";
	public static final List<String> DECISIONS = List.of("akkoord", "nietAkkoord", "gedeeltelijk");
	public static final List<String> WAYS = List.of("papier", "digitaal");
	private static final int MAX_REASONS = 12;

	private Lifecycle() {
	}

	/** The current state: the target of the last transition, {@code concept} when there is none. */
	public static State state(OppDocument document) {
		State state = State.CONCEPT;
		for (Entry entry : entries(document)) {
			State next = TRANSITION.equals(entry.get("handeling")) ? stateOf(entry.get("naar")) : null;
			if (next != null) {
				state = next;
			}
		}
		return state;
	}

	/** The log, oldest first. */
	public static List<Entry> entries(OppDocument document) {
		List<Entry> entries = new ArrayList<>();
		for (EObject object : log(document)) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (String field : DocumentSchema.LOG_FIELDS) {
				fields.put(field, (String) object.eGet(object.eClass().getEStructuralFeature(field)));
			}
			entries.add(new Entry(fields));
		}
		return entries;
	}

	/**
	 * Moves the document to another state. Refused, with the reason, when the move is not one of the
	 * state's next states. Vaststellen is refused when someone other than the bevoegd gezag (or a director
	 * it mandated) adopts, without consent on the handelingsdeel (in full, or for recorded parts), or while
	 * the document, judged at the day of adoption, has errors: the refusal lists them as {@code opp
	 * validate} does. Adopting dates the cycle's vaststelling phase when it has no date yet.
	 */
	public static void transition(OppDocument document, State to, String by, String role, String remark,
			OffsetDateTime at) throws LifecycleException {
		requireNamed(by, role);
		State from = state(document);
		if (!from.next().contains(to)) {
			throw new LifecycleException(DutchText.bind(Messages.lifecycleNotNext, new Object[] { from.label(), to.label(),
					String.join(", ", from.next().stream().map(State::label).toList()) }));
		}
		Runnable undo = () -> {
		};
		if (to == State.VASTGESTELD) {
			undo = adopt(document, role, at.toLocalDate());
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("handeling", TRANSITION);
		fields.put("van", from.label());
		fields.put("naar", to.label());
		fields.put("door", by);
		fields.put("rol", role);
		fields.put("opmerking", remark);
		try {
			append(document, fields, at);
		} catch (RuntimeException e) {
			undo.run();
			throw e;
		}
	}

	/** Checks a vaststelling and dates it; returns how to take the date back. */
	private static Runnable adopt(OppDocument document, String role, LocalDate day) throws LifecycleException {
		if (!Roles.mayAdopt(role)) {
			throw new LifecycleException(DutchText.bind(Messages.lifecycleAdopterRole, Roles.adopters(), role));
		}
		LegalFacts facts = LegalFacts.of(document);
		String decision = consentSince(document, State.TER_INSTEMMING);
		if (decision == null && facts.consent() != null) {
			// A consent entered in the document (from paper) counts when it is not older than this round.
			Optional<LocalDate> given = facts.date(facts.consentLeaf(LegalFacts.DATE));
			Optional<LocalDate> round = movesTo(document, State.VASTGESTELD).isEmpty() ? Optional.empty()
					: lastMoveTo(document, State.TER_INSTEMMING); // a new version needs a new consent
			if (given.isPresent() && round.isPresent() && given.get().isBefore(round.get())) {
				throw new LifecycleException(DutchText.bind(Messages.lifecycleConsentBeforeRound, given.get(), round.get()));
			}
			decision = document.value(facts.consentLeaf(LegalFacts.DECISION));
		}
		if (decision == null || decision.isBlank()) {
			throw new LifecycleException(text(Messages.lifecycleNoConsent));
		}
		if ("nietAkkoord".equals(decision)) {
			throw new LifecycleException(text(Messages.lifecycleConsentRefused));
		}
		Leaf phase = facts.phases(PhaseKind.VASTSTELLING).stream()
				.filter(leaf -> new ConditionEvaluator(document).holds(LegalFacts.phaseOf(leaf).getCondition())).findFirst()
				.orElse(null);
		Runnable undo = () -> {
		};
		if (phase != null) {
			// The document and the log say the same day; an earlier adoption stays in the log.
			String before = document.value(phase);
			document.setValue(phase, day.toString());
			undo = () -> document.setValue(phase, before);
		}
		// The law first: a missing OOGO matters more than the tenth empty field.
		List<Diagnostic> errors = Documents.validate(document, null, day).stream()
				.filter(d -> d.severity() == Severity.ERROR && !LawRules.SIX_WEEKS.equals(d.code()))
				.sorted(java.util.Comparator.comparing(d -> d.code() == null || !d.code().startsWith("wet."))).toList();
		if (!errors.isEmpty()) {
			undo.run();
			StringBuilder reasons = new StringBuilder(errors.size() == 1 ? DutchText.bind(Messages.lifecycleAdoptionError, day)
					: DutchText.bind(Messages.lifecycleAdoptionErrors, day, errors.size()));
			errors.stream().limit(MAX_REASONS).forEach(d -> reasons.append("\n  - ")
					.append(d.path() == null ? "" : "[" + d.path() + "] ").append(d.message()));
			if (errors.size() > MAX_REASONS) {
				reasons.append("\n  ").append(DutchText.bind(Messages.lifecycleMoreErrors, errors.size() - MAX_REASONS));
			}
			throw new LifecycleException(reasons.toString());
		}
		return undo;
	}

	/**
	 * Records a consent (or refusal) on the handelingsdeel in the document's consent field and in the log,
	 * together: who, role, decision, way, remark, when, and for a partial consent the parts agreed on.
	 * Refused for a party that may not consent (parents, or the adult pupil himself; Handreiking OPP 3.2).
	 */
	public static void consent(OppDocument document, String by, String role, String decision, String way,
			String remark, String parts, OffsetDateTime at) throws LifecycleException {
		requireNamed(by, role);
		if (!DECISIONS.contains(decision)) {
			throw new LifecycleException(DutchText.bind(Messages.lifecycleUnknownDecision, decision, String.join(", ", DECISIONS)));
		}
		if (way != null && !WAYS.contains(way)) {
			throw new LifecycleException(DutchText.bind(Messages.lifecycleUnknownWay, way, String.join(", ", WAYS)));
		}
		if ("gedeeltelijk".equals(decision) && (parts == null || parts.isBlank())) {
			throw new LifecycleException(text(Messages.lifecyclePartsMissing));
		}
		State state = state(document);
		if (state == State.BEEINDIGD) {
			throw new LifecycleException(text(Messages.lifecycleEnded));
		}
		if (state.frozen()) {
			throw new LifecycleException(DutchText.bind(Messages.lifecycleFrozen, state.label()));
		}
		LegalFacts facts = LegalFacts.of(document);
		checkParty(facts, role, at.toLocalDate());
		if (facts.consent() != null) {
			set(document, facts, LegalFacts.WHO, by);
			set(document, facts, LegalFacts.ROLE, role);
			set(document, facts, LegalFacts.DECISION, decision);
			set(document, facts, LegalFacts.DATE, at.toLocalDate().toString());
			set(document, facts, LegalFacts.WAY, way);
			set(document, facts, LegalFacts.REMARK, remark);
			set(document, facts, LegalFacts.PARTS, "gedeeltelijk".equals(decision) ? parts : null);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("handeling", CONSENT);
		fields.put("door", by);
		fields.put("rol", role);
		fields.put("besluit", decision);
		fields.put("wijze", way);
		fields.put("opmerking", "gedeeltelijk".equals(decision)
				? DutchText.bind(Messages.lifecyclePartialRemark, parts.strip()) + (remark == null ? "" : ". " + remark) : remark);
		append(document, fields, at);
	}

	/** Records a full consent or a refusal in the consent field and the log; a partial one needs its parts. */
	public static void consent(OppDocument document, String by, String role, String decision, String way,
			String remark, OffsetDateTime at) throws LifecycleException {
		consent(document, by, role, decision, way, remark, null, at);
	}

	private static void requireNamed(String by, String role) throws LifecycleException {
		if (by == null || by.isBlank() || role == null || role.isBlank()) {
			throw new LifecycleException(text(Messages.lifecycleWhoAndRole));
		}
	}

	/** The day of the last move to a state, if the log has one. */
	public static Optional<LocalDate> lastMoveTo(OppDocument document, State state) {
		LocalDate day = null;
		for (Entry entry : entries(document)) {
			if (TRANSITION.equals(entry.get("handeling")) && state.label().equals(entry.get("naar"))) {
				day = day(entry);
			}
		}
		return Optional.ofNullable(day);
	}

	/** The days of every move to a state, oldest first. */
	public static List<LocalDate> movesTo(OppDocument document, State state) {
		List<LocalDate> days = new ArrayList<>();
		for (Entry entry : entries(document)) {
			if (TRANSITION.equals(entry.get("handeling")) && state.label().equals(entry.get("naar")) && day(entry) != null) {
				days.add(day(entry));
			}
		}
		return days;
	}

	private static LocalDate day(Entry entry) {
		try {
			return entry.get("tijdstip") == null ? null : OffsetDateTime.parse(entry.get("tijdstip")).toLocalDate();
		} catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	/** The decision of the latest consent in the log, or {@code null} when the log records none. */
	public static String loggedConsent(OppDocument document) {
		String decision = null;
		for (Entry entry : entries(document)) {
			if (CONSENT.equals(entry.get("handeling"))) {
				decision = entry.get("besluit");
			}
		}
		return decision;
	}

	private static void checkParty(LegalFacts facts, String role, LocalDate on) throws LifecycleException {
		java.util.Optional<Integer> age = facts.ageOn(on);
		String reason = switch (Roles.consent(role, age)) {
		case ENTITLED -> null;
		case PARENT_OF_ADULT -> DutchText.bind(Messages.lifecycleParentsOfAdult, age.orElseThrow());
		case MINOR_PUPIL -> DutchText.bind(Messages.lifecycleMinorPupil, age.orElseThrow());
		case PUPIL_OF_UNKNOWN_AGE -> text(Messages.lifecyclePupilOfUnknownAge);
		case NOT_A_PARTY -> DutchText.bind(Messages.lifecycleNotAParty, role);
		};
		if (reason != null) {
			throw new LifecycleException(reason);
		}
	}

	private static void set(OppDocument document, LegalFacts facts, String name, String value) {
		Leaf leaf = facts.consentLeaf(name);
		if (leaf != null) {
			document.setValue(leaf, value == null || value.isBlank() ? null : value.strip());
		}
	}

	/** Records that the document was migrated from one format version to another. */
	public static void recordMigration(OppDocument document, String fromVersion, String toVersion, String remark,
			OffsetDateTime at) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("handeling", MIGRATION);
		fields.put("van", fromVersion);
		fields.put("naar", toVersion);
		fields.put("door", "opp migrate");
		fields.put("opmerking", remark);
		append(document, fields, at);
	}

	/**
	 * Records that a new document was made from another file ({@code from}: its name), by a program
	 * ({@code by}: {@code opp import-word}); the document stays in the state it has (concept).
	 */
	public static void recordImport(OppDocument document, String from, String by, String remark, OffsetDateTime at) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("handeling", IMPORT);
		fields.put("van", from);
		fields.put("door", by);
		fields.put("opmerking", remark);
		append(document, fields, at);
	}

	/**
	 * Starts the log of a plan for the next period: its first entry links to the previous version, by
	 * file name and the hash of that version's last entry.
	 */
	static void recordNextPeriod(OppDocument document, String previousFile, String previousHash, String by,
			String remark, OffsetDateTime at) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("handeling", NEXT_PERIOD);
		fields.put("van", previousFile);
		fields.put("door", by);
		fields.put("opmerking", remark);
		fields.put("vorige", previousHash);
		append(document, fields, at);
	}

	/** Copies another document's log entries as they are (hashes included), for a migration. */
	public static void copyLog(OppDocument from, OppDocument to) {
		List<EObject> target = log(to);
		for (EObject entry : log(from)) {
			EObject copy = to.schema().ePackage().getEFactoryInstance().create(to.schema().logEntryClass());
			for (String field : DocumentSchema.LOG_FIELDS) {
				copy.eSet(copy.eClass().getEStructuralFeature(field), entry.eGet(entry.eClass().getEStructuralFeature(field)));
			}
			target.add(copy);
		}
	}

	/**
	 * Checks the log: every hash, the chain, the order of time, and that a frozen plan's content is what
	 * it was at its vaststelling.
	 */
	public static List<Diagnostic> verify(OppDocument document, Path file) {
		List<Diagnostic> problems = new ArrayList<>();
		String previous = "";
		String adoptedContent = null;
		String lastTime = "";
		List<Entry> entries = entries(document);
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			int number = i + 1;
			if (i == 0 && NEXT_PERIOD.equals(entry.get("handeling"))) {
				previous = orEmpty(entry.get("vorige")); // the link to the previous version's log
			}
			if (!String.valueOf(number).equals(entry.get("volgnummer")) || !previous.equals(orEmpty(entry.get("vorige")))) {
				problems.add(problem(file, DutchText.bind(Messages.logOutOfPlace, number)));
			}
			if (!hash(entry.fields()).equals(entry.get("hash"))) {
				problems.add(problem(file, DutchText.bind(Messages.logChanged, number)));
			}
			if (orEmpty(entry.get("tijdstip")).compareTo(lastTime) < 0) {
				problems.add(problem(file, DutchText.bind(Messages.logOutOfOrder, number)));
			}
			lastTime = orEmpty(entry.get("tijdstip"));
			previous = orEmpty(entry.get("hash"));
			if (MIGRATION.equals(entry.get("handeling")) && adoptedContent != null) {
				adoptedContent = entry.get("inhoud"); // the adopted plan, carried into the new format version
			} else if (TRANSITION.equals(entry.get("handeling"))) {
				State to = stateOf(entry.get("naar"));
				if (to == null) {
					problems.add(problem(file, DutchText.bind(Messages.logUnknownState, number)));
				}
				adoptedContent = to == State.VASTGESTELD ? entry.get("inhoud") : to != null && to.frozen() ? adoptedContent : null;
			}
		}
		if (adoptedContent != null && state(document).frozen() && !adoptedContent.equals(contentDigest(document))
				&& !adoptedContent.equals(oldGoalsDigest(document))) {
			problems.add(problem(file, text(Messages.logContentChanged)));
		}
		return problems;
	}

	/** The latest consent decision recorded after the last move to {@code since}, or {@code null}. */
	private static String consentSince(OppDocument document, State since) {
		String decision = null;
		for (Entry entry : entries(document)) {
			if (TRANSITION.equals(entry.get("handeling")) && since.label().equals(entry.get("naar"))) {
				decision = null;
			} else if (CONSENT.equals(entry.get("handeling"))) {
				decision = entry.get("besluit");
			}
		}
		return decision;
	}

	private static void append(OppDocument document, Map<String, String> given, OffsetDateTime at) {
		List<EObject> log = log(document);
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : DocumentSchema.LOG_FIELDS) {
			fields.put(field, given.get(field));
		}
		fields.put("volgnummer", String.valueOf(log.size() + 1));
		fields.put("tijdstip", at.truncatedTo(ChronoUnit.SECONDS).toString());
		fields.put("inhoud", contentDigest(document));
		fields.put("vorige", log.isEmpty() ? given.get("vorige") : (String) log.get(log.size() - 1)
				.eGet(log.get(log.size() - 1).eClass().getEStructuralFeature("hash")));
		fields.put("hash", hash(fields));
		EObject entry = document.schema().ePackage().getEFactoryInstance().create(document.schema().logEntryClass());
		fields.forEach((name, value) -> entry.eSet(entry.eClass().getEStructuralFeature(name), value));
		log.add(entry);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> log(OppDocument document) {
		return (List<EObject>) document.root().eGet(document.schema().logReference());
	}

	/** SHA-256 over every field but the hash itself, in the fixed order. */
	static String hash(Map<String, String> fields) {
		StringBuilder text = new StringBuilder();
		for (String field : DocumentSchema.LOG_FIELDS) {
			if (!"hash".equals(field)) {
				text.append(field).append('=').append(orEmpty(fields.get(field))).append('\n');
			}
		}
		return sha256(text.toString());
	}

	/**
	 * A digest of everything the document says (not its log, not the goals' evaluations), walking the outline
	 * in format order.
	 */
	public static String contentDigest(OppDocument document) {
		StringBuilder text = new StringBuilder("schooltype=").append(orEmpty(document.schoolType())).append('\n');
		digest(document.root(), document.schema().outline(), "", text);
		return sha256(text.toString());
	}

	private static void digest(EObject owner, List<SchemaNode> nodes, String prefix, StringBuilder text) {
		for (SchemaNode node : nodes) {
			if (node instanceof Leaf leaf && isGoalEvaluation(leaf)) {
				continue; // how a goal went is written while the adopted plan runs: not part of the plan
			}
			if (node instanceof Leaf leaf) {
				String value = OppDocument.value(owner, leaf);
				if (value != null) {
					text.append(prefix).append(leaf.name()).append('=').append(value.replace("\n", "\\n")).append('\n');
				}
			} else if (node instanceof Branch branch) {
				List<EObject> rows = OppDocument.objects(owner, branch);
				for (int row = 0; row < rows.size(); row++) {
					digest(rows.get(row), branch.children(), prefix + branch.name() + "[" + row + "]/", text);
				}
			}
		}
	}

	private static boolean isGoalEvaluation(Leaf leaf) {
		return leaf.element() instanceof GoalsBlock && Slots.GOAL_EVALUATION.equals(leaf.name());
	}

	/**
	 * The digest as it was before goals repeated, when the goals are still in a shape the old documents
	 * had (per block at most one goal per level, one chain, without domains), else {@code null}:
	 * a plan adopted then and loaded now (see {@link OldGoals}) is unchanged.
	 */
	static String oldGoalsDigest(OppDocument document) {
		StringBuilder text = new StringBuilder("schooltype=").append(orEmpty(document.schoolType())).append('\n');
		return oldDigest(document.root(), document.schema().outline(), "", text) ? sha256(text.toString()) : null;
	}

	private static boolean oldDigest(EObject owner, List<SchemaNode> nodes, String prefix, StringBuilder text) {
		for (SchemaNode node : nodes) {
			if (node instanceof Leaf leaf) {
				String value = OppDocument.value(owner, leaf);
				if (value != null) {
					text.append(prefix).append(leaf.name()).append('=').append(value.replace("\n", "\\n")).append('\n');
				}
			} else if (node instanceof Branch branch) {
				List<EObject> rows = OppDocument.objects(owner, branch);
				for (int row = 0; row < rows.size(); row++) {
					String step = prefix + branch.name() + "[" + row + "]/";
					if (branch.element() instanceof GoalsBlock goals && !branch.repeating() && !goals.getLevels().isEmpty()) {
						if (!oldGoals(rows.get(row), branch.children(), step, text)) {
							return false;
						}
					} else if (!oldDigest(rows.get(row), branch.children(), step, text)) {
						return false;
					}
				}
			}
		}
		return true;
	}

	/** One old goals block: the level texts in order, then the actions of the last level. */
	private static boolean oldGoals(EObject block, List<SchemaNode> nodes, String prefix, StringBuilder text) {
		EObject owner = block;
		List<SchemaNode> children = nodes;
		StringBuilder actions = new StringBuilder();
		while (true) {
			Branch next = null;
			for (SchemaNode node : children) {
				if (node instanceof Branch branch && Slots.ACTIONS.equals(branch.name())) {
					List<EObject> rows = owner == null ? List.of() : OppDocument.objects(owner, branch);
					for (int row = 0; row < rows.size(); row++) {
						if (!oldDigest(rows.get(row), branch.children(), prefix + branch.name() + "[" + row + "]/", actions)) {
							return false;
						}
					}
				} else if (node instanceof Branch branch) {
					next = branch;
				} else if (node instanceof Leaf leaf && owner != block) {
					String value = OppDocument.value(owner, leaf);
					if (Slots.GOAL_TEXT.equals(leaf.name())) {
						if (value != null) {
							String level = owner.eContainingFeature().getName(); // the level's old leaf had this name
							text.append(prefix).append(level).append('=').append(value.replace("\n", "\\n")).append('\n');
						}
					} else if (value != null && !isGoalEvaluation(leaf)) {
						return false; // a domain: no old document had one
					}
				}
			}
			if (next == null) {
				break;
			}
			List<EObject> rows = owner == null ? List.of() : OppDocument.objects(owner, next);
			if (rows.size() > 1) {
				return false;
			}
			owner = rows.isEmpty() ? null : rows.get(0);
			children = next.children();
		}
		text.append(actions);
		return true;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java", e); // every Java has it
		}
	}

	private static State stateOf(String label) {
		try {
			return label == null ? null : State.of(label);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** A message without arguments, its quotes resolved as in one with arguments. */
	private static String text(String message) {
		return DutchText.bind(message, new Object[0]);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static Diagnostic problem(Path file, String message) {
		return new Diagnostic(Severity.ERROR, message, file, 0, 0, DocumentSchema.LOG, "nl.oppstudio.document.audit");
	}
}
