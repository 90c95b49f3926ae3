package nl.oppstudio.generator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.InstalledBases;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.HouseStyle;
import nl.oppstudio.generator.EditorGenerator;
import nl.oppstudio.generator.EditorGenerator.Platform;
import nl.oppstudio.generator.EditorGenerator.Progress;
import nl.oppstudio.generator.EditorGenerator.Request;
import nl.oppstudio.generator.EditorGenerator.Result;
import nl.oppstudio.generator.GenerateException;

/** One run of {@code opp generate} (docs/distribution.md): checks, writes into a scratch folder, moves into place. */
public final class Generation {

	/** The prefix of a format bundle's symbolic name. */
	public static final String FORMAT_BUNDLE_PREFIX = "nl.oppstudio.formats.";

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
	private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){0,2}(\\.[A-Za-z0-9_-]+)?");

	private final Kit kit;
	private final Request request;
	private final Progress progress;

	private Generation(Kit kit, Request request, Progress progress) {
		this.kit = kit;
		this.request = request;
		this.progress = progress == null ? step -> {
		} : progress;
	}

	/** Generates what the request asks for from the kit. */
	public static Result run(Kit kit, Request request, Progress progress) throws GenerateException {
		return new Generation(kit, request, progress).run();
	}

	/** The facts of the checked format that the outputs need. */
	record Checked(Format format, Path file, String id, String version, String name, Map<String, Path> files) {
	}

	private Result run() throws GenerateException {
		Checked checked = check();
		Path logo = logo(checked); // before anything is written: a missing logo leaves no empty output folder
		Path output = request.output().toAbsolutePath().normalize();
		Path scratch;
		try {
			Files.createDirectories(output);
			scratch = Files.createTempDirectory(output, ".opp-generate-");
		} catch (IOException | RuntimeException e) {
			throw failure(NLS.bind(Messages.cannotWrite, output, reason(e)));
		}
		try {
			// before 1980 a zip entry's time would depend on the time zone: such times are written as 1980
			Instant time = request.timestamp() == null ? EditorGenerator.DEFAULT_TIME
					: request.timestamp().isBefore(EditorGenerator.EARLIEST_TIME) ? EditorGenerator.EARLIEST_TIME : request.timestamp();
			String brandName = brandName(checked);
			String fileName = fileName(brandName);
			URI updates = request.updateLocation() != null ? request.updateLocation()
					: URI.create(output.resolve("repository").toUri().toString().replaceAll("/*$", "/")); // also before it exists

			String bundleName = FORMAT_BUNDLE_PREFIX + checked.id() + "_" + checked.version() + ".jar";
			progress.step(NLS.bind(Messages.stepBundle, "plugins/" + bundleName));
			Path bundleFile = scratch.resolve("plugins").resolve(bundleName);
			Files.createDirectories(bundleFile.getParent());
			write(bundleFile, out -> Archives.zip(formatBundle(checked), time, out));
			BundleJar formatBundle = BundleJar.read(bundleFile);

			List<P2Repository.Unit> units = new ArrayList<>();
			Map<String, String> formatProperties = new TreeMap<>();
			formatProperties.put(P2Repository.FORMAT_ID, checked.id());
			formatProperties.put("org.eclipse.equinox.p2.name", checked.name());
			units.add(new P2Repository.Unit(formatBundle, formatProperties));
			kit.bundles().forEach(b -> units.add(new P2Repository.Unit(b.jar(), Map.of())));
			units.add(new P2Repository.Unit(kit.framework(), Map.of()));
			kit.swt().forEach(b -> units.add(new P2Repository.Unit(b, Map.of())));
			List<P2Repository.Unit> sortedUnits = P2Repository.sorted(units);
			progress.step(NLS.bind(Messages.stepRepository, sortedUnits.size(), "repository/"));
			Path repository = scratch.resolve("repository");
			Files.createDirectories(repository.resolve("plugins"));
			for (P2Repository.Unit unit : sortedUnits) {
				Files.copy(unit.jar().file(), repository.resolve("plugins").resolve(unit.jar().fileName()));
			}
			write(repository.resolve("content.jar"),
					out -> Archives.zip(List.of(Entry.of("content.xml", P2Repository.content(brandName, sortedUnits))), time, out));
			write(repository.resolve("artifacts.jar"),
					out -> Archives.zip(List.of(Entry.of("artifacts.xml", P2Repository.artifacts(brandName, sortedUnits))), time, out));
			write(repository.resolve("p2.index"), out -> out.write(P2Repository.index()));

			Map<Platform, String> archiveNames = new EnumMap<>(Platform.class);
			Set<Platform> platforms = request.platforms() == null || request.platforms().isEmpty() ? Set.of(Platform.values())
					: request.platforms();
			Product product = new Product(kit, checked, formatBundle, brandName, fileName, logo, about(checked), updates, time);
			for (Platform platform : Platform.values()) {
				if (!platforms.contains(platform)) {
					continue;
				}
				String name = fileName + "-" + checked.version() + "-" + platform.label()
						+ (platform == Platform.WINDOWS_X86_64 ? ".zip" : ".tar.gz");
				progress.step(NLS.bind(Messages.stepArchive, platformName(platform), name));
				List<Entry> entries = product.entries(platform);
				write(scratch.resolve(name), out -> {
					if (platform == Platform.WINDOWS_X86_64) {
						Archives.zip(entries, time, out);
					} else {
						Archives.tarGz(entries, time, out);
					}
				});
				archiveNames.put(platform, name);
			}

			// into place: the format bundle, the repository as a whole, the archives; all or nothing
			Path finalBundle = output.resolve("plugins").resolve(bundleName);
			Path finalRepository = output.resolve("repository");
			Map<Path, Path> moves = new LinkedHashMap<>();
			moves.put(bundleFile, finalBundle);
			moves.put(repository, finalRepository);
			Map<Platform, Path> archives = new EnumMap<>(Platform.class);
			for (Map.Entry<Platform, String> archive : archiveNames.entrySet()) {
				Path target = output.resolve(archive.getValue());
				moves.put(scratch.resolve(archive.getValue()), target);
				archives.put(archive.getKey(), target);
			}
			intoPlace(output, moves);
			return new Result(finalBundle, finalRepository, archives);
		} catch (IOException | UncheckedIOException e) {
			throw failure(NLS.bind(Messages.cannotWrite, output, reason(e)));
		} finally {
			deleteTree(scratch);
		}
	}

	/** The platform's name for people. */
	public static String platformName(Platform platform) {
		return switch (platform) {
		case LINUX_X86_64 -> "Linux";
		case WINDOWS_X86_64 -> "Windows";
		case MACOS_AARCH64 -> "macOS";
		};
	}

	// --- the format -------------------------------------------------------------------------------------

	private Checked check() throws GenerateException {
		Path file = request.format().toAbsolutePath().normalize();
		progress.step(NLS.bind(Messages.stepCheck, request.format()));
		if (!Files.isRegularFile(file)) {
			throw failure(NLS.bind(Messages.formatMissing, request.format()));
		}
		// read in full, not from the command line's cache: the generator needs every base's file
		LoadedFormat loaded = FormatLoader.create(null).load(file);
		List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
		Format format = loaded.format();
		if (format != null && (format.getVersion() == null || format.getVersion().isBlank())) {
			throw new GenerateException(NLS.bind(Messages.formatNoVersion, request.format()), errors);
		}
		if (format == null || !errors.isEmpty()) {
			String count = errors.size() == 1 ? Messages.oneError : NLS.bind(Messages.manyErrors, errors.size());
			throw new GenerateException(NLS.bind(Messages.formatErrors, request.format(), count), errors);
		}
		String id = format.getId();
		if (id == null || !ID.matcher(id).matches()) {
			throw failure(NLS.bind(Messages.formatBadId, request.format(), id));
		}
		String version = format.getVersion().strip();
		if (!VERSION.matcher(version).matches()) {
			throw failure(NLS.bind(Messages.formatBadVersion, request.format(), version));
		}
		return new Checked(format, file, id, BundleJar.normalize(version), format.getName() == null ? id : format.getName(),
				files(format, file));
	}

	/**
	 * The files of the format bundle under {@code format/}: the format, its bases, the logos they name, at
	 * their paths relative to the format's folder; an installed base at the top. Anything else is refused.
	 */
	private Map<String, Path> files(Format format, Path file) throws GenerateException {
		Path folder = file.getParent();
		Map<String, Path> files = new TreeMap<>();
		files.put(file.getFileName().toString(), file);
		List<Format> chain = Formats.withBases(format);
		for (Format each : chain) {
			Path eachFile = fileOf(each);
			boolean installed = false;
			if (each != format) {
				if (eachFile == null) {
					throw failure(NLS.bind(Messages.baseUnreadable, request.format(), each.getId()));
				}
				if (eachFile.startsWith(folder)) {
					files.put(relative(folder, eachFile), eachFile);
				} else if (InstalledBases.file(each.getId()).map(p -> p.toAbsolutePath().normalize().equals(eachFile)).orElse(false)) {
					files.putIfAbsent(eachFile.getFileName().toString(), eachFile);
					installed = true;
				} else {
					throw failure(NLS.bind(Messages.outsideFolder, new Object[] { request.format(), Messages.theBase,
							eachFile, folder }));
				}
			}
			HouseStyle style = each.getHouseStyle();
			if (style != null && style.getLogo() != null && !style.getLogo().isBlank()) {
				Path logo = Formats.resolve(each, style.getLogo());
				if (logo == null || installed && !logo.startsWith(eachFile.getParent()) || !installed && !logo.startsWith(folder)) {
					throw failure(NLS.bind(Messages.outsideFolder, new Object[] { request.format(), Messages.theLogo,
							style.getLogo(), folder }));
				}
				if (Files.isRegularFile(logo)) {
					files.put(installed ? relative(eachFile.getParent(), logo) : relative(folder, logo), logo);
				}
			}
		}
		return files;
	}

	private static Path fileOf(Format format) {
		if (format.eResource() == null || format.eResource().getURI() == null || !format.eResource().getURI().isFile()) {
			return null;
		}
		try {
			return Path.of(format.eResource().getURI().toFileString()).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private static String relative(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}

	/** The entries of the format bundle. */
	private List<Entry> formatBundle(Checked checked) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", FORMAT_BUNDLE_PREFIX + checked.id());
		main.putValue("Bundle-Version", checked.version());
		main.putValue("Bundle-Name", checked.name());
		if (checked.format().getSwv() != null && !checked.format().getSwv().isBlank()) {
			main.putValue("Bundle-Vendor", checked.format().getSwv());
		}
		main.putValue("OPP-Format-Id", checked.id());
		main.putValue("OPP-Format", "format/" + checked.file().getFileName());
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		manifest.write(bytes);
		List<Entry> entries = new ArrayList<>();
		entries.add(Entry.of("META-INF/MANIFEST.MF", bytes.toByteArray()));
		for (Map.Entry<String, Path> file : checked.files().entrySet()) {
			entries.add(Entry.of("format/" + file.getKey(), Files.readAllBytes(file.getValue())));
		}
		return entries;
	}

	// --- branding -----------------------------------------------------------------------------------------

	/**
	 * The branded name on one line: control characters (a newline, a tab) become a space, so that the name cannot
	 * end the comment or the quoted value it is put into in a start script.
	 */
	private String brandName(Checked checked) {
		if (request.branding() != null && request.branding().name() != null && !request.branding().name().isBlank()) {
			String name = request.branding().name().replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
			if (!name.isEmpty()) {
				return name;
			}
		}
		String swv = checked.format().getSwv();
		return NLS.bind(Messages.defaultName, swv != null && !swv.isBlank() ? swv : checked.name());
	}

	private String about(Checked checked) {
		if (request.branding() != null && request.branding().about() != null && !request.branding().about().isBlank()) {
			return request.branding().about().strip();
		}
		return NLS.bind(Messages.defaultAbout, checked.name(), checked.version());
	}

	/** The branding's logo, else the format's own (already checked to lie inside its folder), else none. */
	private Path logo(Checked checked) throws GenerateException {
		if (request.branding() != null && request.branding().logo() != null) {
			Path logo = request.branding().logo().toAbsolutePath().normalize();
			if (!Files.isRegularFile(logo)) {
				throw failure(NLS.bind(Messages.logoMissing, request.branding().logo()));
			}
			return logo;
		}
		Path logo = Formats.houseStyle(checked.format()).logo();
		return logo != null && checked.files().containsValue(logo.toAbsolutePath().normalize()) ? logo : null;
	}

	/** The branded name as a file name: letters, digits, dots and dashes; spaces become dashes. */
	public static String fileName(String name) {
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
			int c = name.codePointAt(i);
			boolean keep = Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
			if (keep) {
				result.appendCodePoint(c);
			} else if (result.length() > 0 && result.charAt(result.length() - 1) != '-') {
				result.append('-');
			}
		}
		while (result.length() > 0 && (result.charAt(result.length() - 1) == '-' || result.charAt(result.length() - 1) == '.')) {
			result.setLength(result.length() - 1);
		}
		return result.isEmpty() ? "OPP-Editor" : result.toString();
	}

	// --- files ----------------------------------------------------------------------------------------------

	/** Writes a new file (in the scratch folder). */
	private static void write(Path file, AtomicWriter writer) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			writer.writeTo(out);
		}
	}

	@FunctionalInterface
	private interface AtomicWriter {
		void writeTo(OutputStream out) throws IOException;
	}

	/**
	 * Moves every file or folder to its target. What was at a target is kept in a hidden {@code .opp-generate-old-*}
	 * folder until all moves succeeded; when one fails, the moves done are undone in reverse order and the old
	 * files put back, so that an earlier run stays as it was.
	 */
	static void intoPlace(Path output, Map<Path, Path> moves) throws IOException {
		Path old = Files.createTempDirectory(output, ".opp-generate-old-");
		List<Path[]> done = new ArrayList<>(); // target, its old copy (or null), a folder made for it (or null)
		try {
			int n = 0;
			for (Map.Entry<Path, Path> move : moves.entrySet()) {
				Path target = move.getValue();
				Path madeFolder = Files.isDirectory(target.getParent()) ? null : target.getParent();
				if (madeFolder != null) {
					Files.createDirectories(madeFolder);
				}
				Path saved = null;
				if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					if (Files.isDirectory(target) != Files.isDirectory(move.getKey())) {
						throw new IOException(NLS.bind(Messages.inTheWay, target));
					}
					saved = old.resolve(Integer.toString(n++));
					move(target, saved);
				}
				done.add(new Path[] { target, saved, madeFolder });
				move(move.getKey(), target);
			}
		} catch (IOException | RuntimeException e) {
			for (int i = done.size() - 1; i >= 0; i--) {
				Path[] undo = done.get(i);
				try {
					if (undo[1] == null) {
						deleteTree(undo[0]);
					} else {
						if (Files.exists(undo[0], java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
							deleteTree(undo[0]);
						}
						move(undo[1], undo[0]);
					}
					if (undo[2] != null) {
						Files.deleteIfExists(undo[2]);
					}
				} catch (IOException | RuntimeException again) {
					e.addSuppressed(again);
				}
			}
			if (isEmptyFolder(old)) {
				deleteTree(old);
			} // else: an old file that could not be put back stays there, not lost
			throw e;
		}
		deleteTree(old);
	}

	private static boolean isEmptyFolder(Path folder) {
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			return files.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	static void deleteTree(Path folder) {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.deleteIfExists(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
					Files.deleteIfExists(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			// a scratch file that cannot be removed: left, hidden (its name starts with a dot)
		}
	}

	private static String reason(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	private static GenerateException failure(String message) {
		return new GenerateException(message, List.of());
	}

	/** SHA-256 of some bytes, hex. */
	static String sha256(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A resource of this package as text. */
	static String template(String name) {
		try (InputStream in = Generation.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing template " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
