package nl.oppstudio.importer.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.importer.word.DocumentResult;
import nl.oppstudio.importer.word.TemplateResult;
import nl.oppstudio.importer.word.WordImport;
import nl.oppstudio.testing.word.WordBuilder;

/**
 * Finding 17, end to end: a template's blank table rows are room to write in, not a limit. A filled-in copy
 * with more rows than the template had gives that many group rows of the draft made from that template.
 */
class RepeatingTableImportTest {

	@Test
	void aFilledCopyWithMoreRowsThanTheTemplatesBlankRowsKeepsThemAll(@TempDir Path temp) throws Exception {
		Path template = new WordBuilder().heading(1, "Betrokken hulpverleners")
				.table(t -> t.header("Naam", "Organisatie").emptyRows(3, 2)).save(temp.resolve("sjabloon.docx"));
		Path filled = new WordBuilder().heading(1, "Betrokken hulpverleners")
				.table(t -> t.header("Naam", "Organisatie").row("A. Smit", "GGD").row("B. de Wit", "Jeugdzorg")
						.row("C. Bos", "Logopedie").row("D. Vos", "Fysiotherapie").row("E. Mol", "Wijkteam"))
				.save(temp.resolve("ingevuld.docx"));

		TemplateResult draft = WordImport.template(template, "hulp");
		assertTrue(draft.formatText().contains("herhaalbaar tabel {"), draft.formatText());
		Path formatFile = temp.resolve(draft.fileName());
		Files.writeString(formatFile, draft.formatText());
		LoadedFormat loaded = FormatLoader.create().load(formatFile);
		assertNotNull(loaded.format(), loaded.diagnostics().toString());

		DocumentResult result = WordImport.document(filled, loaded.format());
		List<Map<String, String>> rows = DocumentImportTest.rows(result.document(), "betrokkenHulpverleners", "betrokkenHulpverleners");
		assertEquals(5, rows.size(), draft.formatText() + "\n" + rows + "\narchive: " + DocumentImportTest.archive(result.document()));
		assertEquals("E. Mol", rows.get(4).get("naam"));
		assertEquals("Wijkteam", rows.get(4).get("organisatie"));
		assertEquals(List.of(), DocumentImportTest.archive(result.document()), "nothing past a maximum");
	}
}
