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

/** Format bundles on disk: their manifest, and their extraction into a folder (temp folder + rename). */
public final class Jars {

	/** What a format bundle's manifest says; {@code null} fields when the header is missing. */
	public record Head(String symbolicName, String version, String formatId, String formatEntry) {
	}

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
					return head(new Manifest(in));
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
				while (entries.hasMoreElements()) {
					ZipEntry entry = entries.nextElement();
					Path out = temp.resolve(entry.getName()).normalize();
					if (!out.startsWith(temp)) {
						throw new IOException("ongeldige naam in het pakket: " + entry.getName());
					}
					if (entry.isDirectory()) {
						Files.createDirectories(out);
					} else {
						Files.createDirectories(out.getParent());
						try (InputStream in = jar.getInputStream(entry)) {
							Files.copy(in, out);
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
