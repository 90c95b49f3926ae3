package nl.oppstudio.cli.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

import nl.oppstudio.testing.Examples;

/** A real git repository for the publish and CI tests (JGit through the bundle's DynamicImport-Package). */
final class CommittedRepository {

	private CommittedRepository() {
	}

	/**
	 * {@code temp/repo} holding the example format (its version set to 1.0.0), its base and the logo, committed
	 * on branch main, not yet published; returns the folder.
	 */
	static Path create(Path temp) throws Exception {
		Path folder = Files.createDirectories(temp.resolve("repo"));
		for (String name : new String[] { Examples.FORMAT, "wettelijk-minimum.oppformat", "logo-swv-voorbeeld.svg" }) {
			Files.copy(Examples.file(name), folder.resolve(name));
		}
		Path format = folder.resolve(Examples.FORMAT);
		Files.writeString(format, Files.readString(format).replace("versie \"0.2.0\"", "versie \"1.0.0\""));
		try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
			git.add().addFilepattern(".").call();
			PersonIdent tester = new PersonIdent("OPP Studio test", "test@oppstudio.invalid");
			git.commit().setMessage("Eerste versie").setAuthor(tester).setCommitter(tester).setSign(false).call();
		}
		return folder;
	}
}
