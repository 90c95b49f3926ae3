package nl.oppstudio.generator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * A bundle jar as the p2 repository and the archives see it: the facts of its manifest, its size and its
 * SHA-256.
 *
 * @param file          the jar
 * @param symbolicName  {@code Bundle-SymbolicName} without its directives
 * @param version       {@code Bundle-Version}, normalized to at least three parts ({@code 0.0.0} when missing)
 * @param exports       the packages of {@code Export-Package}, each with its version ({@code 0.0.0} when none)
 * @param fragmentHost  the host's symbolic name of a fragment, else {@code null}
 * @param size          the jar's size in bytes
 * @param sha256        the jar's SHA-256, lower-case hex
 */
public record BundleJar(Path file, String symbolicName, String version, List<Export> exports, String fragmentHost,
		long size, String sha256) {

	/** An exported package. */
	public record Export(String name, String version) {
	}

	/** p2's file name of the jar: {@code BSN_VERSION.jar}. */
	public String fileName() {
		return symbolicName + "_" + version + ".jar";
	}

	/** Reads a bundle jar; an {@link IOException} when it is no jar or has no {@code Bundle-SymbolicName}. */
	public static BundleJar read(Path file) throws IOException {
		Manifest manifest;
		try (JarFile jar = new JarFile(file.toFile(), false)) {
			manifest = jar.getManifest();
		}
		Attributes main = manifest == null ? null : manifest.getMainAttributes();
		String symbolicName = main == null ? null : main.getValue("Bundle-SymbolicName");
		if (symbolicName == null || symbolicName.isBlank()) {
			throw new IOException("geen bundel (geen Bundle-SymbolicName): " + file.getFileName());
		}
		List<Export> exports = new ArrayList<>();
		for (String clause : clauses(main.getValue("Export-Package"))) {
			List<String> parts = parts(clause);
			String version = "0.0.0";
			List<String> names = new ArrayList<>();
			for (String part : parts) {
				int equals = part.indexOf('=');
				if (equals < 0) {
					names.add(part.trim());
				} else if (part.substring(0, equals).trim().equals("version")) {
					version = normalize(unquote(part.substring(equals + 1).trim()));
				}
			}
			for (String name : names) {
				exports.add(new Export(name, version));
			}
		}
		String host = main.getValue("Fragment-Host");
		return new BundleJar(file, parts(clauses(symbolicName).get(0)).get(0).trim(),
				normalize(main.getValue("Bundle-Version")), List.copyOf(exports),
				host == null ? null : parts(clauses(host).get(0)).get(0).trim(), Files.size(file), sha256(file));
	}

	/** An OSGi version with at least three parts: {@code 1} is {@code 1.0.0}; {@code 0.0.0} when missing. */
	public static String normalize(String version) {
		if (version == null || version.isBlank()) {
			return "0.0.0";
		}
		String[] parts = version.trim().split("\\.", 4);
		StringBuilder result = new StringBuilder(parts[0]);
		for (int i = 1; i < 3; i++) {
			result.append('.').append(i < parts.length ? parts[i] : "0");
		}
		if (parts.length == 4) {
			result.append('.').append(parts[3]);
		}
		return result.toString();
	}

	/** The SHA-256 of a file, lower-case hex. */
	public static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A manifest header's clauses: split at commas outside quotes. */
	static List<String> clauses(String header) {
		return split(header, ',');
	}

	/** A clause's parts: split at semicolons outside quotes. */
	static List<String> parts(String clause) {
		return split(clause, ';');
	}

	private static List<String> split(String text, char separator) {
		List<String> result = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return result;
		}
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == separator && !quoted) {
				result.add(current.toString());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		result.add(current.toString());
		result.removeIf(String::isBlank);
		return result;
	}

	private static String unquote(String value) {
		return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
	}
}
