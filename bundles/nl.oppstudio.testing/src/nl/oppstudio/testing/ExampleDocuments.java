package nl.oppstudio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.Documents;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;

/** The example formats, and each example document paired with the format whose id and version it names. */
public final class ExampleDocuments {

	private static final Pattern NAMESPACE = Pattern.compile("xmlns:opp=\"([^\"]+)\"");

	private ExampleDocuments() {
	}

	/** Every example format, by file, in file name order; each must load without errors. */
	public static Map<Path, Format> formats() {
		Map<Path, Format> formats = new LinkedHashMap<>();
		for (Path file : Examples.all(FormatLoader.EXTENSION)) {
			formats.put(file, TestFormats.load(file));
		}
		return formats;
	}

	/** Every example document with its format; a document whose format is missing maps to {@code null}. */
	public static Map<Path, Format> documents() {
		Map<String, Format> byNamespace = new HashMap<>();
		for (Format format : formats().values()) {
			byNamespace.put(DocumentSchema.namespaceOf(format.getId(), format.getVersion()), format);
		}
		Map<Path, Format> documents = new LinkedHashMap<>();
		for (Path file : Examples.all(Documents.EXTENSION)) {
			try {
				Matcher namespace = NAMESPACE.matcher(Files.readString(file));
				documents.put(file, namespace.find() ? byNamespace.get(namespace.group(1)) : null);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return documents;
	}
}
