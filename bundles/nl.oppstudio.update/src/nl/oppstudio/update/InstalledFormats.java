package nl.oppstudio.update;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.core.FileUrls;
import nl.oppstudio.update.internal.Jars;
import nl.oppstudio.update.internal.Messages;
import nl.oppstudio.update.internal.Versions;

/**
 * The formats the editor has installed (docs/distribution.md): the format bundles it was shipped with and the
 * updates downloaded into {@code updates/} of the user data folder, each extracted once into
 * {@code formats/BSN_VERSION/}; and which version of each format is active ({@code updates/state.properties}).
 * Every installed version stays readable. Safe for use from several threads.
 */
public final class InstalledFormats {

	/** The system property with the product's id ({@code oppeditor-ID}), the name of its user data folder. */
	public static final String PRODUCT_ID = "nl.oppstudio.editor.id";
	/** A system property that names the user data folder itself (tests, portable installations). */
	public static final String DATA_FOLDER = "nl.oppstudio.editor.data";
	/** The manifest header that marks a format bundle, with the format's id. */
	public static final String FORMAT_ID_HEADER = "OPP-Format-Id";

	private static final String STATE = "state.properties";

	private final Path dataFolder;
	private final List<Path> shipped;
	private List<InstalledFormat> known;

	/**
	 * @param dataFolder the user data folder ({@link #dataFolder(String)})
	 * @param shipped    the format bundles the editor came with (jars or bundle folders)
	 */
	public InstalledFormats(Path dataFolder, List<Path> shipped) {
		this.dataFolder = dataFolder.toAbsolutePath().normalize();
		this.shipped = List.copyOf(shipped);
	}

	/** The installed formats of the running editor: its OSGi bundles with {@value #FORMAT_ID_HEADER}, and its updates. */
	public static InstalledFormats ofRunningEditor() {
		return new InstalledFormats(dataFolder(System.getProperty(PRODUCT_ID, "oppeditor")), runningFormatBundles());
	}

	/** The jars (or folders) of the running bundles that are format bundles; none outside OSGi. */
	public static List<Path> runningFormatBundles() {
		Bundle self = FrameworkUtil.getBundle(InstalledFormats.class);
		if (self == null) {
			return List.of();
		}
		BundleContext context = self.getBundleContext();
		if (context == null) {
			// not started (yet): the system bundle sees every bundle as well
			Bundle system = FrameworkUtil.getBundle(Bundle.class);
			context = system == null ? null : system.getBundleContext();
		}
		if (context == null) {
			return List.of();
		}
		List<Path> result = new ArrayList<>();
		for (Bundle bundle : context.getBundles()) {
			if (bundle.getHeaders("").get(FORMAT_ID_HEADER) != null) {
				Optional<Path> file = FileLocator.getBundleFileLocation(bundle).map(java.io.File::toPath)
						.or(() -> fromLocation(bundle.getLocation()));
				file.ifPresent(result::add);
			}
		}
		return result;
	}

	/** A bundle location such as {@code reference:file:/x/y.jar} or {@code file:y.jar} as a path. */
	static Optional<Path> fromLocation(String location) {
		return FileUrls.toPath(location);
	}

	/**
	 * The user data folder of a product: the system property {@value #DATA_FOLDER} when set, else
	 * {@code %APPDATA%\oppstudio\ID} (Windows), {@code ~/Library/Application Support/oppstudio/ID} (macOS),
	 * {@code $XDG_DATA_HOME/oppstudio/ID} or {@code ~/.local/share/oppstudio/ID}.
	 */
	public static Path dataFolder(String productId) {
		String configured = System.getProperty(DATA_FOLDER);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		Path home = Path.of(System.getProperty("user.home"));
		if (os.contains("win") && System.getenv("APPDATA") != null) {
			return Path.of(System.getenv("APPDATA"), "oppstudio", productId);
		}
		if (os.contains("mac")) {
			return home.resolve("Library/Application Support/oppstudio").resolve(productId);
		}
		String xdg = System.getenv("XDG_DATA_HOME");
		return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("oppstudio")
				.resolve(productId);
	}

	/** The user data folder. */
	public Path dataFolder() {
		return dataFolder;
	}

	/** Where downloaded format bundles are kept: {@code updates/} of the user data folder. */
	public Path updatesFolder() {
		return dataFolder.resolve("updates");
	}

	/**
	 * Every installed version of every format, by id and then version (oldest first); each extracted into
	 * {@code formats/BSN_VERSION/} when it is not yet. A bundle that cannot be read is left out.
	 */
	public synchronized List<InstalledFormat> all() {
		if (known == null) {
			known = scan();
		}
		return known;
	}

	/** Forgets what was read, so that the next question reads the bundles and the user data folder again. */
	public synchronized void refresh() {
		known = null;
	}

	private List<InstalledFormat> scan() {
		Map<String, InstalledFormat> byKey = new LinkedHashMap<>();
		List<Path> bundles = new ArrayList<>(shipped);
		try (Stream<Path> updates = Files.list(updatesFolder())) {
			updates.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().forEach(bundles::add);
		} catch (IOException e) {
			// no updates yet
		}
		for (Path bundle : bundles) {
			try {
				InstalledFormat format = extract(bundle);
				byKey.putIfAbsent(format.id() + "@" + format.version(), format);
			} catch (UpdateException e) {
				// not a usable format bundle: it offers no format
			}
		}
		List<InstalledFormat> result = new ArrayList<>(byKey.values());
		result.sort(Comparator.comparing(InstalledFormat::id).thenComparing(InstalledFormat::version, Versions::compare));
		return List.copyOf(result);
	}

	/** The ids of the installed formats. */
	public List<String> ids() {
		return all().stream().map(InstalledFormat::id).distinct().toList();
	}

	/** One installed version of a format. */
	public Optional<InstalledFormat> version(String id, String version) {
		return all().stream().filter(f -> f.id().equals(id) && Versions.compare(f.version(), version) == 0).findFirst();
	}

	/**
	 * The active version of a format: the one {@code state.properties} names, else the newest installed. A shipped
	 * bundle newer than the one named wins (a newer editor was installed over an older update), unless a rollback
	 * pinned the named one with that shipped version known ({@code ID.pinned}).
	 */
	public Optional<InstalledFormat> active(String id) {
		Properties state = state();
		Optional<InstalledFormat> named = named(state, id);
		if (named.isPresent()) {
			return newerShipped(state, id, named.get()).or(() -> named);
		}
		return all().stream().filter(f -> f.id().equals(id)).reduce((a, b) -> b);
	}

	/**
	 * The version that was active before the last update of a format, when it is still installed; when a newer
	 * shipped bundle took over ({@link #active}), the version {@code state.properties} names.
	 */
	public Optional<InstalledFormat> previous(String id) {
		Properties state = state();
		Optional<InstalledFormat> named = named(state, id);
		if (named.isPresent() && newerShipped(state, id, named.get()).isPresent()) {
			return named;
		}
		String previous = state.getProperty(id + ".previous");
		return previous == null ? Optional.empty() : version(id, previous);
	}

	private Optional<InstalledFormat> named(Properties state, String id) {
		String named = state.getProperty(id + ".active");
		return named == null ? Optional.empty() : version(id, named);
	}

	/** The newest shipped version of a format when it is newer than {@code named} and no rollback pinned it away. */
	private Optional<InstalledFormat> newerShipped(Properties state, String id, InstalledFormat named) {
		String pinned = state.getProperty(id + ".pinned");
		return all().stream().filter(f -> f.id().equals(id) && shipped.contains(f.bundle()))
				.reduce((a, b) -> b)
				.filter(f -> Versions.compare(f.version(), named.version()) > 0
						&& (pinned == null || Versions.compare(f.version(), pinned) > 0));
	}

	/** The newest version of a format the editor was shipped with, when there is one. */
	Optional<String> newestShipped(String id) {
		return all().stream().filter(f -> f.id().equals(id) && shipped.contains(f.bundle())).reduce((a, b) -> b)
				.map(InstalledFormat::version);
	}

	/** The format file of every active format, for "Nieuw OPP". */
	public List<Path> activeFormatFiles() {
		List<Path> result = new ArrayList<>();
		for (String id : ids()) {
			active(id).ifPresent(f -> result.add(f.formatFile()));
		}
		return result;
	}

	/** The folders of every installed version's format file: where a format resolver looks after a document's folder. */
	public List<Path> formatFolders() {
		return all().stream().map(f -> f.formatFile().getParent()).distinct().toList();
	}

	/** Extracts a format bundle (once) and says what it holds. */
	InstalledFormat extract(Path bundle) throws UpdateException {
		try {
			Jars.Head head = Jars.head(bundle);
			if (head.formatId() == null || head.formatEntry() == null || head.symbolicName() == null
					|| head.version() == null) {
				throw new UpdateException(NLS.bind(Messages.badFormatBundle, bundle.getFileName(), "OPP-Format-Id, "
						+ "OPP-Format, Bundle-SymbolicName of Bundle-Version ontbreekt"));
			}
			String version = Versions.plain(head.version().strip());
			Path folder;
			if (Files.isDirectory(bundle)) {
				folder = bundle.toAbsolutePath();
			} else {
				Path formats = dataFolder.resolve("formats");
				folder = formats.resolve(head.symbolicName() + "_" + version).normalize();
				if (!Jars.safeName(head.symbolicName()) || !Jars.safeName(version) || !folder.startsWith(formats)) {
					throw new UpdateException(NLS.bind(Messages.badFormatBundle, bundle.getFileName(),
							NLS.bind(Messages.unsafeName, head.symbolicName() + " " + version)));
				}
				Jars.extract(bundle, folder);
			}
			Path file = folder.resolve(head.formatEntry()).normalize();
			if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
				throw new UpdateException(NLS.bind(Messages.badFormatBundle, bundle.getFileName(),
						NLS.bind(Messages.missingFile, head.formatEntry())));
			}
			return new InstalledFormat(head.formatId().strip(), version, head.symbolicName(), bundle, folder, file);
		} catch (IOException e) {
			throw new UpdateException(NLS.bind(Messages.badFormatBundle, bundle.getFileName(), e.getMessage()), e);
		}
	}

	/** {@code updates/state.properties}: {@code ID.active} and {@code ID.previous} per format. */
	synchronized Properties state() {
		Properties state = new Properties();
		try (InputStream in = Files.newInputStream(updatesFolder().resolve(STATE))) {
			state.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			// no state yet: the newest installed version is active
		}
		return state;
	}

	/** Makes {@code active} the active version of a format and remembers {@code previous} (may be {@code null}). */
	synchronized void activate(String id, String active, String previous) throws UpdateException {
		activate(id, active, previous, null);
	}

	/**
	 * As {@link #activate(String, String, String)}; {@code pinned} (a rollback: the newest shipped version, may be
	 * {@code null}) keeps {@code active} active even though a shipped bundle up to that version is newer.
	 */
	synchronized void activate(String id, String active, String previous, String pinned) throws UpdateException {
		Properties state = state();
		state.setProperty(id + ".active", active);
		if (pinned == null) {
			state.remove(id + ".pinned");
		} else {
			state.setProperty(id + ".pinned", pinned);
		}
		if (previous == null) {
			state.remove(id + ".previous");
		} else {
			state.setProperty(id + ".previous", previous);
		}
		known = null;
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		try {
			var writer = new java.io.OutputStreamWriter(text, StandardCharsets.UTF_8);
			state.store(writer, "OPP Editor: actieve en vorige versie per formaat");
			writer.flush();
			AtomicFiles.write(updatesFolder().resolve(STATE), out -> out.write(text.toByteArray()));
		} catch (IOException e) {
			throw new UpdateException(NLS.bind(Messages.diskProblem, updatesFolder(), e.getMessage()), e);
		}
	}
}
