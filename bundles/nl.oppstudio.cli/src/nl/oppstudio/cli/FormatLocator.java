package nl.oppstudio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.FormatHeader;

/**
 * Finds a document's format when {@code --format} is not given: the format in its folder whose id and
 * version it names, told by the heads of the folder's formats ({@link FormatHeader}) without reading
 * them in full. Each folder is scanned once per command.
 */
final class FormatLocator {

	private static final Pattern NAMESPACE = Pattern.compile("xmlns:opp=\"([^\"]+)\"");
	/** The root element, and with it the namespace, stands at the start of a document. */
	private static final int HEAD = 4096;

	private final Map<Path, Map<String, Path>> formatsByFolder = new HashMap<>();

	/** The format file for the document, or {@code null} when its folder has none that fits. */
	Path find(Path document) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(document)) {
			head = in.readNBytes(HEAD);
		}
		Matcher matcher = NAMESPACE.matcher(new String(head, StandardCharsets.UTF_8));
		if (!matcher.find()) {
			return null;
		}
		return formatsIn(document.toAbsolutePath().getParent()).get(matcher.group(1));
	}

	private Map<String, Path> formatsIn(Path folder) throws IOException {
		Map<String, Path> formats = formatsByFolder.get(folder);
		if (formats == null) {
			formats = new HashMap<>();
			try (Stream<Path> files = Files.list(folder)) {
				for (Path candidate : files.filter(f -> f.getFileName().toString().endsWith("." + FormatLoader.EXTENSION))
						.sorted().toList()) {
					// the head names id and version: only the format a document names is read in full, later
					Optional<FormatHeader> header = FormatHeader.read(candidate);
					if (header.isPresent()) {
						formats.putIfAbsent(DocumentSchema.namespaceOf(header.get().id(), header.get().version()), candidate);
					}
				}
			}
			formatsByFolder.put(folder, formats);
		}
		return formats;
	}
}
