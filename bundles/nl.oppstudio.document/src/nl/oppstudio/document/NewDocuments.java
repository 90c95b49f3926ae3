package nl.oppstudio.document;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatHeader;

/**
 * A new OPP: which formats of a folder a new document can use, the document itself (as {@code opp new}
 * makes it), and a free file name for it.
 */
public final class NewDocuments {

	/** The kinds of format that documents are filled in for; the others (a base, a handelingswijzer) are not offered. */
	public static final List<String> DOCUMENT_KINDS = List.of("opp", "opp-light", "groeidocument");

	private NewDocuments() {
	}

	/**
	 * The format files of a folder that a new document can be made of, by their heads only: per format
	 * id the newest version, and no format that another format of the folder extends (a base, such as
	 * the legal minimum). Sorted by file name. Whether the kind fits is {@link #forDocuments}, once read.
	 */
	public static List<Path> formatFiles(Path folder) throws IOException {
		Map<Path, FormatHeader> heads = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(f -> f.getFileName().toString().endsWith("." + FormatHeader.EXTENSION)).sorted()
					.forEach(f -> FormatHeader.read(f).ifPresent(h -> heads.put(f, h)));
		}
		Set<String> bases = heads.values().stream().map(FormatHeader::baseId).filter(b -> b != null)
				.collect(Collectors.toSet());
		Map<String, Path> newest = new LinkedHashMap<>();
		heads.forEach((file, head) -> {
			if (bases.contains(head.id())) {
				return;
			}
			Path known = newest.get(head.id());
			if (known == null || compareVersions(head.version(), heads.get(known).version()) > 0) {
				newest.put(head.id(), file);
			}
		});
		List<Path> result = new ArrayList<>(newest.values());
		result.sort(Comparator.comparing(f -> f.getFileName().toString()));
		return result;
	}

	/** Whether documents are filled in for this format: its kind is one of {@link #DOCUMENT_KINDS}. */
	public static boolean forDocuments(Format format) {
		return DOCUMENT_KINDS.contains(format.getKind() == null ? "opp" : format.getKind());
	}

	/**
	 * A new, empty document of the format in the state concept, with the pupil's name and school type
	 * (a {@code SchoolType} literal such as {@code po}, or {@code null}): what {@code opp new} writes.
	 */
	public static OppDocument create(Format format, String pupil, String schoolType) {
		OppDocument document = Documents.create(format);
		document.setPupilName(pupil);
		document.setSchoolType(schoolType);
		return document;
	}

	/**
	 * Saves a new document in {@code folder} under a file name made from the pupil's name
	 * ({@code sem-de-vries.opp}, then {@code sem-de-vries-2.opp} …), atomically and never over an
	 * existing file.
	 *
	 * @return the file written
	 */
	public static Path save(OppDocument document, Path folder, String pupil) throws IOException {
		String stem = fileStem(pupil);
		for (int n = 1;; n++) {
			Path file = folder.resolve(stem + (n == 1 ? "" : "-" + n) + "." + Documents.EXTENSION);
			if (Files.exists(file)) {
				continue;
			}
			try {
				Documents.saveNew(document, file);
				return file;
			} catch (FileAlreadyExistsException e) {
				// taken in the meantime: the next number
			}
		}
	}

	/** A file name (without extension) from a pupil's name: lower case ASCII letters and digits joined by '-'. */
	public static String fileStem(String pupil) {
		String ascii = Normalizer.normalize(pupil == null ? "" : pupil, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String stem = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (stem.length() > 60) {
			stem = stem.substring(0, 60).replaceAll("-+$", "");
		}
		return stem.isEmpty() ? "opp" : stem;
	}

	/** Semantic versions compared by their numbers ({@code 0.10.0} after {@code 0.9.1}); other text by characters. */
	static int compareVersions(String a, String b) {
		String[] x = a.split("[.+-]");
		String[] y = b.split("[.+-]");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			String p = i < x.length ? x[i] : "0";
			String q = i < y.length ? y[i] : "0";
			int c = p.matches("\\d{1,9}") && q.matches("\\d{1,9}") ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q))
					: p.compareTo(q);
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}
}
