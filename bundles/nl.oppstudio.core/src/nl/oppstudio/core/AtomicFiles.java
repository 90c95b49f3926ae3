package nl.oppstudio.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers see either the old or the complete new content, never half of it:
 * the content goes to a temporary file beside the target, is forced to disk, and is renamed into place.
 */
public final class AtomicFiles {

	/** Writes the content of a file. */
	@FunctionalInterface
	public interface Writer {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	/**
	 * System property: behave as on a file system without hard links ({@link #create}'s fallback), for tests.
	 */
	public static final String NO_HARD_LINKS = "nl.oppstudio.core.AtomicFiles.noHardLinks";

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	private AtomicFiles() {
	}

	/** A file that is replaced keeps who may read and write it. */
	private static void keepPermissions(Path target, Path temp) {
		try {
			if (Files.exists(target)) {
				Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
			}
		} catch (UnsupportedOperationException | IOException e) {
			// not a POSIX file system, or not ours to read: the new file keeps the default permissions
		}
	}

	/**
	 * Writes {@code target} atomically. When the writer fails, the target is untouched and the
	 * temporary file is removed.
	 */
	public static void write(Path target, Writer writer) throws IOException {
		replace(target, writer, false);
	}

	private static void replace(Path target, Writer writer, boolean ownerOnly) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path temp = writeTemp(absolute, ".tmp", writer, ownerOnly);
		try {
			if (!ownerOnly) {
				keepPermissions(absolute, temp);
			}
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Writes the content to a new temporary file beside {@code absolute}, forced to disk. Not
	 * createTempFile: that makes the file private (0600); this one gets the usual permissions. A failing
	 * writer leaves no temporary file behind.
	 */
	private static Path writeTemp(Path absolute, String suffix, Writer writer, boolean ownerOnly) throws IOException {
		Path directory = absolute.getParent();
		Files.createDirectories(directory);
		Path temp = directory.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + suffix);
		try (FileChannel channel = open(temp, ownerOnly); OutputStream out = Channels.newOutputStream(channel)) {
			writer.writeTo(out);
			out.flush();
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
		return temp;
	}

	/**
	 * Opens a new file for writing; an owner-only file is created rw------- (never readable by others,
	 * not even for a moment) where the file system knows POSIX permissions.
	 */
	private static FileChannel open(Path temp, boolean ownerOnly) throws IOException {
		if (ownerOnly && temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW),
					PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			try {
				Files.setPosixFilePermissions(temp, OWNER_ONLY); // a umask cannot add bits, but be exact
			} catch (IOException | UnsupportedOperationException e) {
				// created with the attribute already; nothing more to do
			}
			return channel;
		}
		return FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
	}

	/**
	 * As {@link #write}, for files with personal data (documents, backups, recovery files, ledgers, a
	 * pupil's PDF; not lock files, which others must read): readable and writable by the owner only where the file system knows POSIX
	 * permissions, also when the file it replaces was readable by others.
	 */
	public static void writePrivate(Path target, Writer writer) throws IOException {
		replace(target, writer, true);
	}

	/** As {@link #create}, owner-only as {@link #writePrivate}. */
	public static void createPrivate(Path target, Writer writer) throws IOException {
		create(target, writer, true);
	}

	/**
	 * Creates {@code target} atomically, never replacing a file: as {@link #write}, but the complete file
	 * appears under its name only when no file of that name exists.
	 *
	 * @throws java.nio.file.FileAlreadyExistsException when {@code target} exists; nothing is written then
	 */
	public static void create(Path target, Writer writer) throws IOException {
		create(target, writer, false);
	}

	private static void create(Path target, Writer writer, boolean ownerOnly) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path temp = writeTemp(absolute, ".new", writer, ownerOnly);
		try {
			try {
				if (Boolean.getBoolean(NO_HARD_LINKS)) {
					throw new UnsupportedOperationException(NO_HARD_LINKS);
				}
				// A hard link appears atomically and fails when the name is taken.
				Files.createLink(absolute, temp);
			} catch (java.nio.file.FileAlreadyExistsException e) {
				throw e;
			} catch (UnsupportedOperationException | IOException e) {
				// No hard links here (SMB without unix extensions, FAT): a move without REPLACE_EXISTING is "exists?
				// then rename" on POSIX, and rename replaces, so two creators could both win. Claim the name first
				// with an exclusive create (O_EXCL, atomic on shared drives too), then rename the content over it.
				// Readers may see the empty claim for a moment; a crash right then leaves it empty.
				Files.createFile(absolute);
				try {
					try {
						Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
					} catch (AtomicMoveNotSupportedException notAtomic) {
						Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
					}
				} catch (IOException | RuntimeException moveFailed) {
					Files.deleteIfExists(absolute); // our empty claim
					throw moveFailed;
				}
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
