package nl.oppstudio.format.dsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.format.dsl.internal.Messages;
import nl.oppstudio.format.model.FormatHeader;
import nl.oppstudio.format.model.SchoolType;

/**
 * The text of a new format ("Nieuw formaat…" in the Studio, {@code opp new-format}): extending the legal
 * minimum ({@code breidt uit "wettelijk-minimum"}), a copy of an existing format or of a shipped example
 * ({@link InstalledExamples}) under a new id and name, or the smallest valid format. Written atomically as {@code FOLDER/ID.oppformat}, never over a file.
 */
public final class NewFormats {

	/** The id of the base with the legal minimum that a new format extends by default. */
	public static final String BASE_ID = "wettelijk-minimum";

	/** The kinds a format may name after {@code soort}. */
	public static final List<String> KINDS = List.of("opp", "opp-light", "groeidocument", "handelingswijzer");

	/** The version of every new format. */
	public static final String FIRST_VERSION = "0.1.0";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	private static final Pattern FORMAT_LINE = Pattern.compile("(?m)^(\\s*)formaat\\s+\"(?:[^\"\\\\]|\\\\.)*\"(\\s+\"(?:[^\"\\\\]|\\\\.)*\")?");
	private static final Pattern VERSION_LINE = Pattern.compile("(?m)^(\\s*)versie\\s+\"[^\"\\n]*\"");
	private static final Pattern KIND_LINE = Pattern.compile("(?m)^(\\s*)soort\\s+[\\w-]+[ \\t]*$");
	private static final Pattern FOR_LINE = Pattern.compile("(?m)^(\\s*)voor\\s+[a-z]+(\\s*,\\s*[a-z]+)*[ \\t]*$");

	/** Where a new format starts. */
	public sealed interface Start permits Base, Copy, Example, Empty {
	}

	/** Extends the legal minimum: everything the law asks, nothing more. */
	public record Base() implements Start {
	}

	/** A copy of an existing format's text (its file, for messages), under the new id and name. */
	public record Copy(Path file, String text) implements Start {
	}

	/** A copy of the shipped example with this id ({@link InstalledExamples}); its logo is copied beside it. */
	public record Example(String id) implements Start {
	}

	/** The smallest valid format: one section with the pupil's name. */
	public record Empty() implements Start {
	}

	/** What the new format is: id (a slug), name, kind ({@link #KINDS}) and school types (none: all). */
	public record Spec(String id, String name, String kind, List<SchoolType> schoolTypes) {
		public Spec {
			schoolTypes = List.copyOf(schoolTypes);
		}
	}

	private NewFormats() {
	}

	/** Why an id cannot be used in the folder (a Dutch sentence), or empty when it can. */
	public static Optional<String> checkId(String id, Path folder) {
		if (id == null || id.isBlank()) {
			return Optional.of(Messages.newIdMissing);
		}
		if (!ID.matcher(id).matches()) {
			return Optional.of(Messages.newIdShape);
		}
		if (InstalledBases.ids().contains(id)) {
			return Optional.of(NLS.bind(Messages.newIdIsBase, id));
		}
		if (folder != null) {
			if (Files.exists(folder.resolve(id + "." + FormatLoader.EXTENSION))) {
				return Optional.of(NLS.bind(Messages.newFileExists, id + "." + FormatLoader.EXTENSION));
			}
			if (idsIn(folder).contains(id)) {
				return Optional.of(NLS.bind(Messages.newIdExists, id));
			}
		}
		return Optional.empty();
	}

	/** The ids of the formats in the folder (from their heads only). */
	public static Set<String> idsIn(Path folder) {
		Set<String> ids = new TreeSet<>();
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(f -> f.getFileName().toString().endsWith("." + FormatLoader.EXTENSION)).forEach(
					f -> FormatHeader.read(f).ifPresent(header -> ids.add(header.id())));
		} catch (IOException e) {
			// an unreadable folder has no ids to clash with
		}
		return ids;
	}

	/** Why the spec cannot be used, apart from its id (a Dutch sentence), or empty. */
	public static Optional<String> checkSpec(Spec spec) {
		if (spec.name() == null || spec.name().isBlank()) {
			return Optional.of(Messages.newNameMissing);
		}
		if (spec.name().contains("\n") || spec.name().contains("\r")) {
			return Optional.of(Messages.newNameOneLine);
		}
		if (!KINDS.contains(spec.kind())) {
			return Optional.of(NLS.bind(Messages.newKindUnknown, spec.kind(), String.join(", ", KINDS)));
		}
		return Optional.empty();
	}

	/** The text of the new format. */
	public static String text(Start start, Spec spec) {
		return switch (start) {
		case Base base -> header(spec, Messages.newFromBase) + "breidt uit " + quote(BASE_ID) + "\n"
				+ "omvang 2 tot 5 paginas\n{\n"
				+ "\t" + Messages.newBaseBodyComment + "\n}\n";
		case Empty empty -> header(spec, Messages.newEmpty) + "{\n"
				+ "\tsectie leerling " + quote(Messages.newEmptySection) + " {\n"
				+ "\t\tveld naam " + quote(Messages.newEmptyField) + ": tekst max 100 verplicht\n"
				+ "\t}\n}\n";
		case Copy copy -> copy(copy.text(), spec);
		case Example example -> copy(exampleText(example.id()), spec);
		};
	}

	/**
	 * Writes the new format as {@code FOLDER/ID.oppformat}, atomically and never over an existing file.
	 *
	 * @return the file written
	 * @throws IllegalArgumentException with a Dutch message when the id or spec cannot be used
	 * @throws IOException              when the file cannot be written (also when it exists)
	 */
	public static Path write(Path folder, Start start, Spec spec) throws IOException {
		Optional<String> problem = checkId(spec.id(), folder).or(() -> checkSpec(spec));
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
		Path target = folder.resolve(spec.id() + "." + FormatLoader.EXTENSION);
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(target.toString());
		}
		byte[] content = text(start, spec).getBytes(StandardCharsets.UTF_8);
		AtomicFiles.create(target, out -> out.write(content));
		if (start instanceof Example example) {
			copyLogo(example.id(), folder);
		}
		return target;
	}

	/** The text of a shipped example; a Dutch IllegalArgumentException when there is none with this id. */
	private static String exampleText(String id) {
		String text = InstalledExamples.text(id);
		if (text == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.newExampleUnknown, id, String.join(", ", InstalledExamples.ids())));
		}
		return text;
	}

	/** The logo the example names, copied beside the new format unless the folder has a file of that name. */
	private static void copyLogo(String id, Path folder) throws IOException {
		Optional<String> logo = InstalledExamples.logo(id);
		byte[] bytes = logo.map(InstalledExamples::file).orElse(null);
		if (bytes == null) {
			return;
		}
		Path target = folder.resolve(logo.get());
		if (!Files.exists(target)) {
			try {
				AtomicFiles.create(target, out -> out.write(bytes));
			} catch (FileAlreadyExistsException e) {
				// written meanwhile: the folder's own logo stays
			}
		}
	}

	private static String header(Spec spec, String what) {
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.newHeaderComment, spec.name().strip(), what)).append('\n');
		text.append("formaat ").append(quote(spec.id())).append(' ').append(quote(spec.name().strip())).append('\n');
		text.append("versie ").append(quote(FIRST_VERSION)).append('\n');
		text.append("soort ").append(spec.kind()).append('\n');
		if (!spec.schoolTypes().isEmpty()) {
			text.append(voor(spec)).append('\n');
		}
		return text.toString();
	}

	private static String voor(Spec spec) {
		List<String> types = new ArrayList<>();
		for (SchoolType type : spec.schoolTypes()) {
			types.add(type.getLiteral());
		}
		return "voor " + String.join(", ", types);
	}

	/** The copy's head (up to the first brace) gets the new id, name, first version, kind and school types. */
	private static String copy(String text, Spec spec) {
		int brace = firstBrace(text);
		String head = brace < 0 ? text : text.substring(0, brace);
		String body = brace < 0 ? "" : text.substring(brace);
		Matcher format = FORMAT_LINE.matcher(head);
		if (!format.find()) {
			throw new IllegalArgumentException(Messages.newNotAFormat);
		}
		head = head.substring(0, format.start()) + format.group(1) + "formaat " + quote(spec.id())
				+ " " + quote(spec.name().strip()) + head.substring(format.end());
		head = VERSION_LINE.matcher(head).replaceFirst("$1versie " + Matcher.quoteReplacement(quote(FIRST_VERSION)));
		Matcher kind = KIND_LINE.matcher(head);
		head = kind.find() ? head.substring(0, kind.start()) + kind.group(1) + "soort " + spec.kind() + head.substring(kind.end())
				: insertAfterVersion(head, "soort " + spec.kind());
		if (!spec.schoolTypes().isEmpty()) {
			Matcher voor = FOR_LINE.matcher(head);
			head = voor.find() ? head.substring(0, voor.start()) + voor.group(1) + voor(spec) + head.substring(voor.end())
					: insertAfterVersion(head, voor(spec));
		}
		return head + body;
	}

	/** The first brace outside comments and strings: where the head of a format ends. */
	private static int firstBrace(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				int end = text.indexOf('\n', i);
				i = end < 0 ? text.length() : end;
			} else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
				int end = text.indexOf("*/", i + 2);
				i = end < 0 ? text.length() : end + 1;
			} else if (c == '"') {
				for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
					if (text.charAt(i) == '\\') {
						i++;
					}
				}
			} else if (c == '{') {
				return i;
			}
		}
		return -1;
	}

	private static String insertAfterVersion(String head, String line) {
		Matcher version = VERSION_LINE.matcher(head);
		if (version.find()) {
			return head.substring(0, version.end()) + "\n" + version.group(1) + line + head.substring(version.end());
		}
		return head.stripTrailing() + "\n" + line + "\n";
	}

	/** A string in the format language: quotes and backslashes escaped. */
	static String quote(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
