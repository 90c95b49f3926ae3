package nl.oppstudio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;

/** The example formats, and each example document paired with the format whose id and version it names. */
public final class ExampleDocuments {

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
				documents.put(file, FormatResolver.namespaceOf(file).map(byNamespace::get).orElse(null));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return documents;
	}
}
