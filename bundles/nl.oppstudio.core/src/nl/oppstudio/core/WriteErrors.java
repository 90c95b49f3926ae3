package nl.oppstudio.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.internal.Messages;

/**
 * Why a file could not be written, in one plain Dutch sentence for the user: a full disk, a read-only
 * disk or folder, no permission, a file in use, a missing folder, or else the system's own reason. Every
 * sentence also says that the old file is unchanged: saves go through {@link AtomicFiles}, which never
 * touches the old file before the new one is complete.
 */
public final class WriteErrors {

	/** The kind of failure, in the order {@link #describe} checks them. */
	public enum Kind {
		DISK_FULL, READ_ONLY, NO_PERMISSION, IN_USE, EXISTS, FOLDER_MISSING, OTHER
	}

	private WriteErrors() {
	}

	/** The Dutch sentence for a failed write of {@code file}. */
	public static String describe(Path file, IOException error) {
		String name = String.valueOf(file.getFileName() == null ? file : file.getFileName());
		String folder = String.valueOf(file.toAbsolutePath().getParent());
		String old = Files.exists(file) ? Messages.writeOldUnchanged : Messages.writeNothingLeft;
		Kind kind = kind(error);
		if (kind == Kind.EXISTS && !namesTarget(error, file)) {
			kind = Kind.FOLDER_MISSING; // a file stands where a folder on the way should be
		}
		String reason = switch (kind) {
		case DISK_FULL -> NLS.bind(Messages.writeDiskFull, name);
		case READ_ONLY -> NLS.bind(Messages.writeReadOnly, name, folder);
		case NO_PERMISSION -> NLS.bind(Messages.writeNoPermission, name, folder);
		case IN_USE -> NLS.bind(Messages.writeInUse, name);
		case EXISTS -> NLS.bind(Messages.writeExists, name, folder);
		case FOLDER_MISSING -> NLS.bind(Messages.writeFolderMissing, name, folder);
		case OTHER -> NLS.bind(Messages.writeOther, name, message(error));
		};
		return reason + " " + old;
	}

	/** {@code true} when the taken name is the file itself, not a folder on its way. */
	private static boolean namesTarget(IOException error, Path file) {
		if (!(error instanceof FileAlreadyExistsException taken) || taken.getFile() == null) {
			return true;
		}
		return Path.of(taken.getFile()).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
	}

	/** What went wrong, judged from the exception and its causes. */
	public static Kind kind(IOException error) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String text = ((t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() + " " : "")
					+ t.getMessage()).toLowerCase(Locale.ROOT);
			if (text.contains("no space left") || text.contains("enospc") || text.contains("disk quota")
					|| text.contains("not enough space") || text.contains("disk is full")) {
				return Kind.DISK_FULL;
			}
			if (text.contains("read-only file system") || text.contains("erofs") || text.contains("write-protected")) {
				return Kind.READ_ONLY;
			}
			if (text.contains("being used by another process") || text.contains("text file busy")
					|| text.contains("resource busy") || text.contains("has locked a portion") || text.contains("lock violation")) {
				return Kind.IN_USE;
			}
			if (t instanceof AccessDeniedException || text.contains("permission denied")
					|| text.contains("operation not permitted") || text.contains("access is denied")) {
				return Kind.NO_PERMISSION;
			}
			if (t instanceof FileAlreadyExistsException) {
				return Kind.EXISTS; // a name that must be free is taken (a new document, a new period)
			}
			if (t instanceof NoSuchFileException || t instanceof NotDirectoryException || text.contains("no such file or directory")
					|| text.contains("not a directory")) {
				return Kind.FOLDER_MISSING;
			}
		}
		return Kind.OTHER;
	}

	private static String message(Throwable error) {
		String text = error.getMessage();
		return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
	}
}
