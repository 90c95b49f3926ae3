package nl.oppstudio.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.internal.DutchText;
import nl.oppstudio.document.internal.Messages;

/**
 * The ledger of a folder ({@code .opp-register}): per document its log length and the hash of its last
 * log entry, an anchor outside the document, so that a log cut short or rewritten is found by
 * {@code opp audit}. Written by {@link Documents#save} and {@link Documents#saveNew}, atomically and
 * owner-only. The file is plain UTF-8 text:
 *
 * <pre>
 * opp-register 1
 * NAME&lt;TAB&gt;LENGTH&lt;TAB&gt;LAST-HASH&lt;TAB&gt;CHAIN      (one line per document, sorted by name)
 * einde&lt;TAB&gt;COUNT&lt;TAB&gt;CHAIN
 * </pre>
 *
 * where each CHAIN is the SHA-256 of the previous line's CHAIN (for the first line: of the header), a
 * newline and the line's first three fields: editing, removing or reordering a line breaks the chain.
 * A crash between the document and the ledger leaves the ledger one save behind: its entry is then a
 * prefix of the document's log, which is not a problem.
 */
public final class Ledger {

	/** The ledger's file name in a document's folder. */
	public static final String FILE_NAME = ".opp-register";

	/** Prefix of a ledger that was found edited and was kept aside when a new one was started. */
	public static final String KEPT_PREFIX = FILE_NAME + ".gewijzigd-";

	/** One document's line: its file name in the folder, its log length and its last log hash. */
	public record Entry(String name, int length, String lastHash) {
	}

	/** A ledger as read: the entries that could be read, and what is wrong with the file itself. */
	public record Reading(Map<String, Entry> entries, List<Diagnostic> problems) {
	}

	static final String HEADER = "opp-register 1";
	private static final String END = "einde";
	private static final String CODE = "nl.oppstudio.document.ledger";

	private Ledger() {
	}

	/** The ledger of a folder. */
	public static Path file(Path folder) {
		return folder.toAbsolutePath().resolve(FILE_NAME);
	}

	/**
	 * Records a saved document in its folder's ledger. A ledger that was edited outside OPP Studio is kept
	 * aside as {@code .opp-register.gewijzigd-TIME} (evidence for {@code opp audit}) and a new one starts
	 * from the lines that could still be read.
	 */
	public static synchronized void record(OppDocument document, Path documentFile) throws IOException {
		Path absolute = documentFile.toAbsolutePath();
		Path ledger = file(absolute.getParent());
		Reading reading = read(ledger);
		if (!reading.problems().isEmpty()) {
			keepAside(ledger);
		}
		Map<String, Entry> entries = new TreeMap<>(reading.entries());
		List<Lifecycle.Entry> log = Lifecycle.entries(document);
		String name = absolute.getFileName().toString();
		entries.put(name, new Entry(name, log.size(), log.isEmpty() ? "" : orEmpty(log.get(log.size() - 1).get("hash"))));
		byte[] text = format(entries.values()).getBytes(StandardCharsets.UTF_8);
		AtomicFiles.writePrivate(ledger, out -> out.write(text));
	}

	/** The text of a ledger with these entries. */
	static String format(Iterable<Entry> entries) {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		String chain = sha256(HEADER);
		int count = 0;
		for (Entry entry : entries) {
			String line = escape(entry.name()) + '\t' + entry.length() + '\t' + entry.lastHash();
			chain = sha256(chain + '\n' + line);
			text.append(line).append('\t').append(chain).append('\n');
			count++;
		}
		return text.append(END).append('\t').append(count).append('\t').append(chain).append('\n').toString();
	}

	/** Reads a folder's ledger; a missing ledger is empty and has no problems. */
	public static Reading read(Path ledger) {
		Map<String, Entry> entries = new TreeMap<>();
		List<Diagnostic> problems = new ArrayList<>();
		List<String> lines;
		try {
			lines = Files.readAllLines(ledger, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return new Reading(entries, problems);
		} catch (IOException e) {
			problems.add(problem(ledger, 0, DutchText.bind(Messages.ledgerUnreadable, e.getMessage())));
			return new Reading(entries, problems);
		}
		if (lines.isEmpty() || !HEADER.equals(lines.get(0))) {
			problems.add(problem(ledger, 1, DutchText.bind(Messages.ledgerLineEdited, 1)));
		}
		String chain = sha256(HEADER);
		int count = 0;
		boolean ended = false;
		for (int i = 1; i < lines.size(); i++) {
			String[] fields = lines.get(i).split("\t", -1);
			int number = i + 1;
			if (ended) {
				problems.add(problem(ledger, number, DutchText.bind(Messages.ledgerLineEdited, number)));
				continue;
			}
			if (fields.length == 3 && END.equals(fields[0])) {
				ended = true;
				if (!String.valueOf(count).equals(fields[1]) || !chain.equals(fields[2])) {
					problems.add(problem(ledger, number, text(Messages.ledgerLinesRemoved)));
				}
				continue;
			}
			Entry entry = fields.length == 4 ? entry(fields) : null;
			if (entry == null) {
				problems.add(problem(ledger, number, DutchText.bind(Messages.ledgerLineEdited, number)));
				continue;
			}
			String line = fields[0] + '\t' + fields[1] + '\t' + fields[2];
			if (!sha256(chain + '\n' + line).equals(fields[3])) {
				problems.add(problem(ledger, number, DutchText.bind(Messages.ledgerLineEdited, number)));
			}
			chain = fields[3];
			count++;
			entries.put(entry.name(), entry);
		}
		if (!ended) {
			problems.add(problem(ledger, lines.size(), text(Messages.ledgerLinesRemoved)));
		}
		return new Reading(entries, problems);
	}

	/**
	 * Audits one document against its folder's ledger: the ledger itself (edited outside OPP Studio, or
	 * kept aside after such an edit) and this document's entry (a log shorter than, or different from,
	 * what the ledger recorded). A document the ledger does not know passes (saved before ledgers existed).
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
			files.filter(f -> f.getFileName().toString().startsWith(KEPT_PREFIX)).sorted().forEach(kept -> problems
					.add(problem(kept, 0, DutchText.bind(Messages.ledgerKeptAside, kept.getFileName()))));
		} catch (IOException e) {
			// an unreadable folder: the document itself could not have been read either
		}
		return problems;
	}

	/** This document's log against its ledger entry. */
	public static List<Diagnostic> compare(Reading reading, OppDocument document, Path documentFile) {
		Entry entry = reading.entries().get(documentFile.toAbsolutePath().getFileName().toString());
		if (entry == null || entry.length() == 0) {
			return List.of();
		}
		List<Lifecycle.Entry> log = Lifecycle.entries(document);
		if (log.size() < entry.length()) {
			return List.of(problem(documentFile, 0, DutchText.bind(Messages.ledgerLogShorter, log.size(), entry.length())));
		}
		if (!entry.lastHash().equals(orEmpty(log.get(entry.length() - 1).get("hash")))) {
			return List.of(problem(documentFile, 0, DutchText.bind(Messages.ledgerLogDiffers, entry.length())));
		}
		return List.of();
	}

	/** Documents the ledger knows that are no longer in the folder. */
	public static List<Diagnostic> gone(Path folder, Reading reading) {
		List<Diagnostic> problems = new ArrayList<>();
		for (Entry entry : reading.entries().values()) {
			Path document = folder.toAbsolutePath().resolve(entry.name());
			if (!Files.exists(document)) {
				problems.add(problem(document, 0, DutchText.bind(Messages.ledgerDocumentGone, entry.name(), entry.length())));
			}
		}
		return problems;
	}

	private static void keepAside(Path ledger) throws IOException {
		String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path kept = ledger.resolveSibling(KEPT_PREFIX + time);
		for (int i = 2; Files.exists(kept); i++) {
			kept = ledger.resolveSibling(KEPT_PREFIX + time + "-" + i);
		}
		Files.move(ledger, kept);
	}

	private static Entry entry(String[] fields) {
		try {
			int length = Integer.parseInt(fields[1]);
			return length < 0 ? null : new Entry(unescape(fields[0]), length, fields[2]);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** File names may hold tabs or line breaks in theory: those are written as %09, %0A, %0D (and % as %25). */
	private static String escape(String name) {
		return name.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
	}

	private static String unescape(String name) {
		return name.replace("%09", "\t").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
	}

	private static Diagnostic problem(Path file, int line, String message) {
		return new Diagnostic(Severity.ERROR, message, file, line, 0, null, CODE);
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
