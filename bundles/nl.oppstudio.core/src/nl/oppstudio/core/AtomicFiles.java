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

	private AtomicFiles() {
	}

	/**
	 * Writes {@code target} atomically. When the writer fails, the target is untouched and the
	 * temporary file is removed.
	 */
	public static void write(Path target, Writer writer) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path directory = absolute.getParent();
		Files.createDirectories(directory);
		Path temp = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING);
					OutputStream out = Channels.newOutputStream(channel)) {
				writer.writeTo(out);
				out.flush();
				channel.force(true);
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
}
