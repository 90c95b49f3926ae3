package nl.oppstudio.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.internal.Messages;
import nl.oppstudio.format.model.Format;

/**
 * The example document of a format being designed (the Studio's preview): a {@code *.opp} in the
 * format's folder whose namespace names the format's id, loaded against the format as it is now, even
 * unsaved. A document that no longer fits (a field renamed, a version bumped) is read with the format it
 * was written for and moved to the new one as {@code opp migrate} would ({@link Migration}): what has no
 * place is left out and named. Nothing is ever written. One instance keeps the last document read, so
 * that the next update of the same format is fast; not thread-safe.
 */
public final class ExampleDocuments {

	/**
	 * A document for the preview: {@code source} is the example file, or {@code null} for an empty
	 * document; {@code note} says in Dutch why values are missing, or is {@code null}.
	 */
	public record Fitted(OppDocument document, Path source, String note) {
	}

	private static final String NAMESPACE_PREFIX = "urn:oppstudio:format:";

	private final FormatResolver.Reader reader;
	/** The example as written, read against its own format: reused while the files are unchanged. */
	private Path originalFile;
	private FileTime originalStamp;
	private FileTime originalFormatStamp;
	private OppDocument original;

	/** @param reader reads a format file from disk (the format step's loader) */
	public ExampleDocuments(FormatResolver.Reader reader) {
		this.reader = reader;
	}

	/**
	 * The documents of the folder that belong to the format {@code formatId}: those of {@code version}
	 * first, then the others, each group by file name.
	 */
	public static List<Path> find(Path folder, String formatId, String version) {
		List<Path> same = new ArrayList<>();
		List<Path> other = new ArrayList<>();
		if (folder == null || formatId == null) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith("." + Documents.EXTENSION))
					.sorted(Comparator.comparing(f -> f.getFileName().toString())).toList()) {
				Optional<String> namespace;
				try {
					namespace = FormatResolver.namespaceOf(file);
				} catch (IOException e) {
					continue;
				}
				if (namespace.isEmpty() || !namespace.get().startsWith(NAMESPACE_PREFIX)) {
					continue;
				}
				String rest = namespace.get().substring(NAMESPACE_PREFIX.length());
				int colon = rest.lastIndexOf(':');
				String id = colon < 0 ? rest : rest.substring(0, colon);
				if (id.equals(formatId)) {
					(colon >= 0 && rest.substring(colon + 1).equals(version) ? same : other).add(file);
				}
			}
		} catch (IOException e) {
			return List.of();
		}
		same.addAll(other);
		return List.copyOf(same);
	}

	/**
	 * The first example of the format in the folder, fitted to the format; an empty document (with a
	 * note when there was an example that could not be used) when there is none.
	 */
	public Fitted example(Path folder, Format format) {
		List<Path> examples = find(folder, format.getId(), format.getVersion());
		return examples.isEmpty() ? new Fitted(Documents.create(format), null, null) : fit(examples.get(0), format);
	}

	/** The document fitted to the format; never throws. */
	public Fitted fit(Path document, Format format) {
		String name = document.getFileName().toString();
		OppDocument direct;
		String problem;
		try {
			direct = Documents.load(document, format);
			List<String> unknown = unknownContent(direct);
			if (unknown.isEmpty()) {
				return new Fitted(direct, document, null);
			}
			problem = String.join(", ", unknown);
		} catch (DocumentException e) {
			direct = null;
			problem = e.diagnostic().message();
		}
		OppDocument old = original(document);
		if (old != null) {
			try {
				Migration.Result moved = Migration.migrate(old, format, OffsetDateTime.now());
				if (moved.archived().isEmpty()) {
					return new Fitted(moved.document(), document, null);
				}
				List<String> paths = moved.archived().stream().map(Migration.Archived::path).limit(3).toList();
				String more = moved.archived().size() > paths.size() ? ", …" : "";
				return new Fitted(moved.document(), document, NLS.bind(moved.archived().size() == 1 ? Messages.exampleOneValueNoPlace
						: Messages.exampleValuesNoPlace, new Object[] { name, moved.archived().size(), String.join(", ", paths) + more }));
			} catch (RuntimeException e) {
				// below: what the direct load gave, or an empty form
			}
		}
		if (direct != null) {
			return new Fitted(direct, document, NLS.bind(Messages.exampleNoPlaceFor, name, problem));
		}
		return new Fitted(Documents.create(format), null, NLS.bind(Messages.exampleDoesNotFit, name, problem));
	}

	/** The names of the elements of a loaded document that its format has no place for. */
	private static List<String> unknownContent(OppDocument document) {
		if (!(document.root().eResource() instanceof XMLResource resource)) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (AnyType extension : resource.getEObjectToExtensionMap().values()) {
			for (FeatureMap.Entry entry : extension.getAny()) {
				names.add(entry.getEStructuralFeature().getName());
			}
		}
		return names;
	}

	/** The document read with the format it names (from its folder), or {@code null}; cached while unchanged. */
	private OppDocument original(Path document) {
		try {
			FormatResolver resolver = new FormatResolver(reader, checked -> {
			});
			Optional<Path> formatFile = resolver.locate(document);
			if (formatFile.isEmpty()) {
				return null;
			}
			FileTime stamp = Files.getLastModifiedTime(document);
			FileTime formatStamp = Files.getLastModifiedTime(formatFile.get());
			if (original != null && document.equals(originalFile) && stamp.equals(originalStamp)
					&& formatStamp.equals(originalFormatStamp)) {
				return original;
			}
			FormatResolver.Resolution resolution = resolver.resolve(document, formatFile.get());
			if (resolution.format() == null) {
				return null;
			}
			original = Documents.load(document, resolution.format());
			originalFile = document;
			originalStamp = stamp;
			originalFormatStamp = formatStamp;
			return original;
		} catch (IOException | DocumentException | RuntimeException e) {
			return null;
		}
	}
}
