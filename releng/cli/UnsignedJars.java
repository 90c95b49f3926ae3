import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The class path of the command line, for ./opp: every given jar, where a signed one is replaced by a
 * copy without its signature files in the target folder. The JVM checks a signed jar's signature and the
 * digest of every class it reads from it, and leaves its classes out of class archives (CDS, AOT cache);
 * Eclipse's jars (EMF, Xtext, Equinox) are signed, and their classes are most of what the command line
 * loads. The window (OSGi) keeps the signed originals. Prints the class path.
 * <p>
 * Usage: {@code java UnsignedJars.java TARGET JAR...}
 */
public final class UnsignedJars {

	private UnsignedJars() {
	}

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args[0]);
		Files.createDirectories(target);
		List<String> classPath = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			Path jar = Path.of(args[i]);
			if (isSigned(jar)) {
				Path copy = target.resolve(jar.getFileName());
				copyUnsigned(jar, copy);
				classPath.add(copy.toString());
			} else {
				classPath.add(jar.toString());
			}
		}
		System.out.println(String.join(java.io.File.pathSeparator, classPath));
	}

	private static boolean isSigned(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile(), false)) {
			return file.stream().anyMatch(entry -> isSignatureFile(entry.getName()));
		}
	}

	/** META-INF/*.SF, .RSA, .DSA, .EC: the signature; the digests in the manifest alone do nothing. */
	private static boolean isSignatureFile(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}

	private static void copyUnsigned(Path jar, Path copy) throws IOException {
		Path temp = copy.resolveSibling(copy.getFileName() + ".tmp");
		try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(jar)));
				OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp));
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (isSignatureFile(entry.getName())) {
					continue;
				}
				ZipEntry plain = new ZipEntry(entry.getName());
				plain.setTime(entry.getTime());
				out.putNextEntry(plain);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		Files.move(temp, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}
}
