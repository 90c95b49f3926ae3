package nl.oppstudio.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.internal.DutchText;
import nl.oppstudio.document.internal.Messages;

/**
 * The ledger of a folder ({@code .opp-register}): per document its identity, log length and the hash of
 * its last log entry, an anchor outside the document, so that a log cut short or rewritten is found by
 * {@code opp audit}. Written by {@link Documents#save} and {@link Documents#saveNew}, atomically, with the
 * permissions of the documents (owner, and group where the school shares by group). It holds no names: a
 * document is known by a salted hash of its file name (the salt is in the header). The file is UTF-8 text:
 *
 * <pre>
 * opp-register 2&lt;TAB&gt;SALT
 * KEY&lt;TAB&gt;ID&lt;TAB&gt;LENGTH&lt;TAB&gt;LAST-HASH&lt;TAB&gt;KIND&lt;TAB&gt;CHAIN   (sorted by key, kind, length)
 * einde&lt;TAB&gt;COUNT&lt;TAB&gt;CHAIN
 * </pre>
 *
 * KEY is the SHA-256 of the salt, a newline and the file name (32 hex digits); ID the hash of the log's first
 * entry (the document's identity: another document under an old name is new, not rewritten); KIND is
 * {@code actueel} for the document's current entry, or the evidence a save kept when the log it saved did not
 * extend the current entry: {@code ingekort}, {@code herschreven}, {@code teruggezet} (the document was a copy
 * of its {@code .bak}), {@code vervangen} (another document, by its first log entry, under this name). Evidence stays until it is acknowledged ({@link #acknowledge}). Each CHAIN is the
 * SHA-256 of the previous line's CHAIN (for the first line: of the header), a newline and the line's first
 * five fields: editing, removing or reordering a line breaks the chain, and a line whose chain is broken is
 * never carried into a new ledger. A crash between the document and the ledger leaves the ledger one save
 * behind: its entry is then a prefix of the document's log, which is not a problem. Version 1 ledgers
 * (keyed by file name) are read and written anew as version 2 by the next save.
 */
public final class Ledger {

	/** The ledger's file name in a document's folder. */
	public static final String FILE_NAME = ".opp-register";

	/** Prefix of a ledger that was found edited and was kept aside when a new one was started. */
	public static final String KEPT_PREFIX = FILE_NAME + ".gewijzigd-";

	/** The kind of a document's current entry. */
	public static final String CURRENT = "actueel";
	/** Evidence: a save of a log shorter than the entry. */
	public static final String CUT = "ingekort";
	/** Evidence: a save of a log whose entry at the recorded length has another hash. */
	public static final String REWRITTEN = "herschreven";
	/** Evidence: a save of a document that was its own {@code .bak} (a restore). */
	public static final String RESTORED = "teruggezet";
	/** Evidence: a save of another document (another first log entry) under this name. */
	public static final String REPLACED = "vervangen";

	/** One line: a document's key, identity, log length, last log hash and kind. */
	public record Entry(String key, String id, int length, String lastHash, String kind) {

		boolean current() {
			return CURRENT.equals(kind);
		}
	}

	/**
	 * A ledger as read: its salt, the entries whose lines are intact, what is wrong with the file itself,
	 * and whether it could not be read at all (another account's file: then it is never replaced).
	 */
	public record Reading(String salt, List<Entry> entries, List<Diagnostic> problems, boolean unreadable) {

		/** The key of a document file of this ledger's folder. */
		public String key(Path documentFile) {
			return Ledger.key(salt, documentFile.getFileName().toString());
		}
	}

	static final String HEADER = "opp-register 2";
	private static final String HEADER_1 = "opp-register 1";
	private static final String END = "einde";
	private static final String CODE = "nl.oppstudio.document.ledger";
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::key).thenComparing(e -> !e.current())
			.thenComparing(Entry::kind).thenComparingInt(Entry::length).thenComparing(Entry::lastHash);

	private Ledger() {
	}

	/** The ledger of a folder. */
	public static Path file(Path folder) {
		return folder.toAbsolutePath().resolve(FILE_NAME);
	}

	/** Records a saved document in its folder's ledger; see {@link #record(OppDocument, Path, boolean)}. */
	public static void record(OppDocument document, Path documentFile) throws IOException {
		record(document, documentFile, false);
	}

	/**
	 * Records a saved document in its folder's ledger. When the log does not extend the document's current
	 * entry (same identity), the old entry is kept as evidence ({@code ingekort}, {@code herschreven}, or
	 * {@code teruggezet} when {@code restored}: the file saved over was a copy of its {@code .bak}). A ledger
	 * that was edited outside OPP Studio is kept aside as {@code .opp-register.gewijzigd-TIME} and a new one
	 * starts from the lines whose chain is intact. A ledger that cannot be read (another account's) is left
	 * alone and this save is not recorded.
	 */
	public static synchronized void record(OppDocument document, Path documentFile, boolean restored) throws IOException {
		Path absolute = documentFile.toAbsolutePath();
		Path ledger = file(absolute.getParent());
		Reading reading = read(ledger);
		if (reading.unreadable()) {
			return; // never kept aside, never overwritten: opp audit reports it as unreadable
		}
		boolean existed = Files.exists(ledger);
		if (!reading.problems().isEmpty()) {
			keepAside(ledger);
		}
		List<Entry> entries = new ArrayList<>(reading.entries());
		List<Lifecycle.Entry> log = Lifecycle.entries(document);
		String key = reading.key(absolute);
		String id = identity(log);
		Entry old = entries.stream().filter(e -> e.key().equals(key) && e.current()).findFirst().orElse(null);
		if (old != null) {
			entries.remove(old);
			String wrong = anotherDocument(old, id) ? REPLACED : mismatch(old, log);
			if (wrong != null) {
				Entry evidence = new Entry(key, old.id(), old.length(), old.lastHash(),
						restored && !REPLACED.equals(wrong) ? RESTORED : wrong);
				if (!entries.contains(evidence)) {
					entries.add(evidence);
				}
			}
		}
		entries.add(new Entry(key, id, log.size(), lastHash(log), CURRENT));
		byte[] text = format(reading.salt(), entries).getBytes(StandardCharsets.UTF_8);
		AtomicFiles.writePrivate(ledger, existed && reading.problems().isEmpty() ? ledger : absolute, out -> out.write(text));
	}

	/**
	 * Removes what an acknowledgement ({@code opp audit MAP --bevestig WAT}) names: for a document file name
	 * or a key (as a message about a gone document shows it), every line of that document (its evidence and
	 * its entry: the next save records it anew); for a kept-aside ledger ({@code .opp-register.gewijzigd-…}),
	 * that file. Returns the number of lines or files removed.
	 */
	public static synchronized int acknowledge(Path folder, String what) throws IOException {
		Path absolute = folder.toAbsolutePath();
		if (what.startsWith(KEPT_PREFIX) && what.indexOf('/') < 0 && what.indexOf('\\') < 0) {
			return Files.deleteIfExists(absolute.resolve(what)) ? 1 : 0;
		}
		Path ledger = file(absolute);
		Reading reading = read(ledger);
		if (reading.unreadable() || !Files.exists(ledger)) {
			return 0;
		}
		String key = what.matches("[0-9a-f]{32}") ? what : key(reading.salt(), Path.of(what).getFileName().toString());
		List<Entry> kept = reading.entries().stream().filter(e -> !e.key().equals(key)).toList();
		int removed = reading.entries().size() - kept.size();
		if (removed > 0) {
			if (!reading.problems().isEmpty()) {
				keepAside(ledger);
			}
			byte[] text = format(reading.salt(), kept).getBytes(StandardCharsets.UTF_8);
			AtomicFiles.writePrivate(ledger, out -> out.write(text));
		}
		return removed;
	}

	/** The text of a ledger with this salt and these entries. */
	static String format(String salt, List<Entry> entries) {
		String header = HEADER + '\t' + salt;
		StringBuilder text = new StringBuilder(header).append('\n');
		String chain = sha256(header);
		List<Entry> sorted = new ArrayList<>(entries);
		sorted.sort(ORDER);
		for (Entry entry : sorted) {
			String line = entry.key() + '\t' + entry.id() + '\t' + entry.length() + '\t' + entry.lastHash() + '\t' + entry.kind();
			chain = sha256(chain + '\n' + line);
			text.append(line).append('\t').append(chain).append('\n');
		}
		return text.append(END).append('\t').append(sorted.size()).append('\t').append(chain).append('\n').toString();
	}

	/** Reads a folder's ledger; a missing ledger is empty and has no problems. */
	public static Reading read(Path ledger) {
		List<Entry> entries = new ArrayList<>();
		List<Diagnostic> problems = new ArrayList<>();
		List<String> lines;
		try {
			lines = Files.readAllLines(ledger, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return new Reading(newSalt(), entries, problems, false);
		} catch (IOException e) {
			problems.add(problem(Severity.ERROR, ledger, 0, DutchText.bind(Messages.ledgerUnreadable, e.getMessage())));
			return new Reading(newSalt(), entries, problems, true);
		}
		String first = lines.isEmpty() ? "" : lines.get(0);
		boolean version1 = HEADER_1.equals(first);
		String[] head = first.split("\t", -1);
		String salt;
		if (version1) {
			salt = newSalt();
		} else if (head.length == 2 && HEADER.equals(head[0]) && head[1].matches("[0-9a-f]{32}")) {
			salt = head[1];
		} else {
			salt = newSalt();
			problems.add(problem(Severity.ERROR, ledger, 1, DutchText.bind(Messages.ledgerLineEdited, 1)));
		}
		String chain = sha256(first);
		int count = 0;
		boolean ended = false;
		for (int i = 1; i < lines.size(); i++) {
			String[] fields = lines.get(i).split("\t", -1);
			int number = i + 1;
			if (ended) {
				problems.add(problem(Severity.ERROR, ledger, number, DutchText.bind(Messages.ledgerLineEdited, number)));
				continue;
			}
			if (fields.length == 3 && END.equals(fields[0])) {
				ended = true;
				if (!String.valueOf(count).equals(fields[1]) || !chain.equals(fields[2])) {
					problems.add(problem(Severity.ERROR, ledger, number, text(Messages.ledgerLinesRemoved)));
				}
				continue;
			}
			Entry entry = version1 ? entry1(salt, fields) : entry(fields);
			if (entry == null) {
				problems.add(problem(Severity.ERROR, ledger, number, DutchText.bind(Messages.ledgerLineEdited, number)));
				continue;
			}
			String line = String.join("\t", java.util.Arrays.copyOf(fields, fields.length - 1));
			String expected = sha256(chain + '\n' + line);
			chain = fields[fields.length - 1];
			count++;
			if (!expected.equals(chain)) {
				// untrusted: reported, and never carried into a new ledger
				problems.add(problem(Severity.ERROR, ledger, number, DutchText.bind(Messages.ledgerLineEdited, number)));
				continue;
			}
			entries.add(entry);
		}
		if (!ended) {
			problems.add(problem(Severity.ERROR, ledger, lines.size(), text(Messages.ledgerLinesRemoved)));
		}
		return new Reading(salt, entries, problems, false);
	}

	/**
	 * Audits one document against its folder's ledger: the ledger itself (edited outside OPP Studio, or
	 * kept aside after such an edit) and this document's entries (a log shorter than, or different from,
	 * what the ledger recorded; evidence of such a save). A document the ledger does not know passes
	 * (saved before ledgers existed), and so does another document under an old name.
	 */
	public static List<Diagnostic> audit(OppDocument document, Path documentFile) {
		Path folder = documentFile.toAbsolutePath().getParent();
		Reading reading = read(file(folder));
		List<Diagnostic> problems = new ArrayList<>(ledgerProblems(folder, reading));
		problems.addAll(compare(reading, document, documentFile));
		return problems;
	}

	/** What is wrong with a folder's ledger itself, including ledgers kept aside after an edit. */
	public static List<Diagnostic> ledgerProblems(Path folder, Reading reading) {
		List<Diagnostic> problems = new ArrayList<>(reading.problems());
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(f -> f.getFileName().toString().startsWith(KEPT_PREFIX)).sorted()
					.forEach(kept -> problems.add(problem(Severity.ERROR, kept, 0,
							DutchText.bind(Messages.ledgerKeptAside, kept.getFileName()))));
		} catch (IOException e) {
			// an unreadable folder: the document itself could not have been read either
		}
		return problems;
	}

	/** This document's log against its ledger entries. */
	public static List<Diagnostic> compare(Reading reading, OppDocument document, Path documentFile) {
		Path absolute = documentFile.toAbsolutePath();
		String key = reading.key(absolute);
		String name = absolute.getFileName().toString();
		List<Lifecycle.Entry> log = Lifecycle.entries(document);
		List<Diagnostic> problems = new ArrayList<>();
		for (Entry entry : reading.entries()) {
			if (!entry.key().equals(key)) {
				continue;
			}
			if (!entry.current()) {
				Severity severity = RESTORED.equals(entry.kind()) || REPLACED.equals(entry.kind()) ? Severity.WARNING
						: Severity.ERROR;
				problems.add(problem(severity, absolute, 0,
						DutchText.bind(Messages.ledgerEvidence, new Object[] { entry.kind(), entry.length(), name })));
				continue;
			}
			if (anotherDocument(entry, identity(log))) {
				// another document under this name (a new period, a colleague's file): a warning, not a rewrite
				problems.add(problem(Severity.WARNING, absolute, 0,
						DutchText.bind(Messages.ledgerAnotherDocument, new Object[] { entry.length(), name })));
				continue;
			}
			String wrong = mismatch(entry, log);
			if (wrong == null) {
				continue;
			}
			if (CUT.equals(wrong) && isItsBackup(absolute)) {
				problems.add(problem(Severity.WARNING, absolute, 0,
						DutchText.bind(Messages.ledgerRestored, new Object[] { log.size(), entry.length() })));
			} else if (CUT.equals(wrong)) {
				problems.add(problem(Severity.ERROR, absolute, 0,
						DutchText.bind(Messages.ledgerLogShorter, log.size(), entry.length())));
			} else {
				problems.add(problem(Severity.ERROR, absolute, 0, DutchText.bind(Messages.ledgerLogDiffers, entry.length())));
			}
		}
		return problems;
	}

	/**
	 * Documents the ledger knows that are no longer in the folder (deleted or renamed): a warning, with the
	 * key to acknowledge it by ({@code opp audit MAP --bevestig KEY}).
	 */
	public static List<Diagnostic> gone(Path folder, Reading reading) {
		Path absolute = folder.toAbsolutePath();
		Set<String> present = new HashSet<>();
		try (Stream<Path> files = Files.list(absolute)) {
			files.filter(Files::isRegularFile).forEach(f -> present.add(reading.key(f)));
		} catch (IOException e) {
			return List.of();
		}
		List<Diagnostic> problems = new ArrayList<>();
		Set<String> named = new HashSet<>();
		for (Entry entry : reading.entries()) {
			if (!present.contains(entry.key()) && named.add(entry.key())) {
				problems.add(problem(Severity.WARNING, file(absolute), 0,
						DutchText.bind(Messages.ledgerDocumentGone, entry.key(), entry.length())));
			}
		}
		return problems;
	}

	/** Whether the document file is byte for byte its {@code .bak} (a restore from the backup). */
	static boolean isItsBackup(Path documentFile) {
		Path backup = documentFile.resolveSibling(documentFile.getFileName() + ".bak");
		try {
			return Files.isRegularFile(backup) && Files.mismatch(documentFile, backup) == -1;
		} catch (IOException e) {
			return false;
		}
	}

	/** {@code null} when the log extends the entry, else {@link #CUT} or {@link #REWRITTEN}. */
	private static String mismatch(Entry entry, List<Lifecycle.Entry> log) {
		if (entry.length() == 0) {
			return null;
		}
		if (log.size() < entry.length()) {
			return CUT;
		}
		return entry.lastHash().equals(orEmpty(log.get(entry.length() - 1).get("hash"))) ? null : REWRITTEN;
	}

	/**
	 * Whether a log of this identity belongs to another document than the entry's (both known, different
	 * first entries): a new period's file or a colleague's under the old name. A log cut from the front breaks
	 * the document's own chain ({@link Lifecycle#verify}); an empty log is judged as cut.
	 */
	private static boolean anotherDocument(Entry entry, String id) {
		return !entry.id().isEmpty() && !id.isEmpty() && !entry.id().equals(id);
	}

	private static String identity(List<Lifecycle.Entry> log) {
		return log.isEmpty() ? "" : orEmpty(log.get(0).get("hash"));
	}

	private static String lastHash(List<Lifecycle.Entry> log) {
		return log.isEmpty() ? "" : orEmpty(log.get(log.size() - 1).get("hash"));
	}

	/** The key of a file name under a salt: no name is kept in the ledger. */
	static String key(String salt, String name) {
		return sha256(salt + '\n' + name).substring(0, 32);
	}

	private static String newSalt() {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return HexFormat.of().formatHex(salt);
	}

	private static void keepAside(Path ledger) throws IOException {
		if (!Files.exists(ledger)) {
			return;
		}
		String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path kept = ledger.resolveSibling(KEPT_PREFIX + time);
		for (int i = 2; Files.exists(kept); i++) {
			kept = ledger.resolveSibling(KEPT_PREFIX + time + "-" + i);
		}
		Files.move(ledger, kept);
	}

	private static Entry entry(String[] fields) {
		if (fields.length != 6 || !fields[0].matches("[0-9a-f]{32}")
				|| !List.of(CURRENT, CUT, REWRITTEN, RESTORED, REPLACED).contains(fields[4])) {
			return null;
		}
		try {
			int length = Integer.parseInt(fields[2]);
			return length < 0 ? null : new Entry(fields[0], fields[1], length, fields[3], fields[4]);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** A version 1 line (NAME, LENGTH, LAST-HASH, CHAIN), keyed anew; its identity is unknown. */
	private static Entry entry1(String salt, String[] fields) {
		if (fields.length != 4) {
			return null;
		}
		try {
			int length = Integer.parseInt(fields[1]);
			return length < 0 ? null : new Entry(key(salt, unescape(fields[0])), "", length, fields[2], CURRENT);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String unescape(String name) {
		return name.replace("%09", "\t").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
	}

	private static Diagnostic problem(Severity severity, Path file, int line, String message) {
		return new Diagnostic(severity, message, file, line, 0, null, CODE);
	}

	private static String text(String message) {
		return DutchText.bind(message);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java", e); // every Java has it
		}
	}
}
