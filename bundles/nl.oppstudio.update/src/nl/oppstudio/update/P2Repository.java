package nl.oppstudio.update;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.oppstudio.update.internal.P2Reader;

/**
 * A simple p2 repository as {@code opp generate} writes it (docs/distribution.md): its installable units and
 * its artifacts (size, SHA-256). Read from {@code content.jar} or {@code content.xml} and {@code artifacts.jar}
 * or {@code artifacts.xml} under a {@code file:} or {@code http(s):} location.
 *
 * @param location  the repository's location, ending in {@code /}
 * @param units     every installable unit
 * @param artifacts every artifact descriptor
 */
public record P2Repository(URI location, List<Unit> units, List<Artifact> artifacts) {

	/** The unit property that marks a format bundle: its value is the format's id. */
	public static final String FORMAT_ID = "nl.oppstudio.format.id";
	/** The unit property with the (format's) name. */
	public static final String NAME = "org.eclipse.equinox.p2.name";

	/** An installable unit: id, version and properties. */
	public record Unit(String id, String version, Map<String, String> properties) {
		/** The format id of a format bundle's unit, else empty. */
		public Optional<String> formatId() {
			return Optional.ofNullable(properties.get(FORMAT_ID));
		}
	}

	/**
	 * An artifact (a bundle jar).
	 *
	 * @param size   {@code download.size} in bytes, or -1 when not given
	 * @param sha256 {@code download.checksum.sha-256} in lower-case hex, or {@code null} when not given
	 */
	public record Artifact(String id, String version, long size, String sha256) {
	}

	/**
	 * Reads the repository at a location ({@code file:}, {@code http(s):}, or a folder).
	 *
	 * @throws UpdateException when the location cannot be reached or holds no usable repository (Dutch message)
	 */
	public static P2Repository read(String location) throws UpdateException {
		return P2Reader.read(location);
	}

	/** The artifact of a unit, when the repository has one. */
	public Optional<Artifact> artifact(String id, String version) {
		return artifacts.stream().filter(a -> a.id().equals(id) && a.version().equals(version)).findFirst();
	}

	/**
	 * A Dutch warning when the repository is read over plain {@code http:} (anyone on the way could change what is
	 * downloaded; the checksums come from the same place), else empty. The check still works: https is advised.
	 */
	public Optional<String> warning() {
		return warning(location.toString());
	}

	/** {@link #warning()} for a location as the user gives it. */
	public static Optional<String> warning(String location) {
		return location != null && location.strip().regionMatches(true, 0, "http:", 0, 5)
				? Optional.of(org.eclipse.osgi.util.NLS.bind(nl.oppstudio.update.internal.Messages.plainHttp,
						location.strip()))
				: Optional.empty();
	}

	/** Where an artifact's jar is: p2's default mapping {@code ${repoUrl}/plugins/${id}_${version}.jar}. */
	public URI jar(Artifact artifact) {
		return location.resolve("plugins/" + artifact.id() + "_" + artifact.version() + ".jar");
	}
}
