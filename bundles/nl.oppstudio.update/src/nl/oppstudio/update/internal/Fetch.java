package nl.oppstudio.update.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Limits;
import nl.oppstudio.update.UpdateException;

/** Reads a file of an update location: {@code file:} from disk, {@code http(s):} over the network. */
public final class Fetch {

	/** The location holds no such file (HTTP 404, or no file on disk): the caller may try another name. */
	public static final class Missing extends Exception {
		private static final long serialVersionUID = 1L;

		Missing(String what) {
			super(what);
		}
	}

	private static final Duration CONNECT = Duration.ofSeconds(15);
	private static final Duration READ = Duration.ofMinutes(5);

	private Fetch() {
	}

	/**
	 * A location as the user gives it: a URL, or a folder on disk.
	 *
	 * @throws UpdateException a URL or path that is not valid (Dutch message naming it)
	 */
	public static URI location(String text) throws UpdateException {
		String trimmed = text.strip();
		try {
			if (trimmed.matches("(?i)(file|https?):.*")) {
				URI uri = URI.create(trimmed);
				return uri.getPath() != null && !uri.getPath().endsWith("/") ? URI.create(trimmed + "/") : uri;
			}
			return Path.of(trimmed).toAbsolutePath().normalize().toUri();
		} catch (IllegalArgumentException e) {
			// URI.create's URISyntaxException, or InvalidPathException
			throw new UpdateException(NLS.bind(Messages.badAddress, trimmed), e);
		}
	}

	/** The bytes of {@code name} under {@code location}. */
	public static byte[] read(URI location, String name) throws Missing, UpdateException {
		URI file = location.resolve(name);
		String scheme = file.getScheme() == null ? "file" : file.getScheme().toLowerCase(java.util.Locale.ROOT);
		try {
			if (scheme.equals("file")) {
				try {
					Path path = Path.of(file);
					if (Files.size(path) > Limits.MAX_ARCHIVE_BYTES) {
						throw tooLarge(name);
					}
					return Files.readAllBytes(path);
				} catch (NoSuchFileException e) {
					if (!Files.isDirectory(Path.of(location))) {
						throw new UpdateException(NLS.bind(Messages.unreachable, location, Messages.noFolder));
					}
					throw new Missing(name);
				}
			}
			if (!scheme.equals("http") && !scheme.equals("https")) {
				throw new UpdateException(NLS.bind(Messages.unreachable, location, scheme));
			}
			HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NORMAL)
					.build();
			HttpResponse<java.io.InputStream> response = client.send(HttpRequest.newBuilder(file).timeout(READ).GET().build(),
					HttpResponse.BodyHandlers.ofInputStream());
			try (java.io.InputStream body = response.body()) {
				if (response.statusCode() == 404 || response.statusCode() == 410) {
					throw new Missing(name);
				}
				if (response.statusCode() / 100 != 2) {
					throw new UpdateException(NLS.bind(Messages.unreachable, location, "HTTP " + response.statusCode()));
				}
				// what the server sends is read up to the limit, never all of it: a hostile server cannot fill the memory
				byte[] bytes = body.readNBytes((int) Limits.MAX_ARCHIVE_BYTES + 1);
				if (bytes.length > Limits.MAX_ARCHIVE_BYTES) {
					throw tooLarge(name);
				}
				return bytes;
			}
		} catch (IOException | IllegalArgumentException e) {
			throw new UpdateException(NLS.bind(Messages.unreachable, location, reason(e)), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new UpdateException(NLS.bind(Messages.unreachable, location, "onderbroken"), e);
		}
	}

	/** A file past {@link Limits#MAX_ARCHIVE_BYTES}: refused, nothing installed. */
	static UpdateException tooLarge(String name) {
		return new UpdateException(NLS.bind(Messages.tooLarge, name, Limits.size(Limits.MAX_ARCHIVE_BYTES)));
	}

	static String reason(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
