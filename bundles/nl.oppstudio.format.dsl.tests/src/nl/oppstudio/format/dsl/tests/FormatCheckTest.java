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

import com.google.inject.Inject;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.FieldType;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatPackage;

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

	@Test
	void parsesSectionsFieldsAndOptions() throws Exception {
		Format format = parseHelper.parse("""
				formaat "swv-test" "Test-OPP" versie "1.2.3" soort opp {
					sectie leerling "Gegevens" {
						veld naam "Naam": tekst verplicht
						veld datum "Datum": datum
						veld groep "Groep": keuze { optie g1 "Groep 1" optie g2 "Groep 2" }
					}
				}
				""");
		validation.assertNoErrors(format);
		assertEquals("swv-test", format.getId());
		assertEquals("1.2.3", format.getVersion());
		assertEquals(1, format.getSections().size());
		var fields = format.getSections().get(0).getFields();
		assertEquals(List.of("naam", "datum", "groep"), fields.stream().map(f -> f.getName()).toList());
		assertTrue(fields.get(0).isRequired());
		assertEquals(FieldType.DATE, fields.get(1).getType());
		assertEquals("Groep 2", fields.get(2).getOptions().get(1).getLabel());
	}

	@Test
	void reportsDuplicateFieldsAndOptions() throws Exception {
		Format format = parseHelper.parse("""
				formaat "swv-test" versie "1.0.0" {
					sectie s { veld a: tekst veld a: datum veld k: keuze { optie x optie x } }
				}
				""");
		validation.assertError(format, FormatPackage.Literals.FIELD, FormatIssueCodes.DUPLICATE_FIELD);
		validation.assertError(format, FormatPackage.Literals.CHOICE_OPTION, FormatIssueCodes.DUPLICATE_OPTION);
	}

	@Test
	void choiceNeedsOptionsAndOnlyChoicesHaveThem() throws Exception {
		Format format = parseHelper.parse("""
				formaat "swv-test" versie "1.0.0" {
					sectie s { veld k: keuze veld t: tekst { optie x } }
				}
				""");
		validation.assertError(format, FormatPackage.Literals.FIELD, FormatIssueCodes.CHOICE_WITHOUT_OPTIONS);
		validation.assertError(format, FormatPackage.Literals.FIELD, FormatIssueCodes.OPTIONS_ON_NON_CHOICE);
	}

	@Test
	void versionMustBeSemanticAndIdASlug() throws Exception {
		Format format = parseHelper.parse("formaat \"SWV Test\" versie \"1.0\" { sectie s { veld a: tekst } }");
		validation.assertError(format, FormatPackage.Literals.FORMAT, FormatIssueCodes.INVALID_VERSION);
		validation.assertError(format, FormatPackage.Literals.FORMAT, FormatIssueCodes.INVALID_ID);
	}

	@Test
	void fieldsMayBeNamedLikeTypeKeywords() throws Exception {
		Format format = parseHelper.parse(
				"formaat \"swv-test\" versie \"1.0.0\" { sectie s { veld datum \"Datum\": datum veld tekst: tekst } }");
		validation.assertNoErrors(format);
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
	}
}
