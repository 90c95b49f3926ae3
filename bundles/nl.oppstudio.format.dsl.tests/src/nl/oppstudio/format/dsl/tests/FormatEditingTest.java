package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.InstalledBases;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Edit;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Highlight;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Location;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Problem;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Proposal;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Rename;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Snapshot;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Style;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Symbol;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;

/** Issue 14: the format text editor's services, on the example formats. */
class FormatEditingTest {

	private static final Path VOORBEELD = Examples.file(Examples.FORMAT);
	private static final Path PO = Examples.file("swv-po-opp-1-4.oppformat");

	private static String read(Path file) throws IOException {
		return Files.readString(file);
	}

	/** The text with the edits applied (from the last to the first). */
	static String apply(String text, List<Edit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted(Comparator.comparingInt(Edit::offset).reversed())
				.forEach(edit -> result.replace(edit.offset(), edit.offset() + edit.length(), edit.text()));
		return result.toString();
	}

	private static List<Problem> errors(Snapshot snapshot) {
		return snapshot.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
	}

	@Test
	void updateFindsWhatTheCommandLineFinds() throws IOException {
		for (Path example : Examples.all(FormatLoader.EXTENSION)) {
			Snapshot snapshot = FormatEditing.open(example, read(example)).snapshot();
			List<Diagnostic> expected = FormatLoader.create(null).load(example).diagnostics();
			assertEquals(expected, snapshot.loaded().diagnostics(), example.toString());
			assertEquals(expected.size(), snapshot.problems().size());
		}
	}

	@Test
	void aTypedErrorIsLocatedByOffsetAndLength() throws IOException {
		String text = read(PO);
		FormatEditing editing = FormatEditing.open(PO, text);
		Snapshot good = editing.snapshot();
		assertEquals(List.of(), errors(good));
		String broken = text.replace("wanneer niveaus.cognitie = ja", "wanneer niveaus.cognitei = ja");
		Snapshot bad = editing.update(broken);
		int at = broken.indexOf("niveaus.cognitei");
		Problem problem = errors(bad).stream().filter(p -> p.offset() == at).findFirst()
				.orElseThrow(() -> new AssertionError(bad.problems().toString()));
		assertEquals("niveaus.cognitei".length(), problem.length());
		assertEquals(broken.substring(0, at).split("\n", -1).length, problem.line());
		// a syntax error: the word typed wrongly
		String typo = text.replace("veld onderzoeksverslag \"Verslag cognitief onderzoek\": bijlage",
				"veld onderzoeksverslag \"Verslag cognitief onderzoek\": bijlagee");
		Snapshot syntax = editing.update(typo);
		assertTrue(syntax.syntaxErrors());
		int word = typo.indexOf("bijlagee");
		assertTrue(errors(syntax).stream().anyMatch(p -> p.offset() == word && p.length() == "bijlagee".length()),
				syntax.problems().toString());
		// the first snapshot is untouched by the later updates
		Format format = good.loaded().format();
		assertNotNull(format.eResource());
		assertFalse(good.syntaxErrors());
		assertSame(format, good.loaded().format());
		assertTrue(format.eResource().getErrors().isEmpty());
	}

	@Test
	void lexicalColoursKeywordsStringsNumbersAndComments() {
		String text = "// kop\nformaat \"x\" versie \"1.0.0\" omvang 2 tot 5 paginas { }";
		List<Highlight> highlights = FormatEditing.lexical(text);
		assertTrue(highlights.contains(new Highlight(0, 6, Style.COMMENT)), highlights.toString());
		assertTrue(highlights.contains(new Highlight(7, 7, Style.KEYWORD)), highlights.toString());
		assertTrue(highlights.contains(new Highlight(15, 3, Style.STRING)), highlights.toString());
		assertTrue(highlights.contains(new Highlight(text.indexOf('2'), 1, Style.NUMBER)), highlights.toString());
	}

	@Test
	void semanticColoursNamesReferencesTagsAndCodes() throws IOException {
		String text = read(VOORBEELD);
		List<Highlight> highlights = FormatEditing.open(VOORBEELD, text).semantic();
		assertTrue(highlights.contains(new Highlight(text.indexOf("naam \"Naam"), 4, Style.DECLARATION)), highlights.toString());
		int tag = text.indexOf("wet startdatum") + 4;
		assertTrue(highlights.contains(new Highlight(tag, "startdatum".length(), Style.LEGAL_TAG)), highlights.toString());
		assertTrue(highlights.contains(new Highlight(text.indexOf("groep1"), 6, Style.OPTION_CODE)), highlights.toString());
		int reference = text.indexOf("handelingsdeel.aanpak");
		assertTrue(highlights.contains(new Highlight(reference, "handelingsdeel.aanpak".length(), Style.REFERENCE)),
				highlights.toString());
	}

	@Test
	void completionAfterWanneerOffersMemberPaths() throws IOException {
		String text = read(VOORBEELD);
		String typed = "\t\tveld extra \"Extra\": tekst zichtbaar wanneer ";
		int at = text.indexOf("\t\tveld school") ;
		String edited = text.substring(0, at) + typed + "\n" + text.substring(at);
		FormatEditing editing = FormatEditing.open(VOORBEELD, edited);
		List<Proposal> proposals = editing.complete(at + typed.length());
		Proposal groep = proposals.stream().filter(p -> p.replacement().equals("leerling.groep")).findFirst()
				.orElseThrow(() -> new AssertionError(proposals.stream().map(Proposal::replacement).toList().toString()));
		assertEquals(at + typed.length(), groep.offset());
		assertEquals("Groep", groep.documentation());
		Proposal start = proposals.stream().filter(p -> p.replacement().equals("leerling.startdatum")).findFirst().orElseThrow();
		assertTrue(start.documentation().contains("zes weken"), start.documentation());
		assertTrue(proposals.stream().anyMatch(p -> p.replacement().equals("schooltype")), proposals.toString());
	}

	@Test
	void completionAfterWetOffersTheLegalTagsWithTheirSource() throws IOException {
		String text = read(VOORBEELD);
		String typed = "\t\tveld extra \"Extra\": datum wet ";
		int at = text.indexOf("\t\tveld school");
		String edited = text.substring(0, at) + typed + "\n" + text.substring(at);
		List<Proposal> proposals = FormatEditing.open(VOORBEELD, edited).complete(at + typed.length());
		Proposal tag = proposals.stream().filter(p -> p.replacement().equals("ouderinstemming")).findFirst()
				.orElseThrow(() -> new AssertionError(proposals.toString()));
		assertTrue(tag.documentation().contains("Handreiking OPP 3.2"), tag.documentation());
		assertTrue(proposals.stream().anyMatch(p -> p.replacement().equals("startdatum") && p.documentation().contains("zes weken")),
				proposals.toString());
	}

	@Test
	void completionAfterEqualsOffersTheOptionCodes() throws IOException {
		String text = read(VOORBEELD);
		String typed = "\t\tveld extra \"Extra\": tekst zichtbaar wanneer leerling.groep = ";
		int at = text.indexOf("\t\tveld school");
		String edited = text.substring(0, at) + typed + "\n" + text.substring(at);
		List<Proposal> proposals = FormatEditing.open(VOORBEELD, edited).complete(at + typed.length());
		Proposal code = proposals.stream().filter(p -> p.replacement().equals("\"groep5\"")).findFirst()
				.orElseThrow(() -> new AssertionError(proposals.toString()));
		assertEquals("Groep 5", code.documentation());
		// after the opening quote and a letter or two, only what fits, replacing what was typed
		String partly = text.substring(0, at) + typed + "\"groep1\n" + text.substring(at);
		int cursor = at + typed.length() + "\"groep1".length();
		List<Proposal> narrowed = FormatEditing.open(VOORBEELD, partly).complete(cursor);
		Proposal one = narrowed.stream().filter(p -> p.replacement().equals("\"groep1\"")).findFirst().orElseThrow();
		assertEquals(cursor - "\"groep1".length(), one.offset());
		assertFalse(narrowed.stream().anyMatch(p -> p.replacement().equals("\"groep5\"")));
	}

	@Test
	void hoverShowsTheUitlegOfAFieldAndTheSourceOfALegalTag() throws IOException {
		String text = read(VOORBEELD);
		FormatEditing editing = FormatEditing.open(VOORBEELD, text);
		String field = editing.hover(text.indexOf("startdatum \"Inschrijving") + 2).orElseThrow();
		assertTrue(field.contains("Inschrijving of start extra ondersteuning"), field);
		assertTrue(field.contains("binnen zes weken daarna vastgesteld"), field);
		assertFalse(field.contains("**"), field);
		String tag = editing.hover(text.indexOf("wet startdatum") + 6).orElseThrow();
		assertTrue(tag.contains("Handreiking OPP 3.2"), tag);
		// on a path in the extract: the member it names
		String path = editing.hover(text.indexOf("handelingsdeel.aanpak") + 16).orElseThrow();
		assertTrue(path.contains("Aanpak en extra ondersteuning"), path);
	}

	@Test
	void outlineListsSectionsAndFields() throws IOException {
		String text = read(VOORBEELD);
		List<Symbol> outline = FormatEditing.open(VOORBEELD, text).outline();
		assertEquals(1, outline.size());
		Symbol leerling = outline.get(0).children().stream().filter(s -> s.name().equals("leerling")).findFirst()
				.orElseThrow(() -> new AssertionError(outline.toString()));
		assertEquals(text.indexOf("leerling \"Gegevens"), leerling.selectionOffset());
		assertEquals("leerling".length(), leerling.selectionLength());
		assertTrue(leerling.children().stream().map(Symbol::name).toList().containsAll(List.of("naam", "geboortedatum", "groep")),
				leerling.children().toString());
		assertTrue(outline.get(0).children().stream().map(Symbol::name).toList().containsAll(List.of("factoren", "cyclus")));
	}

	@Test
	void formattingFixesBadIndentation() {
		String text = "formaat \"x\" versie \"1.0.0\" soort handelingswijzer {\nsectie s \"S\" {\n      veld a: tekst\n veld b: datum\n}\n}\n";
		Path file = Path.of("x.oppformat").toAbsolutePath();
		FormatEditing editing = FormatEditing.open(file, text);
		List<Edit> edits = editing.formatting();
		assertFalse(edits.isEmpty());
		String formatted = apply(text, edits);
		assertTrue(formatted.contains("\n\tsectie s \"S\" {\n\t\tveld a: tekst\n\t\tveld b: datum\n\t}\n}"), formatted);
		editing.update(formatted);
		assertEquals(List.of(), editing.formatting(), "formatted text stays as it is");
	}

	@Test
	void aQuickFixMakesTheProblemGoAway() throws IOException {
		String text = read(VOORBEELD).replace("versie \"0.2.0\"", "versie \"v0.2\"");
		FormatEditing editing = FormatEditing.open(VOORBEELD, text);
		Problem problem = editing.snapshot().problems().stream().filter(p -> FormatIssueCodes.INVALID_VERSION.equals(p.code()))
				.findFirst().orElseThrow(() -> new AssertionError(editing.snapshot().problems().toString()));
		List<FormatEditing.Fix> fixes = editing.fixes(problem);
		assertFalse(fixes.isEmpty());
		assertFalse(fixes.get(0).label().isBlank());
		String fixed = apply(text, fixes.get(0).edits());
		assertTrue(fixed.contains("versie \"0.2.0\""), fixed);
		Snapshot after = editing.update(fixed);
		assertTrue(after.problems().stream().noneMatch(p -> FormatIssueCodes.INVALID_VERSION.equals(p.code())), after.problems().toString());
	}

	@Test
	void definitionGoesIntoTheInstalledBase(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("afgeleid.oppformat");
		String text = InstalledBasesTest.DERIVED;
		Files.writeString(file, text);
		FormatEditing editing = FormatEditing.open(file, text);
		assertEquals(List.of(), errors(editing.snapshot()));
		Location field = editing.definition(text.indexOf("leerling.naam") + 10).orElseThrow();
		Path base = InstalledBases.file("wettelijk-minimum").orElseThrow();
		assertEquals(base, field.file());
		String baseText = Files.readString(base);
		assertEquals("naam", baseText.substring(field.offset(), field.offset() + field.length()));
		assertEquals(baseText.substring(0, field.offset()).split("\n", -1).length, field.line());
		Location format = editing.definition(text.indexOf("\"wettelijk-minimum\"") + 3).orElseThrow();
		assertEquals(base, format.file());
		assertEquals("\"wettelijk-minimum\"", baseText.substring(format.offset(), format.offset() + format.length()));
		assertTrue(editing.definition(0).isEmpty(), "no name at the start");
	}

	@Test
	void earlierSnapshotsKeepTheirBase(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("afgeleid.oppformat");
		String text = InstalledBasesTest.DERIVED;
		FormatEditing editing = FormatEditing.open(file, text);
		Format first = editing.snapshot().loaded().format();
		Snapshot second = editing.update(text.replace("\"Extra\"", "\"Extra gegevens\""));
		assertEquals(List.of(), errors(second));
		assertEquals("Extra", ((nl.oppstudio.format.model.Element) first.getMembers().get(0)).getLabel());
		assertTrue(nl.oppstudio.format.model.Formats.allElements(first).stream().anyMatch(e -> "startdatum".equals(e.getName())),
				"the first snapshot still sees its base's members");
		// a copy in the folder now wins: read on the next update
		Files.writeString(folder.resolve("eigen-minimum.oppformat"), InstalledBases.text("wettelijk-minimum")
				.replace("\"Wettelijk minimum OPP\"", "\"Eigen minimum\""));
		Snapshot third = editing.update(text);
		assertEquals("Eigen minimum", third.loaded().format().getBase().getName());
	}

	@Test
	void definitionWithinTheFile() throws IOException {
		String text = read(VOORBEELD);
		FormatEditing editing = FormatEditing.open(VOORBEELD, text);
		Location location = editing.definition(text.indexOf("handelingsdeel.aanpak") + 17).orElseThrow();
		assertEquals(VOORBEELD.toAbsolutePath().normalize(), location.file());
		assertEquals(text.indexOf("aanpak \"Aanpak"), location.offset());
	}

	@Test
	void referencesOfAFieldUsedInConditions() throws IOException {
		String text = read(PO);
		FormatEditing editing = FormatEditing.open(PO, text);
		int declaration = text.indexOf("veld overeenstemming") + 5;
		List<Location> references = editing.references(declaration);
		List<Integer> expected = occurrences(text, "overleg.overeenstemming");
		assertTrue(expected.size() >= 2, expected.toString());
		assertEquals(expected, references.stream().filter(l -> l.file().equals(editing.file())).map(Location::offset).toList());
		// from a use, the same
		assertEquals(references, editing.references(expected.get(0) + 10));
	}

	private static List<Integer> occurrences(String text, String word) {
		List<Integer> result = new java.util.ArrayList<>();
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
			result.add(at);
		}
		return result;
	}

	@Test
	void renameUpdatesEveryPathAndAddsWas() throws IOException {
		String text = read(PO);
		FormatEditing editing = FormatEditing.open(PO, text);
		int uses = occurrences(text, "overleg.overeenstemming").size();
		Rename rename = editing.rename(text.indexOf("veld overeenstemming") + 5, "akkoord");
		assertNull(rename.refusal(), rename.refusal());
		assertNotNull(rename.migrationWarning());
		assertTrue(rename.migrationWarning().contains("opp migrate"), rename.migrationWarning());
		String renamed = apply(text, rename.edits());
		assertEquals(1, occurrences(renamed, "overleg.overeenstemming").size(), renamed); // in the was hint only
		assertEquals(uses, occurrences(renamed, "overleg.akkoord").size());
		assertTrue(renamed.contains("veld akkoord"), renamed);
		assertTrue(renamed.contains("was \"overleg.overeenstemming\""), renamed);
		Snapshot after = editing.update(renamed);
		assertEquals(List.of(), errors(after), renamed);
		// a section: the paths through it change too
		Rename section = editing.rename(renamed.indexOf("sectie overleg") + 8, "gesprek");
		assertNull(section.refusal(), section.refusal());
		String again = apply(renamed, section.edits());
		assertEquals(uses, occurrences(again, "gesprek.akkoord").size(), again);
		assertTrue(again.contains("was \"overleg\""), again);
		assertEquals(List.of(), errors(editing.update(again)), again);
	}

	/** A base's member renamed: the formats of the folder that extend it and use it get their edits too. */
	@Test
	void renameAndReferencesReachTheFormatsThatExtendIt(@TempDir Path folder) throws IOException {
		Path base = folder.resolve("basis.oppformat");
		String baseText = InstalledBases.text("wettelijk-minimum").replace("\"wettelijk-minimum\"", "\"mijn-basis\"");
		Files.writeString(base, baseText);
		Path derived = folder.resolve("afgeleid.oppformat");
		String derivedText = InstalledBasesTest.DERIVED.replace("wettelijk-minimum", "mijn-basis");
		Files.writeString(derived, derivedText);
		FormatEditing editing = FormatEditing.open(base, baseText);
		int naam = baseText.indexOf("veld naam ") + 6;
		List<Location> references = editing.references(naam);
		assertTrue(references.stream().anyMatch(l -> l.file().equals(derived.toAbsolutePath().normalize())
				&& l.offset() == derivedText.indexOf("leerling.naam")), references.toString());
		Rename rename = editing.rename(naam, "volledigeNaam");
		assertNull(rename.refusal(), rename.refusal());
		List<Edit> theirs = rename.otherFiles().get(derived.toAbsolutePath().normalize());
		assertNotNull(theirs, rename.otherFiles().toString());
		String derivedAfter = apply(derivedText, theirs);
		assertTrue(derivedAfter.contains("wanneer leerling.volledigeNaam = \"x\""), derivedAfter);
		Files.writeString(base, apply(baseText, rename.edits()));
		Files.writeString(derived, derivedAfter);
		assertEquals(List.of(), errors(FormatEditing.open(derived, derivedAfter).snapshot()));
		// from the derived format, a member of the base is renamed in the base
		FormatEditing fromDerived = FormatEditing.open(derived, derivedAfter);
		Rename refused = fromDerived.rename(derivedAfter.indexOf("leerling.volledigeNaam") + 10, "iets");
		assertNotNull(refused.refusal());
		assertTrue(refused.refusal().contains("mijn-basis"), refused.refusal());
	}

	/**
	 * Review item 1: a format that extends this one is open with unsaved changes; the rename's edits for it
	 * are offsets in that open text, not in the file on disk.
	 */
	@Test
	void renameUsesTheUnsavedTextOfAnOpenFormatThatExtendsIt(@TempDir Path folder) throws IOException {
		Path base = folder.resolve("basis.oppformat");
		String baseText = InstalledBases.text("wettelijk-minimum").replace("\"wettelijk-minimum\"", "\"mijn-basis\"");
		Files.writeString(base, baseText);
		Path derived = folder.resolve("afgeleid.oppformat");
		String onDisk = InstalledBasesTest.DERIVED.replace("wettelijk-minimum", "mijn-basis");
		Files.writeString(derived, onDisk);
		String unsaved = "// nog niet opgeslagen, en dus langer dan op schijf\n" + onDisk;
		FormatEditing editing = FormatEditing.open(base, baseText);
		editing.setOpenTexts(java.util.Map.of(derived.toAbsolutePath().normalize(), unsaved));
		Rename rename = editing.rename(baseText.indexOf("veld naam ") + 6, "volledigeNaam");
		assertNull(rename.refusal(), rename.refusal());
		List<Edit> theirs = rename.otherFiles().get(derived.toAbsolutePath().normalize());
		assertNotNull(theirs, rename.otherFiles().toString());
		String after = apply(unsaved, theirs);
		assertTrue(after.startsWith("// nog niet opgeslagen"), after);
		assertTrue(after.contains("wanneer leerling.volledigeNaam = \"x\""), after);
		assertFalse(after.contains("leerling.naam"), after);
		List<Location> references = editing.references(baseText.indexOf("veld volledigeNaam") + 6);
		assertNotNull(references);
	}

	/** Review item 11: content assist never shows the language's English class names ("Field", "CycleBlock"). */
	@Test
	void completionShowsNoEnglishClassNames() throws IOException {
		String text = read(VOORBEELD);
		int at = text.indexOf("\t\tveld school");
		java.util.Set<String> classes = new java.util.HashSet<>();
		nl.oppstudio.format.model.FormatPackage.eINSTANCE.getEClassifiers().forEach(c -> classes.add(c.getName()));
		for (String typed : List.of("\t\tveld extra \"Extra\": tekst zichtbaar wanneer ", "\t\tveld extra \"Extra\": tekst zichtbaar wanneer leerling.",
				"\t\t")) {
			String edited = text.substring(0, at) + typed + "\n" + text.substring(at);
			List<Proposal> proposals = FormatEditing.open(VOORBEELD, edited).complete(at + typed.length());
			for (Proposal proposal : proposals) {
				assertFalse(classes.contains(proposal.detail()), typed + ": " + proposal);
				assertFalse(classes.contains(proposal.label()), typed + ": " + proposal);
			}
		}
	}

	@Test
	void renameRefusesTakenReservedAndInvalidNames() throws IOException {
		String text = read(VOORBEELD);
		FormatEditing editing = FormatEditing.open(VOORBEELD, text);
		int naam = text.indexOf("naam \"Naam") + 1;
		for (String name : List.of("groep", "wanneer", "twee woorden", "één", "")) {
			Rename rename = editing.rename(naam, name);
			assertNotNull(rename.refusal(), name);
			assertTrue(rename.edits().isEmpty(), name);
		}
		assertTrue(editing.rename(naam, "groep").refusal().contains("al in gebruik"));
		assertTrue(editing.rename(naam, "wanneer").refusal().contains("gereserveerd"));
		assertNotNull(editing.rename(0, "iets").refusal(), "no member at the start");
	}
}
