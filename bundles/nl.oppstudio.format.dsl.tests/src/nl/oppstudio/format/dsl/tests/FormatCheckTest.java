package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.ChoiceType;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatPackage;
import nl.oppstudio.format.model.Group;
import nl.oppstudio.format.model.Part;
import nl.oppstudio.format.model.SchoolType;
import nl.oppstudio.format.model.Section;
import nl.oppstudio.format.model.TextType;

/** Issue 3: parse and check formats; broken formats give located Dutch errors, never exceptions. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class FormatCheckTest {

	@Inject
	private ParseHelper<Format> parseHelper;

	@Inject
	private ValidationTestHelper validation;

	private static final Path FILE = Path.of("test.oppformat");

	private static LoadedFormat load(String text) {
		return FormatLoader.create().load(FILE, text.getBytes(StandardCharsets.UTF_8));
	}

	/** A format of a kind without legal minimum, to test one check at a time. */
	private Format parse(String members) throws Exception {
		return parseHelper.parse("formaat \"swv-test\" versie \"1.0.0\" soort handelingswijzer {\n" + members + "\n}");
	}

	@Test
	void parsesStructureTypesAndOptions() throws Exception {
		Format format = parseHelper.parse("""
				formaat "swv-test" "Test" versie "1.2.3" soort handelingswijzer voor po, sbo taal "nl" {
					deel basis "Basis" {
						sectie leerling "Gegevens" {
							veld naam "Naam": tekst max 80 verplicht uitleg "Roepnaam en achternaam"
							veld datum "Datum": datum
							veld groep "Groep": keuze { optie g1 "Groep 1" optie g2 "Groep 2" }
							veld lrv "LRV": niveau lrv
							veld uren "Uren": getal min 0 max 40 eenheid "uur"
							veld afwijking "Afwijking programma": ja-nee
							veld toelichting: tekst lang zichtbaar wanneer afwijking = ja verplicht wanneer afwijking = ja
							groep contacten "Contactpersonen" herhaalbaar min 1 max 5 tabel {
								veld persoon: persoon rollen "mentor", "ouder"
							}
						}
					}
				}
				""");
		validation.assertNoErrors(format);
		assertEquals("swv-test", format.getId());
		assertEquals("1.2.3", format.getVersion());
		assertEquals(List.of(SchoolType.PO, SchoolType.SBO), format.getSchoolTypes());
		Section section = (Section) ((Part) format.getMembers().get(0)).getMembers().get(0);
		List<String> names = section.getMembers().stream().map(Element::getName).toList();
		assertEquals(List.of("naam", "datum", "groep", "lrv", "uren", "afwijking", "toelichting", "contacten"), names);
		Field naam = (Field) section.getMembers().get(0);
		assertTrue(naam.isRequired());
		assertEquals(80, ((TextType) naam.getType()).getMaxLength());
		assertEquals("Groep 2", ((ChoiceType) ((Field) section.getMembers().get(2)).getType()).getOptions().get(1).getLabel());
		assertTrue(((Group) section.getMembers().get(7)).isRepeating());
		assertNotNull(section.getMembers().get(6).getVisibleWhen());
	}

	@Test
	void reportsDuplicateNamesAndOptions() throws Exception {
		Format format = parse("sectie s { veld a: tekst veld a: datum veld k: keuze { optie x optie x } }");
		validation.assertError(format, FormatPackage.Literals.FIELD, FormatIssueCodes.DUPLICATE_NAME);
		validation.assertError(format, FormatPackage.Literals.CHOICE_OPTION, FormatIssueCodes.DUPLICATE_OPTION);
	}

	@Test
	void choiceNeedsOptions() throws Exception {
		validation.assertError(parse("sectie s { veld k: keuze { } }"), FormatPackage.Literals.CHOICE_TYPE,
				FormatIssueCodes.CHOICE_WITHOUT_OPTIONS);
	}

	@Test
	void rangesAndCalendarDatesMustMakeSense() throws Exception {
		Format format = parse("""
				sectie s { veld n: getal min 10 max 5 }
				cyclus c { fase f uiterlijk 31 februari }
				""");
		validation.assertError(format, FormatPackage.Literals.NUMBER_TYPE, FormatIssueCodes.INVALID_RANGE);
		validation.assertError(format, FormatPackage.Literals.CALENDAR_DEADLINE, FormatIssueCodes.INVALID_DATE);
	}

	@Test
	void conditionsAreTypeChecked() throws Exception {
		Format format = parse("""
				sectie s {
					veld afwijking: ja-nee
					veld groep: keuze { optie g1 optie g2 }
					veld uren: getal
					veld a: tekst zichtbaar wanneer afwijking = "ja"
					veld b: tekst zichtbaar wanneer groep = "g9"
					veld c: tekst zichtbaar wanneer uren
					veld d: tekst zichtbaar wanneer groep > "g1"
					veld e: tekst zichtbaar wanneer uren > 10 en (groep = "g1" of schooltype = vso)
				}
				""");
		validation.assertError(format, FormatPackage.Literals.COMPARISON, FormatIssueCodes.CONDITION_TYPE,
				"ja/nee", "tekst");
		validation.assertError(format, FormatPackage.Literals.STRING_LITERAL, FormatIssueCodes.CONDITION_UNKNOWN_OPTION);
		validation.assertError(format, FormatPackage.Literals.FIELD_REFERENCE, FormatIssueCodes.CONDITION_TYPE);
		validation.assertError(format, FormatPackage.Literals.COMPARISON, FormatIssueCodes.CONDITION_TYPE, "<, >");
		List<Issue> onE = validation.validate(format).stream().filter(i -> i.getLineNumber() == 10).toList();
		assertEquals(List.of(), onE, "a well-typed condition");
	}

	@Test
	void unknownFieldInConditionIsALinkingError() throws Exception {
		Format format = parse("sectie s { veld a: tekst zichtbaar wanneer bestaatniet = \"x\" }");
		validation.assertError(format, FormatPackage.Literals.FIELD_REFERENCE,
				org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC);
	}

	@Test
	void cyclicConditionsAndNeverVisibleRequiredFields() throws Exception {
		Format format = parse("""
				sectie s {
					veld a: ja-nee zichtbaar wanneer s.b = ja
					veld b: ja-nee zichtbaar wanneer s.a = ja
					veld c: tekst verplicht zichtbaar wanneer nee
				}
				""");
		validation.assertError(format, FormatPackage.Literals.FIELD, FormatIssueCodes.CONDITION_CYCLE);
		validation.assertError(format, FormatPackage.Literals.FIELD, FormatIssueCodes.NEVER_VISIBLE);
	}

	@Test
	void phasesFollowEachOtherWithoutCycles() throws Exception {
		validation.assertNoErrors(parse("cyclus c { fase a fase b na fase a uiterlijk 2 weken na fase a }"));
		validation.assertError(parse("cyclus c { fase a na fase b fase b na fase a }"), FormatPackage.Literals.PHASE,
				FormatIssueCodes.PHASE_ORDER);
	}

	@Test
	void fieldsMayBeNamedLikeKeywords() throws Exception {
		validation.assertNoErrors(parse("sectie s { veld datum \"Datum\": datum veld tekst: tekst veld leerling: tekst }"));
	}

	@Test
	void versionMustBeSemanticAndIdASlug() throws Exception {
		Format format = parseHelper.parse("formaat \"SWV Test\" versie \"1.0\" soort handelingswijzer { sectie s { veld a: tekst } }");
		validation.assertError(format, FormatPackage.Literals.FORMAT, FormatIssueCodes.INVALID_VERSION);
		validation.assertError(format, FormatPackage.Literals.FORMAT, FormatIssueCodes.INVALID_ID);
	}

	@Test
	void syntaxErrorIsLocatedAndDutch() {
		LoadedFormat loaded = load("""
				formaat "swv-test" versie "1.0.0" {
					sectie s {
						veld naam "Naam" tekst
					}
				}
				""");
		Diagnostic error = loaded.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
		assertEquals(3, error.line(), error.toString());
		assertTrue(error.column() > 0, error.toString());
		assertEquals(FormatIssueCodes.SYNTAX, error.code());
		assertEquals("':' ontbreekt voor 'tekst'.", error.message());
		assertTrue(error.toString().startsWith("test.oppformat:3:"), error.toString());
		assertFalse(loaded.isUsable());
	}

	@Test
	void unterminatedStringIsReportedInDutch() {
		LoadedFormat loaded = load("formaat \"swv-test versie \"1.0.0\" {\n}\n\"open");
		assertTrue(loaded.diagnostics().stream().anyMatch(d -> d.isError() && d.line() > 0), loaded.toString());
		assertTrue(loaded.diagnostics().stream().noneMatch(d -> d.message().contains("mismatched")),
				loaded.diagnostics().toString());
	}

	@Test
	void hugeFormatIsCheckedInReasonableTime() {
		StringBuilder text = new StringBuilder("formaat \"a\" versie \"1.0.0\" soort handelingswijzer {\n");
		for (int i = 0; i < 19_990; i++) {
			text.append("sectie s").append(i).append(" { veld a: tekst veld b: keuze { optie x optie y } }\n");
		}
		text.append("}\n");
		long start = System.nanoTime();
		LoadedFormat loaded = load(text.toString());
		assertTrue(loaded.isUsable(), loaded.diagnostics().stream().limit(3).toList().toString());
		assertTrue(System.nanoTime() - start < 60_000_000_000L, "no hang on 19,990 sections (just under the 20,000 lines of Limits)");
	}

	@Test
	void textUnderAnyNameIsChecked() {
		LoadedFormat loaded = FormatLoader.create().load(Path.of("formaat.oppformat@HEAD~1"),
				"formaat \"x\" versie \"1.0.0\" soort handelingswijzer { sectie s { veld a: tekst } }".getBytes(StandardCharsets.UTF_8));
		assertTrue(loaded.isUsable(), loaded.diagnostics().toString());
	}

	@Test
	void missingFileIsADiagnosticNotAnException() {
		LoadedFormat loaded = FormatLoader.create().load(Path.of("bestaat-niet.oppformat"));
		assertEquals(1, loaded.diagnostics().size());
		assertEquals(Severity.ERROR, loaded.diagnostics().get(0).severity());
		assertTrue(loaded.diagnostics().get(0).message().contains("bestaat niet"));
	}

	@Test
	void anyTruncationOrGarbageGivesDiagnosticsNotExceptions() throws Exception {
		String text = java.nio.file.Files.readString(nl.oppstudio.testing.Examples.file(nl.oppstudio.testing.Examples.FORMAT));
		for (int end = 0; end < text.length(); end += 7) {
			LoadedFormat loaded = load(text.substring(0, end));
			assertNotNull(loaded.diagnostics());
			if (end > 0 && end < text.length() - 2) {
				assertTrue(Diagnostic.anyError(loaded.diagnostics()), "afgekapt op " + end + " maar geen fout");
			}
		}
		byte[] garbage = new byte[4096];
		new java.util.Random(42).nextBytes(garbage);
		assertTrue(Diagnostic.anyError(FormatLoader.create().load(FILE, garbage).diagnostics()));
		String deep = "formaat \"a\" versie \"1.0.0\" {" + "{".repeat(20_000);
		assertTrue(Diagnostic.anyError(load(deep).diagnostics()));
		String deepCondition = "formaat \"a\" versie \"1.0.0\" soort handelingswijzer { sectie s { veld a: ja-nee zichtbaar wanneer "
				+ "(".repeat(50_000) + "ja" + ")".repeat(50_000) + " } }";
		assertTrue(Diagnostic.anyError(load(deepCondition).diagnostics()));
		String deepSections = "formaat \"a\" versie \"1.0.0\" soort handelingswijzer {" + "groep g {".repeat(20_000)
				+ "}".repeat(20_001);
		assertNotNull(load(deepSections).diagnostics());
	}
}
