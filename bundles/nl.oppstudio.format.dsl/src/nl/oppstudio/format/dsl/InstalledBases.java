package nl.oppstudio.format.dsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.format.dsl.internal.ShippedFiles;

/**
 * The base formats that ship with the product ({@code wettelijk-minimum}), as real files: a format may
 * extend one without a copy in its folder ({@code breidt uit "wettelijk-minimum"}); a format of the folder
 * with the same id wins. The files are copied once out of this bundle (or class path) into the user's
 * cache, {@code ~/.cache/oppstudio/bases/<bundle version>/} (or the folder the system property
 * {@value #PROPERTY} names), written atomically and written again when their content differs.
 */
public final class InstalledBases {

	/** The system property naming the folder the installed bases are copied to (for tests). */
	public static final String PROPERTY = "nl.oppstudio.bases";

	/** The ids of the installed bases; each is {@code bases/<id>.oppformat} in this bundle. */
	private static final List<String> IDS = List.of("wettelijk-minimum");

	private static volatile Map<String, Path> files;

	private InstalledBases() {
	}

	/** The file of the installed base with this id, if there is one and it could be copied out. */
	public static Optional<Path> file(String id) {
		return Optional.ofNullable(files().get(id));
	}

	/** The files of every installed base. */
	public static List<Path> all() {
		return List.copyOf(files().values());
	}

	/** The text of the installed base with this id; {@code null} when there is none. */
	public static String text(String id) {
		byte[] bytes = bytes(id);
		return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	/** The ids of the installed bases. */
	public static List<String> ids() {
		return IDS;
	}

	private static Map<String, Path> files() {
		Map<String, Path> result = files;
		if (result == null) {
			synchronized (InstalledBases.class) {
				result = files;
				if (result == null) {
					result = extract();
					files = result;
				}
			}
		}
		return result;
	}

	private static Map<String, Path> extract() {
		Map<String, Path> result = new LinkedHashMap<>();
		Path folder = folder();
		for (String id : IDS) {
			byte[] bytes = bytes(id);
			if (bytes == null) {
				continue;
			}
			Path target = folder.resolve(id + "." + FormatLoader.EXTENSION);
			try {
				if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
					Files.createDirectories(folder);
					AtomicFiles.write(target, out -> out.write(bytes));
				}
				result.put(id, target.toAbsolutePath().normalize());
			} catch (IOException | RuntimeException e) {
				// not copied: a format that extends it then needs a copy in its folder, and says so
			}
		}
		return Map.copyOf(result);
	}

	/** The content of an installed base from the bundle, or from the bundle's folder in a development run. */
	private static byte[] bytes(String id) {
		if (!IDS.contains(id)) {
			return null;
		}
		return ShippedFiles.read("bases/" + id + "." + FormatLoader.EXTENSION);
	}

	/** Where the copies live: the system property, else the user's cache, one folder per bundle version. */
	static Path folder() {
		String property = System.getProperty(PROPERTY, "");
		if (!property.isBlank()) {
			return Path.of(property);
		}
		String cache = System.getenv("XDG_CACHE_HOME");
		Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("oppstudio").resolve("bases").resolve(version());
	}

	/** The bundle's version from its manifest; else a hash of the bases' contents (a development run). */
	private static String version() {
		Path source = ShippedFiles.codeSource();
		if (source != null) {
			try {
				Manifest manifest = null;
				if (Files.isRegularFile(source)) {
					try (JarFile jar = new JarFile(source.toFile())) {
						manifest = jar.getManifest();
					}
				}
				String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
				if (version != null && version.matches("[0-9A-Za-z._-]+")) {
					return version;
				}
			} catch (IOException | RuntimeException e) {
				// the hash below
			}
		}
		List<byte[]> contents = new ArrayList<>();
		IDS.forEach(id -> contents.add(bytes(id)));
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			contents.stream().filter(c -> c != null).forEach(digest::update);
			return "dev-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
		} catch (NoSuchAlgorithmException e) {
			return "dev";
		}
	}
}
