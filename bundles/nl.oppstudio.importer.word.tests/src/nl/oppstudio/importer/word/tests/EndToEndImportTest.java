package nl.oppstudio.importer.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.importer.word.DocumentResult;
import nl.oppstudio.importer.word.TemplateResult;
import nl.oppstudio.importer.word.WordImport;
import nl.oppstudio.importer.word.internal.WordReader;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.testing.word.Sdt;
import nl.oppstudio.testing.word.WordBuilder;
import nl.oppstudio.testing.word.WordExamples;

/**
 * The whole way (issue 17, Proof): the empty template of seed 001's Bijlage 2 becomes a draft format
 * ({@link WordImport#template}), and a filled-in copy of it (pupil Sanne de Vries, fictional) a document of that
 * draft which validates, renders and holds every value typed into the copy.
 */
class EndToEndImportTest {

	@Test
	void aFilledCopyOfBijlage2BecomesADocumentOfItsOwnDraft(@TempDir Path temp) throws Exception {
		Path template = WordExamples.bijlage2(temp.resolve("sjabloon.docx"), Map.of());
		Path filled = WordExamples.bijlage2(temp.resolve("sanne.docx"), WordExamples.SANNE);
		TemplateResult draft = WordImport.template(template, "bijlage2"); // finding 30: never skipped
		Path formatFile = temp.resolve(draft.fileName());
		Files.writeString(formatFile, draft.formatText());
		LoadedFormat loaded = FormatLoader.create().load(formatFile);
		Format format = loaded.format();
		assertNotNull(format, loaded.diagnostics().toString());

		DocumentResult result = WordImport.document(filled, format);
		OppDocument document = result.document();
		assertEquals("Sanne de Vries", result.pupil());
		List<Diagnostic> errors = Documents.validate(document, null, LocalDate.of(2025, 9, 22)).stream()
				.filter(d -> d.severity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRenderer.create(List.of()).render(document, pdf);
		assertTrue(pdf.size() > 1000);

		List<String> stored = new ArrayList<>(DocumentImportTest.allValues(document));
		DocumentImportTest.archive(document).forEach(e -> stored.add(e.get("waarde") + " " + e.get("pad")));
		List<String> values = new ArrayList<>(DocumentImportTest.allValues(document));
		for (String text : WordTexts.beyond(WordReader.read(filled), WordReader.read(template))) {
			assertTrue(WordTexts.found(text, stored), "'" + text + "' is lost; stored: " + stored);
		}
		for (String typed : List.of("Sanne is gemotiveerd en werkt graag samen.", "Wisselende werktijden van ouders.",
				"Ik wil beter worden in tafels.", "Wij zijn het eens met de aanpak.")) {
			assertTrue(WordTexts.found(typed, values), typed + " is a value, not archived: " + values + "\n" + result.report()
					+ "\n" + draft.formatText());
		}
	}

	private static Format draft(Path temp, Path template) throws Exception {
		TemplateResult draft = WordImport.template(template, "klein");
		Path formatFile = temp.resolve(draft.fileName());
		Files.writeString(formatFile, draft.formatText());
		LoadedFormat loaded = FormatLoader.create().load(formatFile);
		assertNotNull(loaded.format(), loaded.diagnostics().toString());
		return loaded.format();
	}

	/** A template line with two text controls and a drop-down, none tagged (Word's default). */
	private static WordBuilder untagged(String first, String second, String chosen) {
		return new WordBuilder().paragraph(p -> {
			p.createRun().setText("Opmerking: ");
			WordBuilder.appendControl(p, first.isEmpty() ? Sdt.text() : Sdt.text().value(first));
			p.createRun().setText(" en ");
			WordBuilder.appendControl(p, second.isEmpty() ? Sdt.text() : Sdt.text().value(second));
			p.createRun().setText(" niveau ");
			WordBuilder.appendControl(p, chosen.isEmpty() ? Sdt.dropDown("Basis", "Kader") : Sdt.dropDown("Basis", "Kader").value(chosen));
		});
	}

	/** Findings 1 and 16: controls without tag or alias each get a place of their own, and their values a field. */
	@Test
	void untaggedControlsKeepTheirValues(@TempDir Path temp) throws Exception {
		Path template = untagged("", "", "").save(temp.resolve("sjabloon.docx"));
		Path filled = untagged("eerste waarde", "tweede waarde", "Kader").save(temp.resolve("ingevuld.docx"));
		TemplateResult draft = WordImport.template(template, "klein");
		assertTrue(draft.formatText().contains("// word: alinea 1 inhoud 1"), draft.formatText());
		assertTrue(draft.formatText().contains("// word: alinea 1 inhoud 2"), draft.formatText());
		assertTrue(draft.formatText().contains("// word: alinea 1 inhoud 3"), draft.formatText());
		OppDocument document = WordImport.document(filled, draft(temp, template)).document();
		List<String> values = DocumentImportTest.allValues(document);
		assertTrue(values.contains("eerste waarde"), values.toString());
		assertTrue(values.contains("tweede waarde"), values.toString());
		assertTrue(values.stream().anyMatch(v -> v.toLowerCase().contains("kader")), values.toString());

		// and with a format that did not record them: by label, or in the archive
		OppDocument byLabel = WordImport.document(filled, nl.oppstudio.testing.TestFormats.example()).document();
		List<String> stored = new ArrayList<>(DocumentImportTest.allValues(byLabel));
		DocumentImportTest.archive(byLabel).forEach(e -> stored.add(e.get("waarde")));
		for (String typed : List.of("eerste waarde", "tweede waarde", "Kader")) {
			assertTrue(stored.stream().anyMatch(v -> v.contains(typed)), typed + " is lost: " + stored);
		}
	}

	/** Finding 19: the text under a heading stops at the next recorded place; the fields below keep their values. */
	@Test
	void theTextUnderAHeadingStopsAtTheNextField(@TempDir Path temp) throws Exception {
		Path template = new WordBuilder().heading(1, "Samenvatting").para("").para("Naam: ____________")
				.control("Geboortedatum", Sdt.date("dd-MM-yyyy").tag("geboren")).save(temp.resolve("sjabloon.docx"));
		Path filled = new WordBuilder().heading(1, "Samenvatting").para("Gaat goed op school.").para("Naam: Jan Jansen")
				.control("Geboortedatum", Sdt.date("dd-MM-yyyy").tag("geboren").value("14-03-2015"))
				.save(temp.resolve("ingevuld.docx"));
		Format format = draft(temp, template);
		OppDocument document = WordImport.document(filled, format).document();
		List<String> values = DocumentImportTest.allValues(document);
		assertTrue(values.contains("Gaat goed op school."), values.toString());
		assertTrue(values.contains("Jan Jansen"), values.toString());
		assertTrue(values.contains("2015-03-14"), values.toString());
	}
}
