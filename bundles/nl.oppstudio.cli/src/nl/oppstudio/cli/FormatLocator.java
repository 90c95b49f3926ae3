package nl.oppstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;

/** Finds a document's format when {@code --format} is not given: the format in its folder whose id and version it names. */
final class FormatLocator {

	private static final Pattern NAMESPACE = Pattern.compile("xmlns:opp=\"([^\"]+)\"");

	private FormatLocator() {
	}

	/** The format file for the document, or {@code null} with the reason printed by the caller. */
	static Path find(Path document) throws IOException {
		String head = new String(Files.readAllBytes(document), java.nio.charset.StandardCharsets.UTF_8);
		Matcher matcher = NAMESPACE.matcher(head);
		if (!matcher.find()) {
			return null;
		}
		String namespace = matcher.group(1);
		Path folder = document.toAbsolutePath().getParent();
		List<Path> candidates;
		try (Stream<Path> files = Files.list(folder)) {
			candidates = files.filter(f -> f.getFileName().toString().endsWith("." + FormatLoader.EXTENSION)).sorted().toList();
		}
		for (Path candidate : candidates) {
			LoadedFormat loaded = FormatLoader.create().load(candidate);
			if (loaded.format() != null && namespace
					.equals(DocumentSchema.namespaceOf(loaded.format().getId(), loaded.format().getVersion()))) {
				return candidate;
			}
		}
		return null;
	}
}
