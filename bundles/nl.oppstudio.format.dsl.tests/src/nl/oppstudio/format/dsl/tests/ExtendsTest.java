package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.testing.Examples;

/**
 * Issue 4: a format extends a shared base ("wettelijk minimum"): it adds, relabels and tightens, and
 * never silently drops what the base requires.
 */
class ExtendsTest {

	@TempDir
	Path folder;

	private LoadedFormat load(String derived) throws Exception {
		Files.copy(Examples.file("wettelijk-minimum.oppformat"), folder.resolve("wettelijk-minimum.oppformat"));
		Path file = folder.resolve("afgeleid.oppformat");
		Files.writeString(file, derived);
		return FormatLoader.create().load(file);
	}

	@Test
	void derivedFormatInheritsTheLegalMinimumAndAddsInPlace() throws Exception {
		LoadedFormat loaded = load("""
				formaat "swv-afgeleid" "Afgeleid" versie "1.0.0" soort opp breidt uit "wettelijk-minimum" {
					sectie leerling "Leerling" {
						veld naam: tekst verplicht
						veld start: datum verplicht wet startdatum
						veld geboren: datum verplicht wet geboortedatum
					}
					factoren factoren "Factoren (aangescherpt)" van leerling, onderwijs, thuis verplicht
				}
				""");
		assertTrue(loaded.isUsable(), loaded.diagnostics().toString());
		List<String> order = Formats.effectiveMembers(loaded.format()).stream().map(Element::getName).toList();
		assertEquals(List.of("leerling", "factoren", "uitstroom", "handelingsdeel", "overleg", "cyclus",
				"commissieAdvies", "registratie"), order);
		assertEquals("Factoren (aangescherpt)", Formats.effectiveMembers(loaded.format()).get(1).getLabel());
	}

	@Test
	void replacingAMemberCannotDropWhatTheLawRequires() throws Exception {
		LoadedFormat loaded = load("""
				formaat "swv-afgeleid" versie "1.0.0" soort opp breidt uit "wettelijk-minimum" {
					uitstroom uitstroom "Uitstroom" { niveau { optie pro } }
				}
				""");
		assertTrue(loaded.diagnostics().stream().anyMatch(d -> (FormatIssueCodes.LAW + "onderbouwing").equals(d.code())),
				loaded.diagnostics().toString());
	}

	@Test
	void derivedFormatCanPointAtInheritedMembers() throws Exception {
		LoadedFormat loaded = load("""
				formaat "swv-afgeleid" versie "1.0.0" soort opp breidt uit "wettelijk-minimum" {
					sectie extra "Extra" {
						veld tweedeInstemming: instemming door "leerling" op handelingsdeel
						veld toelichting: tekst zichtbaar wanneer overleg.instemming = "akkoord"
					}
				}
				""");
		assertTrue(loaded.diagnostics().stream().noneMatch(d -> d.message().startsWith("Onbekend")),
				loaded.diagnostics().toString());
	}

	@Test
	void unknownBaseIsALocatedDutchError() throws Exception {
		LoadedFormat loaded = load("formaat \"swv-x\" versie \"1.0.0\" soort opp breidt uit \"bestaat-niet\" { }");
		Diagnostic error = loaded.diagnostics().stream().filter(d -> d.message().contains("bestaat-niet")).findFirst()
				.orElseThrow(() -> new AssertionError(loaded.diagnostics().toString()));
		assertEquals(1, error.line());
		assertTrue(error.message().startsWith("Basisformaat 'bestaat-niet' niet gevonden"), error.message());
	}
}
