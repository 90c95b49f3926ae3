package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.FieldReference;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 10, "The people who write formats": "The people who write formats are SWV staff, not
 * programmers. In these cases, their first try at a new format should end in a fix that the message
 * suggests." Each message is checked word for word, with its line and column.
 */
class WritingFormatsTest {

	private static final Path FILE = Path.of("test.oppformat");

	@TempDir
	Path folder;

	private static LoadedFormat load(String text) {
		return FormatLoader.create().load(FILE, text.getBytes(StandardCharsets.UTF_8));
	}

	/** A format of a kind without legal minimum, with {@code members} from its second line on. */
	private static LoadedFormat members(String members) {
		return load("formaat \"swv-test\" versie \"1.0.0\" soort handelingswijzer {\n" + members + "\n}\n");
	}

	private static List<Diagnostic> errors(LoadedFormat loaded) {
		return loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
	}

	/** The only error of the format: asserts there is exactly one. */
	private static Diagnostic onlyError(LoadedFormat loaded) {
		List<Diagnostic> errors = errors(loaded);
		assertEquals(1, errors.size(), errors.toString());
		return errors.get(0);
	}

	private static void assertAt(Diagnostic diagnostic, int line, int column, String message) {
		assertEquals(message, diagnostic.message(), diagnostic.toString());
		assertEquals(line, diagnostic.line(), diagnostic.toString());
		assertEquals(column, diagnostic.column(), diagnostic.toString());
	}

	// "A misspelt path (in an op, a condition or an uittreksel): name the nearest existing path
	// ("bedoelt u handelingsdeel.doelen?"). Put a quick fix beside it." (the quick fix: QuickfixTest)

	@Test
	void misspeltPathInTheExtractNamesTheNearestPath() {
		LoadedFormat loaded = load("""
				formaat "swv-test" versie "1.0.0" soort handelingswijzer
				uittreksel "Handelingswijzer" { toon handelingsdeel.doeln }
				{
					sectie handelingsdeel { doelen doelen { niveau korte-termijn } }
				}
				""");
		Diagnostic error = onlyError(loaded);
		assertAt(error, 2, 38,
				"Onbekend onderdeel 'handelingsdeel.doeln' in het uittreksel: bedoelt u 'handelingsdeel.doelen'?");
		assertEquals(FormatIssueCodes.UNKNOWN_NAME_SUGGESTION, error.code());
	}

	@Test
	void misspeltFieldInAConditionNamesTheNearestField() {
		LoadedFormat loaded = members("""
				sectie programma {
					veld afwijking: ja-nee
					veld welke: tekst zichtbaar wanneer programma.afwijkng
				}""");
		assertAt(onlyError(loaded), 4, 38, "Onbekend veld 'programma.afwijkng': bedoelt u 'programma.afwijking'?");
	}

	@Test
	void misspeltSectionAfterOpNamesTheNearestSectionNotAField() {
		LoadedFormat loaded = members("""
				sectie handelingsdeel handelingsdeel { veld aanpak: tekst }
				sectie overleg { veld instemming: instemming door "ouders" op handelingdeel }""");
		assertAt(onlyError(loaded), 3, 63, "Onbekend onderdeel 'handelingdeel': bedoelt u 'handelingsdeel'?");
	}

	@Test
	void misspeltPhaseNamesTheNearestPhaseSwappedLettersIncluded() {
		LoadedFormat loaded = members("""
				cyclus cyclus {
					fase start uiterlijk 1 oktober
					fase eind na fase strat uiterlijk 2 weken na fase strt
				}""");
		List<Diagnostic> errors = errors(loaded);
		assertEquals(2, errors.size(), errors.toString());
		assertAt(errors.get(0), 4, 20, "Onbekende fase 'strat': bedoelt u 'start'?");
		assertAt(errors.get(1), 4, 52, "Onbekende fase 'strt': bedoelt u 'start'?");
	}

	@Test
	void misspeltInheritedPathNamesTheBasePath() {
		TestFormats.write(folder, "basis.oppformat", """
				formaat "basis" versie "1.0.0" soort handelingswijzer {
					sectie overleg { veld instemming: keuze { optie akkoord optie nietAkkoord } }
				}
				""");
		LoadedFormat loaded = TestFormats.write(folder, "afgeleid.oppformat", """
				formaat "afgeleid" versie "1.0.0" soort handelingswijzer breidt uit "basis" {
					sectie extra { veld toelichting: tekst zichtbaar wanneer overleg.instemmng = "akkoord" }
				}
				""");
		assertAt(onlyError(loaded), 2, 59, "Onbekend veld 'overleg.instemmng': bedoelt u 'overleg.instemming'?");
	}

	/** Without its base an OPP lacks all it would inherit: the legal minimum waits for the base. */
	@Test
	void misspeltBaseNamesTheNearestFormatInTheFolderAndHoldsBackTheLegalMinimum() {
		TestFormats.write(folder, "basis.oppformat",
				"formaat \"swv-basis\" versie \"1.0.0\" soort handelingswijzer { sectie s { veld a: tekst } }\n");
		LoadedFormat loaded = TestFormats.write(folder, "afgeleid.oppformat",
				"formaat \"afgeleid\" versie \"1.0.0\" soort opp breidt uit \"swv-bassi\" { }\n");
		assertAt(onlyError(loaded), 1, 56, "Basisformaat 'swv-bassi' niet gevonden: bedoelt u 'swv-basis'?");
		LoadedFormat found = TestFormats.write(folder, "afgeleid.oppformat",
				"formaat \"afgeleid\" versie \"1.0.0\" soort opp breidt uit \"swv-basis\" { }\n");
		assertTrue(errors(found).stream().anyMatch(d -> d.code().startsWith(FormatIssueCodes.LAW)),
				"with its base found, the legal minimum is checked: " + errors(found));
	}

	@Test
	void anOptionCodeWithoutQuotesIsToldToHaveThem() {
		LoadedFormat loaded = members("""
				sectie leerling {
					veld groep: keuze { optie groep7 optie groep8 }
					veld advies: tekst zichtbaar wanneer leerling.groep = groep8
				}""");
		Diagnostic error = onlyError(loaded);
		assertAt(error, 4, 56, "Onbekend veld 'groep8': bedoelt u de optie van 'groep'? "
				+ "Zet een optiecode tussen aanhalingstekens: \"groep8\".");
		assertEquals(FormatIssueCodes.UNKNOWN_NAME_SUGGESTION, error.code());
	}

	@Test
	void twoUnknownFieldsInOneComparisonAreBothReported() {
		LoadedFormat loaded = members("sectie s { veld a: ja-nee veld b: tekst zichtbaar wanneer s.x = s.y }");
		assertEquals(2, errors(loaded).size(), errors(loaded).toString());
	}

	@Test
	void aFarNameGetsNoGuessOnlyTheExplanation() {
		LoadedFormat loaded = members("sectie s { veld a: ja-nee veld b: tekst zichtbaar wanneer s.compleetAnders }");
		Diagnostic error = onlyError(loaded);
		assertEquals("Onbekend veld 's.compleetAnders'; schrijf sectie.veld, bijvoorbeeld leerling.groep.", error.message());
		assertEquals(org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC, error.code());
	}

	// "A reserved word used as a name: say that it is a reserved word and suggest another name. Today
	// the message is only "Onverwacht 'wanneer': dit past hier niet.""

	@Test
	void reservedWordAsAFieldNameIsSaidAsSuch() {
		LoadedFormat loaded = members("""
				sectie planning {
					veld wanneer "Wanneer": tekst
				}""");
		Diagnostic first = errors(loaded).get(0);
		assertAt(first, 3, 7, "'wanneer' is een gereserveerd woord van de taal en kan geen naam zijn; "
				+ "kies een andere naam, bijvoorbeeld tijdstip.");
		assertEquals(FormatIssueCodes.RESERVED_WORD, first.code());
		assertTrue(errors(loaded).stream().noneMatch(d -> d.message().startsWith("Onverwacht")), errors(loaded).toString());
	}

	@Test
	void reservedWordAsASectionNameGetsANameOfItsKind() {
		LoadedFormat loaded = members("sectie of \"Of\" { veld a: tekst }");
		assertAt(errors(loaded).get(0), 2, 8, "'of' is een gereserveerd woord van de taal en kan geen naam zijn; "
				+ "kies een andere naam, bijvoorbeeld ofSectie.");
	}

	/** Properties of members come in any order, the parts of a phase in one: say which. */
	@Test
	void aPhasePartOutOfOrderNamesTheOrder() {
		LoadedFormat loaded = members("""
				cyclus cyclus {
					fase eval "Evaluatie" soort evaluatie uiterlijk 30 juni wanneer schooltype = sbo met-ouders
				}""");
		assertAt(errors(loaded).get(0), 3, 83, "'met-ouders' staat hier niet op zijn plaats: de delen van een fase "
				+ "komen in deze volgorde, elk hooguit één keer: soort, na fase, uiterlijk, door, met-ouders, wet, "
				+ "wanneer, eenmalig, aanbevolen.");
		LoadedFormat afterAnotherPhase = members("""
				cyclus cyclus {
					fase eval uiterlijk 30 juni
					fase terugblik na fase eval uiterlijk 2 weken na fase eval aanbevolen door "mentor"
				}""");
		String message = errors(afterAnotherPhase).get(0).message();
		assertTrue(message.startsWith("'door' staat hier niet op zijn plaats"), message);
		LoadedFormat oneOffFirst = members("cyclus c { fase opstellen uiterlijk 15 oktober eenmalig wanneer schooltype = po }");
		message = errors(oneOffFirst).get(0).message();
		assertTrue(message.startsWith("'wanneer' staat hier niet op zijn plaats"), message);
	}

	@Test
	void reservedWordAsAPartyOfTheSignaturesBlock() {
		LoadedFormat loaded = members("sectie s { ondertekening handtekeningen { partij of \"Ouders\" moment start } }");
		assertAt(errors(loaded).get(0), 2, 50, "'of' is een gereserveerd woord van de taal en kan geen naam zijn; "
				+ "kies een andere naam, bijvoorbeeld ofPartij.");
	}

	@Test
	void aKeywordElsewhereIsStillAnOrdinarySyntaxError() {
		LoadedFormat loaded = members("sectie s { veld a: tekst wanneer }");
		Diagnostic first = errors(loaded).get(0);
		assertEquals(FormatIssueCodes.SYNTAX, first.code(), first.toString());
		assertFalse(first.message().contains("gereserveerd"), first.toString());
	}

	// "A syntax error: report it, and hold back the legal-minimum errors, which are then only noise
	// (today an unclosed brace gives 1 syntax error and 9 legal errors)."

	@Test
	void anUnclosedBraceGivesExactlyTheSyntaxError() {
		String closed = """
				formaat "swv-opp" versie "1.0.0" soort opp {
					sectie leerling {
						veld naam: tekst
					}
				}
				""";
		assertTrue(errors(load(closed)).stream().anyMatch(d -> d.code().startsWith(FormatIssueCodes.LAW)),
				"without the syntax error, this OPP misses the legal minimum");
		LoadedFormat unclosed = load(closed.replace("\t}\n", ""));
		Diagnostic error = onlyError(unclosed);
		assertEquals(FormatIssueCodes.SYNTAX, error.code(), error.toString());
		assertAt(error, 4, 2, "Het bestand houdt op, maar er ontbreekt nog een '}': waarschijnlijk is sectie "
				+ "leerling (regel 2) niet gesloten. Zet de '}' aan het eind van dat blok.");
		assertTrue(unclosed.hasSyntaxErrors());
		assertFalse(load(closed).hasSyntaxErrors());
	}

	/** The block that lacks its brace, found by indentation even when a later brace closed it. */
	@Test
	void anUnclosedBlockInTheMiddleIsNamed() {
		String header = "formaat \"swv-test\" versie \"1.0.0\" soort handelingswijzer {\n";
		LoadedFormat loaded = load(header + """
					sectie leerling {
						veld naam: tekst
					sectie handelingsdeel
						uitleg "Alleen wat extra is."
					{
						veld aanpak: tekst
						groep afspraken { veld wie: tekst }
					}
					sectie overleg { veld verslag: tekst }
				}
				""");
		assertEquals("Het bestand houdt op, maar er ontbreekt nog een '}': waarschijnlijk is sectie leerling (regel 2) "
				+ "niet gesloten. Zet de '}' aan het eind van dat blok.", errors(loaded).get(0).message());
		LoadedFormat inner = load(header + """
					sectie leerling { veld naam: tekst }
					sectie handelingsdeel
					{
						veld aanpak: tekst
						groep afspraken { veld wie: tekst
					}
					sectie overleg { veld verslag: tekst }
				}
				""");
		assertEquals("Het bestand houdt op, maar er ontbreekt nog een '}': waarschijnlijk is groep afspraken (regel 6) "
				+ "niet gesloten. Zet de '}' aan het eind van dat blok.", errors(inner).get(0).message());
	}

	// "Resolve the guide's contradictions: inherited members in conditions: 3.6 versus "How extending
	// merges"". The truth: a condition, on a member or on a phase, may name what only the base has.

	@Test
	void conditionsOfADerivedFormatNameMembersThatOnlyTheBaseHas() {
		TestFormats.write(folder, "basis.oppformat", """
				formaat "basis" versie "1.0.0" soort handelingswijzer {
					sectie gegevens { veld dyslexie: ja-nee veld groep: keuze { optie g7 optie g8 } }
				}
				""");
		LoadedFormat loaded = TestFormats.write(folder, "afgeleid.oppformat", """
				formaat "afgeleid" versie "1.0.0" soort handelingswijzer breidt uit "basis" {
					sectie aanpak {
						veld lezen: tekst zichtbaar wanneer gegevens.dyslexie verplicht wanneer gegevens.groep = "g8"
					}
					cyclus cyclus { fase leesoverleg uiterlijk 1 oktober wanneer gegevens.dyslexie }
				}
				""");
		assertEquals(List.of(), errors(loaded));
		Format format = loaded.format();
		Field dyslexie = (Field) Formats.allElements(format).stream().filter(e -> "dyslexie".equals(e.getName()))
				.findFirst().orElseThrow();
		assertFalse(dyslexie.eResource() == format.eResource(), "the field lives in the base only");
		Element lezen = Formats.allElements(format).stream().filter(e -> "lezen".equals(e.getName())).findFirst()
				.orElseThrow();
		assertSame(dyslexie, ((FieldReference) lezen.getVisibleWhen()).getField());
		Phase phase = ((CycleBlock) Formats.allElements(format).stream().filter(CycleBlock.class::isInstance)
				.findFirst().orElseThrow()).getPhases().get(0);
		assertSame(dyslexie, ((FieldReference) phase.getCondition()).getField());
	}
}
