package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.testing.Examples;

/**
 * Issue 11: the README's two commands on a bare machine. Runs {@code releng/bare-machine/check.sh},
 * which drives the real {@code ./opp studio} and {@code ./verify} scripts with fakes for ldconfig, id,
 * sudo, apt-get and xvfb-run: one Dutch line and exit 2 without GTK 3 or a display, and the test
 * command installing what is missing or stopping before Maven with the apt-get line.
 */
class BareMachineTest {

	@TempDir
	Path temp;

	@Test
	@EnabledOnOs(value = OS.LINUX, disabledReason = "the scripts check GTK 3 and Xvfb on Linux alone")
	void windowAndTestCommandChecks() throws IOException, InterruptedException {
		Path repo = Examples.directory().toAbsolutePath().getParent();
		Path script = repo.resolve("releng/bare-machine/check.sh");
		Path log = temp.resolve("check.log");
		Process process = new ProcessBuilder("/bin/sh", script.toString()).directory(repo.toFile())
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		process.getOutputStream().close();
		boolean ended = process.waitFor(5, TimeUnit.MINUTES);
		if (!ended) {
			process.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertTrue(ended, "check.sh did not end within 5 minutes:\n" + output);
		assertEquals(0, process.exitValue(), output);
		assertTrue(output.contains("all cases passed"), output);
	}
}
