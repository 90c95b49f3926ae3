package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Reads a file as it was at a revision of the git repository it is in (JGit, no git program needed). */
final class GitVersions {

	private GitVersions() {
	}

	/** The bytes of {@code file} at {@code revision} (a commit, tag, branch or HEAD~2). */
	static byte[] read(Path file, String revision) throws IOException {
		Path absolute = file.toAbsolutePath().normalize();
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.getParent().toFile());
		if (builder.getGitDir() == null) {
			throw new IOException(NLS.bind(Messages.notInGit, file));
		}
		try (Repository repository = builder.build(); RevWalk walk = new RevWalk(repository);
				ObjectReader reader = repository.newObjectReader()) {
			ObjectId id = repository.resolve(revision);
			if (id == null) {
				throw new IOException(NLS.bind(Messages.noSuchRevision, revision));
			}
			RevCommit commit = walk.parseCommit(id);
			String path = repository.getWorkTree().toPath().toAbsolutePath().normalize().relativize(absolute).toString()
					.replace('\\', '/');
			try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
				if (tree == null) {
					throw new IOException(NLS.bind(Messages.notInRevision, path, revision));
				}
				return reader.open(tree.getObjectId(0)).getBytes();
			}
		}
	}
}
