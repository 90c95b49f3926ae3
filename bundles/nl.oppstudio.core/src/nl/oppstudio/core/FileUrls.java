package nl.oppstudio.core;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code file:} URLs as Equinox writes them (unencoded: spaces, {@code #}, {@code %} and {@code [} appear as they
 * are) turned into paths: the install area ({@code osgi.install.area}) and bundle locations.
 */
public final class FileUrls {

	private FileUrls() {
	}

	/**
	 * The path of a {@code file:} URL such as {@code file:/opt/OPP Editor #2/} or {@code reference:file:/x/y.jar}
	 * (a {@code reference:} or {@code initial@} prefix is dropped), or empty when it is no {@code file:} URL.
	 * Nothing is decoded: Equinox does not encode these URLs.
	 */
	public static Optional<Path> toPath(String url) {
		if (url == null) {
			return Optional.empty();
		}
		String text = url.strip().replaceFirst("^initial@", "").replaceFirst("^reference:", "");
		if (!text.regionMatches(true, 0, "file:", 0, 5)) {
			return Optional.empty();
		}
		// not URI or URL: those choke on, or cut at, the unencoded characters Equinox leaves in
		String path = text.substring("file:".length());
		if (path.matches("/+[A-Za-z]:.*")) {
			path = path.replaceFirst("^/+", ""); // Windows: file:/C:/x/
		} else if (path.startsWith("///")) {
			path = path.substring(2); // file:///x/
		}
		try {
			return path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path));
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** The folder of the running OSGi installation ({@code osgi.install.area}), or empty outside one. */
	public static Optional<Path> installArea() {
		return toPath(System.getProperty("osgi.install.area"));
	}
}
