package nl.oppstudio.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.internal.Messages;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatHeader;

/**
 * Maps a document to its format: the format file in the document's folder whose id and version the
 * document's namespace names ({@code urn:oppstudio:format:ID:VERSION}). Only the heads of the folder's
 * formats are scanned ({@link FormatHeader}); the one format named is then read in full, by the
 * {@link Reader} given (the format step), once per file however many documents use it. Its findings are
 * handed to the listener once, on that first read. When the document's folder has no such format, the
 * further format folders given to the constructor are searched in their order (the OPP Editor's installed
 * formats). Safe for use from several threads.
 */
public final class FormatResolver {

	/** Problem codes of {@link Resolution#problem()}. */
	public static final String NO_FORMAT = "nl.oppstudio.document.noFormat";
	public static final String FORMAT_ERRORS = "nl.oppstudio.document.formatErrors";
	public static final String UNREADABLE = "nl.oppstudio.document.unreadable";

	private static final Pattern NAMESPACE = Pattern.compile("xmlns:opp\\s*=\\s*[\"']([^\"']+)[\"']");
	private static final String NAMESPACE_PREFIX = "urn:oppstudio:format:";
	/** The root element, and with it the namespace, stands at the start of a document. */
	private static final int HEAD = 4096;

	/** Reads and checks one format file (the format step's loader). Never throws for bad content. */
	@FunctionalInterface
	public interface Reader {
		CheckedFormat read(Path formatFile);
	}

	/**
	 * A format file after reading and checking.
	 *
	 * @param file        the format file
	 * @param format      the format, or {@code null} when the file holds none
	 * @param diagnostics every finding of the check
	 */
	public record CheckedFormat(Path file, Format format, List<Diagnostic> diagnostics) {
		/** {@code true} when the format exists and has no errors. */
		public boolean usable() {
			return format != null && !Diagnostic.anyError(diagnostics);
		}
	}

	/**
	 * The format of one document, or why there is none.
	 *
	 * @param format  the usable format, or {@code null}
	 * @param problem why there is no usable format (code {@link #NO_FORMAT}, {@link #FORMAT_ERRORS} or
	 *                {@link #UNREADABLE}), or {@code null}
	 */
	public record Resolution(Format format, Diagnostic problem) {
	}

	private final Reader reader;
	private final Consumer<CheckedFormat> firstRead;
	private final Map<Path, Map<String, Path>> formatFilesByFolder = new ConcurrentHashMap<>();
	private final Map<Path, CheckedFormat> checked = new ConcurrentHashMap<>();
	private final Supplier<List<Path>> moreFolders;

	/**
	 * @param reader    reads and checks a format file
	 * @param firstRead told of each format file when it is read, with its findings (once per file)
	 */
	public FormatResolver(Reader reader, Consumer<CheckedFormat> firstRead) {
		this(reader, firstRead, List::of);
	}

	/**
	 * @param reader      reads and checks a format file
	 * @param firstRead   told of each format file when it is read, with its findings (once per file)
	 * @param moreFolders the folders to look in, in this order, after the document's own folder; asked on each
	 *                    look-up that the document's folder does not answer (a folder's content is read once)
	 */
	public FormatResolver(Reader reader, Consumer<CheckedFormat> firstRead, Supplier<List<Path>> moreFolders) {
		this.reader = reader;
		this.firstRead = firstRead;
		this.moreFolders = moreFolders;
	}

	/** The format of a document: from {@code formatFile} when given, else the one beside it that it names. */
	public Resolution resolve(Path document, Path formatFile) {
		Path file = formatFile;
		if (file == null) {
			try {
				file = locate(document).orElse(null);
			} catch (IOException e) {
				return new Resolution(null,
						Diagnostic.error(document, UNREADABLE, NLS.bind(Messages.documentUnreadable, e.getMessage())));
			}
			if (file == null) {
				return new Resolution(null, Diagnostic.error(document, NO_FORMAT, Messages.noFormatBeside));
			}
		}
		CheckedFormat format = read(file);
		return format.usable() ? new Resolution(format.format(), null)
				: new Resolution(null, Diagnostic.error(document, FORMAT_ERRORS, NLS.bind(Messages.formatHasErrors, file)));
	}

	/** A format file, read and checked once; later calls give the same result. */
	public CheckedFormat read(Path formatFile) {
		Path key = formatFile.toAbsolutePath().normalize();
		CheckedFormat known = checked.get(key);
		if (known != null) {
			return known;
		}
		synchronized (this) {
			known = checked.get(key);
			if (known == null) {
				known = reader.read(formatFile);
				checked.put(key, known);
				firstRead.accept(known);
			}
			return known;
		}
	}

	/**
	 * The format file that a document names, from its folder, else from the further format folders; empty when
	 * the document names none or no folder holds a format with that id and version. Only the heads of the
	 * files are read.
	 *
	 * @throws IOException when the document cannot be read
	 */
	public Optional<Path> locate(Path document) throws IOException {
		Optional<String> namespace = namespaceOf(document);
		if (namespace.isEmpty()) {
			return Optional.empty();
		}
		Path folder = document.toAbsolutePath().normalize().getParent();
		Path beside = formatFilesIn(folder).get(namespace.get());
		if (beside != null) {
			return Optional.of(beside);
		}
		for (Path more : moreFolders.get()) {
			Path installed = formatFilesIn(more.toAbsolutePath().normalize()).get(namespace.get());
			if (installed != null) {
				return Optional.of(installed);
			}
		}
		return Optional.empty();
	}

	/** The namespace a document's root element declares, read from its first bytes. */
	public static Optional<String> namespaceOf(Path document) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(document)) {
			head = in.readNBytes(HEAD);
		}
		Matcher matcher = NAMESPACE.matcher(new String(head, StandardCharsets.UTF_8));
		return matcher.find() && matcher.group(1).startsWith(NAMESPACE_PREFIX) ? Optional.of(matcher.group(1))
				: Optional.empty();
	}

	/** The format files of a folder by the namespace of their documents; the first by name wins. */
	private Map<String, Path> formatFilesIn(Path folder) {
		if (folder == null) {
			return Map.of();
		}
		return formatFilesByFolder.computeIfAbsent(folder, f -> {
			Map<String, Path> files = new java.util.HashMap<>();
			try (Stream<Path> list = Files.list(f)) {
				list.filter(file -> file.getFileName().toString().endsWith("." + FormatHeader.EXTENSION)).sorted()
						.forEach(file -> FormatHeader.read(file).ifPresent(header -> files
								.putIfAbsent(DocumentSchema.namespaceOf(header.id(), header.version()), file)));
			} catch (IOException e) {
				// an unreadable folder holds no formats to offer
			}
			return Map.copyOf(files);
		});
	}
}
