package nl.oppstudio.versions.tests;

import static nl.oppstudio.versions.tests.FormatRepositoryTest.ID;
import static nl.oppstudio.versions.tests.FormatRepositoryTest.commit;
import static nl.oppstudio.versions.tests.FormatRepositoryTest.edit;
import static nl.oppstudio.versions.tests.FormatRepositoryTest.examples;
import static nl.oppstudio.versions.tests.FormatRepositoryTest.format;
import static nl.oppstudio.versions.tests.FormatRepositoryTest.head;
import static nl.oppstudio.versions.tests.FormatRepositoryTest.tags;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.versions.FormatRepository;
import nl.oppstudio.versions.FormatRepository.FileState;
import nl.oppstudio.versions.FormatRepository.PublishPlan;
import nl.oppstudio.versions.FormatRepository.Step;
import nl.oppstudio.versions.FormatRepository.StepKind;
import nl.oppstudio.versions.VersionException;

/** Publishing and diffing in the cases the first version got wrong (review of issue 14). */
class PublishFixesTest {

	@TempDir
	Path temp;

	/** Makes {@code refs/tags/ID} a ref, so that creating the tag {@code ID/vX.Y.Z} fails after the commit. */
	static void blockTags(Path folder) throws Exception {
		try (Git git = Git.open(folder.toFile())) {
			Repository repository = git.getRepository();
			ObjectId blob;
			try (ObjectInserter inserter = repository.newObjectInserter()) {
				blob = inserter.insert(Constants.OBJ_BLOB, "blokkeert".getBytes(StandardCharsets.UTF_8));
				inserter.flush();
			}
			RefUpdate update = repository.updateRef(Constants.R_TAGS + ID);
			update.setNewObjectId(blob);
			assertEquals(RefUpdate.Result.NEW, update.update());
		}
	}

	static List<String> filesAt(Path folder, String commitId) throws Exception {
		List<String> files = new ArrayList<>();
		try (Git git = Git.open(folder.toFile()); RevWalk walk = new RevWalk(git.getRepository());
				TreeWalk tree = new TreeWalk(git.getRepository())) {
			RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
			tree.addTree(commit.getTree());
			tree.setRecursive(true);
			while (tree.next()) {
				files.add(tree.getPathString());
			}
		}
		return files;
	}

	@Test
	void diffAndPublishFollowARenamedFormat() throws Exception {
		Path folder = examples(temp.resolve("map"));
		Path renamed = folder.resolve("voorbeeld.oppformat");
		try (FormatRepository repository = FormatRepository.start(folder)) {
			repository.publish(format(folder), "0.2.0", "Eerste versie");
			Files.move(format(folder), renamed);
			try (Git git = Git.open(folder.toFile())) {
				git.add().addFilepattern(".").call();
				git.rm().addFilepattern(Examples.FORMAT).call();
				git.commit().setMessage("Hernoemd").call();
			}
			edit(renamed, "\"School\"", "\"Naam van de school\"");
			// the old versions are read from the path they had then
			FormatRepository.DiffReport report = repository.diff(renamed, ID + "/v0.2.0", null);
			assertEquals(1, report.result().changes().size(), report.text());
			assertEquals("0.2.1", repository.proposeVersion(renamed));
			PublishPlan plan = repository.plan(renamed, "0.2.1", "Label van school");
			assertTrue(plan.allowed(), plan.steps().toString());
			repository.publish(renamed, "0.2.1", "Label van school");
			assertTrue(tags(folder).contains(ID + "/v0.2.1"));
			// every version in the history can be compared with the text now
			for (FormatRepository.Version version : repository.history(renamed)) {
				repository.diff(renamed, version.id(), null);
			}
		}
	}

	@Test
	void aFirstPublicationInAnEmptyRepositoryCommitsOnlyTheFormat() throws Exception {
		Path folder = examples(temp.resolve("map"));
		try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(Examples.DOCUMENT).call(); // staged by someone, not part of the publication
		}
		try (FormatRepository repository = FormatRepository.open(folder).orElseThrow()) {
			FormatRepository.Published published = repository.publish(format(folder), "0.2.0", "");
			assertEquals(List.of(Examples.FORMAT), filesAt(folder, published.commitId()));
			assertEquals(FileState.NEW, repository.states(folder).get(folder.resolve(Examples.DOCUMENT).toAbsolutePath()));
		}
	}

	@Test
	void aFailedFirstPublicationLeavesNoCommit() throws Exception {
		Path folder = examples(temp.resolve("map"));
		Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call().close();
		blockTags(folder);
		byte[] before = Files.readAllBytes(format(folder));
		try (FormatRepository repository = FormatRepository.open(folder).orElseThrow()) {
			assertTrue(repository.plan(format(folder), "0.3.0", "").allowed());
			VersionException failed = assertThrows(VersionException.class,
					() -> repository.publish(format(folder), "0.3.0", ""));
			assertTrue(failed.getMessage().startsWith("Publiceren lukte niet; er is niets veranderd."), failed.getMessage());
		}
		try (Git git = Git.open(folder.toFile())) {
			assertNull(git.getRepository().resolve(Constants.HEAD), "the first commit is undone");
		}
		assertArrayEquals(before, Files.readAllBytes(format(folder)));
	}

	@Test
	void aFailedPublicationIsRolledBack() throws Exception {
		Path folder = examples(temp.resolve("map"));
		FormatRepository.start(folder).close();
		blockTags(folder);
		edit(format(folder), "\"School\"", "\"Naam van de school\"");
		byte[] before = Files.readAllBytes(format(folder));
		String head = head(folder);
		try (FormatRepository repository = FormatRepository.open(folder).orElseThrow()) {
			assertThrows(VersionException.class, () -> repository.publish(format(folder), "0.3.0", "Label"));
			assertEquals(head, head(folder));
			assertArrayEquals(before, Files.readAllBytes(format(folder)));
			assertEquals(List.of(ID), tags(folder));
			assertEquals(FileState.CHANGED, repository.states(folder).get(format(folder).toAbsolutePath()));
			try (Git git = Git.open(folder.toFile())) {
				assertTrue(git.status().call().getChanged().isEmpty(), "nothing left staged");
			}
		}
	}

	@Test
	void theTagAndTheCheckSayWhatIsPublished() throws Exception {
		Path folder = examples(temp.resolve("map"));
		try (FormatRepository repository = FormatRepository.start(folder)) {
			PublishPlan plan = repository.plan(format(folder), "00.3.0", "");
			assertEquals("0.3.0", plan.version());
			assertEquals(ID + "/v0.3.0", plan.tag());
			assertTrue(plan.newText().contains("versie \"0.3.0\""));
			LoadedFormat loaded = FormatLoader.create(null).load(format(folder), Files.readAllBytes(format(folder)));
			long warnings = loaded.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
			Step check = FormatRepository.byKind(plan).get(StepKind.CHECK);
			assertEquals(warnings == 0 ? "Geen fouten." : "Geen fouten (" + warnings + " waarschuwingen).", check.verdict());
		}
	}

	@Test
	void aBaseWithUncommittedChangesIsRefused() throws Exception {
		Path folder = examples(temp.resolve("map"));
		Path derived = folder.resolve("swv-po-opp-1-4.oppformat");
		Path base = folder.resolve("wettelijk-minimum.oppformat");
		try (FormatRepository repository = FormatRepository.start(folder)) {
			Files.writeString(base, Files.readString(base) + "\n// aangepast\n");
			PublishPlan plan = repository.plan(derived, "1.0.0", "");
			assertTrue(FormatRepository.byKind(plan).get(StepKind.CHECK).ok(), plan.steps().toString());
			Step commit = FormatRepository.byKind(plan).get(StepKind.COMMIT);
			assertFalse(commit.ok());
			assertTrue(commit.verdict().contains("wettelijk-minimum.oppformat") && commit.verdict().contains("basisformaat"),
					commit.verdict());
			assertThrows(VersionException.class, () -> repository.publish(derived, "1.0.0", ""));
			commit(folder, "Basis aangepast");
			assertTrue(repository.plan(derived, "1.0.0", "").allowed());
		}
	}
}
