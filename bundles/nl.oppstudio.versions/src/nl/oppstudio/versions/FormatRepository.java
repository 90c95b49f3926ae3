package nl.oppstudio.versions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.FollowFilter;
import org.eclipse.jgit.revwalk.RenameCallback;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.FormatDiff;
import nl.oppstudio.document.FormatDiff.Impact;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.FormatHeader;
import nl.oppstudio.format.model.FormatPackage;
import nl.oppstudio.versions.internal.Messages;
import nl.oppstudio.versions.internal.RenameHints;
import nl.oppstudio.versions.internal.Semver;

/**
 * The git repository that holds a folder of formats and documents, seen by a format designer: what
 * changed per format, a format's history, what a new version means for documents, publishing a
 * version (check, version bump, {@code was} hints, commit, tag {@code FORMAT-ID/vX.Y.Z}), and pull and
 * push. JGit only: no git program is needed. Every refusal is a {@link VersionException} with a Dutch
 * reason, and leaves the repository and the files as they were. Not thread-safe: use one instance per
 * task and close it.
 */
public final class FormatRepository implements AutoCloseable {

	/** The state of a changed file. */
	public enum FileState {
		/** Added to version control, not yet committed. */
		NEW(Messages.stateNew),
		/** Changed since the last commit. */
		CHANGED(Messages.stateChanged),
		/** Gone since the last commit. */
		REMOVED(Messages.stateRemoved),
		/** Never put into version control. */
		UNTRACKED(Messages.stateUntracked),
		/** In conflict after a merge. */
		CONFLICT(Messages.stateConflict);

		private final String label;

		FileState(String label) {
			this.label = label;
		}

		/** Dutch, for users. */
		public String label() {
			return label;
		}
	}

	/** One changed format or document (absolute path). */
	public record FileChange(Path file, FileState state) {
	}

	/** The changed files of one format: its own file (if changed) and the documents that name its id. */
	public record FormatChanges(String formatId, List<FileChange> files) {
	}

	/**
	 * One commit in a format's history.
	 *
	 * @param id            the full commit id
	 * @param shortId       its first 7 characters
	 * @param tags          the tags on it, e.g. {@code swv-voorbeeld-opp/v1.0.0}
	 * @param formatVersion the version the format file said at that commit ({@code ""} if none)
	 */
	public record Version(String id, String shortId, ZonedDateTime when, String author, String message, List<String> tags,
			String formatVersion) {
	}

	/** The changes of one impact, with what they mean for existing documents (Dutch). */
	public record DiffGroup(Impact impact, String title, String meaning, List<FormatDiff.Change> changes) {
	}

	/**
	 * The semantic diff between two versions of a format, grouped compatible / vraagt migratie / brekend
	 * (empty groups left out).
	 */
	public record DiffReport(String from, String to, FormatDiff.Result result, List<DiffGroup> groups) {

		/** A readable Dutch list: a summary, then each group with its meaning and its changes. */
		public String text() {
			StringBuilder text = new StringBuilder();
			text.append(result.changes().isEmpty() ? Messages.diffNone
					: NLS.bind(Messages.diffSummary, new Object[] { result.changes().size(), result.oldVersion(),
							result.newVersion(), result.worst().label() }))
					.append('\n');
			for (DiffGroup group : groups) {
				text.append('\n').append(group.title()).append(" (").append(group.changes().size()).append(")\n");
				text.append("  ").append(group.meaning()).append('\n');
				for (FormatDiff.Change change : group.changes()) {
					text.append("  - ").append(change.path()).append(": ").append(change.description()).append('\n');
				}
			}
			return text.toString();
		}
	}

	/** The five steps of publishing. */
	public enum StepKind {
		CHECK, VERSION, RENAMES, COMMIT, TAG
	}

	/** A step of publishing with its verdict (Dutch) before anything is done. */
	public record Step(StepKind kind, String title, boolean ok, String verdict) {
	}

	/**
	 * What publishing would do, decided before anything is done: each step's verdict, the text the format
	 * file gets (the new version, the {@code was} hints), the tag, the message, and the renames found
	 * ({@code new/path was old.path}).
	 */
	public record PublishPlan(Path file, String formatId, String version, String message, String tag, List<Step> steps,
			String newText, List<String> renames) {

		/** {@code true} when every step may go ahead. */
		public boolean allowed() {
			return steps.stream().allMatch(Step::ok);
		}

		/** The verdict of the first step that fails, or {@code null}. */
		public String reason() {
			return steps.stream().filter(s -> !s.ok()).map(Step::verdict).findFirst().orElse(null);
		}
	}

	/** A published version: the commit and the tag. */
	public record Published(String commitId, String tag) {
	}

	/** A user name and password for a remote, kept in memory only. */
	public record Login(String user, char[] password) {
	}

	/** Asks the user for a login when a remote wants one; empty when they cancel. */
	@FunctionalInterface
	public interface CredentialsPrompt {
		/** {@code again} is {@code true} when an earlier login was refused. */
		Optional<Login> ask(String remote, boolean again);
	}

	private static final Pattern NAMESPACE = Pattern.compile("urn:oppstudio:format:([^:\"'\\s]+)");
	private static final String REMOTE = "origin";
	/** Logins of this session, by remote address; never written anywhere. */
	private static final Map<String, Login> LOGINS = new ConcurrentHashMap<>();
	/** What {@link #start} keeps out of version control: PDFs, the editor's backups and recovery files, temp files. */
	static final String GITIGNORE = """
			# OPP Studio: wat niet in versiebeheer hoort
			# PDF's worden opnieuw gemaakt uit formaat en document
			*.pdf
			# vorige versies na opslaan of migreren, herstelbestanden van de editor, tijdelijke bestanden
			*.bak
			.*.herstel
			*.tmp
			""";

	private final Repository repository;
	private final Git git;
	private final Path root;

	private FormatRepository(Repository repository) {
		this.repository = repository;
		this.git = new Git(repository);
		this.root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
	}

	/** The repository that holds {@code folder} (it or a folder above it), or empty when there is none. */
	public static Optional<FormatRepository> open(Path folder) throws VersionException {
		Path absolute = folder.toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.toFile());
		if (builder.getGitDir() == null) {
			return Optional.empty();
		}
		try {
			Repository repository = builder.build();
			if (repository.isBare()) {
				repository.close();
				return Optional.empty();
			}
			return Optional.of(new FormatRepository(repository));
		} catch (IOException e) {
			throw new VersionException(NLS.bind(Messages.gitFailed, technical(e)), e);
		}
	}

	/**
	 * "Versiebeheer starten": makes {@code folder} a repository, writes a {@code .gitignore} for what is
	 * not versioned ({@link #GITIGNORE}; an existing one is kept) and commits its formats and documents.
	 * Refused when the folder is already in a repository.
	 */
	public static FormatRepository start(Path folder) throws VersionException {
		Path absolute = folder.toAbsolutePath().normalize();
		Optional<FormatRepository> existing = open(absolute);
		if (existing.isPresent()) {
			existing.get().close();
			throw new VersionException(NLS.bind(Messages.alreadyRepository, absolute));
		}
		try {
			Path ignore = absolute.resolve(".gitignore");
			if (!Files.exists(ignore)) {
				AtomicFiles.write(ignore, out -> out.write(GITIGNORE.getBytes(StandardCharsets.UTF_8)));
			}
			Git git = Git.init().setDirectory(absolute.toFile()).setInitialBranch("main").call();
			git.add().addFilepattern(".").call();
			git.commit().setMessage(NLS.bind(Messages.startMessage, absolute.getFileName())).setAllowEmpty(true).call();
			return new FormatRepository(git.getRepository());
		} catch (IOException | GitAPIException e) {
			throw new VersionException(NLS.bind(Messages.gitFailed, technical(e)), e);
		}
	}

	/** The bytes of {@code file} at {@code revision} (a commit, tag, branch or {@code HEAD~2}) of its repository. */
	public static byte[] read(Path file, String revision) throws VersionException {
		Path absolute = file.toAbsolutePath().normalize();
		try (FormatRepository repository = open(absolute.getParent())
				.orElseThrow(() -> new VersionException(NLS.bind(Messages.notInRepository, file)))) {
			return repository.contentAt(absolute, revision);
		}
	}

	/** The root of the working tree. */
	public Path root() {
		return root;
	}

	/** The bytes of {@code file} at {@code revision}. */
	public byte[] contentAt(Path file, String revision) throws VersionException {
		try (RevWalk walk = new RevWalk(repository)) {
			ObjectId id = repository.resolve(revision);
			if (id == null) {
				throw new VersionException(NLS.bind(Messages.noSuchRevision, revision));
			}
			RevCommit commit = walk.parseCommit(id);
			Optional<byte[]> content = blob(commit, relative(file));
			if (content.isEmpty()) {
				content = renamedFormat(commit, file);
			}
			return content.orElseThrow(
					() -> new VersionException(NLS.bind(Messages.notInRevision, relative(file), revision)));
		} catch (IOException e) {
			throw new VersionException(NLS.bind(Messages.gitFailed, technical(e)), e);
		}
	}

	/**
	 * A format file that was at another path in {@code commit} (renamed or moved since): the
	 * {@code .oppformat} in that commit's tree whose header has the id the file has now.
	 */
	private Optional<byte[]> renamedFormat(RevCommit commit, Path file) throws IOException {
		if (!file.getFileName().toString().endsWith("." + FormatHeader.EXTENSION) || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Optional<String> id = FormatHeader.read(file).map(FormatHeader::id);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		try (TreeWalk tree = new TreeWalk(repository); ObjectReader reader = repository.newObjectReader()) {
			tree.addTree(commit.getTree());
			tree.setRecursive(true);
			tree.setFilter(org.eclipse.jgit.treewalk.filter.PathSuffixFilter.create("." + FormatHeader.EXTENSION));
			while (tree.next()) {
				byte[] bytes = reader.open(tree.getObjectId(0)).getBytes();
				if (FormatHeader.parse(new String(bytes, StandardCharsets.UTF_8)).map(FormatHeader::id)
						.filter(id.get()::equals).isPresent()) {
					return Optional.of(bytes);
				}
			}
		}
		return Optional.empty();
	}

	// ---------------------------------------------------------------- status

	/** The state of each changed file under {@code folder} (absolute paths), every kind of file. */
	public Map<Path, FileState> states(Path folder) throws VersionException {
		Status status = gitStatus(folder);
		Map<Path, FileState> states = new TreeMap<>();
		status.getUntracked().forEach(p -> states.put(root.resolve(p), FileState.UNTRACKED));
		status.getAdded().forEach(p -> states.put(root.resolve(p), FileState.NEW));
		status.getChanged().forEach(p -> states.put(root.resolve(p), FileState.CHANGED));
		status.getModified().forEach(p -> states.put(root.resolve(p), FileState.CHANGED));
		status.getMissing().forEach(p -> states.put(root.resolve(p), FileState.REMOVED));
		status.getRemoved().forEach(p -> states.put(root.resolve(p), FileState.REMOVED));
		status.getConflicting().forEach(p -> states.put(root.resolve(p), FileState.CONFLICT));
		return states;
	}

	/**
	 * The changed formats and documents under {@code folder}, grouped by format id (documents by the id
	 * their namespace names; a removed file by what it was at the last commit), sorted by id; in a group
	 * the format file first, then the documents by name.
	 */
	public List<FormatChanges> status(Path folder) throws VersionException {
		Map<String, List<FileChange>> groups = new TreeMap<>();
		for (Map.Entry<Path, FileState> entry : states(folder).entrySet()) {
			Path file = entry.getKey();
			String name = file.getFileName().toString();
			String id;
			if (name.endsWith("." + FormatHeader.EXTENSION)) {
				id = FormatHeader.parse(text(file, entry.getValue()))
						.map(FormatHeader::id).orElse(name.substring(0, name.length() - FormatHeader.EXTENSION.length() - 1));
			} else if (name.endsWith(".opp")) {
				Matcher m = NAMESPACE.matcher(text(file, entry.getValue()));
				id = m.find() ? m.group(1) : Messages.noFormat;
			} else {
				continue;
			}
			groups.computeIfAbsent(id, k -> new ArrayList<>()).add(new FileChange(file, entry.getValue()));
		}
		// the format's own file first, then its documents by name
		Comparator<FileChange> order = Comparator.comparing((FileChange c) -> c.file().getFileName().toString()
				.endsWith("." + FormatHeader.EXTENSION) ? 0 : 1).thenComparing(c -> c.file().getFileName().toString());
		return groups.entrySet().stream()
				.map(e -> new FormatChanges(e.getKey(), e.getValue().stream().sorted(order).toList())).toList();
	}

	private Status gitStatus(Path folder) throws VersionException {
		try {
			var command = git.status();
			String path = relativeOrEmpty(folder);
			if (!path.isEmpty()) {
				command.addPath(path);
			}
			return command.call();
		} catch (GitAPIException | RuntimeException e) {
			throw new VersionException(NLS.bind(Messages.gitFailed, technical(e)), e);
		}
	}

	/** The first 64 KB of a file as it is, or for a removed one as it was at HEAD. */
	private String text(Path file, FileState state) {
		try {
			byte[] bytes;
			if (state == FileState.REMOVED) {
				bytes = contentAt(file, Constants.HEAD);
			} else {
				try (var in = Files.newInputStream(file)) {
					bytes = in.readNBytes(64 * 1024);
				}
			}
			return new String(bytes, StandardCharsets.UTF_8);
		} catch (IOException | VersionException e) {
			return "";
		}
	}

	// ---------------------------------------------------------------- history

	/** The commits that changed {@code formatFile}, newest first, following renames of the file. */
	public List<Version> history(Path formatFile) throws VersionException {
		List<Version> versions = new ArrayList<>();
		try (RevWalk walk = new RevWalk(repository)) {
			ObjectId head = repository.resolve(Constants.HEAD);
			if (head == null) {
				return versions;
			}
			Map<ObjectId, List<String>> tags = tagsByCommit();
			String[] path = { relative(formatFile) };
			String[] renamedFrom = { null };
			FollowFilter follow = FollowFilter.create(path[0], repository.getConfig().get(DiffConfig.KEY));
			follow.setRenameCallback(new RenameCallback() {
				@Override
				public void renamed(DiffEntry entry) {
					renamedFrom[0] = entry.getOldPath();
				}
			});
			walk.setTreeFilter(follow);
			walk.markStart(walk.parseCommit(head));
			for (RevCommit commit : walk) {
				// the commit that renamed the file holds the new path; the callback already named the old one
				Optional<byte[]> content = blob(commit, path[0]);
				if (content.isEmpty() && renamedFrom[0] != null) {
					content = blob(commit, renamedFrom[0]);
				}
				if (renamedFrom[0] != null && blob(commit, path[0]).isEmpty()) {
					path[0] = renamedFrom[0];
					renamedFrom[0] = null;
				}
				String formatVersion = content.flatMap(c -> FormatHeader.parse(new String(c, StandardCharsets.UTF_8)))
						.map(FormatHeader::version).orElse("");
				versions.add(new Version(commit.name(), commit.abbreviate(7).name(),
						commit.getAuthorIdent().getWhenAsInstant().atZone(commit.getAuthorIdent().getZoneId()),
						commit.getAuthorIdent().getName(), commit.getFullMessage().strip(),
						tags.getOrDefault(commit.getId(), List.of()), formatVersion));
			}
		} catch (IOException | RuntimeException e) {
			throw new VersionException(NLS.bind(Messages.gitFailed, technical(e)), e);
		}
		return versions;
	}

	private Map<ObjectId, List<String>> tagsByCommit() throws IOException {
		Map<ObjectId, List<String>> tags = new HashMap<>();
		for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
			Ref peeled = repository.getRefDatabase().peel(ref);
			ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
			tags.computeIfAbsent(target, k -> new ArrayList<>()).add(Repository.shortenRefName(ref.getName()));
		}
		tags.values().forEach(list -> list.sort(Comparator.naturalOrder()));
		return tags;
	}

	// ---------------------------------------------------------------- diff

	/**
	 * What {@code to} means for documents of {@code from}: revisions of {@code formatFile} (commit, tag
	 * …); {@code to == null} is the file as it is now. Refused when a version cannot be read or has errors.
	 */
	public DiffReport diff(Path formatFile, String from, String to) throws VersionException {
		LoadedFormat older = load(formatFile, from, contentAt(formatFile, from));
		LoadedFormat newer = load(formatFile, to, to == null ? readFile(formatFile) : contentAt(formatFile, to));
		return report(from, to == null ? Messages.workingCopy : to, FormatDiff.compare(older.format(), newer.format()));
	}

	private static DiffReport report(String from, String to, FormatDiff.Result result) {
		List<DiffGroup> groups = new ArrayList<>();
		for (Impact impact : Impact.values()) {
			List<FormatDiff.Change> changes = result.changes().stream().filter(c -> c.impact() == impact).toList();
			if (!changes.isEmpty()) {
				groups.add(switch (impact) {
				case COMPATIBLE -> new DiffGroup(impact, Messages.groupCompatible, Messages.meaningCompatible, changes);
				case NEEDS_MIGRATION -> new DiffGroup(impact, Messages.groupMigration, Messages.meaningMigration, changes);
				case BREAKING -> new DiffGroup(impact, Messages.groupBreaking, Messages.meaningBreaking, changes);
				});
			}
		}
		return new DiffReport(from, to, result, List.copyOf(groups));
	}

	private static LoadedFormat load(Path file, String revision, byte[] content) throws VersionException {
		Path name = revision == null ? file : Path.of(file + "@" + revision);
		LoadedFormat loaded = FormatLoader.create(null).load(name, content);
		if (!loaded.isUsable()) {
			throw new VersionException(firstErrors(loaded));
		}
		return loaded;
	}

	private static String firstErrors(LoadedFormat loaded) {
		List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
		return NLS.bind(Messages.checkErrors, errors.size(), errors.isEmpty() ? "" : errors.get(0).toString());
	}

	// ---------------------------------------------------------------- publish

	/** The last published tag of a format ({@code ID/vX.Y.Z} with the highest version), if any. */
	public Optional<String> lastPublished(String formatId) throws VersionException {
		try {
			Semver best = null;
			String tag = null;
			for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS + formatId + "/v")) {
				String name = Repository.shortenRefName(ref.getName());
				Optional<Semver> version = Semver.parse(name.substring(formatId.length() + 2));
				if (version.isPresent() && (best == null || version.get().compareTo(best) > 0)) {
					best = version.get();
					tag = name;
				}
			}
			return Optional.ofNullable(tag);
		} catch (IOException e) {
			throw new VersionException(NLS.bind(Messages.gitFailed, technical(e)), e);
		}
	}

	/**
	 * The version to propose for publishing the file as it is now: after the last published one, a major
	 * bump for a breaking change (minor before 1.0.0), minor for one that needs migration, else patch; the
	 * file's own version at a first publication.
	 */
	public String proposeVersion(Path formatFile) throws VersionException {
		byte[] now = readFile(formatFile);
		String text = new String(now, StandardCharsets.UTF_8);
		Optional<FormatHeader> header = FormatHeader.parse(text);
		Optional<String> last = header.isEmpty() ? Optional.empty() : lastPublished(header.get().id());
		if (last.isEmpty()) {
			return header.flatMap(h -> Semver.parse(h.version())).map(Semver::toString).orElse("1.0.0");
		}
		Semver previous = Semver.parse(last.get().substring(last.get().lastIndexOf("/v") + 2)).orElseThrow();
		Impact worst = Impact.COMPATIBLE;
		try {
			LoadedFormat older = load(formatFile, last.get(), contentAt(formatFile, last.get()));
			LoadedFormat newer = load(formatFile, null, now);
			List<RenameHints.Hint> hints = RenameHints.find(older.format(), newer.format());
			if (!hints.isEmpty()) {
				newer = load(formatFile, null, RenameHints.apply(text, hints).getBytes(StandardCharsets.UTF_8));
			}
			worst = FormatDiff.compare(older.format(), newer.format()).worst();
		} catch (VersionException e) {
			// an unusable version: propose the smallest step; the plan says what is wrong
		}
		Semver next = switch (worst) {
		case BREAKING -> previous.major() == 0 ? previous.nextMinor() : previous.nextMajor();
		case NEEDS_MIGRATION -> previous.nextMinor();
		case COMPATIBLE -> previous.nextPatch();
		};
		return next.toString();
	}

	/**
	 * Decides, without changing anything, what publishing {@code formatFile} (as it is on disk) as
	 * {@code version} would do: 1. check the format, 2. the version bump against the last published
	 * version, 3. the {@code was} hints, 4. the commit with {@code message} (a default when blank), 5. the
	 * tag. The file gets the new version in its {@code versie}: the published text says what it is.
	 */
	public PublishPlan plan(Path formatFile, String version, String message) throws VersionException {
		Path file = formatFile.toAbsolutePath().normalize();
		String text = new String(readFile(file), StandardCharsets.UTF_8);
		List<Step> steps = new ArrayList<>();
		Optional<FormatHeader> header = FormatHeader.parse(text);
		String id = header.map(FormatHeader::id).orElse("");
		Optional<Semver> semver = Semver.parse(version);
		String tag = id + "/v" + semver.map(Semver::toString).orElse(version == null ? "" : version.strip());
		String commitMessage = message == null || message.isBlank()
				? NLS.bind(Messages.defaultMessage, id, semver.map(Semver::toString).orElse(version))
				: message.strip();
		// 1. check
		LoadedFormat loaded = header.isEmpty() ? null : FormatLoader.create(null).load(file, text.getBytes(StandardCharsets.UTF_8));
		boolean checked = loaded != null && loaded.isUsable();
		if (loaded == null) {
			steps.add(new Step(StepKind.CHECK, Messages.stepCheck, false, Messages.checkNoFormat));
		} else if (!checked) {
			steps.add(new Step(StepKind.CHECK, Messages.stepCheck, false, firstErrors(loaded)));
		} else {
			long warnings = loaded.diagnostics().stream().filter(d -> d.severity() == nl.oppstudio.core.Severity.WARNING).count();
			steps.add(new Step(StepKind.CHECK, Messages.stepCheck, true,
					warnings == 0 ? Messages.checkOk : NLS.bind(Messages.checkOkWarnings, warnings)));
		}
		// 2. version, with 3. the hints it depends on
		Optional<String> last = header.isEmpty() ? Optional.empty() : lastPublished(id);
		List<RenameHints.Hint> hints = List.of();
		String newText = text;
		String renames;
		if (semver.isEmpty()) {
			steps.add(new Step(StepKind.VERSION, Messages.stepVersion, false, NLS.bind(Messages.versionInvalid, version)));
			renames = Messages.renamesNone;
		} else if (!checked) {
			steps.add(new Step(StepKind.VERSION, Messages.stepVersion, false, Messages.versionNotChecked));
			renames = Messages.renamesNone;
		} else if (last.isEmpty()) {
			newText = withVersion(loaded, text, semver.get().toString());
			steps.add(new Step(StepKind.VERSION, Messages.stepVersion, true, NLS.bind(Messages.versionFirst, semver.get())));
			renames = Messages.renamesFirst;
		} else {
			Semver previous = Semver.parse(last.get().substring(id.length() + 2)).orElseThrow();
			LoadedFormat older;
			try {
				older = load(file, last.get(), contentAt(file, last.get()));
			} catch (VersionException e) {
				// the published version cannot be read (moved file, errors then): no bump can be checked
				older = null;
				steps.add(new Step(StepKind.VERSION, Messages.stepVersion, false,
						NLS.bind(Messages.versionProblem, last.get(), e.getMessage())));
			}
			hints = older == null ? List.of() : RenameHints.find(older.format(), loaded.format());
			String hinted = withVersion(loaded, text, semver.get().toString());
			LoadedFormat reloaded = FormatLoader.create(null).load(file, hinted.getBytes(StandardCharsets.UTF_8));
			// the hints are written into the text that already has its new version
			List<RenameHints.Hint> placed = older != null && reloaded.isUsable()
					? RenameHints.find(older.format(), reloaded.format()) : hints;
			newText = RenameHints.apply(hinted, placed);
			hints = placed;
			LoadedFormat result = FormatLoader.create(null).load(file, newText.getBytes(StandardCharsets.UTF_8));
			if (older == null) {
				// the step is already refused
			} else if (!result.isUsable()) {
				steps.add(new Step(StepKind.VERSION, Messages.stepVersion, false, firstErrors(result)));
			} else if (semver.get().compareTo(previous) <= 0) {
				steps.add(new Step(StepKind.VERSION, Messages.stepVersion, false, semver.get().equals(previous)
						? NLS.bind(Messages.versionPublished, semver.get(), last.get())
						: NLS.bind(Messages.versionNotHigher, semver.get(), previous)));
			} else {
				FormatDiff.Result diff = FormatDiff.compare(older.format(), result.format());
				steps.add(diff.versionProblem() != null
						? new Step(StepKind.VERSION, Messages.stepVersion, false,
								NLS.bind(Messages.versionProblem, last.get(), diff.versionProblem()))
						: new Step(StepKind.VERSION, Messages.stepVersion, true, NLS.bind(Messages.versionFits,
								new Object[] { last.get(), diff.changes().size(), diff.worst().label(), semver.get() })));
			}
			renames = hints.isEmpty() ? Messages.renamesNone
					: NLS.bind(Messages.renamesFound, String.join("; ", hints.stream()
							.map(h -> h.newPath() + " was " + h.wasValue()).toList()));
		}
		steps.add(new Step(StepKind.RENAMES, Messages.stepRenames, true, renames));
		// 4. commit
		RepositoryState state = repository.getRepositoryState();
		Set<String> conflicts = gitStatus(root).getConflicting();
		if (state != RepositoryState.SAFE) {
			steps.add(new Step(StepKind.COMMIT, Messages.stepCommit, false, NLS.bind(Messages.commitBusy, state.getDescription())));
		} else if (!conflicts.isEmpty()) {
			steps.add(new Step(StepKind.COMMIT, Messages.stepCommit, false, NLS.bind(Messages.commitConflicts, String.join(", ", conflicts))));
		} else if (changedBase(file, header).isPresent()) {
			steps.add(new Step(StepKind.COMMIT, Messages.stepCommit, false,
					NLS.bind(Messages.commitBaseChanged, changedBase(file, header).get())));
		} else {
			boolean same;
			try {
				same = committed(relative(file), newText);
			} catch (IOException e) {
				throw new VersionException(NLS.bind(Messages.gitFailed, technical(e)), e);
			}
			steps.add(new Step(StepKind.COMMIT, Messages.stepCommit, true, same ? Messages.commitSame
					: NLS.bind(Messages.commitOk, relative(file), commitMessage)));
		}
		// 5. tag
		boolean tagExists;
		try {
			tagExists = repository.exactRef(Constants.R_TAGS + tag) != null;
		} catch (IOException e) {
			throw new VersionException(NLS.bind(Messages.gitFailed, technical(e)), e);
		}
		steps.add(new Step(StepKind.TAG, Messages.stepTag, !tagExists && !id.isEmpty(),
				NLS.bind(tagExists ? Messages.tagExists : Messages.tagOk, tag)));
		return new PublishPlan(file, id, semver.map(Semver::toString).orElse(version), commitMessage, tag, List.copyOf(steps),
				newText, hints.stream().map(h -> h.newPath() + " was " + h.wasValue()).toList());
	}

	/**
	 * The first base of the format (following {@code breidt uit} through the formats of its folder) that
	 * has changes not yet committed, by file name: the published version would be built on a base that
	 * version control does not hold.
	 */
	private Optional<String> changedBase(Path file, Optional<FormatHeader> header) throws VersionException {
		Path folder = file.getParent();
		if (header.isEmpty() || header.get().baseId() == null || folder == null) {
			return Optional.empty();
		}
		Map<String, Path> formats = new HashMap<>();
		try (var files = Files.list(folder)) {
			files.filter(f -> f.getFileName().toString().endsWith("." + FormatHeader.EXTENSION))
					.forEach(f -> FormatHeader.read(f).ifPresent(h -> formats.putIfAbsent(h.id(), f.toAbsolutePath().normalize())));
		} catch (IOException e) {
			return Optional.empty(); // no bases to look at; the check step reports a missing base
		}
		Map<Path, FileState> states = states(folder);
		Set<String> seen = new HashSet<>();
		String baseId = header.get().baseId();
		while (baseId != null && seen.add(baseId) && formats.containsKey(baseId)) {
			Path base = formats.get(baseId);
			if (states.containsKey(base)) {
				return Optional.of(base.getFileName().toString());
			}
			baseId = FormatHeader.read(base).map(FormatHeader::baseId).orElse(null);
		}
		return Optional.empty();
	}

	/**
	 * Publishes as planned, after planning again (the file or repository may have changed): writes the
	 * file (atomically), commits only it, and tags the commit. Refused with the reason of the first step
	 * that fails; on any failure the file, the commit history and the tags are as they were.
	 */
	public Published publish(Path formatFile, String version, String message) throws VersionException {
		PublishPlan plan = plan(formatFile, version, message);
		if (!plan.allowed()) {
			throw new VersionException(NLS.bind(Messages.refused, plan.reason()));
		}
		Path file = plan.file();
		byte[] original = readFile(file);
		String path = relative(file);
		ObjectId head;
		try {
			head = repository.resolve(Constants.HEAD);
		} catch (IOException e) {
			throw new VersionException(NLS.bind(Messages.gitFailed, technical(e)), e);
		}
		RevCommit commit = null;
		boolean written = false;
		try {
			if (!plan.newText().equals(new String(original, StandardCharsets.UTF_8))) {
				AtomicFiles.write(file, out -> out.write(plan.newText().getBytes(StandardCharsets.UTF_8)));
				written = true;
			}
			RevCommit target;
			if (committed(path, plan.newText())) {
				// the file is as its last commit says: the label goes on that commit, nothing new to record
				try (RevWalk walk = new RevWalk(repository)) {
					target = walk.parseCommit(head);
				}
			} else {
				git.add().addFilepattern(path).call();
				commit = git.commit().setMessage(plan.message()).setOnly(path).call();
				target = commit;
			}
			git.tag().setName(plan.tag()).setObjectId(target).setAnnotated(true).setMessage(plan.message()).call();
			return new Published(target.name(), plan.tag());
		} catch (IOException | GitAPIException | RuntimeException e) {
			undo(path, file, original, written, head, commit);
			throw new VersionException(NLS.bind(Messages.publishFailed, technical(e)), e);
		}
	}

	/** Whether HEAD holds {@code path} with exactly {@code text}. */
	private boolean committed(String path, String text) throws IOException {
		ObjectId head = repository.resolve(Constants.HEAD);
		if (head == null) {
			return false;
		}
		try (RevWalk walk = new RevWalk(repository)) {
			return blob(walk.parseCommit(head), path).map(b -> java.util.Arrays.equals(b, text.getBytes(StandardCharsets.UTF_8)))
					.orElse(false);
		}
	}

	private void undo(String path, Path file, byte[] original, boolean written, ObjectId head, RevCommit commit) {
		try {
			if (commit != null && head != null) {
				git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.SOFT).setRef(head.name()).call();
			} else if (commit != null) {
				// the first commit of the repository: the branch did not exist before
				// (JGit does not delete the checked-out branch: HEAD names another one meanwhile)
				String branch = repository.getFullBranch();
				if (branch != null && branch.startsWith(Constants.R_HEADS)) {
					repository.updateRef(Constants.HEAD).link(Constants.R_HEADS + "oppstudio-ongedaan");
					org.eclipse.jgit.lib.RefUpdate delete = repository.updateRef(branch);
					delete.setForceUpdate(true);
					delete.delete();
					repository.updateRef(Constants.HEAD).link(branch);
				}
			}
			if (head != null) {
				git.reset().setRef(head.name()).addPath(path).call();
			}
			if (written) {
				AtomicFiles.write(file, out -> out.write(original));
			}
		} catch (IOException | GitAPIException | RuntimeException e) {
			// best effort: the reason of the failure is reported by the caller
		}
	}

	/** The format text with its {@code versie "…"} set to {@code version} (the node model says where). */
	private static String withVersion(LoadedFormat loaded, String text, String version) {
		var nodes = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(loaded.format(),
				FormatPackage.Literals.FORMAT__VERSION);
		if (nodes.isEmpty()) {
			return text;
		}
		var node = nodes.get(0);
		return text.substring(0, node.getOffset()) + "\"" + version + "\"" + text.substring(node.getEndOffset());
	}

	// ---------------------------------------------------------------- pull and push

	/** Whether the repository has a remote to pull from and push to. */
	public boolean hasRemote() {
		return repository.getConfig().getString("remote", REMOTE, "url") != null;
	}

	/**
	 * Fetches from the remote and merges its branch into the current one. Refused, with the working copy
	 * untouched, when the merge would conflict or would change files with uncommitted changes.
	 *
	 * @return a Dutch sentence on what happened
	 */
	public String pull(CredentialsPrompt prompt) throws VersionException {
		String url = remoteUrl();
		try {
			String branch = repository.getBranch();
			ObjectId head = repository.resolve(Constants.HEAD);
			if (branch == null || head == null) {
				throw new VersionException(Messages.noBranch);
			}
			withLogin(url, prompt, provider -> git.fetch().setRemote(REMOTE).setTagOpt(TagOpt.FETCH_TAGS)
					.setCredentialsProvider(provider).call());
			String merge = repository.getConfig().getString("branch", branch, "merge");
			String remoteBranch = merge != null ? Repository.shortenRefName(merge) : branch;
			ObjectId theirs = repository.resolve(Constants.R_REMOTES + REMOTE + "/" + remoteBranch);
			if (theirs == null || theirs.equals(head)) {
				return Messages.pullUpToDate;
			}
			try (RevWalk walk = new RevWalk(repository)) {
				RevCommit ours = walk.parseCommit(head);
				RevCommit incoming = walk.parseCommit(theirs);
				if (walk.isMergedInto(incoming, ours)) {
					return Messages.pullUpToDate;
				}
				ResolveMerger check = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
				if (!check.merge(ours, incoming)) {
					List<String> paths = new ArrayList<>(check.getMergeResults().keySet());
					paths.addAll(check.getFailingPaths() == null ? Set.of() : check.getFailingPaths().keySet());
					throw new VersionException(NLS.bind(Messages.pullConflict, String.join(", ", paths)));
				}
				Set<String> touched = changedPaths(ours, incoming);
				Status status = git.status().call();
				Set<String> dirty = new HashSet<>(status.getUncommittedChanges());
				dirty.addAll(status.getUntracked());
				dirty.retainAll(touched);
				if (!dirty.isEmpty()) {
					throw new VersionException(NLS.bind(Messages.pullDirty, String.join(", ", new java.util.TreeSet<>(dirty))));
				}
				int count = 0;
				for (RevCommit c : git.log().addRange(ours, incoming).call()) {
					count++;
				}
				MergeResult result = git.merge().include(incoming).setCommit(true)
						.setMessage(NLS.bind(Messages.pullMessage, shown(url))).call();
				if (!result.getMergeStatus().isSuccessful()) {
					throw new VersionException(NLS.bind(Messages.pullFailed, result.getMergeStatus()));
				}
				return NLS.bind(Messages.pullDone, count);
			}
		} catch (IOException | GitAPIException | RuntimeException e) {
			throw new VersionException(NLS.bind(Messages.pullFailed, technical(e)), e);
		}
	}

	/** The paths that differ between two commits. */
	private Set<String> changedPaths(RevCommit a, RevCommit b) throws IOException, GitAPIException {
		Set<String> paths = new HashSet<>();
		try (ObjectReader reader = repository.newObjectReader()) {
			CanonicalTreeParser oldTree = new CanonicalTreeParser(null, reader, a.getTree());
			CanonicalTreeParser newTree = new CanonicalTreeParser(null, reader, b.getTree());
			for (DiffEntry entry : git.diff().setOldTree(oldTree).setNewTree(newTree).call()) {
				paths.add(entry.getOldPath());
				paths.add(entry.getNewPath());
			}
		}
		paths.remove(DiffEntry.DEV_NULL);
		return paths;
	}

	/**
	 * Pushes the current branch and the tags to the remote.
	 *
	 * @return a Dutch sentence on what happened
	 */
	public String push(CredentialsPrompt prompt) throws VersionException {
		String url = remoteUrl();
		try {
			String branch = repository.getBranch();
			if (branch == null || repository.resolve(Constants.HEAD) == null) {
				throw new VersionException(Messages.noBranch);
			}
			Iterable<PushResult> results = withLogin(url, prompt, provider -> git.push().setRemote(REMOTE)
					.add(branch).setPushTags().setCredentialsProvider(provider).call());
			boolean sent = false;
			for (PushResult result : results) {
				for (RemoteRefUpdate update : result.getRemoteUpdates()) {
					switch (update.getStatus()) {
					case OK -> sent = true;
					case UP_TO_DATE -> {
					}
					case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new VersionException(
							NLS.bind(Messages.pushRejected, shown(url)));
					default -> throw new VersionException(NLS.bind(Messages.pushFailed,
							scrub(update.getRemoteName() + ": " + (update.getMessage() == null ? update.getStatus() : update.getMessage()))));
					}
				}
			}
			return sent ? NLS.bind(Messages.pushDone, shown(url)) : Messages.pushUpToDate;
		} catch (IOException | RuntimeException e) {
			throw new VersionException(NLS.bind(Messages.pushFailed, technical(e)), e);
		}
	}

	private String remoteUrl() throws VersionException {
		String url = repository.getConfig().getString("remote", REMOTE, "url");
		if (url == null) {
			throw new VersionException(Messages.pullNoRemote);
		}
		return url;
	}

	/** What needs a login. */
	private interface Remote<T> {
		T call(CredentialsProvider provider) throws GitAPIException;
	}

	/**
	 * Runs {@code action} with the session's login for {@code url}, asking one when the remote wants it and
	 * there is none, and asking again once when the remote refuses a login (a saved one or one just
	 * typed); the login is kept in memory for this session only.
	 */
	private static <T> T withLogin(String url, CredentialsPrompt prompt, Remote<T> action) throws VersionException {
		for (int attempt = 0;; attempt++) {
			boolean again = attempt > 0;
			Prompting provider = new Prompting(url, prompt, again);
			try {
				return action.call(provider);
			} catch (TransportException e) {
				if (provider.cancelled) {
					throw new VersionException(Messages.authCancelled, e);
				}
				if (provider.used && authProblem(e)) {
					LOGINS.remove(url);
					if (attempt == 0) {
						continue;
					}
					throw new VersionException(NLS.bind(Messages.authFailed, shown(url)), e);
				}
				throw new VersionException(NLS.bind(Messages.gitFailed, technical(e)), e);
			} catch (GitAPIException e) {
				throw new VersionException(NLS.bind(Messages.gitFailed, technical(e)), e);
			}
		}
	}

	private static boolean authProblem(TransportException e) {
		// the message starts with the address: look for words, not bare numbers (a port may hold "401")
		String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
		return text.contains("not authorized") || text.contains("authentication") || text.contains(" 401")
				|| text.contains(" 403") || text.contains("unauthorized") || text.contains("forbidden");
	}

	/** A remote address as users may see it: without a user name or password in it. */
	static String shown(String url) {
		try {
			return new URIish(url).setUser(null).setPass(null).toString();
		} catch (java.net.URISyntaxException e) {
			return scrub(url);
		}
	}

	private static final Pattern USER_INFO = Pattern.compile("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]*@");

	/** {@code text} with the user name and password taken out of every address in it. */
	static String scrub(String text) {
		return text == null ? "" : USER_INFO.matcher(text).replaceAll("$1");
	}

	/** The technical detail of a failure (JGit, the JDK) to put after a Dutch sentence, without passwords. */
	private static String technical(Throwable e) {
		String message = e.getMessage();
		return scrub(message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
	}

	/** Forgets every login of this session. */
	public static void forgetLogins() {
		LOGINS.values().forEach(login -> java.util.Arrays.fill(login.password(), '\0'));
		LOGINS.clear();
	}

	/** JGit's credentials, from the session or the prompt. */
	private static final class Prompting extends CredentialsProvider {
		private final String url;
		private final CredentialsPrompt prompt;
		private final boolean again;
		/** The login typed during this attempt: JGit may ask several times, the user is asked once. */
		private Login typed;
		/** A login (saved or typed) was given to the remote. */
		boolean used;
		boolean cancelled;

		Prompting(String url, CredentialsPrompt prompt, boolean again) {
			this.url = url;
			this.prompt = prompt;
			this.again = again;
		}

		@Override
		public boolean isInteractive() {
			return true;
		}

		@Override
		public boolean supports(CredentialItem... items) {
			for (CredentialItem item : items) {
				if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password)) {
					return false;
				}
			}
			return true;
		}

		@Override
		public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
			Login login = typed != null ? typed : again ? null : LOGINS.get(url);
			if (login == null) {
				Optional<Login> answer = prompt == null ? Optional.empty() : prompt.ask(shown(url), again);
				if (answer.isEmpty()) {
					cancelled = true;
					return false;
				}
				login = answer.get();
				typed = login;
				LOGINS.put(url, login);
			}
			used = true;
			for (CredentialItem item : items) {
				if (item instanceof CredentialItem.Username user) {
					user.setValue(login.user());
				} else if (item instanceof CredentialItem.Password password) {
					password.setValue(login.password().clone());
				} else {
					throw new UnsupportedCredentialItem(uri, item.getPromptText());
				}
			}
			return true;
		}
	}

	// ---------------------------------------------------------------- helpers

	private Optional<byte[]> blob(RevCommit commit, String path) throws IOException {
		try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
			if (tree == null) {
				return Optional.empty();
			}
			try (ObjectReader reader = repository.newObjectReader()) {
				return Optional.of(reader.open(tree.getObjectId(0)).getBytes());
			}
		}
	}

	private static byte[] readFile(Path file) throws VersionException {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new VersionException(NLS.bind(Messages.unreadable, file, e.getMessage()), e);
		}
	}

	/** The path of a file in the repository, with / (as git writes it). */
	private String relative(Path file) {
		return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	private String relativeOrEmpty(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		return absolute.equals(root) ? "" : relative(absolute);
	}

	@Override
	public void close() {
		git.close();
		repository.close();
	}

	/** For tests and the dialogs: the steps in their order, as a map of kind to step. */
	public static Map<StepKind, Step> byKind(PublishPlan plan) {
		Map<StepKind, Step> steps = new LinkedHashMap<>();
		plan.steps().forEach(step -> steps.put(step.kind(), step));
		return steps;
	}
}
