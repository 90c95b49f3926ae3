package nl.oppstudio.generator;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.generator.internal.Generation;
import nl.oppstudio.generator.internal.Kit;
import nl.oppstudio.generator.internal.Messages;

/**
 * {@code opp generate}: from one format file and the installed OPP Studio product, the format bundle, a p2
 * repository and branded OPP Editor archives per platform (docs/distribution.md). The same request gives
 * byte-identical files. Not thread-safe; one generation at a time per instance.
 */
public final class EditorGenerator {

	/** The platforms an archive is made for, with the name used in file names. */
	public enum Platform {
		LINUX_X86_64("linux-x86_64"), WINDOWS_X86_64("windows-x86_64"), MACOS_AARCH64("macos-aarch64");

		private final String label;

		Platform(String label) {
			this.label = label;
		}

		/** The platform's name in archive names, e.g. {@code linux-x86_64}. */
		public String label() {
			return label;
		}
	}

	/**
	 * How the editor is branded for the SWV.
	 *
	 * @param name  the product's name in window titles, start scripts and the install text, e.g. "OPP Editor Revius Wijk"
	 * @param logo  a PNG shown in the about box and the overview, or {@code null} for the format's own logo, if any
	 * @param about a few lines for the about box (who to ask for help), or {@code null}
	 */
	public record Branding(String name, Path logo, String about) {
	}

	/**
	 * One generation.
	 *
	 * @param format         the format file (checked first: errors stop the generation)
	 * @param output         the folder to write into (made when missing; files of an earlier run are replaced)
	 * @param branding       the SWV's branding; {@code null} fields get defaults from the format
	 * @param updateLocation where the installed editor looks for updates (a file: or http(s): p2 repository), or
	 *                       {@code null} for the generated repository's own file: location
	 * @param platforms      the archives to make; empty for all
	 * @param timestamp      the time written into every jar and archive entry (reproducible output)
	 */
	public record Request(Path format, Path output, Branding branding, URI updateLocation, Set<Platform> platforms,
			Instant timestamp) {
	}

	/**
	 * What was written.
	 *
	 * @param formatBundle the format bundle jar
	 * @param repository   the p2 repository folder
	 * @param archives     one product archive per platform
	 */
	public record Result(Path formatBundle, Path repository, Map<Platform, Path> archives) {
	}

	/** Told of each step, for a progress bar or the command line's lines. */
	@FunctionalInterface
	public interface Progress {
		void step(String dutchDescription);
	}

	/** The environment variable that fixes the time written into the files (seconds since 1970, UTC). */
	public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

	/** The time written into the files without {@value #SOURCE_DATE_EPOCH}. */
	public static final Instant DEFAULT_TIME = Instant.parse("2000-01-01T00:00:00Z");

	/** The earliest time a zip entry holds without a time zone (DOS time, even seconds): earlier times become this one. */
	public static final Instant EARLIEST_TIME = Instant.parse("1980-01-01T00:00:02Z");

	/** The latest time accepted: zip entries hold years up to 2107. */
	public static final Instant LATEST_TIME = Instant.parse("2099-12-31T23:59:58Z");

	/**
	 * The time for {@link Request#timestamp()} from the value of {@value #SOURCE_DATE_EPOCH}: {@link #DEFAULT_TIME}
	 * when {@code null} or blank; a time before {@link #EARLIEST_TIME} (0, negative) becomes that time, so that
	 * the files do not depend on the time zone. Used by {@code opp generate} and the Studio's dialog alike.
	 *
	 * @throws GenerateException (Dutch) when the value is no whole number or after {@link #LATEST_TIME}
	 */
	public static Instant timestamp(String sourceDateEpoch) throws GenerateException {
		if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
			return DEFAULT_TIME;
		}
		long seconds;
		try {
			seconds = Long.parseLong(sourceDateEpoch.strip());
		} catch (NumberFormatException e) {
			throw new GenerateException(NLS.bind(Messages.badEpoch, sourceDateEpoch.strip()), List.of());
		}
		if (seconds > LATEST_TIME.getEpochSecond()) {
			throw new GenerateException(NLS.bind(Messages.badEpoch, sourceDateEpoch.strip()), List.of());
		}
		return seconds < EARLIEST_TIME.getEpochSecond() ? EARLIEST_TIME : Instant.ofEpochSecond(seconds);
	}

	/**
	 * The update location for {@link Request#updateLocation()} from what a person typed: {@code null} when blank (the
	 * generated repository's own address); an {@code http:} or {@code https:} address with a host as given; a
	 * {@code file:} address or a folder (a relative one against the working folder) as the folder's absolute
	 * {@code file:} address. The folder need not exist yet. Used by {@code opp generate} and the Studio's dialog alike.
	 *
	 * @throws GenerateException (Dutch) for anything else
	 */
	public static URI updateLocation(String text) throws GenerateException {
		if (text == null || text.isBlank()) {
			return null;
		}
		String given = text.strip();
		String lower = given.toLowerCase(Locale.ROOT);
		try {
			if (lower.startsWith("http:") || lower.startsWith("https:")) {
				URI uri = new URI(given);
				if (uri.getHost() != null && !uri.isOpaque()) {
					return uri;
				}
			} else if (lower.startsWith("file:")) {
				return Path.of(new URI(given)).toAbsolutePath().normalize().toUri();
			} else if (!lower.matches("[a-z][a-z0-9+.-]+:.*")) { // a path (C:\ on Windows), not another scheme
				return Path.of(given).toAbsolutePath().normalize().toUri();
			}
		} catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) { // also InvalidPathException
			// the message below
		}
		throw new GenerateException(NLS.bind(Messages.badLocation, given), List.of());
	}

	private final Path product;
	private final Kit kit;

	private EditorGenerator(Path product, Kit kit) {
		this.product = product;
		this.kit = kit;
	}

	/**
	 * The generator of an installed OPP Studio product: the folder with {@code plugins/} and {@code generator/}.
	 *
	 * @throws GenerateException when the folder is no such product (in Dutch: what is missing)
	 */
	public static EditorGenerator of(Path product) throws GenerateException {
		try {
			return new EditorGenerator(product, Kit.read(product));
		} catch (Kit.KitException e) {
			throw new GenerateException(e.getMessage(), List.of());
		}
	}

	/** The product this generator takes the editor's bundles from. */
	public Path product() {
		return product;
	}

	/**
	 * Generates; nothing half-written stays behind on failure.
	 *
	 * @throws GenerateException with a Dutch message (file, line and column where the format has an error)
	 */
	public Result generate(Request request, Progress progress) throws GenerateException {
		return Generation.run(kit, request, progress);
	}
}
