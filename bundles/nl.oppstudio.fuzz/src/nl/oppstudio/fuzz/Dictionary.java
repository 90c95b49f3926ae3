package nl.oppstudio.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.format.dsl.FormatStandaloneSetup;

/**
 * The fuzz dictionaries of {@code releng/fuzz/dict/}, made as the editor gets its keywords: every keyword
 * of the format grammar ({@link GrammarUtil#getAllKeywords}), and the XML element names of the example
 * format's documents (its {@link DocumentSchema}). {@code main} prints both in libFuzzer's format.
 */
public final class Dictionary {

	private Dictionary() {
	}

	/** The format language's keywords and punctuation, sorted. */
	public static Set<String> formatKeywords() {
		IGrammarAccess grammar = new FormatStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(IGrammarAccess.class);
		return new TreeSet<>(GrammarUtil.getAllKeywords(grammar.getGrammar()));
	}

	/** The element names of documents of the example format, with the markup around them. */
	public static Set<String> documentNames() {
		Set<String> names = new TreeSet<>();
		DocumentSchema schema = DocumentSchema.of(Fixtures.exampleFormat());
		collect(schema.outline(), names);
		names.add(schema.ePackage().getNsURI());
		return names;
	}

	private static void collect(List<SchemaNode> nodes, Set<String> names) {
		for (SchemaNode node : nodes) {
			names.add(node.name());
			if (node instanceof SchemaNode.Branch branch) {
				collect(branch.children(), names);
			}
		}
	}

	/** One libFuzzer dictionary line per word: {@code "word"}, escaped. */
	public static List<String> lines(Set<String> words, boolean asElements) {
		List<String> lines = new ArrayList<>();
		for (String word : words) {
			if (asElements && !word.contains(":")) {
				lines.add(quote("<" + word + ">"));
				lines.add(quote("</" + word + ">"));
			} else {
				lines.add(quote(word));
			}
		}
		return lines;
	}

	private static String quote(String word) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : word.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			} else if (c < 0x20 || c > 0x7E) {
				out.append(String.format("\\x%02X", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

	/** {@code Dictionary format|document}: prints that dictionary. */
	public static void main(String[] args) {
		boolean format = args.length == 0 || args[0].equals("format");
		System.out.println(format ? "# keywords of the format grammar (nl.oppstudio.fuzz.Dictionary format)"
				: "# element names of documents of swv-voorbeeld-opp (nl.oppstudio.fuzz.Dictionary document)");
		lines(format ? formatKeywords() : documentNames(), !format).forEach(System.out::println);
		System.exit(0);
	}
}
