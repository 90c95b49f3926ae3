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
import java.util.concurrent.ThreadLocalRandom;

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

	/** The process of a lock file that cannot be read ({@link Holder#isUnknown()}). */
	private static final long UNKNOWN_PROCESS = Long.MIN_VALUE;

	/** How long {@link #acquire} waits for another program that is taking or freeing the same lock. */
	private static final Duration BUSY_WAIT = Duration.ofSeconds(5);

	private static volatile String computerName;

	private DocumentLocks() {
	}

	/** Who holds a lock, as written in the lock file. */
	public record Holder(String user, String computer, Instant since, Instant updated, long process, String program) {

		/** One Dutch sentence: "Dit OPP is geopend door X op computer Y sinds Z." */
		public String describe() {
			if (isUnknown()) {
				return NLS.bind(Messages.lockHeldByUnknown, format(since));
			}
			return NLS.bind(Messages.lockHeldBy, new Object[] { user, computer, format(since) });
		}

		/**
		 * A lock file that cannot be read (another account's, a newer program's, one being written): held by
		 * "iemand anders" since the file's time, stale only when that time is older than {@link #STALE_AFTER}.
		 */
		public boolean isUnknown() {
			return process == UNKNOWN_PROCESS;
		}

		/** Stale at {@code now}: its process on this computer is gone, or it was not refreshed for too long. */
		public boolean isStale(Instant now) {
			if (updated.plus(STALE_AFTER).isBefore(now)) {
				return true;
			}
			if (!isUnknown() && computer.equalsIgnoreCase(thisComputer()) && process != ProcessHandle.current().pid()) {
				return ProcessHandle.of(process).map(handle -> !handle.isAlive()).orElse(true);
			}
			return false;
		}

		/** Held by this very program (another window or command of it): not someone else. */
		public boolean isThisProcess() {
			return DocumentLocks.isThisProcess(this);
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
			if (released) {
				return false;
			}
			try {
				return exclusively(file, () -> {
					if (!holder.sameAs(read(file))) {
						return false;
					}
					Holder refreshed = new Holder(holder.user, holder.computer, holder.since, Instant.now(),
							holder.process, holder.program);
					AtomicFiles.write(file, out -> out.write(text(refreshed).getBytes(StandardCharsets.UTF_8)));
					hide(file);
					holder = refreshed;
					return true;
				});
			} catch (IOException e) {
				// not written now (the share is slow, or someone is taking the lock): still ours if it says so
				return holder.sameAs(read(file));
			}
		}

		/** The lock file still names this holder (nobody took it over or removed it). */
		public synchronized boolean stillOurs() {
			return !released && holder.sameAs(read(file));
		}

		/** Removes the lock file when it is still ours; later calls do nothing. */
		public synchronized void release() {
			if (released) {
				return;
			}
			released = true;
			try {
				exclusively(file, () -> {
					if (holder.sameAs(read(file))) {
						Files.deleteIfExists(file);
					}
					return null;
				});
			} catch (IOException e) {
				// it goes stale: the process ends and the time runs out
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
	 * <p>
	 * Every change to a lock file (create, take over, refresh, release) happens while this program holds
	 * the lock's guard {@code .NAAM.opp.lock.bezig}, a folder: creating a folder is atomic on every file
	 * system, shared drives (SMB, NFS) included, so two programs never judge and replace one lock at once.
	 *
	 * @throws IOException when the lock file cannot be written (a read-only folder …: the system's exception, for
	 *                     {@code WriteErrors.describe}), or another program keeps its guard (a Dutch message)
	 */
	public static Result acquire(Path document, String program) throws IOException {
		Path file = lockFile(document);
		return exclusively(file, () -> {
			Instant now = Instant.now();
			Holder found = read(file);
			if (found != null && !found.isStale(now)) {
				return new Result(null, found);
			}
			Holder mine = new Holder(System.getProperty("user.name", "?"), thisComputer(), now, now,
					ProcessHandle.current().pid(), program);
			if (found != null) {
				Files.deleteIfExists(file); // stale: a crash; an unreadable one only when its file time is old
			}
			// no personal data in a lock (a user and a computer name): readable for everyone who shares the folder
			AtomicFiles.create(file, out -> out.write(text(mine).getBytes(StandardCharsets.UTF_8)));
			hide(file);
			return new Result(new Lock(file, mine), null);
		});
	}

	private interface Step<T> {
		T run() throws IOException;
	}

	/** Runs {@code step} while holding the lock file's guard folder; waits a moment when another program has it. */
	private static <T> T exclusively(Path file, Step<T> step) throws IOException {
		Path guard = file.resolveSibling(file.getFileName() + ".bezig");
		long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
		while (true) {
			try {
				Files.createDirectory(guard);
				break;
			} catch (FileAlreadyExistsException e) {
				if (olderThan(guard, STALE_AFTER)) { // left by a program that died while holding it
					deleteQuietly(guard);
					continue;
				}
				if (System.nanoTime() > deadline) {
					throw new IOException(Messages.lockBusy);
				}
				try {
					Thread.sleep(5 + ThreadLocalRandom.current().nextInt(20));
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new IOException(Messages.lockBusy, interrupted);
				}
			}
		}
		try {
			return step.run();
		} finally {
			deleteQuietly(guard);
		}
	}

	private static boolean olderThan(Path file, Duration age) {
		try {
			return Files.getLastModifiedTime(file).toInstant().plus(age).isBefore(Instant.now());
		} catch (IOException e) {
			return false;
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// goes stale after STALE_AFTER
		}
	}

	private static boolean isThisProcess(Holder holder) {
		return holder.process == ProcessHandle.current().pid() && holder.computer.equalsIgnoreCase(thisComputer());
	}

	/**
	 * The lock in a lock file, or {@code null} when there is none. A file that cannot be read or understood
	 * (another account's without read rights, a half-written one, a newer program's) is held by an
	 * {@linkplain Holder#isUnknown() unknown} person since its file time.
	 */
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
			try {
				Instant time = Files.getLastModifiedTime(file).toInstant();
				return new Holder("iemand anders", "?", time, time, UNKNOWN_PROCESS, "?");
			} catch (NoSuchFileException gone) {
				return null;
			} catch (IOException unreadable) {
				Instant now = Instant.now(); // not even its time: held, and judged again later
				return new Holder("iemand anders", "?", now, now, UNKNOWN_PROCESS, "?");
			}
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
