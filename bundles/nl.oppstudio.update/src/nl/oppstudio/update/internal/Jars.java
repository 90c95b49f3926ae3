package nl.oppstudio.update.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Limits;

/** Format bundles on disk: their manifest, and their extraction into a folder (temp folder + rename). */
public final class Jars {

	/** What a format bundle's manifest says; {@code null} fields when the header is missing. */
	public record Head(String symbolicName, String version, String formatId, String formatEntry) {
	}

	/** A format bundle's manifest is under 1 KB; one of 1 MB is no manifest of ours. */
	private static final int MAX_MANIFEST_BYTES = 1024 * 1024;

	private Jars() {
	}

	/** The manifest of a jar, or of a bundle folder. */
	public static Head head(Path bundle) throws IOException {
		Manifest manifest;
		if (Files.isDirectory(bundle)) {
			try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
				manifest = new Manifest(in);
			}
		} else {
			try (JarFile jar = new JarFile(bundle.toFile())) {
				manifest = jar.getManifest();
			}
		}
		if (manifest == null) {
			throw new IOException("geen META-INF/MANIFEST.MF");
		}
		return head(manifest);
	}

	private static Head head(Manifest manifest) {
		Attributes main = manifest.getMainAttributes();
		String name = main.getValue("Bundle-SymbolicName");
		return new Head(name == null ? null : name.split(";")[0].strip(), main.getValue("Bundle-Version"),
				main.getValue("OPP-Format-Id"), main.getValue("OPP-Format"));
	}

	/** The manifest of a jar held in memory (a download, before anything is written). */
	public static Head head(byte[] jar) throws IOException {
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals("META-INF/MANIFEST.MF")) {
					byte[] manifest = in.readNBytes(MAX_MANIFEST_BYTES + 1);
					if (manifest.length > MAX_MANIFEST_BYTES) {
						throw new IOException(NLS.bind(Messages.tooLargePart, "> " + Limits.size(MAX_MANIFEST_BYTES),
								Limits.size(MAX_MANIFEST_BYTES)));
					}
					return head(new Manifest(new java.io.ByteArrayInputStream(manifest)));
				}
			}
		}
		throw new IOException("geen META-INF/MANIFEST.MF");
	}

	/**
	 * Whether a name from a repository or a manifest (an id, a version) is safe in a file name: letters, digits,
	 * {@code . _ -} only, and no {@code ..}.
	 */
	public static boolean safeName(String name) {
		return name != null && name.matches("[A-Za-z0-9._-]+") && !name.contains("..");
	}

	/**
	 * Extracts a jar into {@code target} once: into a hidden folder beside it, then renamed, so that the target is
	 * complete or absent. An existing target is kept as it is.
	 */
	public static void extract(Path jarFile, Path target) throws IOException {
		if (Files.isDirectory(target)) {
			return;
		}
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
		try {
			try (JarFile jar = new JarFile(jarFile.toFile())) {
				Enumeration<? extends ZipEntry> entries = jar.entries();
				long total = 0;
				int count = 0;
				while (entries.hasMoreElements()) {
					ZipEntry entry = entries.nextElement();
					if (++count > Limits.MAX_ARCHIVE_ENTRIES) {
						throw new IOException(NLS.bind(Messages.tooManyEntries, Limits.number(Limits.MAX_ARCHIVE_ENTRIES)));
					}
					Path out = temp.resolve(entry.getName()).normalize();
					if (!out.startsWith(temp) || entry.getName().startsWith("/") || entry.getName().contains("\\")) {
						throw new IOException(NLS.bind(Messages.unsafeEntry, entry.getName()));
					}
					if (entry.isDirectory()) {
						Files.createDirectories(out);
					} else {
						Files.createDirectories(out.getParent());
						try (InputStream in = jar.getInputStream(entry)) {
							total += copy(in, out, entry.getName(), Limits.MAX_ARCHIVE_BYTES - total);
						}
					}
				}
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target);
			} catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
				// another editor extracted it at the same time: theirs is as good
			}
		} finally {
			delete(temp);
		}
	}

	/**
	 * Copies one entry, counting what it really inflates to (its declared size may lie): past
	 * {@link Limits#MAX_ARCHIVE_ENTRY_BYTES}, or past what the archive may still unpack, it stops (a zip bomb).
	 */
	private static long copy(InputStream in, Path out, String name, long left) throws IOException {
		long limit = Math.min(Limits.MAX_ARCHIVE_ENTRY_BYTES, left);
		long written = 0;
		byte[] buffer = new byte[64 * 1024];
		try (java.io.OutputStream to = Files.newOutputStream(out, java.nio.file.StandardOpenOption.CREATE_NEW)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				written += n;
				if (written > limit) {
					throw new IOException(NLS.bind(Messages.entryTooLarge, name, Limits.size(limit)));
				}
				to.write(buffer, 0, n);
			}
		}
		return written;
	}

	/** Removes a folder with its content, when it exists. */
	public static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
