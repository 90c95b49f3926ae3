package nl.oppstudio.editor.internal.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** What a file was when the editor read or wrote it, to notice a change by someone else (a git pull, a colleague). */
record FileStamp(long modified, long size, byte[] digest) {

	static FileStamp of(Path file) {
		try {
			byte[] content = Files.readAllBytes(file);
			return new FileStamp(Files.getLastModifiedTime(file).toMillis(), content.length,
					MessageDigest.getInstance("SHA-256").digest(content));
		} catch (IOException | NoSuchAlgorithmException e) {
			return new FileStamp(-1, -1, new byte[0]);
		}
	}

	/** Whether the file on disk now has other content than this stamp (cheap when its time and size are unchanged). */
	boolean changedOnDisk(Path file) {
		try {
			if (!Files.isRegularFile(file)) {
				return modified >= 0;
			}
			if (Files.getLastModifiedTime(file).toMillis() == modified && Files.size(file) == size) {
				return false;
			}
			return !Arrays.equals(of(file).digest, digest);
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FileStamp stamp && Arrays.equals(digest, stamp.digest);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(digest);
	}
}
