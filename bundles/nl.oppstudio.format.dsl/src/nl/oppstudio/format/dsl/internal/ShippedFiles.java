package nl.oppstudio.format.dsl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Files the format bundle ships (the installed bases, the example formats and their logos): read from the
 * bundle's jar, or in a development run from the bundle's folder, found upwards from the compiled classes but
 * never above the folder that holds the bundle's manifest.
 */
public final class ShippedFiles {

	private ShippedFiles() {
	}

	/** The bytes of {@code resource} (e.g. {@code bases/wettelijk-minimum.oppformat}), or {@code null} when not shipped. */
	public static byte[] read(String resource) {
		try (InputStream in = ShippedFiles.class.getResourceAsStream("/" + resource)) {
			if (in != null) {
				return in.readAllBytes();
			}
		} catch (IOException e) {
			// try the folder below
		}
		for (Path each = codeSource(); each != null; each = each.getParent()) {
			Path candidate = each.resolve(resource);
			if (Files.isRegularFile(candidate)) {
				try {
					return Files.readAllBytes(candidate);
				} catch (IOException e) {
					return null;
				}
			}
			if (Files.isRegularFile(each.resolve("META-INF/MANIFEST.MF"))) {
				break; // the bundle's own folder: not higher up
			}
		}
		return null;
	}

	/** The bundle's jar, or its classes folder in a development run; {@code null} when unknown. */
	public static Path codeSource() {
		try {
			CodeSource source = ShippedFiles.class.getProtectionDomain().getCodeSource();
			return source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
		} catch (URISyntaxException | RuntimeException e) {
			return null;
		}
	}
}
