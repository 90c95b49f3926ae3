package nl.oppstudio.format.dsl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.oppstudio.format.dsl.internal.ShippedFiles;

/**
 * The example formats that ship with the product, so that a new format can start from one of them in any
 * folder ("Nieuw formaat…", {@code opp new-format --van ID}). Each is {@code examples/<id>.oppformat} in
 * this bundle, a byte-for-byte copy of {@code dsl-examples/}; a logo an example names lies beside it.
 * The legal minimum is not among them: it is an installed base ({@link InstalledBases}).
 */
public final class InstalledExamples {

	/** The ids of the shipped examples, in the order people are offered them. */
	private static final List<String> IDS = List.of("swv-voorbeeld-opp", "handreiking-voorbeeld-opp", "swv-po-opp-1-4",
			"swv-po-groeidocument", "revius-wijk-opp", "revius-wijk-opp-light", "swv-vo-amsterdam-diemen-opp");

	private static final Pattern NAME = Pattern.compile("(?m)^\\s*formaat\\s+\"(?:[^\"\\\\]|\\\\.)*\"\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern KIND = Pattern.compile("(?m)^\\s*soort\\s+([\\w-]+)");
	private static final Pattern LOGO = Pattern.compile("(?m)^\\s*logo\\s+\"([^\"\\\\/]+)\"");

	private InstalledExamples() {
	}

	/** The ids of the shipped examples. */
	public static List<String> ids() {
		return IDS;
	}

	/** The text of the example with this id; {@code null} when there is none. */
	public static String text(String id) {
		byte[] bytes = IDS.contains(id) ? bytes(id + "." + FormatLoader.EXTENSION) : null;
		return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	/** The example's name as people read it ({@code formaat "id" "naam"}); the id when it has none. */
	public static String name(String id) {
		String text = text(id);
		Matcher matcher = text == null ? null : NAME.matcher(text);
		return matcher != null && matcher.find() ? matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : id;
	}

	/** The example's kind ({@code soort opp}), if it names one of {@link NewFormats#KINDS}. */
	public static Optional<String> kind(String id) {
		String text = text(id);
		Matcher matcher = text == null ? null : KIND.matcher(text);
		return matcher != null && matcher.find() && NewFormats.KINDS.contains(matcher.group(1)) ? Optional.of(matcher.group(1))
				: Optional.empty();
	}

	/** The file name of the logo the example names ({@code logo "F"}), if it names one. */
	public static Optional<String> logo(String id) {
		String text = text(id);
		Matcher matcher = text == null ? null : LOGO.matcher(text);
		return matcher != null && matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** The content of a shipped file beside the examples (a logo), or {@code null} when it is not shipped. */
	public static byte[] file(String name) {
		return name == null || name.contains("/") || name.contains("\\") || name.startsWith(".") ? null : bytes(name);
	}

	/** A shipped file from the bundle, or from the bundle's folder in a development run. */
	private static byte[] bytes(String name) {
		return ShippedFiles.read("examples/" + name);
	}
}
