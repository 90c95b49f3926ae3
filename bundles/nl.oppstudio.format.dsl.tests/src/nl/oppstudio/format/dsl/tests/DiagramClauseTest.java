package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.nio.file.Path;
import java.util.List;


import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.documentation.FormatDocumentationProvider;
import nl.oppstudio.format.dsl.validation.DiagramColours;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.DiagramDirection;
import nl.oppstudio.format.model.DiagramLevel;
import nl.oppstudio.format.model.DiagramPlacement;
import nl.oppstudio.format.model.DiagramState;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 13: a doelen or cyclus block says how its diagram looks with {@code diagram { … }}: direction and
 * levels (goals only), a colour per state, and where the PDF puts it. Wrong input is a located Dutch
 * finding; black text must stay readable on a colour (WCAG 2.x, success criterion 1.4.3: at least 4.5:1).
 * Formats are loaded from files as the command line does (no injector, whose registry would be reset
 * after each test); the layout is in {@link DiagramFormattingTest}.
 */
class DiagramClauseTest {

	@TempDir
	Path folder;

	private final IEObjectDocumentationProvider documentation = new FormatDocumentationProvider();

	/** A handelingswijzer (no legal minimum) with the given members. */
	private LoadedFormat format(String members) {
		return TestFormats.write(folder, "diagram.oppformat",
				"formaat \"swv-test\" versie \"1.0.0\" soort handelingswijzer\n{\n" + members + "\n}\n");
	}

	private static List<Diagnostic> withCode(LoadedFormat loaded, String code) {
		return loaded.diagnostics().stream().filter(d -> code.equals(d.code())).toList();
	}

	private static Diagnostic only(LoadedFormat loaded, String code) {
		List<Diagnostic> found = withCode(loaded, code);
		assertEquals(1, found.size(), loaded.diagnostics().toString());
		return found.get(0);
	}

	private static GoalsBlock goals(Format format) {
		return (GoalsBlock) Formats.allElements(format).stream().filter(GoalsBlock.class::isInstance).findFirst().orElseThrow();
	}

	private static CycleBlock cycle(Format format) {
		return (CycleBlock) Formats.allElements(format).stream().filter(CycleBlock.class::isInstance).findFirst().orElseThrow();
	}

	private static final String GOALS = """
			doelen doelen "Doelen" {
				niveau lange-termijn "Einddoel"
				niveau korte-termijn "Tussendoel"
				acties door leerling, school
				criterium
				diagram { richting rechts toon lange-termijn, korte-termijn, acties kleur behaald "#a5d6a7" kleur deels "#FFF59D" pdf achteraan }
			}
			cyclus cyclus "Cyclus" {
				fase evaluatie soort evaluatie uiterlijk 30 juni
				diagram { kleur verlopen "#ffab91" pdf geen }
			}""";

	@Test
	void theClauseIsReadIntoTheModel() {
		LoadedFormat loaded = format(GOALS);
		assertEquals(List.of(), loaded.diagnostics());
		DiagramStyle goals = goals(loaded.format()).getDiagram();
		assertEquals(DiagramDirection.RIGHT, goals.getDirection());
		assertEquals(List.of(DiagramLevel.LANGE_TERMIJN, DiagramLevel.KORTE_TERMIJN, DiagramLevel.ACTIES), goals.getShown());
		assertEquals(List.of(DiagramState.BEHAALD, DiagramState.DEELS), goals.getColours().stream().map(c -> c.getState()).toList());
		assertEquals(List.of("#a5d6a7", "#FFF59D"), goals.getColours().stream().map(c -> c.getColour()).toList());
		assertEquals(DiagramPlacement.END, goals.getPlacement());
		DiagramStyle cycle = cycle(loaded.format()).getDiagram();
		assertEquals(DiagramPlacement.NONE, cycle.getPlacement());
		assertEquals(DiagramState.VERLOPEN, cycle.getColours().get(0).getState());
	}

	@Test
	void withoutAClauseOrWithAnEmptyOneEverythingIsDefault() {
		LoadedFormat loaded = format("doelen d { niveau korte-termijn } cyclus c { fase f diagram { } }");
		assertEquals(List.of(), loaded.diagnostics());
		assertNull(goals(loaded.format()).getDiagram());
		DiagramStyle empty = cycle(loaded.format()).getDiagram();
		assertNotNull(empty);
		assertEquals(DiagramPlacement.AFTER_BLOCK, empty.getPlacement());
		assertEquals(DiagramDirection.DOWN, empty.getDirection());
		assertTrue(empty.getShown().isEmpty() && empty.getColours().isEmpty());
	}

	/** The new keywords stay usable as names: a field "richting", an option "geen" (revius-wijk-opp has one). */
	@Test
	void theNewKeywordsAreStillNames() {
		LoadedFormat loaded = format("""
				sectie diagram { veld richting: tekst veld pdf: keuze { optie geen optie achteraan optie gepland } }
				""");
		assertEquals(List.of(), loaded.diagnostics());
	}

	@Test
	void theExampleShowsTheClauseAndChecksClean() {
		LoadedFormat loaded = nl.oppstudio.format.dsl.FormatLoader.create().load(Examples.file("swv-po-opp-1-4.oppformat"));
		assertEquals(List.of(), loaded.diagnostics());
		DiagramStyle goals = goals(loaded.format()).getDiagram();
		assertEquals(DiagramDirection.RIGHT, goals.getDirection());
		assertEquals(List.of(DiagramLevel.UITSTROOM, DiagramLevel.LANGE_TERMIJN, DiagramLevel.KORTE_TERMIJN, DiagramLevel.ACTIES),
				goals.getShown());
		assertEquals(DiagramPlacement.END, goals.getPlacement());
		assertEquals(DiagramPlacement.AFTER_BLOCK, cycle(loaded.format()).getDiagram().getPlacement());
	}

	@Test
	void aColourNotInHashSixHexIsALocatedError() {
		for (String colour : List.of("2e7d32", "#2e7", "groen", "#2e7d3z", "")) {
			LoadedFormat loaded = format("doelen d {\n niveau korte-termijn\n diagram {\n kleur behaald \"" + colour + "\" } }");
			Diagnostic error = only(loaded, FormatIssueCodes.DIAGRAM_INVALID_COLOUR);
			assertEquals(Severity.ERROR, error.severity());
			assertEquals(6, error.line(), error.toString());
			assertEquals(16, error.column(), error.toString());
			assertEquals("Kleur '" + colour + "' voor 'behaald' is ongeldig: schrijf een hekje en zes hexadecimale tekens"
					+ " (0-9, a-f), zoals \"#a5d6a7\".", error.message());
		}
	}

	@Test
	void aStateOfTheOtherDiagramIsAnError() {
		LoadedFormat inCycle = format("cyclus c { fase f diagram { kleur behaald \"#a5d6a7\" } }");
		assertEquals("'behaald' is een toestand van een doel; het diagram van een cyclus kleurt fasen, met: gedaan, "
				+ "te-laat-gedaan, binnenkort, verlopen, gepland.", only(inCycle, FormatIssueCodes.DIAGRAM_STATE_KIND).message());
		LoadedFormat inGoals = format("doelen d { niveau korte-termijn diagram { kleur verlopen \"#ffab91\" } }");
		Diagnostic error = only(inGoals, FormatIssueCodes.DIAGRAM_STATE_KIND);
		assertEquals(Severity.ERROR, error.severity());
		assertEquals("'verlopen' is een toestand van een fase; het diagram van de doelen kleurt doelen, met: behaald, deels, "
				+ "niet-behaald, niet-geevalueerd.", error.message());
	}

	@Test
	void directionAndLevelsInACycleAreErrors() {
		LoadedFormat loaded = format("cyclus c { fase f diagram { richting omlaag toon acties } }");
		List<Diagnostic> errors = withCode(loaded, FormatIssueCodes.DIAGRAM_GOALS_ONLY);
		assertEquals(2, errors.size(), loaded.diagnostics().toString());
		assertTrue(errors.stream().allMatch(Diagnostic::isError));
		assertTrue(errors.get(0).message().startsWith("'richting' geldt alleen voor het diagram van de doelen"), errors.toString());
		assertTrue(errors.get(1).message().startsWith("'toon' geldt alleen voor het diagram van de doelen"), errors.toString());
	}

	@Test
	void aLevelTheBlockDoesNotHaveIsAWarning() {
		LoadedFormat loaded = format("doelen d \"Doelen\" { niveau lange-termijn diagram { toon lange-termijn, korte-termijn, acties, uitstroom } }");
		List<Diagnostic> warnings = withCode(loaded, FormatIssueCodes.DIAGRAM_LEVEL_MISSING);
		assertEquals(List.of(
				"Het diagram toont 'korte-termijn', maar blok 'Doelen' heeft geen 'niveau korte-termijn': dat niveau blijft in het diagram leeg.",
				"Het diagram toont 'acties', maar blok 'Doelen' heeft geen 'acties door ...': er zijn geen acties om te tonen.",
				"Het diagram toont 'uitstroom', maar het formaat heeft geen uitstroom-blok en blok 'Doelen' geen 'niveau uitstroom': er is geen uitstroomperspectief om te tonen."),
				warnings.stream().map(Diagnostic::message).toList());
		assertTrue(warnings.stream().allMatch(d -> d.severity() == Severity.WARNING));
		// the uitstroom block of the format is the root of the diagram
		assertEquals(List.of(), format("uitstroom u { onderbouwing } doelen d { niveau korte-termijn diagram { toon uitstroom, korte-termijn } }")
				.diagnostics());
	}

	@Test
	void aColourOrLevelGivenTwiceAndARepeatedSettingAreWarnings() {
		LoadedFormat loaded = format("doelen d { niveau korte-termijn diagram { kleur deels \"#fff59d\" kleur deels \"#ffe082\""
				+ " toon korte-termijn, korte-termijn pdf na-blok pdf achteraan } }");
		List<Diagnostic> duplicates = withCode(loaded, FormatIssueCodes.DIAGRAM_DUPLICATE);
		assertEquals(List.of("'deels' heeft in dit diagram al een kleur; alleen de laatste telt.", "'korte-termijn' staat al bij 'toon'."),
				duplicates.stream().map(Diagnostic::message).toList());
		assertEquals("'pdf' staat meer dan eens in het formaat; alleen de laatste telt.",
				only(loaded, FormatIssueCodes.DUPLICATE_DECLARATION).message());
		assertFalse(Diagnostic.anyError(loaded.diagnostics()), loaded.diagnostics().toString());
	}

	/**
	 * WCAG 2.x, 1.4.3: "The visual presentation of text ... has a contrast ratio of at least 4.5:1". The
	 * diagram writes dark or white text, whichever contrasts more (TextContrast), so only a colour on which
	 * neither reaches 4.5:1 is a warning: a dark red takes white text and passes.
	 */
	@Test
	void aColourNeitherDarkNorWhiteTextIsReadableOnIsAWarningWithALighterColour() {
		LoadedFormat loaded = format("cyclus c { fase f diagram { kleur verlopen \"#7a7a7a\" kleur gedaan \"#a5d6a7\" kleur gepland \"#c62828\" } }");
		Diagnostic warning = only(loaded, FormatIssueCodes.DIAGRAM_LOW_CONTRAST);
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals("Zwarte noch witte tekst is goed leesbaar op kleur #7a7a7a (voor 'verlopen'): het beste contrast is 4,2:1,"
				+ " minder dan 4,5:1 (WCAG). Kies een lichtere kleur, bijvoorbeeld \"#838383\", of een donkerdere.", warning.message());
		assertEquals(21.0 / (0.0103 + 0.05) * 0.05, DiagramColours.textContrast("#ffffff"), 0.1);
		assertEquals(21.0, DiagramColours.textContrast("#000000"), 1e-9);
		assertTrue(DiagramColours.textContrast("#c62828") >= 4.5, "wit op donkerrood");
		assertEquals(nl.oppstudio.format.model.TextContrast.WHITE, nl.oppstudio.format.model.TextContrast.textOn(0xc62828));
		assertTrue(nl.oppstudio.format.model.TextContrast.contrast(nl.oppstudio.format.model.TextContrast.DARK,
				Integer.parseInt(DiagramColours.lightened("#7a7a7a").substring(1), 16)) >= 4.5);
		assertEquals("#a5d6a7", DiagramColours.lightened("#a5d6a7"));
	}

	@Test
	void quickFixesRepairTheColour() throws Exception {
		String text = "formaat \"swv-test\" versie \"1.0.0\" soort handelingswijzer {\n\tcyclus c {\n\t\tfase f\n"
				+ "\t\tdiagram { kleur verlopen \"#7a7a7a\" kleur gedaan \"a5d6a7\" kleur gepland \"#fe9\" }\n\t}\n}\n";
		String fixed = QuickfixTest.fix(QuickfixTest.fix(QuickfixTest.fix(text, FormatIssueCodes.DIAGRAM_LOW_CONTRAST),
				FormatIssueCodes.DIAGRAM_INVALID_COLOUR), FormatIssueCodes.DIAGRAM_INVALID_COLOUR);
		assertTrue(fixed.contains("kleur verlopen \"#838383\" kleur gedaan \"#a5d6a7\" kleur gepland \"#ffee99\""), fixed);
		assertEquals(List.of(), QuickfixTest.check(fixed).stream().map(i -> i.getMessage()).toList());
	}

	@Test
	void hoverSaysHowTheDiagramWillLook() {
		Format format = format(GOALS).format();
		assertEquals("**Diagram van Doelen**\n\nRichting: naar rechts (het uitstroomperspectief links, de acties rechts)\n\n"
				+ "Toont: lange-termijn, korte-termijn, acties\n\nKleuren: behaald #a5d6a7, deels #FFF59D; de andere toestanden in de"
				+ " standaardkleur\n\nIn de PDF: achteraan, bij de andere diagrammen", documentation.getDocumentation(goals(format).getDiagram()));
		assertEquals("**Diagram van Cyclus**\n\nKleuren: verlopen #ffab91; de andere toestanden in de standaardkleur\n\n"
				+ "In de PDF: niet (alleen in de editor)", documentation.getDocumentation(cycle(format).getDiagram()));
		assertEquals("**te-laat-gedaan**: de fase is gedaan, maar na haar termijn", documentation.getDocumentation(
				colour(format("cyclus c { fase f diagram { kleur te-laat-gedaan \"#ffe082\" } }"))));
		String defaults = documentation.getDocumentation(goals(format("doelen d { niveau korte-termijn diagram { } }").format()).getDiagram());
		assertTrue(defaults.contains("Richting: omlaag (het uitstroomperspectief bovenaan, de acties onderaan) (standaard)"), defaults);
		assertTrue(defaults.contains("Toont: alle niveaus die het blok heeft") && defaults.contains("In de PDF: direct na het blok"),
				defaults);
	}

	private static org.eclipse.emf.ecore.EObject colour(LoadedFormat loaded) {
		return cycle(loaded.format()).getDiagram().getColours().get(0);
	}
}
