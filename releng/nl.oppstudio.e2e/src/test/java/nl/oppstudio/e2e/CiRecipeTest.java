package nl.oppstudio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: "The recipe is tested by running its commands in a script against a temporary repository." The
 * script takes the commands from docs/ci.md itself, so the documented recipe is what runs.
 */
class CiRecipeTest {

	@TempDir
	Path temp;

	@Test
	void theRecipeOfDocsCiRunsAgainstATemporaryRepository() throws Exception {
		Products.studioProduct();
		Path script = Products.root().resolve("releng/ci-recipe/test.sh");
		var environment = GeneratedEditorTest.userEnvironment(Files.createDirectories(temp.resolve("home")));
		environment.put("TMPDIR", Files.createDirectories(temp.resolve("tmp")).toString());
		// git needs a name for the commits the script makes in its repository
		environment.put("GIT_AUTHOR_NAME", "SWV Test");
		environment.put("GIT_AUTHOR_EMAIL", "test@swv.example");
		environment.put("GIT_COMMITTER_NAME", "SWV Test");
		environment.put("GIT_COMMITTER_EMAIL", "test@swv.example");
		Products.Run run = Products.run(Products.root(), environment, 600, List.of("sh", script.toString()));
		assertEquals(0, run.exit(), run.all());
	}
}
