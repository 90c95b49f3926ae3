package nl.oppstudio.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.DocumentLocks;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatDiff;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.Migration;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.update.internal.Fetch;
import nl.oppstudio.update.internal.Jars;
import nl.oppstudio.update.internal.Messages;
import nl.oppstudio.update.internal.Versions;

/**
 * Updates of the installed formats from a p2 repository (docs/distribution.md): {@link #check} finds newer
 * versions with what they change for the documents ({@link FormatDiff}), {@link #install} downloads one
 * (size and SHA-256 checked before anything is written), {@link #rollback} makes the previous version active
 * again, and {@link #migrate} moves documents to a version ({@link Migration}; nothing lost, the old file
 * kept as {@code .bak}). Long work: call it off the UI thread.
 */
public final class FormatUpdates {

	/**
	 * A newer version of an installed format.
	 *
	 * @param formatId         the format's id
	 * @param name             the format's name
	 * @param installedVersion the active version now
	 * @param version          the newer version
	 * @param diff             what changes from the active version to the newer one
	 * @param repository       the repository it is in
	 * @param artifact         its jar in the repository
	 */
	public record Update(String formatId, String name, String installedVersion, String version, FormatDiff.Result diff,
			P2Repository repository, P2Repository.Artifact artifact) {

		/** The changes grouped as {@code opp diff} judges them: breaking first, then migration, then compatible. */
		public Map<FormatDiff.Impact, List<FormatDiff.Change>> groups() {
			Map<FormatDiff.Impact, List<FormatDiff.Change>> groups = new LinkedHashMap<>();
			for (FormatDiff.Impact impact : List.of(FormatDiff.Impact.BREAKING, FormatDiff.Impact.NEEDS_MIGRATION,
					FormatDiff.Impact.COMPATIBLE)) {
				List<FormatDiff.Change> changes = diff.changes().stream().filter(c -> c.impact() == impact).toList();
				if (!changes.isEmpty()) {
					groups.put(impact, changes);
				}
			}
			return groups;
		}

		/** What is new, in Dutch words: a title line, then per group a heading and a line per change. */
		public List<String> describe() {
			List<String> lines = new ArrayList<>();
			lines.add(NLS.bind(Messages.updateTitle, new Object[] { name, version, installedVersion }));
			if (diff.changes().isEmpty()) {
				lines.add(Messages.noChanges);
			}
			groups().forEach((impact, changes) -> {
				lines.add(heading(impact));
				for (FormatDiff.Change change : changes) {
					lines.add("  - " + change.path() + ": " + change.description());
				}
			});
			return lines;
		}

		/** The heading of a group of changes, in Dutch. */
		public static String heading(FormatDiff.Impact impact) {
			return switch (impact) {
			case BREAKING -> Messages.groupBreaking;
			case NEEDS_MIGRATION -> Messages.groupMigration;
			case COMPATIBLE -> Messages.groupCompatible;
			};
		}
	}

	private final InstalledFormats installed;
	private final FormatResolver resolver;

	/** Updates of these installed formats; documents are read with {@link #resolver(InstalledFormats)}. */
	public FormatUpdates(InstalledFormats installed) {
		this(installed, resolver(installed));
	}

	/** Updates of these installed formats; documents are read with the resolver given (the editor's). */
	public FormatUpdates(InstalledFormats installed, FormatResolver resolver) {
		this.installed = installed;
		this.resolver = resolver;
	}

	/** A format resolver that looks in a document's folder first, then in the installed formats. */
	public static FormatResolver resolver(InstalledFormats installed) {
		return new FormatResolver(FormatUpdates::readFormat, format -> {
		}, installed::formatFolders);
	}

	/** The format step's loader, as the command line uses it (never throws for bad content). */
	public static FormatResolver.CheckedFormat readFormat(Path file) {
		LoadedFormat loaded = FormatLoader.create().load(file);
		return new FormatResolver.CheckedFormat(file, loaded.format(), loaded.diagnostics());
	}

	/** The installed formats these updates are for. */
	public InstalledFormats installed() {
		return installed;
	}

	/**
	 * The newer versions in the repository at {@code location} of the installed formats, the newest per format,
	 * each with what it changes compared with the active version; empty when there is nothing new.
	 *
	 * @throws UpdateException unreachable location, bad repository, or a jar that does not match its checksum
	 */
	public List<Update> check(String location) throws UpdateException {
		P2Repository repository = P2Repository.read(location);
		Map<String, P2Repository.Unit> newest = new LinkedHashMap<>();
		for (String id : installed.ids()) {
			Optional<InstalledFormat> active = installed.active(id);
			for (P2Repository.Unit unit : repository.units()) {
				if (active.isPresent() && unit.formatId().filter(id::equals).isPresent()
						&& Versions.compare(unit.version(), active.get().version()) > 0
						&& (newest.get(id) == null || Versions.compare(unit.version(), newest.get(id).version()) > 0)) {
					newest.put(id, unit);
				}
			}
		}
		List<Update> updates = new ArrayList<>();
		for (Map.Entry<String, P2Repository.Unit> entry : newest.entrySet()) {
			P2Repository.Unit unit = entry.getValue();
			InstalledFormat active = installed.active(entry.getKey()).orElseThrow();
			P2Repository.Artifact artifact = repository.artifact(unit.id(), unit.version())
					.orElseThrow(() -> new UpdateException(NLS.bind(Messages.badRepository, repository.location(),
							NLS.bind(Messages.noArtifact, unit.id(), unit.version()))));
			Format newer = peek(repository, artifact, entry.getKey(), unit.version());
			Format older = readUsable(active.formatFile());
			String name = unit.properties().getOrDefault(P2Repository.NAME, newer.getName());
			updates.add(new Update(entry.getKey(), name == null ? entry.getKey() : name, active.version(),
					Versions.plain(unit.version()), FormatDiff.compare(older, newer), repository, artifact));
		}
		return List.copyOf(updates);
	}

	/** The format in an update's jar: the installed copy when it was downloaded before, else downloaded into a temp folder. */
	private Format peek(P2Repository repository, P2Repository.Artifact artifact, String id, String version)
			throws UpdateException {
		Optional<InstalledFormat> known = installed.version(id, version);
		if (known.isPresent()) {
			return readUsable(known.get().formatFile());
		}
		byte[] jar = download(repository, artifact, id);
		Path temp = null;
		try {
			temp = Files.createTempDirectory("opp-update");
			Path file = inside(temp, artifact.id() + "_" + artifact.version() + ".jar");
			Files.write(file, jar);
			InstalledFormat format = new InstalledFormats(temp, List.of()).extract(file);
			return readUsable(format.formatFile());
		} catch (IOException e) {
			throw new UpdateException(NLS.bind(Messages.diskProblem, System.getProperty("java.io.tmpdir"), e.getMessage()), e);
		} finally {
			try {
				if (temp != null) {
					Jars.delete(temp);
				}
			} catch (IOException e) {
				// a temp folder left behind; the system cleans it
			}
		}
	}

	/**
	 * The jar of an artifact, checked: its id and version are safe file names, its size and SHA-256 match, and its
	 * manifest names the same bundle, version and format ({@code OPP-Format-Id}) as the repository does.
	 */
	private static byte[] download(P2Repository repository, P2Repository.Artifact artifact, String formatId)
			throws UpdateException {
		if (!Jars.safeName(artifact.id()) || !Jars.safeName(artifact.version())) {
			throw new UpdateException(NLS.bind(Messages.badRepository, repository.location(),
					NLS.bind(Messages.unsafeName, artifact.id() + " " + artifact.version())));
		}
		String name = "plugins/" + artifact.id() + "_" + artifact.version() + ".jar";
		byte[] jar;
		try {
			jar = Fetch.read(repository.location(), name);
		} catch (Fetch.Missing e) {
			throw new UpdateException(NLS.bind(Messages.badRepository, repository.location(),
					NLS.bind(Messages.missingFile, name)));
		}
		if (artifact.sha256() == null || artifact.size() >= 0 && jar.length != artifact.size()
				|| !artifact.sha256().equals(sha256(jar))) {
			throw new UpdateException(NLS.bind(Messages.checksumMismatch, name));
		}
		Jars.Head head;
		try {
			head = Jars.head(jar);
		} catch (IOException e) {
			throw new UpdateException(NLS.bind(Messages.badFormatBundle, name, e.getMessage()), e);
		}
		if (!artifact.id().equals(head.symbolicName()) || head.version() == null
				|| !artifact.version().equals(head.version().strip()) || head.formatId() == null
				|| !formatId.equals(head.formatId().strip())) {
			throw new UpdateException(NLS.bind(Messages.wrongBundle, name, formatId + " " + artifact.version()));
		}
		return jar;
	}

	/** {@code folder/name}, refused when it would lie outside {@code folder}. */
	private static Path inside(Path folder, String name) throws UpdateException {
		Path file = folder.resolve(name).normalize();
		if (!Jars.safeName(name) || !file.startsWith(folder.normalize())) {
			throw new UpdateException(NLS.bind(Messages.unsafeName, name));
		}
		return file;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Format readUsable(Path file) throws UpdateException {
		FormatResolver.CheckedFormat checked = readFormat(file);
		if (!checked.usable()) {
			throw new UpdateException(NLS.bind(Messages.formatNotUsable, file.getFileName()));
		}
		return checked.format();
	}

	/**
	 * Installs an update: downloads its jar, checks size and SHA-256, writes it atomically into {@code updates/},
	 * extracts it, and makes it the active version (the one active before becomes the previous). On any problem
	 * nothing is installed and the active version stays.
	 *
	 * @return the version now active
	 */
	public InstalledFormat install(Update update) throws UpdateException {
		Optional<InstalledFormat> known = installed.version(update.formatId(), update.version());
		InstalledFormat format;
		if (known.isPresent()) {
			format = known.get();
		} else {
			byte[] jar = download(update.repository(), update.artifact(), update.formatId());
			Path target = inside(installed.updatesFolder(), update.artifact().id() + "_" + update.artifact().version() + ".jar");
			try {
				AtomicFiles.write(target, out -> out.write(jar));
			} catch (IOException e) {
				throw new UpdateException(NLS.bind(Messages.diskProblem, installed.updatesFolder(), e.getMessage()), e);
			}
			try {
				format = installed.extract(target);
				readUsable(format.formatFile());
			} catch (UpdateException e) {
				remove(target);
				throw e;
			}
		}
		installed.activate(update.formatId(), format.version(), update.installedVersion());
		return format;
	}

	private void remove(Path jar) {
		try {
			Files.deleteIfExists(jar);
		} catch (IOException e) {
			// left behind: it is read again, and left out again, at the next start
		}
	}

	/**
	 * Makes the previous version of a format active again; the version active until now becomes the previous
	 * (so that it can be made active again). Documents already migrated keep their version: it stays installed.
	 *
	 * @return the version now active
	 * @throws UpdateException when there is no previous version, or the state cannot be written
	 */
	public InstalledFormat rollback(String formatId) throws UpdateException {
		Optional<InstalledFormat> previous = installed.previous(formatId);
		Optional<InstalledFormat> active = installed.active(formatId);
		if (previous.isEmpty() || active.isEmpty()) {
			throw new UpdateException(NLS.bind(Messages.noPrevious, formatId));
		}
		// pinned: a newer shipped bundle does not take over again until the editor ships a still newer one
		installed.activate(formatId, previous.get().version(), active.get().version(),
				installed.newestShipped(formatId).orElse(null));
		return previous.get();
	}

	/** {@link #migrate} for every document ({@code *.opp}) directly in a folder. */
	public MigrationReport migrateFolder(Path folder, InstalledFormat target) {
		try (Stream<Path> files = Files.list(folder)) {
			return migrate(files.filter(f -> f.getFileName().toString().endsWith("." + Documents.EXTENSION)).sorted()
					.toList(), target);
		} catch (IOException e) {
			return new MigrationReport(List.of(new MigrationReport.Entry(folder, "", target.version(), List.of(), List.of(),
					e.getMessage())));
		}
	}

	/**
	 * Moves the documents of {@code target}'s format with an older version to {@code target}; the others are left
	 * alone and not reported. Each migrated document is saved atomically, its old version kept as {@code .bak}.
	 */
	public MigrationReport migrate(List<Path> documents, InstalledFormat target) {
		List<MigrationReport.Entry> entries = new ArrayList<>();
		FormatResolver.CheckedFormat checked = resolver.read(target.formatFile());
		for (Path file : documents) {
			String[] idAndVersion = formatOf(file);
			if (idAndVersion == null || !idAndVersion[0].equals(target.id())
					|| Versions.compare(idAndVersion[1], target.version()) >= 0) {
				continue;
			}
			if (!checked.usable()) {
				entries.add(new MigrationReport.Entry(file, idAndVersion[1], target.version(), List.of(), List.of(),
						NLS.bind(Messages.formatNotUsable, target.formatFile().getFileName())));
				continue;
			}
			FormatResolver.Resolution resolution = resolver.resolve(file, null);
			if (resolution.format() == null) {
				entries.add(new MigrationReport.Entry(file, idAndVersion[1], target.version(), List.of(), List.of(),
						resolution.problem().message()));
				continue;
			}
			// the lock before loading: a document open in an editor is skipped, never loaded and written over
			DocumentLocks.Result locked;
			try {
				locked = DocumentLocks.acquire(file, "OPP Studio, formaten bijwerken");
			} catch (IOException e) {
				entries.add(new MigrationReport.Entry(file, idAndVersion[1], target.version(), List.of(), List.of(),
						NLS.bind(Messages.diskProblem, file.toAbsolutePath().getParent(), e.getMessage())));
				continue;
			}
			if (!locked.acquired() && !locked.holder().isThisProcess()) {
				entries.add(new MigrationReport.Entry(file, idAndVersion[1], target.version(), List.of(), List.of(),
						NLS.bind(Messages.documentInUse, locked.holder().describe())));
				continue;
			}
			try (DocumentLocks.Lock lock = locked.lock()) {
				entries.add(migrateFile(file, Documents.load(file, resolution.format()), checked.format()));
			} catch (DocumentException e) {
				entries.add(new MigrationReport.Entry(file, idAndVersion[1], target.version(), List.of(), List.of(),
						e.getMessage()));
			}
		}
		return new MigrationReport(List.copyOf(entries));
	}

	/**
	 * Migrates one loaded document to a new format version and saves it atomically (the old version stays as
	 * {@code FILE.bak}); when saving fails, the file is unchanged and the entry says why.
	 */
	public static MigrationReport.Entry migrateFile(Path file, OppDocument document, Format newFormat) {
		return migrateAndSave(file, document, newFormat, OffsetDateTime.now()).entry();
	}

	/**
	 * A document migrated and saved: the report's entry, and the migrated document (the one given when saving failed).
	 */
	public record Migrated(MigrationReport.Entry entry, OppDocument document) {
	}

	/**
	 * As {@link #migrateFile}, with the time recorded in the document's log, and the migrated document (for a
	 * window that shows it).
	 */
	public static Migrated migrateAndSave(Path file, OppDocument document, Format newFormat, OffsetDateTime at) {
		String from = document.format().getVersion();
		// a document open elsewhere (another editor, a command) is not written over; this program's own lock
		// (the editor's tab, or migrate above) is fine
		DocumentLocks.Result locked;
		try {
			locked = DocumentLocks.acquire(file, "OPP Studio, formaten bijwerken");
		} catch (IOException e) {
			return new Migrated(new MigrationReport.Entry(file, from, newFormat.getVersion(), List.of(), List.of(),
					NLS.bind(Messages.diskProblem, file.toAbsolutePath().getParent(), e.getMessage())), document);
		}
		if (!locked.acquired() && !locked.holder().isThisProcess()) {
			return new Migrated(new MigrationReport.Entry(file, from, newFormat.getVersion(), List.of(), List.of(),
					NLS.bind(Messages.documentInUse, locked.holder().describe())), document);
		}
		Migration.Result result = Migration.migrate(document, newFormat, at);
		try (DocumentLocks.Lock lock = locked.lock()) {
			Documents.save(result.document(), file);
		} catch (IOException e) {
			return new Migrated(new MigrationReport.Entry(file, from, newFormat.getVersion(), List.of(), List.of(),
					NLS.bind(Messages.diskProblem, file.toAbsolutePath().getParent(), e.getMessage())), document);
		}
		return new Migrated(new MigrationReport.Entry(file, from, newFormat.getVersion(), result.moved(), result.archived(),
				null), result.document());
	}

	/** The format id and version a document names, or {@code null}. */
	private static String[] formatOf(Path document) {
		try {
			Optional<String> namespace = FormatResolver.namespaceOf(document);
			if (namespace.isEmpty()) {
				return null;
			}
			String rest = namespace.get().substring("urn:oppstudio:format:".length());
			int colon = rest.lastIndexOf(':');
			return colon < 0 ? null : new String[] { rest.substring(0, colon), rest.substring(colon + 1) };
		} catch (IOException e) {
			return null;
		}
	}
}
