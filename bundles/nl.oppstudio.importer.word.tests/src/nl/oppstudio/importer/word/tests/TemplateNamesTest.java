package nl.oppstudio.importer.word.tests;

import static nl.oppstudio.importer.word.tests.Templates.boxes;
import static nl.oppstudio.importer.word.tests.Templates.check;
import static nl.oppstudio.importer.word.tests.Templates.guidance;
import static nl.oppstudio.importer.word.tests.Templates.heading;
import static nl.oppstudio.importer.word.tests.Templates.map;
import static nl.oppstudio.importer.word.tests.Templates.para;
import static nl.oppstudio.importer.word.tests.Templates.row;
import static nl.oppstudio.importer.word.tests.Templates.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.importer.word.TemplateResult;
import nl.oppstudio.importer.word.internal.Names;
import nl.oppstudio.importer.word.internal.WordFile.Block;

/** Issue 17: names from labels, and a draft that parses whatever the labels hold. */
class TemplateNamesTest {

	@Test
	void namesJoinTheWordsWithoutAccentsAndKeepDigits() {
		assertEquals("naamVanDeLeerling", Names.of("Naam van de leerling", "veld"));
		assertEquals("eenCafeOverleg", Names.of("Één café-overleg", "veld"));
		assertEquals("bevorderendeFactoren1a", Names.of("1a. Bevorderende factoren", "sectie"));
		assertEquals("veld12", Names.of("12", "veld"));
		assertEquals("antwoord", Names.of("", "veld"));
		assertEquals("onderdeel", Names.of("¿¿ 🎉 ??", "sectie"));
		assertTrue(Names.of("Recente en voor onderwijs en uitstroomprofiel relevante bevorderende factoren", "veld").length() <= 40);
	}

	/** Format language §3.1: "these are reserved words of the language and cannot" be names. */
	@Test
	void reservedWordsComeFromTheGrammarAndAreNeverNames() {
		Set<String> reserved = Names.reserved();
		for (String word : List.of("wanneer", "of", "veld", "sectie", "ja", "nee", "verplicht", "van", "tot", "po", "vso")) {
			assertTrue(reserved.contains(word), word);
		}
		assertFalse(reserved.contains("datum"), "datum may be a name (rule Name)");
		assertEquals("wanneerVeld", Names.of("Wanneer", "veld"));
		assertEquals("ofSectie", Names.of("Of", "sectie"));
		for (String word : reserved) {
			assertFalse(reserved.contains(Names.of(word, "veld")), word);
		}
	}

	@Test
	void namesAreUniqueInTheirContainer() {
		Set<String> used = new HashSet<>();
		assertEquals("naam", Names.unique("Naam", "veld", used));
		assertEquals("naam2", Names.unique("Naam:", "veld", used));
		assertEquals("naam3", Names.unique("naam", "veld", used));
		TemplateResult result = map(heading(1, 1, "", "Ouders"), para(2, "Naam:"), para(3, "Naam:"), heading(4, 1, "", "School"), para(5, "Naam:"));
		LoadedFormat loaded = check(result);
		assertTrue(result.formatText().contains("veld naam2 \"Naam\": tekst"), result.formatText());
		assertEquals(3, count(loaded.format().getMembers()));
	}

	/** Hostile labels: the draft parses, and every label comes back as it was written in Word. */
	@Test
	void theDraftAlwaysParsesWhateverTheLabelsHold() {
		List<String> hostile = List.of("Zeg \"hallo\"", "C:\\pad\\naar\\map", "a // geen commentaar", "/* open", "*/ dicht",
				"Emoji 🎉👨‍👩‍👧 erin", "עברית RTL \u202Eomgekeerd\u202C", "tab\tin\u0007bel", "regel\u2028scheiding", "",
				"wanneer", "veld", "sectie", "of", "ja", "\\", "\"", "'", "}", "{ } ;", "x".repeat(2000),
				"lone \uD800 surrogate", "nul\u0000teken");
		List<Block> blocks = new ArrayList<>();
		int n = 1;
		blocks.add(heading(n++, 1, "", "\"}"));
		for (String label : hostile) {
			blocks.add(para(n++, label + ":"));
			blocks.add(guidance(n++, label));
		}
		blocks.add(heading(n++, 1, "", "wanneer"));
		blocks.add(boxes(n++, "\"a\" \"b\"", "\"a\"", "\"b\""));
		blocks.add(table("tabel 1", row("\"}", "/*"), row("", "")));
		TemplateResult result = map(blocks.toArray(Block[]::new));
		LoadedFormat loaded = check(result);
		List<String> labels = new ArrayList<>();
		collectLabels(loaded.format().getMembers(), labels);
		for (String label : hostile) {
			// a label without letters or digits is decoration (opsmuk), a label of 2,000 characters is cut (its text goes to uitleg)
			if (label.codePoints().anyMatch(Character::isLetterOrDigit) && label.length() < 200 && !label.contains("\uD800")) {
				assertTrue(labels.contains(label.strip()), () -> "label lost: " + label + " in " + labels);
			}
		}
	}

	private static int count(List<Element> members) {
		int fields = 0;
		for (Element member : members) {
			fields += member instanceof Field ? 1 : 0;
			if (member instanceof nl.oppstudio.format.model.Container container) {
				fields += count(container.getMembers());
			}
		}
		return fields;
	}

	private static void collectLabels(List<Element> members, List<String> labels) {
		for (Element member : members) {
			labels.add(member.getLabel());
			if (member instanceof nl.oppstudio.format.model.Container container) {
				collectLabels(container.getMembers(), labels);
			}
		}
	}
}
