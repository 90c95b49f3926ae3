package nl.oppstudio.versions.tests;

import static nl.oppstudio.versions.tests.FormatRepositoryTest.commit;
import static nl.oppstudio.versions.tests.FormatRepositoryTest.edit;
import static nl.oppstudio.versions.tests.FormatRepositoryTest.examples;
import static nl.oppstudio.versions.tests.FormatRepositoryTest.format;
import static nl.oppstudio.versions.tests.FormatRepositoryTest.head;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import nl.oppstudio.testing.Examples;
import nl.oppstudio.versions.FormatRepository;
import nl.oppstudio.versions.FormatRepository.CredentialsPrompt;
import nl.oppstudio.versions.FormatRepository.Login;
import nl.oppstudio.versions.VersionException;

/** Pull and push: uncommitted changes, passwords in addresses, the login prompt. */
class RemoteFixesTest {

	@TempDir
	Path temp;

	@BeforeEach
	@AfterEach
	void forget() {
		FormatRepository.forgetLogins();
	}

	static void origin(Path folder, String url) throws Exception {
		try (Git git = Git.open(folder.toFile())) {
			git.remoteAdd().setName("origin").setUri(new URIish(url)).call();
			var config = git.getRepository().getConfig();
			config.setString("branch", "main", "remote", "origin");
			config.setString("branch", "main", "merge", "refs/heads/main");
			config.save();
		}
	}

	@Test
	void pullIsRefusedWhenTheIncomingVersionChangesAFileWithUncommittedChanges() throws Exception {
		Path remote = temp.resolve("remote.git");
		Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
		Path mine = examples(temp.resolve("mine"));
		try (FormatRepository repository = FormatRepository.start(mine)) {
			origin(mine, remote.toUri().toString());
			repository.push(null);
		}
		Path theirs = temp.resolve("theirs");
		try (Git git = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(theirs.toFile()).call()) {
			edit(format(theirs), "\"Groep 8\"", "\"Groep acht\"");
			commit(theirs, "Groep acht");
			git.push().call();
		}
		edit(format(mine), "\"School\"", "\"Naam van de school\"");
		String mineText = Files.readString(format(mine));
		String head = head(mine);
		try (FormatRepository repository = FormatRepository.open(mine).orElseThrow()) {
			VersionException dirty = assertThrows(VersionException.class, () -> repository.pull(null));
			assertTrue(dirty.getMessage().startsWith("Ophalen geweigerd") && dirty.getMessage().contains(Examples.FORMAT)
					&& dirty.getMessage().contains("nog niet zijn vastgelegd"), dirty.getMessage());
			assertEquals(head, head(mine));
			assertEquals(mineText, Files.readString(format(mine)), "my change is kept");
			// committed, the changes of both merge
			commit(mine, "Naam van de school");
			assertEquals("Opgehaald: 1 nieuwe versie(s).", repository.pull(null));
			String merged = Files.readString(format(mine));
			assertTrue(merged.contains("\"Groep acht\"") && merged.contains("\"Naam van de school\""), merged);
		}
	}

	@Test
	void aPasswordInTheRemoteAddressIsNeverShown() throws Exception {
		Path mine = examples(temp.resolve("mine"));
		try (FormatRepository repository = FormatRepository.start(mine)) {
			origin(mine, "http://anna:geheim@127.0.0.1:1/formaten.git");
			VersionException pull = assertThrows(VersionException.class, () -> repository.pull(null));
			assertTrue(pull.getMessage().startsWith("Versiebeheer lukte niet. Technische melding: "), pull.getMessage());
			assertFalse(pull.getMessage().contains("geheim") || pull.getMessage().contains("anna"), pull.getMessage());
			VersionException push = assertThrows(VersionException.class, () -> repository.push(null));
			assertTrue(push.getMessage().startsWith("Versiebeheer lukte niet. Technische melding: "), push.getMessage());
			assertFalse(push.getMessage().contains("geheim") || push.getMessage().contains("anna"), push.getMessage());
		}
	}

	/** An HTTP remote that wants {@code anna} with {@link #password}, then says the repository is not there. */
	static final class Remote implements AutoCloseable {
		final HttpServer server;
		volatile String password = "goed";

		Remote() throws Exception {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/", exchange -> {
				String expected = "Basic " + Base64.getEncoder()
						.encodeToString(("anna:" + password).getBytes(StandardCharsets.UTF_8));
				if (expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
					exchange.sendResponseHeaders(404, -1);
				} else {
					exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"formaten\"");
					exchange.sendResponseHeaders(401, -1);
				}
				exchange.close();
			});
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/formaten.git";
		}

		@Override
		public void close() {
			server.stop(0);
		}
	}

	/** A prompt that answers {@code password} and notes, per question, whether it was asked again. */
	static final class Prompt implements CredentialsPrompt {
		final List<Boolean> asked = new ArrayList<>();
		final List<String> remotes = new ArrayList<>();
		String password;

		Prompt(String password) {
			this.password = password;
		}

		@Override
		public Optional<Login> ask(String remote, boolean again) {
			asked.add(again);
			remotes.add(remote);
			return password == null ? Optional.empty() : Optional.of(new Login("anna", password.toCharArray()));
		}
	}

	/** The remote took the login (it then answers "not found", a failure that is not about the login). */
	static void accepted(VersionException e) {
		assertTrue(e.getMessage().startsWith("Versiebeheer lukte niet.") || e.getMessage().startsWith("Ophalen lukte niet"),
				e.getMessage());
		assertFalse(e.getMessage().contains("aanmelding"), e.getMessage());
	}

	@Test
	void theLoginIsAskedOnceKeptAndAskedAgainWhenRefused() throws Exception {
		Path mine = examples(temp.resolve("mine"));
		try (Remote remote = new Remote(); FormatRepository repository = FormatRepository.start(mine)) {
			origin(mine, remote.url());
			// asked once, even though the remote is asked more than once
			Prompt first = new Prompt("goed");
			accepted(assertThrows(VersionException.class, () -> repository.pull(first)));
			assertEquals(List.of(false), first.asked);
			assertEquals(List.of(remote.url()), first.remotes);
			// kept for the session
			Prompt none = new Prompt("goed");
			accepted(assertThrows(VersionException.class, () -> repository.pull(none)));
			assertEquals(List.of(), none.asked);
			// the saved login is refused now: asked again
			remote.password = "nieuw";
			Prompt again = new Prompt("nieuw");
			accepted(assertThrows(VersionException.class, () -> repository.pull(again)));
			assertEquals(List.of(true), again.asked);
			// a wrong login typed: asked once more, then refused in Dutch
			FormatRepository.forgetLogins();
			Prompt wrong = new Prompt("fout");
			VersionException refused = assertThrows(VersionException.class, () -> repository.pull(wrong));
			assertEquals(List.of(false, true), wrong.asked);
			assertTrue(refused.getMessage().contains("weigerde de aanmelding"), refused.getMessage());
			// and not kept: the next time asks from the start
			Prompt cancel = new Prompt(null);
			VersionException cancelled = assertThrows(VersionException.class, () -> repository.pull(cancel));
			assertEquals(List.of(false), cancel.asked);
			assertEquals("Geen gebruikersnaam en wachtwoord gegeven.", cancelled.getMessage());
		}
	}
}
