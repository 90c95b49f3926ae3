package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.testing.Examples;

/**
 * Issue 15: the TextMate grammar of the VS Code extension ({@code editors/vscode/syntaxes}) colours every
 * example format without an unmatched token: each character that is not white space lies in a scope of
 * some rule (not only the grammar's own), and none in an {@code invalid.*} scope.
 */
class TextMateGrammarTest {

	/** The repository: the parent of the examples folder ({@code opp.examples}). */
	private static Path repository() {
		return Examples.directory().toAbsolutePath().normalize().getParent();
	}

	private static String grammar() throws IOException {
		return Files.readString(repository().resolve("editors/vscode/syntaxes/oppformat.tmLanguage.json"));
	}

	/** The words the text has outside any rule's scope or inside an invalid one, as {@code line:column 'word'}. */
	static List<String> unmatched(TextMate grammar, String text) {
		List<List<String>> scopes = grammar.tokenize(text);
		assertEquals(text.length(), scopes.size());
		List<String> result = new ArrayList<>();
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				lineStart = i + 1;
				continue;
			}
			if (Character.isWhitespace(c)) {
				continue;
			}
			List<String> here = scopes.get(i);
			if (here == null || here.size() < 2 || here.stream().anyMatch(s -> s.startsWith("invalid"))) {
				int end = i;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
					end++;
				}
				result.add(line + ":" + (i - lineStart + 1) + " '" + text.substring(i, end) + "' " + here);
				i = end - 1;
			}
		}
		return result;
	}

	@Test
	void everyExampleFormatIsColouredWithoutAnUnmatchedToken() throws IOException {
		TextMate grammar = new TextMate(grammar());
		List<Path> examples = Examples.all(FormatLoader.EXTENSION);
		assertTrue(examples.size() >= 5, examples.toString());
		for (Path example : examples) {
			List<String> unmatched = unmatched(grammar, Files.readString(example));
			assertEquals(List.of(), unmatched, example.getFileName().toString());
		}
	}

	/** Every keyword of the Xtext grammar, alone, is coloured: a keyword left out of the TextMate grammar is caught. */
	@Test
	void everyKeywordOfTheLanguageIsColoured() throws IOException {
		String xtext = Files.readString(repository().resolve("bundles/nl.oppstudio.format.dsl/src/nl/oppstudio/format/dsl/Format.xtext"));
		TreeSet<String> keywords = keywords(xtext);
		assertTrue(keywords.size() > 100, keywords.toString());
		TextMate grammar = new TextMate(grammar());
		List<String> missing = new ArrayList<>();
		for (String keyword : keywords) {
			if (!unmatched(grammar, keyword).isEmpty()) {
				missing.add(keyword);
			}
		}
		assertEquals(List.of(), missing);
	}

	private static TreeSet<String> keywords(String xtext) {
		TreeSet<String> keywords = new TreeSet<>();
		Matcher matcher = Pattern.compile("'([a-z][a-z-]*)'").matcher(xtext);
		while (matcher.find()) {
			keywords.add(matcher.group(1));
		}
		return keywords;
	}

	/** The grammar with a keyword taken out of each alternation it is in. */
	private static String without(String json, String keyword) {
		String result = json.replaceAll("(?<=[(|])" + Pattern.quote(keyword) + "\\|", "").replaceAll("\\|" + Pattern.quote(keyword) + "(?=\\))", "");
		assertFalse(result.equals(json), keyword);
		return result;
	}

	/** The check is not blind: with a keyword removed from the grammar, the example has that keyword unmatched. */
	@Test
	void aKeywordRemovedFromTheGrammarIsCaught() throws IOException {
		String json = grammar();
		String text = Files.readString(Examples.file(Examples.FORMAT));
		for (String keyword : List.of("omvang", "wanneer", "veld", "versie", "uiterlijk")) {
			List<String> unmatched = unmatched(new TextMate(without(json, keyword)), text);
			// the keyword itself is unmatched (and a name it declared may be too)
			assertTrue(unmatched.stream().anyMatch(u -> u.contains(" '" + keyword + "' ")), keyword + ": " + unmatched);
		}
		// a legal tag unknown after wet is marked invalid
		List<String> unknownTag = unmatched(new TextMate(json), "veld a: datum wet startdatum, onbekend\n");
		assertEquals(1, unknownTag.size(), unknownTag.toString());
		assertTrue(unknownTag.get(0).contains("'onbekend'"), unknownTag.toString());
	}

	/** The subset's mechanics: a block comment and a string over lines, captures, and the end of a begin/end rule. */
	@Test
	void theTokenizerFollowsBeginAndEndOverLines() throws IOException {
		TextMate grammar = new TextMate(grammar());
		String text = "/* een\nopmerking */ veld a \"Label\nover twee regels\": tekst wet oogo, hoorrecht verplicht";
		List<List<String>> scopes = grammar.tokenize(text);
		assertTrue(scopes.get(text.indexOf("opmerking")).contains("comment.block.oppformat"));
		assertTrue(scopes.get(text.indexOf("over twee")).contains("string.quoted.double.oppformat"));
		assertTrue(scopes.get(text.indexOf("veld")).contains("keyword.other.declaration.oppformat"));
		assertTrue(scopes.get(text.indexOf("a \"")).contains("entity.name.type.member.oppformat"));
		assertTrue(scopes.get(text.indexOf("hoorrecht")).contains("entity.name.tag.legal.oppformat"));
		assertFalse(scopes.get(text.indexOf("verplicht")).contains("entity.name.tag.legal.oppformat"));
		assertTrue(scopes.get(text.indexOf("verplicht")).contains("keyword.other.oppformat"));
		assertEquals(List.of(), unmatched(grammar, text));
	}
}
