package nl.oppstudio.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;

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
	public static final List<String> DECISIONS = List.of("akkoord", "nietAkkoord", "gedeeltelijk");
	public static final List<String> WAYS = List.of("papier", "digitaal");

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
	 * state's next states, or when it would adopt a plan without parents' consent on the handelingsdeel.
	 */
	public static void transition(OppDocument document, State to, String by, String role, String remark,
			OffsetDateTime at) throws LifecycleException {
		State from = state(document);
		if (!from.next().contains(to)) {
			throw new LifecycleException("Van '" + from.label() + "' kan een OPP niet naar '" + to.label() + "'; wel naar: "
					+ String.join(", ", from.next().stream().map(State::label).toList()) + ".");
		}
		if (to == State.VASTGESTELD) {
			String decision = consentSince(document, State.TER_INSTEMMING);
			if (decision == null) {
				throw new LifecycleException("Vaststellen kan pas als ouders hebben ingestemd met het handelingsdeel "
						+ "(Handreiking OPP 3.2); leg hun instemming vast met 'opp consent'.");
			}
			if (!"akkoord".equals(decision)) {
				throw new LifecycleException("Ouders stemden niet (volledig) in met het handelingsdeel (" + decision
						+ "); voer opnieuw overleg voordat het OPP wordt vastgesteld (Handreiking OPP 3.2).");
			}
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("handeling", TRANSITION);
		fields.put("van", from.label());
		fields.put("naar", to.label());
		fields.put("door", by);
		fields.put("rol", role);
		fields.put("opmerking", remark);
		append(document, fields, at);
	}

	/** Records a consent (or refusal) on the handelingsdeel: who, role, decision, way, remark, when. */
	public static void consent(OppDocument document, String by, String role, String decision, String way,
			String remark, OffsetDateTime at) throws LifecycleException {
		if (!DECISIONS.contains(decision)) {
			throw new LifecycleException("Besluit '" + decision + "' is onbekend; kies " + String.join(", ", DECISIONS) + ".");
		}
		if (way != null && !WAYS.contains(way)) {
			throw new LifecycleException("Wijze '" + way + "' is onbekend; kies " + String.join(", ", WAYS) + ".");
		}
		if (state(document) == State.BEEINDIGD) {
			throw new LifecycleException("Het OPP is beëindigd; instemming heeft geen betekenis meer.");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("handeling", CONSENT);
		fields.put("door", by);
		fields.put("rol", role);
		fields.put("besluit", decision);
		fields.put("wijze", way);
		fields.put("opmerking", remark);
		append(document, fields, at);
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
			if (!String.valueOf(number).equals(entry.get("volgnummer")) || !previous.equals(orEmpty(entry.get("vorige")))) {
				problems.add(problem(file, "Logboek: regel " + number + " staat niet op zijn plaats in de keten (verwijderd, "
						+ "verplaatst of ingevoegd)."));
			}
			if (!hash(entry.fields()).equals(entry.get("hash"))) {
				problems.add(problem(file, "Logboek: regel " + number + " is na het vastleggen gewijzigd (hash klopt niet)."));
			}
			if (orEmpty(entry.get("tijdstip")).compareTo(lastTime) < 0) {
				problems.add(problem(file, "Logboek: regel " + number + " is ouder dan de regel ervoor."));
			}
			lastTime = orEmpty(entry.get("tijdstip"));
			previous = orEmpty(entry.get("hash"));
			if (MIGRATION.equals(entry.get("handeling")) && adoptedContent != null) {
				adoptedContent = entry.get("inhoud"); // the adopted plan, carried into the new format version
			} else if (TRANSITION.equals(entry.get("handeling"))) {
				State to = stateOf(entry.get("naar"));
				if (to == null) {
					problems.add(problem(file, "Logboek: regel " + number + " noemt een onbekende toestand."));
				}
				adoptedContent = to == State.VASTGESTELD ? entry.get("inhoud") : to != null && to.frozen() ? adoptedContent : null;
			}
		}
		if (adoptedContent != null && state(document).frozen() && !adoptedContent.equals(contentDigest(document))) {
			problems.add(problem(file, "De inhoud is gewijzigd nadat het OPP is vastgesteld; een vastgesteld OPP wijzigt "
					+ "alleen via een nieuwe versie (bijgesteld)."));
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
		fields.put("vorige", log.isEmpty() ? null : (String) log.get(log.size() - 1)
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

	/** A digest of everything the document says (not its log), walking the outline in format order. */
	public static String contentDigest(OppDocument document) {
		StringBuilder text = new StringBuilder("schooltype=").append(orEmpty(document.schoolType())).append('\n');
		digest(document.root(), document.schema().outline(), "", text);
		return sha256(text.toString());
	}

	private static void digest(EObject owner, List<SchemaNode> nodes, String prefix, StringBuilder text) {
		for (SchemaNode node : nodes) {
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

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
		}
	}

	private static State stateOf(String label) {
		try {
			return label == null ? null : State.of(label);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static Diagnostic problem(Path file, String message) {
		return new Diagnostic(Severity.ERROR, message, file, 0, 0, DocumentSchema.LOG, "nl.oppstudio.document.audit");
	}
}
