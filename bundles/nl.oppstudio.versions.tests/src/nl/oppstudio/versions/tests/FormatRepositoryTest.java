package nl.oppstudio.versions.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.FormatDiff.Impact;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.versions.FormatRepository;
import nl.oppstudio.versions.FormatRepository.FileState;
import nl.oppstudio.versions.FormatRepository.FormatChanges;
import nl.oppstudio.versions.FormatRepository.PublishPlan;
import nl.oppstudio.versions.FormatRepository.Step;
import nl.oppstudio.versions.FormatRepository.StepKind;
import nl.oppstudio.versions.FormatRepository.Version;
import nl.oppstudio.versions.VersionException;

/** Formats in git on temporary repositories made from the example formats and documents. */
class FormatRepositoryTest {

	static final String ID = "swv-voorbeeld-opp";
	static final String SCHOOL = "\t\tveld school \"School\": tekst verplicht\n";

	@TempDir
	Path temp;

	/** A folder with the example formats, the logo and two documents (not yet a repository). */
	static Path examples(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (Path format : Examples.all("oppformat")) {
			Files.copy(format, folder.resolve(format.getFileName()));
		}
		Files.copy(Examples.file("logo-swv-voorbeeld.svg"), folder.resolve("logo-swv-voorbeeld.svg"));
		Files.copy(Examples.file(Examples.DOCUMENT), folder.resolve(Examples.DOCUMENT));
		Files.copy(Examples.file("swv-po-opp-1-4-daan.opp"), folder.resolve("swv-po-opp-1-4-daan.opp"));
		return folder;
	}

	static Path format(Path folder) {
		return folder.resolve(Examples.FORMAT);
	}

	static void edit(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertTrue(text.contains(from), from);
		Files.writeString(file, text.replace(from, to));
	}

	static String commit(Path folder, String message) throws Exception {
		try (Git git = Git.open(folder.toFile())) {
			git.add().addFilepattern(".").call();
			return git.commit().setMessage(message).call().name();
		}
	}

	static String head(Path folder) throws IOException {
		try (Repository repository = Git.open(folder.toFile()).getRepository()) {
			return repository.resolve(Constants.HEAD).name();
		}
	}

	static List<String> tags(Path folder) throws Exception {
		try (Git git = Git.open(folder.toFile())) {
			return git.tagList().call().stream().map(r -> Repository.shortenRefName(r.getName())).toList();
		}
	}

	@Test
	void startMakesARepositoryWithIgnoreAndFirstCommit() throws Exception {
		Path folder = examples(temp.resolve("map"));
		Files.writeString(folder.resolve("sem.pdf"), "pdf");
		Files.writeString(folder.resolve("sem-de-vries.opp.bak"), "oud");
		assertTrue(FormatRepository.open(folder).isEmpty());
		try (FormatRepository repository = FormatRepository.start(folder)) {
			assertEquals(folder.toRealPath(), repository.root().toRealPath());
			assertTrue(repository.states(folder).isEmpty(), "everything committed or ignored: " + repository.states(folder));
		}
		String ignore = Files.readString(folder.resolve(".gitignore"));
		assertTrue(ignore.contains("*.pdf") && ignore.contains("*.bak") && ignore.contains(".*.herstel"), ignore);
		try (Git git = Git.open(folder.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
			RevCommit first = walk.parseCommit(git.getRepository().resolve(Constants.HEAD));
			assertTrue(first.getFullMessage().startsWith("Versiebeheer gestart"), first.getFullMessage());
			assertNotNull(FormatRepository.read(format(folder), "HEAD"));
			assertThrows(VersionException.class, () -> FormatRepository.read(folder.resolve("sem.pdf"), "HEAD"));
		}
		VersionException again = assertThrows(VersionException.class, () -> FormatRepository.start(folder));
		assertTrue(again.getMessage().contains("al in versiebeheer"), again.getMessage());
		Files.createDirectories(folder.resolve("sub"));
		assertTrue(FormatRepository.open(folder.resolve("sub")).isPresent(), "found from a folder inside");
	}

	@Test
	void statusGroupsChangesByFormat() throws Exception {
		Path folder = examples(temp.resolve("map"));
		FormatRepository.start(folder).close();
		edit(format(folder), "\"Groep 8\"", "\"Groep acht\"");
		edit(folder.resolve(Examples.DOCUMENT), "Basisschool De Kastanje", "Basisschool De Eik");
		Files.copy(Examples.file("swv-po-opp-1-4-noor.opp"), folder.resolve("noor.opp"));
		Files.delete(folder.resolve("swv-po-opp-1-4-daan.opp"));
		Files.writeString(folder.resolve("notities.txt"), "niet van een formaat");
		try (FormatRepository repository = FormatRepository.open(folder).orElseThrow()) {
			List<FormatChanges> status = repository.status(folder);
			assertEquals(List.of("swv-po-opp-1-4", ID), status.stream().map(FormatChanges::formatId).toList());
			Map<String, FileState> voorbeeld = states(status.get(1));
			assertEquals(Map.of(Examples.FORMAT, FileState.CHANGED, Examples.DOCUMENT, FileState.CHANGED), voorbeeld);
			Map<String, FileState> po = states(status.get(0));
			assertEquals(Map.of("noor.opp", FileState.UNTRACKED, "swv-po-opp-1-4-daan.opp", FileState.REMOVED), po);
			assertEquals(FileState.UNTRACKED, repository.states(folder).get(folder.resolve("notities.txt").toAbsolutePath()));
			assertEquals("gewijzigd", FileState.CHANGED.label());
		}
	}

	private static Map<String, FileState> states(FormatChanges changes) {
		Map<String, FileState> states = new java.util.TreeMap<>();
		changes.files().forEach(f -> states.put(f.file().getFileName().toString(), f.state()));
		return states;
	}

	@Test
	void historyListsTheFormatsCommitsWithVersionAndTag() throws Exception {
		Path folder = examples(temp.resolve("map"));
		try (FormatRepository repository = FormatRepository.start(folder)) {
			repository.publish(format(folder), "0.2.0", "Eerste versie");
			edit(folder.resolve(Examples.DOCUMENT), "Basisschool De Kastanje", "Basisschool De Eik");
			commit(folder, "Alleen een document");
			edit(format(folder), "\"School\"", "\"Naam van de school\"");
			commit(folder, "Label van school");
			List<Version> history = repository.history(format(folder));
			// the first publication found the file committed as it was: its label is on the first commit
			assertEquals(List.of("Label van school", "Versiebeheer gestart: formaten en documenten van map"),
					history.stream().map(Version::message).toList());
			assertEquals(List.of(ID + "/v0.2.0"), history.get(1).tags());
			assertEquals(List.of(), history.get(0).tags());
			assertEquals("0.2.0", history.get(0).formatVersion());
			assertEquals(7, history.get(0).shortId().length());
			assertNotNull(history.get(0).when());
			assertFalse(history.get(0).author().isBlank());
		}
	}

	@Test
	void historyFollowsARename() throws Exception {
		Path folder = examples(temp.resolve("map"));
		FormatRepository.start(folder).close();
		Path renamed = folder.resolve("voorbeeld.oppformat");
		Files.move(format(folder), renamed);
		try (Git git = Git.open(folder.toFile())) {
			git.add().addFilepattern(".").call();
			git.rm().addFilepattern(Examples.FORMAT).call();
			git.commit().setMessage("Hernoemd").call();
		}
		try (FormatRepository repository = FormatRepository.open(folder).orElseThrow()) {
			List<Version> history = repository.history(renamed);
			assertEquals(2, history.size(), history.toString());
			assertEquals("0.2.0", history.get(1).formatVersion());
		}
	}

	@Test
	void diffOfTwoVersionsIsGroupedWithWhatItMeans() throws Exception {
		Path folder = examples(temp.resolve("map"));
		try (FormatRepository repository = FormatRepository.start(folder)) {
			String first = head(folder);
			String breaking = Files.readString(Examples.file("versies/swv-voorbeeld-opp-1.0.0.oppformat"))
					.replace("../logo-swv-voorbeeld.svg", "logo-swv-voorbeeld.svg");
			Files.writeString(format(folder), breaking);
			String second = commit(folder, "Versie 1.0.0");
			FormatRepository.DiffReport report = repository.diff(format(folder), first, second);
			assertEquals(Impact.BREAKING, report.result().worst());
			assertEquals(List.of(Impact.COMPATIBLE, Impact.NEEDS_MIGRATION, Impact.BREAKING),
					report.groups().stream().map(FormatRepository.DiffGroup::impact).toList());
			String text = report.text();
			assertTrue(text.contains("Brekend") && text.contains("leerling/school") && text.contains("archief"), text);
			assertTrue(text.contains("Vraagt migratie") && text.contains("afspraken"), text);
			assertNull(report.result().versionProblem());
			// against the working copy
			edit(format(folder), "\"Afspraken met ouders en leerling\"", "\"Afspraken\"");
			FormatRepository.DiffReport now = repository.diff(format(folder), second, null);
			assertEquals(Impact.COMPATIBLE, now.result().worst());
			assertEquals("huidige tekst", now.to());
			assertThrows(VersionException.class, () -> repository.diff(format(folder), "geen-versie", null));
		}
	}

	@Test
	void publishCommitsOnlyTheFormatAndTagsIt() throws Exception {
		Path folder = examples(temp.resolve("map"));
		try (FormatRepository repository = FormatRepository.start(folder)) {
			assertEquals("0.2.0", repository.proposeVersion(format(folder)));
			FormatRepository.Published first = repository.publish(format(folder), "0.2.0", "Eerste versie");
			assertEquals(ID + "/v0.2.0", first.tag());
			// a compatible change, and a document changed beside it that is not part of the publication
			edit(format(folder), "\"School\"", "\"Naam van de school\"");
			edit(folder.resolve(Examples.DOCUMENT), "Basisschool De Kastanje", "Basisschool De Eik");
			assertEquals("0.2.1", repository.proposeVersion(format(folder)));
			PublishPlan plan = repository.plan(format(folder), "0.2.1", "Label van school");
			assertTrue(plan.allowed(), plan.steps().toString());
			assertEquals(5, plan.steps().size());
			FormatRepository.Published published = repository.publish(format(folder), "0.2.1", "Label van school");
			assertEquals(ID + "/v0.2.1", published.tag());
			assertEquals(published.commitId(), head(folder));
			assertTrue(tags(folder).containsAll(List.of(ID + "/v0.2.0", ID + "/v0.2.1")));
			String text = Files.readString(format(folder));
			assertTrue(text.contains("versie \"0.2.1\"") && text.contains("\"Naam van de school\""), text);
			assertEquals(text, new String(FormatRepository.read(format(folder), ID + "/v0.2.1"), "UTF-8"));
			assertEquals(FileState.CHANGED, repository.states(folder).get(folder.resolve(Examples.DOCUMENT).toAbsolutePath()),
					"the document is not committed with the format");
			try (Git git = Git.open(folder.toFile())) {
				Ref tag = git.getRepository().getRefDatabase().peel(git.getRepository().exactRef("refs/tags/" + ID + "/v0.2.1"));
				assertEquals(published.commitId(), tag.getPeeledObjectId().name());
				RevCommit commit = git.getRepository().parseCommit(ObjectId.fromString(published.commitId()));
				assertEquals("Label van school", commit.getFullMessage().strip());
			}
		}
	}

	@Test
	void aBreakingChangeWithAMinorBumpIsRefusedAndNothingChanges() throws Exception {
		Path folder = examples(temp.resolve("map"));
		edit(format(folder), "versie \"0.2.0\"", "versie \"1.0.0\"");
		try (FormatRepository repository = FormatRepository.start(folder)) {
			repository.publish(format(folder), "1.0.0", "Versie 1");
			edit(format(folder), SCHOOL, "");
			byte[] before = Files.readAllBytes(format(folder));
			String head = head(folder);
			assertEquals("2.0.0", repository.proposeVersion(format(folder)));
			PublishPlan plan = repository.plan(format(folder), "1.1.0", "School weg");
			assertFalse(plan.allowed());
			Step version = FormatRepository.byKind(plan).get(StepKind.VERSION);
			assertFalse(version.ok());
			assertTrue(version.verdict().contains("nieuwe hoofdversie (2.0.0)"), version.verdict());
			assertTrue(FormatRepository.byKind(plan).get(StepKind.CHECK).ok());
			VersionException refused = assertThrows(VersionException.class,
					() -> repository.publish(format(folder), "1.1.0", "School weg"));
			assertTrue(refused.getMessage().startsWith("Publiceren geweigerd") && refused.getMessage().contains("hoofdversie"),
					refused.getMessage());
			assertArrayEquals(before, Files.readAllBytes(format(folder)));
			assertEquals(head, head(folder));
			assertEquals(List.of(ID + "/v1.0.0"), tags(folder));
			// the same change as a major version goes through
			assertTrue(repository.plan(format(folder), "2.0.0", "School weg").allowed());
		}
	}

	@Test
	void aFormatWithAnErrorIsRefused() throws Exception {
		Path folder = examples(temp.resolve("map"));
		try (FormatRepository repository = FormatRepository.start(folder)) {
			edit(format(folder), "tekst verplicht", "tekstt verplicht");
			byte[] before = Files.readAllBytes(format(folder));
			String head = head(folder);
			PublishPlan plan = repository.plan(format(folder), "0.3.0", "");
			Step check = FormatRepository.byKind(plan).get(StepKind.CHECK);
			assertFalse(check.ok());
			assertTrue(check.verdict().contains("fout") && check.verdict().contains(Examples.FORMAT), check.verdict());
			assertEquals(check.verdict(), plan.reason());
			assertThrows(VersionException.class, () -> repository.publish(format(folder), "0.3.0", ""));
			assertArrayEquals(before, Files.readAllBytes(format(folder)));
			assertEquals(head, head(folder));
			assertTrue(tags(folder).isEmpty());
			assertFalse(repository.plan(format(folder), "1.0", "").allowed(), "no version number");
		}
	}

	@Test
	void aRenameGetsAWasHintAndNeedsOnlyAMinorVersion() throws Exception {
		Path folder = examples(temp.resolve("map"));
		edit(format(folder), "versie \"0.2.0\"", "versie \"1.0.0\"");
		try (FormatRepository repository = FormatRepository.start(folder)) {
			repository.publish(format(folder), "1.0.0", "");
			edit(format(folder), "veld school \"School\"", "veld schoolnaam \"School\"");
			assertEquals("1.1.0", repository.proposeVersion(format(folder)));
			PublishPlan plan = repository.plan(format(folder), "1.1.0", "School hernoemd");
			assertTrue(plan.allowed(), plan.steps().toString());
			assertEquals(List.of("leerling/schoolnaam was leerling.school"), plan.renames());
			repository.publish(format(folder), "1.1.0", "School hernoemd");
			String text = Files.readString(format(folder));
			assertTrue(text.contains("veld schoolnaam \"School\": tekst verplicht was \"leerling.school\"\n"), text);
			assertTrue(text.contains("versie \"1.1.0\""), text);
			assertTrue(tags(folder).contains(ID + "/v1.1.0"));
		}
	}

	@Test
	void pullAndPushThroughABareRemote() throws Exception {
		Path remote = temp.resolve("remote.git");
		Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
		Path mine = examples(temp.resolve("mine"));
		try (FormatRepository repository = FormatRepository.start(mine)) {
			assertFalse(repository.hasRemote());
			assertThrows(VersionException.class, () -> repository.push(null));
			try (Git git = Git.open(mine.toFile())) {
				git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(remote.toUri().toString())).call();
				var config = git.getRepository().getConfig();
				config.setString("branch", "main", "remote", "origin");
				config.setString("branch", "main", "merge", "refs/heads/main");
				config.save();
			}
			repository.publish(format(mine), "0.2.0", "Eerste versie");
			assertTrue(repository.push((url, again) -> Optional.empty()).startsWith("Verstuurd"));
			assertEquals("Er was niets te versturen.", repository.push(null));
		}
		try (Git bare = Git.open(remote.toFile())) {
			assertNotNull(bare.getRepository().exactRef("refs/tags/" + ID + "/v0.2.0"));
			assertEquals(head(mine), bare.getRepository().resolve("refs/heads/main").name());
		}
		// a colleague's clone changes the format and pushes
		Path theirs = temp.resolve("theirs");
		try (Git git = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(theirs.toFile()).call()) {
			edit(format(theirs), "\"Groep 8\"", "\"Groep acht\"");
			commit(theirs, "Groep acht");
			git.push().call();
		}
		try (FormatRepository repository = FormatRepository.open(mine).orElseThrow()) {
			assertEquals("Opgehaald: 1 nieuwe versie(s).", repository.pull(null));
			assertTrue(Files.readString(format(mine)).contains("\"Groep acht\""));
			assertEquals("Alles is al bijgewerkt.", repository.pull(null));
			// both change the same line: refused, nothing changed
			edit(format(mine), "\"Groep acht\"", "\"Groep 8 (mijn)\"");
			commit(mine, "Mijn groep 8");
			try (Git git = Git.open(theirs.toFile())) {
				git.pull().call();
				edit(format(theirs), "\"Groep acht\"", "\"Groep 8 (hun)\"");
				commit(theirs, "Hun groep 8");
				git.push().call();
			}
			String head = head(mine);
			byte[] before = Files.readAllBytes(format(mine));
			VersionException conflict = assertThrows(VersionException.class, () -> repository.pull(null));
			assertTrue(conflict.getMessage().contains("Ophalen geweigerd") && conflict.getMessage().contains(Examples.FORMAT),
					conflict.getMessage());
			assertEquals(head, head(mine));
			assertArrayEquals(before, Files.readAllBytes(format(mine)));
			assertTrue(repository.states(mine).isEmpty(), repository.states(mine).toString());
		}
	}
}
