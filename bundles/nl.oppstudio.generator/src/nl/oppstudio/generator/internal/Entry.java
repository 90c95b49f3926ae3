package nl.oppstudio.generator.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One entry of a jar or an archive: its path ({@code /}-separated, a folder ends with {@code /}), its Unix
 * mode, and its content (bytes in memory or a file copied as it is).
 */
public record Entry(String path, int mode, byte[] bytes, Path file) implements Comparable<Entry> {

	/** A file entry with mode 644. */
	public static Entry of(String path, byte[] bytes) {
		return new Entry(path, 0644, bytes, null);
	}

	/** A file entry copied from a file, with mode 644. */
	public static Entry of(String path, Path file) {
		return new Entry(path, 0644, null, file);
	}

	/** An executable file entry (mode 755). */
	public static Entry executable(String path, byte[] bytes) {
		return new Entry(path, 0755, bytes, null);
	}

	/** A folder entry (mode 755); {@code path} ends with {@code /}. */
	public static Entry folder(String path) {
		return new Entry(path.endsWith("/") ? path : path + "/", 0755, null, null);
	}

	public boolean isFolder() {
		return path.endsWith("/");
	}

	/** The size of the content in bytes. */
	public long size() throws IOException {
		return isFolder() ? 0 : bytes != null ? bytes.length : Files.size(file);
	}

	/** Writes the content. */
	public void writeTo(OutputStream out) throws IOException {
		if (bytes != null) {
			out.write(bytes);
		} else if (file != null) {
			Files.copy(file, out);
		}
	}

	/** Entries sort by path (by UTF-16 order, which for these names is the same on every machine). */
	@Override
	public int compareTo(Entry other) {
		return path.compareTo(other.path);
	}
}
