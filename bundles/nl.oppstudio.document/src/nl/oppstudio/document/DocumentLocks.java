package nl.oppstudio.document;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.document.internal.Messages;

/**
 * Who has a document open: a lock file {@code .NAAM.opp.lock} beside {@code NAAM.opp} (see
 * docs/reliability.md), created atomically so that two editors never both hold it. Locks are advisory:
 * they tell a second editor or a CLI command that someone else is working on the document.
 * <p>
 * A lock is stale, and is taken over, when its holder ran on this computer and its process is gone, or
 * when it has not been refreshed for {@link #STALE_AFTER} (a crash on another computer). A holder
 * refreshes it every {@link #REFRESH_EVERY}.
 */
public final class DocumentLocks {

	/** A lock not refreshed for this long belongs to a crashed program. */
	public static final Duration STALE_AFTER = Duration.ofMinutes(15);

	/** How often a holder refreshes its lock ({@link Lock#refresh()}). */
	public static final Duration REFRESH_EVERY = Duration.ofMinutes(2);

	private static final String USER = "gebruiker";
	private static final String COMPUTER = "computer";
	private static final String SINCE = "sinds";
	private static final String UPDATED = "bijgewerkt";
	private static final String PROCESS = "proces";
	private static final String PROGRAM = "programma";

	private static volatile String computerName;

	private DocumentLocks() {
	}

	/** Who holds a lock, as written in the lock file. */
	public record Holder(String user, String computer, Instant since, Instant updated, long process, String program) {

		/** One Dutch sentence: "Dit OPP is geopend door X op computer Y sinds Z." */
		public String describe() {
			return NLS.bind(Messages.lockHeldBy, new Object[] { user, computer, format(since) });
		}

		/** Stale at {@code now}: its process on this computer is gone, or it was not refreshed for too long. */
		public boolean isStale(Instant now) {
			if (updated.plus(STALE_AFTER).isBefore(now)) {
				return true;
			}
			if (computer.equalsIgnoreCase(thisComputer()) && process != ProcessHandle.current().pid()) {
				return ProcessHandle.of(process).map(handle -> !handle.isAlive()).orElse(true);
			}
			return false;
		}

		private boolean sameAs(Holder other) {
			return other != null && user.equals(other.user) && computer.equals(other.computer)
					&& since.equals(other.since) && process == other.process;
		}
	}

	/** What {@link #acquire} found: the lock is ours ({@link #lock()}), or someone else holds it ({@link #holder()}). */
	public record Result(Lock lock, Holder holder) {
		public boolean acquired() {
			return lock != null;
		}
	}

	/** A lock this program holds; {@link #close()} releases it. */
	public static final class Lock implements AutoCloseable {
		private final Path file;
		private Holder holder;
		private boolean released;

		private Lock(Path file, Holder holder) {
			this.file = file;
			this.holder = holder;
		}

		/** The lock file. */
		public Path file() {
			return file;
		}

		public Holder holder() {
			return holder;
		}

		/**
		 * Writes a new {@code bijgewerkt} time. Returns {@code false} (and writes nothing) when the lock is
		 * no longer ours: removed, or taken over by someone who judged it stale.
		 */
		public synchronized boolean refresh() {
			if (released || !holder.sameAs(read(file))) {
				return false;
			}
			Holder refreshed = new Holder(holder.user, holder.computer, holder.since, Instant.now(), holder.process,
					holder.program);
			try {
				AtomicFiles.writePrivate(file, out -> out.write(text(refreshed).getBytes(StandardCharsets.UTF_8)));
				hide(file);
				holder = refreshed;
				return true;
			} catch (IOException e) {
				return false;
			}
		}

		/** Removes the lock file when it is still ours; later calls do nothing. */
		public synchronized void release() {
			if (released) {
				return;
			}
			released = true;
			if (holder.sameAs(read(file))) {
				try {
					Files.deleteIfExists(file);
				} catch (IOException e) {
					// it goes stale: the process ends and the time runs out
				}
			}
		}

		@Override
		public void close() {
			release();
		}
	}

	/** The lock file of a document: {@code .NAAM.opp.lock} beside it. */
	public static Path lockFile(Path document) {
		Path absolute = document.toAbsolutePath();
		return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
	}

	/** Whoever holds the document's lock now, unless the lock is stale or ours. */
	public static Optional<Holder> heldByOther(Path document) {
		Holder holder = read(lockFile(document));
		if (holder == null || holder.isStale(Instant.now()) || isThisProcess(holder)) {
			return Optional.empty();
		}
		return Optional.of(holder);
	}

	/**
	 * Takes the document's lock for {@code program} (for instance "OPP Editor", "opp transition"). A stale
	 * lock is taken over. When someone else holds it, nothing is written and the result names them.
	 *
	 * @throws IOException when the lock file cannot be written (a read-only folder …)
	 */
	public static Result acquire(Path document, String program) throws IOException {
		Path file = lockFile(document);
		for (int attempt = 0; attempt < 3; attempt++) {
			Instant now = Instant.now();
			Holder mine = new Holder(System.getProperty("user.name", "?"), thisComputer(), now, now,
					ProcessHandle.current().pid(), program);
			try {
				AtomicFiles.createPrivate(file, out -> out.write(text(mine).getBytes(StandardCharsets.UTF_8)));
				hide(file);
				return new Result(new Lock(file, mine), null);
			} catch (FileAlreadyExistsException e) {
				Holder holder = read(file);
				if (holder != null && !holder.isStale(now)) {
					return new Result(null, holder);
				}
				// stale, or not a lock file (lock files appear complete, so this is no half-written one): take it
				// over, unless it changed meanwhile
				if (holder == null || holder.sameAs(read(file))) {
					Files.deleteIfExists(file);
				}
			}
		}
		Holder holder = read(file);
		if (holder != null) {
			return new Result(null, holder);
		}
		throw new IOException("lock file " + file + " cannot be taken");
	}

	private static boolean isThisProcess(Holder holder) {
		return holder.process == ProcessHandle.current().pid() && holder.computer.equalsIgnoreCase(thisComputer());
	}

	/** The lock in a lock file, or {@code null} when there is none or it cannot be read. */
	static Holder read(Path file) {
		try {
			Properties properties = new Properties();
			properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
			return new Holder(properties.getProperty(USER, "?"), properties.getProperty(COMPUTER, "?"),
					Instant.parse(properties.getProperty(SINCE)), Instant.parse(properties.getProperty(UPDATED)),
					Long.parseLong(properties.getProperty(PROCESS, "-1").strip()),
					properties.getProperty(PROGRAM, "?"));
		} catch (NoSuchFileException e) {
			return null;
		} catch (IOException | RuntimeException e) { // DateTimeParseException, NumberFormatException, NPE, malformed
			return null;
		}
	}

	/** The content of a lock file. */
	public static String text(Holder holder) {
		String[][] lines = { { USER, holder.user }, { COMPUTER, holder.computer }, { SINCE, holder.since.toString() },
				{ UPDATED, holder.updated.toString() }, { PROCESS, Long.toString(holder.process) },
				{ PROGRAM, holder.program } };
		StringBuilder text = new StringBuilder("# OPP Studio: dit document is geopend. Verwijder dit bestand niet.\n");
		for (String[] line : lines) {
			text.append(line[0]).append('=').append(escape(line[1])).append('\n');
		}
		return text.toString();
	}

	private static String escape(String value) {
		StringBuilder escaped = new StringBuilder();
		for (char c : value.toCharArray()) {
			switch (c) {
			case '\\' -> escaped.append("\\\\");
			case '\n' -> escaped.append("\\n");
			case '\r' -> escaped.append("\\r");
			case '=', ':', '#', '!' -> escaped.append('\\').append(c);
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** The name of this computer, as lock files record it. */
	public static String thisComputer() {
		String name = computerName;
		if (name == null) {
			name = System.getenv("COMPUTERNAME");
			if (name == null || name.isBlank()) {
				name = System.getenv("HOSTNAME");
			}
			if (name == null || name.isBlank()) {
				try {
					name = InetAddress.getLocalHost().getHostName();
				} catch (IOException e) {
					name = "onbekend";
				}
			}
			computerName = name;
		}
		return name;
	}

	/** Hidden on Windows, where a leading dot does not hide a file. */
	private static void hide(Path file) {
		try {
			DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
			if (dos != null && System.getProperty("os.name", "").startsWith("Windows")) {
				dos.setHidden(true);
			}
		} catch (IOException e) {
			// only cosmetic
		}
	}

	private static String format(Instant instant) {
		return DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm").withZone(ZoneId.systemDefault()).format(instant);
	}
}
