package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Extract;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 6: a format names the elements of its one-page extract (the handelingswijzer) by the same paths
 * conditions use; names that point at nothing are located Dutch errors; a derived format inherits the
 * extract of its base unless it declares its own.
 */
class ExtractTest {

	private static final String MEMBERS = """
			{
				sectie leerling "Leerling" { veld naam: tekst veld groep: tekst }
				behoeften onderwijsbehoeften "Onderwijsbehoeften" van leerling
				sectie handelingsdeel "Handelingsdeel" {
					doelen doelen "Doelen" { niveau korte-termijn }
					veld afspraken "Afspraken": tekst lang
					groep acties "Acties" herhaalbaar { veld wie: tekst }
				}
			}
			""";

	@TempDir
	Path folder;

	private LoadedFormat load(String name, String text) {
		return TestFormats.write(folder, name, text);
	}

	private LoadedFormat format(String extract) throws Exception {
		return load("uittreksel.oppformat",
				"formaat \"swv-test\" versie \"1.0.0\" soort handelingswijzer\n" + extract + "\n" + MEMBERS);
	}

	private static List<String> names(List<Element> elements) {
		return elements.stream().map(element -> String.join(".", Formats.path(element))).toList();
	}

	@Test
	void extractNamesSectionsBlocksAndFieldsByPath() throws Exception {
		LoadedFormat loaded = format("""
				uittreksel "Handelingswijzer" {
					toon leerling.naam, onderwijsbehoeften
					toon handelingsdeel.doelen, handelingsdeel.afspraken
				}""");
		assertEquals(List.of(), loaded.diagnostics());
		Extract extract = Formats.extract(loaded.format());
		assertNotNull(extract);
		assertEquals("Handelingswijzer", extract.getLabel());
		assertEquals(List.of("leerling.naam", "onderwijsbehoeften", "handelingsdeel.doelen", "handelingsdeel.afspraken"),
				names(extract.getElements()));
		assertEquals(names(extract.getElements()), names(Formats.extractElements(loaded.format())));
		assertSame(loaded.format().getMembers().get(1), extract.getElements().get(1));
	}

	@Test
	void anExtractNeedsATitleAndCannotTakeAFieldOutOfARepeatingGroup() throws Exception {
		// The extract's title becomes the PDF's title, which PDF/UA-1 requires (ISO 14289-1, 7.1).
		LoadedFormat untitled = format("uittreksel \"\" {\n\ttoon leerling\n}");
		assertTrue(untitled.diagnostics().stream().anyMatch(d -> FormatIssueCodes.EXTRACT_WITHOUT_TITLE.equals(d.code())
				&& d.severity() == nl.oppstudio.core.Severity.ERROR), untitled.diagnostics().toString());
		LoadedFormat inGroup = format("uittreksel \"Kort\" {\n\ttoon handelingsdeel.acties.wie, handelingsdeel.acties\n}");
		List<Diagnostic> warnings = inGroup.diagnostics().stream()
				.filter(d -> FormatIssueCodes.EXTRACT_IN_REPEATING_GROUP.equals(d.code())).toList();
		assertEquals(1, warnings.size(), inGroup.diagnostics().toString());
		assertTrue(warnings.get(0).message().contains("'handelingsdeel.acties.wie' staat in de herhaalbare groep 'acties'"),
				warnings.get(0).message());
	}

	@Test
	void withoutExtractThereIsNone() throws Exception {
		LoadedFormat loaded = format("");
		assertNull(Formats.extract(loaded.format()));
		assertEquals(List.of(), Formats.extractElements(loaded.format()));
	}

	@Test
	void unknownElementIsALocatedDutchLinkingError() throws Exception {
		LoadedFormat loaded = format("uittreksel \"Handelingswijzer\" {\n\ttoon leerling, bestaatniet\n}");
		Diagnostic error = loaded.diagnostics().stream().filter(Diagnostic::isError).findFirst()
				.orElseThrow(() -> new AssertionError(loaded.diagnostics().toString()));
		assertEquals(3, error.line(), error.toString());
		assertTrue(error.message().startsWith("Onbekend onderdeel 'bestaatniet' in het uittreksel"), error.message());
		assertEquals(List.of("leerling"), names(Formats.extractElements(loaded.format())));
	}

	@Test
	void emptyExtractAndDuplicatesAreWarnings() throws Exception {
		LoadedFormat empty = format("uittreksel \"Handelingswijzer\" { }");
		Diagnostic warning = empty.diagnostics().stream().filter(d -> FormatIssueCodes.EMPTY_EXTRACT.equals(d.code()))
				.findFirst().orElseThrow(() -> new AssertionError(empty.diagnostics().toString()));
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals(2, warning.line());
		assertTrue(empty.isUsable());

		LoadedFormat twice = format("uittreksel \"Handelingswijzer\" {\n\ttoon leerling, handelingsdeel\n\ttoon leerling\n}");
		List<Diagnostic> duplicates = twice.diagnostics().stream()
				.filter(d -> FormatIssueCodes.DUPLICATE_EXTRACT_ELEMENT.equals(d.code())).toList();
		assertEquals(1, duplicates.size(), twice.diagnostics().toString());
		assertEquals(Severity.WARNING, duplicates.get(0).severity());
		assertEquals(4, duplicates.get(0).line());
		assertEquals("'leerling' staat al in het uittreksel.", duplicates.get(0).message());
		assertEquals(List.of("leerling", "handelingsdeel"), names(Formats.extractElements(twice.format())));
	}

	@Test
	void derivedFormatInheritsTheExtractAndMayDeclareItsOwn() throws Exception {
		load("basis.oppformat", "formaat \"swv-basis\" versie \"1.0.0\" soort handelingswijzer\n"
				+ "uittreksel \"Handelingswijzer\" { toon leerling, handelingsdeel.doelen }\n" + MEMBERS);
		LoadedFormat inherits = load("erft.oppformat", """
				formaat "swv-erft" versie "1.0.0" soort handelingswijzer breidt uit "swv-basis" {
					sectie leerling "Leerling (eigen)" { veld naam: tekst }
				}
				""");
		assertTrue(inherits.isUsable(), inherits.diagnostics().toString());
		Extract inherited = Formats.extract(inherits.format());
		assertNotNull(inherited);
		assertSame(inherits.format().getBase().getExtract(), inherited);
		List<Element> elements = Formats.extractElements(inherits.format());
		assertEquals(List.of("leerling", "handelingsdeel.doelen"), names(elements));
		assertEquals("Leerling (eigen)", elements.get(0).getLabel(), "the derived format's replacement");

		LoadedFormat own = load("eigen.oppformat", """
				formaat "swv-eigen" versie "1.0.0" soort handelingswijzer breidt uit "swv-basis"
				uittreksel "Kort" { toon handelingsdeel.afspraken, extra }
				{
					sectie extra "Extra" { veld x: tekst }
				}
				""");
		assertEquals(List.of(), own.diagnostics().stream().filter(Diagnostic::isError).toList());
		assertEquals("Kort", Formats.extract(own.format()).getLabel());
		assertEquals(List.of("handelingsdeel.afspraken", "extra"), names(Formats.extractElements(own.format())));
	}

	@Test
	void theExampleHasAHandelingswijzer() {
		LoadedFormat example = FormatLoader.create().load(Examples.file(Examples.FORMAT));
		assertEquals("Handelingswijzer", Formats.extract(example.format()).getLabel());
		assertEquals(List.of("leerling", "factoren", "handelingsdeel.doelen", "handelingsdeel.aanpak",
				"handelingsdeel.afspraken"), names(Formats.extractElements(example.format())));
	}
}
