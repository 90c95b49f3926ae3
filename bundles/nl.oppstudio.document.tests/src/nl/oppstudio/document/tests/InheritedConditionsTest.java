package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 10, "Resolve the guide's contradictions: inherited members in conditions: 3.6 versus 'How
 * extending merges'". A derived format's conditions may name a field that only its base has; in a
 * document they read that field's value, on a member ({@code verplicht wanneer}) and on a phase
 * ({@code wanneer}).
 */
class InheritedConditionsTest {

	private static final LocalDate AT = LocalDate.of(2026, 11, 23);

	@TempDir
	Path folder;

	private Format derived() {
		TestFormats.write(folder, "basis.oppformat", """
				formaat "basis" versie "1.0.0" soort handelingswijzer {
					sectie gegevens { veld dyslexie "Dyslexie": ja-nee }
				}
				""");
		LoadedFormat loaded = TestFormats.write(folder, "afgeleid.oppformat", """
				formaat "afgeleid" versie "1.0.0" soort handelingswijzer breidt uit "basis" {
					sectie aanpak { veld lezen "Leesaanpak": tekst verplicht wanneer gegevens.dyslexie }
					cyclus cyclus { fase leesoverleg "Leesoverleg" uiterlijk 1 oktober wanneer gegevens.dyslexie }
				}
				""");
		assertTrue(loaded.isUsable(), loaded.diagnostics().toString());
		return loaded.format();
	}

	private static OppDocument withDyslexie(Format format, String value) {
		OppDocument document = Documents.create(format);
		Leaf dyslexie = document.schema().leaves().stream().filter(leaf -> leaf.name().equals("dyslexie")).findFirst()
				.orElseThrow();
		document.setValue(dyslexie, value);
		return document;
	}

	private List<String> requiredPaths(OppDocument document) {
		return Documents.validate(document, folder.resolve("leerling.opp"), AT).stream()
				.filter(d -> "nl.oppstudio.document.required".equals(d.code())).map(Diagnostic::path).toList();
	}

	@Test
	void aConditionOnABaseFieldHoldsWhenTheDocumentSaysSo() {
		Format format = derived();
		OppDocument yes = withDyslexie(format, "ja");
		assertTrue(requiredPaths(yes).stream().anyMatch(path -> path.endsWith("lezen")), requiredPaths(yes).toString());
		assertEquals(List.of("Leesoverleg"), Planning.pending(yes, AT).stream().map(Planning.Due::label).toList());
		OppDocument no = withDyslexie(format, "nee");
		assertTrue(requiredPaths(no).stream().noneMatch(path -> path.endsWith("lezen")), requiredPaths(no).toString());
		assertEquals(List.of(), Planning.pending(no, AT));
	}
}
