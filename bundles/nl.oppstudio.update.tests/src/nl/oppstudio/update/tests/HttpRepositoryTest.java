package nl.oppstudio.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.testing.FormatRepositories;
import nl.oppstudio.update.FormatUpdates;
import nl.oppstudio.update.InstalledFormats;
import nl.oppstudio.update.P2Repository;
import nl.oppstudio.update.UpdateException;

/** A repository over HTTP, served from a folder by a small server in the test: read, checked, installed. */
class HttpRepositoryTest {

	@TempDir
	Path temp;

	private ServerSocket server;
	private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

	/** Serves the files under {@code root} (200, or 404 when missing; 500 for paths under {@code /kapot/}). */
	private String serve(Path root) throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(() -> {
			while (!server.isClosed()) {
				try (Socket socket = server.accept()) {
					BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
					String request = in.readLine();
					for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
						// headers are not needed
					}
					String path = request == null ? "/" : request.split(" ")[1];
					requests.add(path);
					Path file = root.resolve(path.substring(1)).normalize();
					OutputStream out = socket.getOutputStream();
					if (path.startsWith("/kapot/")) {
						out.write("HTTP/1.1 500 Fout\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
					} else if (file.startsWith(root) && Files.isRegularFile(file)) {
						byte[] body = Files.readAllBytes(file);
						out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
								.getBytes(StandardCharsets.ISO_8859_1));
						out.write(body);
					} else {
						out.write("HTTP/1.1 404 Niet gevonden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
								.getBytes(StandardCharsets.ISO_8859_1));
					}
					out.flush();
				} catch (IOException e) {
					// the server was closed, or the client went away
				}
			}
		}, "test-http");
		thread.setDaemon(true);
		thread.start();
		return "http://127.0.0.1:" + server.getLocalPort() + "/";
	}

	@AfterEach
	void stop() throws IOException {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void aRepositoryWithPlainXmlOverHttpIsReadAndItsUpdateInstalled() throws Exception {
		FormatRepositories.writeRepository(temp.resolve("site/repository"), false, "0.2.0", "1.0.0");
		String location = serve(temp.resolve("site")) + "repository";
		P2Repository repository = P2Repository.read(location);
		assertEquals(3, repository.units().size());
		// content.jar first, then content.xml (p2's order)
		assertTrue(requests.indexOf("/repository/content.jar") < requests.indexOf("/repository/content.xml"), requests::toString);

		InstalledFormats installed = new InstalledFormats(temp.resolve("data"),
				List.of(FormatRepositories.writeBundle(temp.resolve("plugins"), "0.2.0")));
		FormatUpdates updates = new FormatUpdates(installed);
		FormatUpdates.Update update = updates.check(location).get(0);
		assertEquals("1.0.0", update.version());
		assertEquals("1.0.0", updates.install(update).version());
		assertTrue(requests.contains("/repository/plugins/" + FormatRepositories.BSN + "_1.0.0.jar"), requests::toString);
		assertEquals("1.0.0", installed.active(FormatRepositories.ID).orElseThrow().version());
	}

	@Test
	void aServerErrorOrAMissingRepositoryIsSaidInDutch() throws Exception {
		String base = serve(Files.createDirectories(temp.resolve("leeg")));
		UpdateException error = assertThrows(UpdateException.class, () -> P2Repository.read(base + "kapot/"));
		assertTrue(error.getMessage().contains("niet bereikbaar") && error.getMessage().contains("HTTP 500"), error.getMessage());
		UpdateException missing = assertThrows(UpdateException.class, () -> P2Repository.read(base + "niets/"));
		assertTrue(missing.getMessage().contains("geen bruikbare updatebron"), missing.getMessage());
	}
}
