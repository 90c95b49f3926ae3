package nl.oppstudio.importer.word.tests;

import static nl.oppstudio.importer.word.tests.Templates.bold;
import static nl.oppstudio.importer.word.tests.Templates.guidance;
import static nl.oppstudio.importer.word.tests.Templates.heading;
import static nl.oppstudio.importer.word.tests.Templates.para;
import static nl.oppstudio.importer.word.tests.Templates.row;
import static nl.oppstudio.importer.word.tests.Templates.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.rules.LegalMinimum;
import nl.oppstudio.importer.word.ReportEntry;
import nl.oppstudio.importer.word.TemplateResult;
import nl.oppstudio.importer.word.internal.TemplateMapper;
import nl.oppstudio.importer.word.internal.WordFile;
import nl.oppstudio.importer.word.internal.WordFile.Block;

/**
 * Issue 17: the example OPP format of the Handreiking OPP, Bijlage 2 ("Voorbeeld format OPP, ter inspiratie
 * en om aan te passen aan de visie en de jaar- of kwaliteitscyclus van de school", seed 001 from line 724),
 * as a Word template, becomes a draft that parses and checks with only legal-minimum findings.
 */
class BijlageTwoImportTest {

	/** What the Handreiking's Bijlage 2 lacks, and so what the designer still adds. */
	static final List<String> REMAINING = List.of(
			// no cyclus: the vaststelling within six weeks is a phase (Handreiking OPP 3.2), Bijlage 2 has none
			LegalMinimum.LAW + "vaststelling",
			// no "voor": a format for every school type also needs the birth date (vo), the commission's advice
			// ((v)so) and the registration with DUO (po, vo); Bijlage 2 asks for none of the three
			LegalMinimum.LAW + "geboortedatum", LegalMinimum.LAW + "commissie-advies", LegalMinimum.LAW + "registratie");

	/** Bijlage 2 as the Word file's model: its headings, tables and paragraphs in order (seed 001, lines 724–820). */
	static WordFile bijlage2() {
		List<Block> blocks = new ArrayList<>();
		blocks.add(bold(1, "Voorbeeld format OPP"));
		blocks.add(guidance(2, "Een bruikbaar OPP is beknopt (bij voorkeur maximaal 5 A4), haalbaar en toegankelijk."));
		blocks.add(guidance(3, "Dit is een voorbeeld format, minimaal een keer per jaar te evalueren en tussentijds te monitoren en bij te stellen als nodig."));
		blocks.add(heading(4, 1, "", "Data"));
		blocks.add(para(5, "Start OPP:"));
		blocks.add(para(6, "Monitoren OPP (minimaal ieder half jaar, als nodig vaker):"));
		blocks.add(para(7, "Evalueren OPP (na een jaar):"));
		blocks.add(table("tabel 1",
				row("1a. Recente en voor onderwijs en uitstroomprofiel relevante bevorderende factoren",
						"1b. Recente en voor onderwijs en uitstroomprofiel relevante belemmerende factoren"),
				row("Leerling:\nOnderwijs:\nOndersteuning thuis:", "Leerling:\nOnderwijs:\nOndersteuning thuis:")));
		blocks.add(heading(8, 1, "2.", "Samenvattend/integratief beeld (huidige situatie en wisselwerking tussen de verschillende factoren):"));
		blocks.add(para(9, ""));
		blocks.add(heading(10, 1, "3.", "Uitstroomprofiel en onderbouwing (benut of verwijs naar het beeld in rubriek 2):"));
		blocks.add(para(11, ""));
		blocks.add(guidance(12, "Is er sprake van afwijking van diplomagericht perspectief en/of onderschrijding onderwijstijd? "
				+ "Neem dan stroomschema inspectie op in OPP of verwijs ernaar."));
		blocks.add(heading(13, 1, "4.", "Overleg (wat is besproken in kader van opstellen handelingsdeel OPP?):"));
		blocks.add(para(14, "Relevante en recente"));
		blocks.add(para(15, "Informatie van leraren:"));
		blocks.add(para(16, "Informatie van leerling:"));
		blocks.add(para(17, "Informatie van ouders:"));
		blocks.add(heading(18, 1, "5.", "Handelingsdeel: doelen en behoeften"));
		blocks.add(para(19, "Lange termijn doelen (einde schooljaar):"));
		blocks.add(para(20, ""));
		blocks.add(para(21, "Korte termijn (tussen) doelen (midden schooljaar) en bijbehorende behoeften:"));
		blocks.add(para(22, ""));
		blocks.add(para(23, "Concrete en te evalueren"));
		blocks.add(para(24, "Doelen en onderwijs- en opvoedbehoeften van de leerling:"));
		blocks.add(para(25, "Doelen en ondersteuningsbehoeften van leraren/team:"));
		blocks.add(para(26, "Doelen en ondersteuningsbehoeften van ouders:"));
		blocks.add(heading(27, 1, "6.", "Handelingsdeel en afspraken (wie doet wat, waarom, hoe en wanneer?)"));
		blocks.add(guidance(28, "Per onderdeel: Hoe weten we of dit gelukt is? Hoe gaan we dit na en wanneer zijn we tevreden?"));
		blocks.add(table("tabel 2",
				row("Wat doet de school:\nAfspraken over de ondersteuning van de leerling gericht op na te streven doelen en onderwijsbehoeften leerling", ""),
				row("Hoe weten we of dit is gelukt?", ""),
				row("Welke ondersteuning, informatie of scholing krijgen de leraren/het team daarvoor?\nAfspraken over de ondersteuning van de leraren/het team gericht op doelen en onderwijsbehoeften van de leerling", ""),
				row("Hoe weten we of dit is gelukt?", ""),
				row("Wat hebben ouders nodig om af te stemmen op de opvoedbehoeften van hun kind?", ""),
				row("Hoe weten we of dit is gelukt?", ""),
				row("Wat doen hulpverleners (zoals uit de (jeugd)zorg, gemeente of leerplicht) in relatie tot de doelen?", ""),
				row("Hoe weten we of dit is gelukt?", "")));
		blocks.add(heading(29, 1, "7.", "Contactpersonen"));
		blocks.add(table("tabel 3", row("Contactpersoon", "Naam", "Mailadres/telefoonnummer/contactmomenten"),
				row("School", "", ""), row("Ouders/verzorgers", "", ""), row("Hulpverleners", "", "")));
		blocks.add(heading(30, 1, "8.", "OPP besproken op (datum)"));
		blocks.add(guidance(31, "Noteer letterlijke woorden/termen en check of dit is wat ze bedoelen. Het is ook mogelijk dat de "
				+ "leraar/mentor, leerling, ouders of hulpverleners hun zienswijze zelf beschrijven en toevoegen aan het format."));
		blocks.add(table("tabel 4", row("Zienswijze leerling (hoorrecht)", ""),
				row("Zienswijze ouders/verzorgers\n• op overeenstemming gericht overleg voor alle rubrieken\n"
						+ "• instemmingsrecht voor handelingsdeel (rubrieken 5 en 6), eventueel met ondertekening voor akkoord", ""),
				row("Zienswijze leraren", ""), row("Zienswijze hulpverleners", "")));
		blocks.add(para(32, "Bijlage: zoals visualisatie OPP trap, doelgroepenmodel of overzicht ontwikkeling vanuit leerlingvolgsysteem."));
		return new WordFile(java.nio.file.Path.of("Voorbeeld format OPP.docx"), List.copyOf(blocks), List.of());
	}

	@Test
	void bijlageTwoChecksWithOnlyTheLegalMinimumItLacks() {
		TemplateResult result = TemplateMapper.map(bijlage2(), null);
		LoadedFormat loaded = Templates.check(result);
		TreeSet<String> codes = new TreeSet<>();
		for (Diagnostic diagnostic : loaded.diagnostics()) {
			assertTrue(diagnostic.code() != null && diagnostic.code().startsWith(LegalMinimum.LAW), () -> diagnostic + "\n" + result.formatText());
			codes.add(diagnostic.code());
		}
		assertEquals(new TreeSet<>(REMAINING), codes, result.formatText());
	}

	@Test
	void bijlageTwoRecognisesTheLegalParts() {
		String text = TemplateMapper.map(bijlage2(), null).formatText();
		assertTrue(text.contains("factoren factoren \"Bevorderende en belemmerende factoren\" van leerling, onderwijs, thuis"), text);
		assertTrue(text.contains("// word leerlingBevorderend: tabel 1 rij 2 kolom 1 alinea 1"), text);
		assertTrue(text.contains("// word onderbouwing: onder alinea 10"), text);
		assertTrue(text.contains("\"5. Handelingsdeel: doelen en behoeften\" handelingsdeel"), text);
		assertTrue(text.contains("wet handelingsdeel"), text);
		assertTrue(text.contains("// word zienswijze: tabel 4 rij 1 kolom 2"), text);
		assertTrue(text.contains("// word verslag: tabel 4 rij 2 kolom 2"), text);
		assertTrue(text.contains("instemming door \"ouders\" op handelingsdeelDoelenEnBehoeften5"), text);
		assertTrue(text.contains("datum verplicht wet startdatum"), text);
		assertTrue(text.contains("datum wet evaluatie"), text);
		assertTrue(!text.contains("\"4. Overleg (wat is besproken in kader van opstellen handelingsdeel OPP?)\" handelingsdeel"), text);
	}

	/** Every {@code // word PART: …} names a leaf of the member's documents (docs/word-import.md, the draft's comments). */
	@Test
	void everyPartLineNamesALeafOfTheDocumentSchema() {
		TemplateResult result = TemplateMapper.map(bijlage2(), null);
		LoadedFormat loaded = Templates.check(result);
		DocumentSchema schema = DocumentSchema.of(loaded.format());
		Pattern comment = Pattern.compile("^\\s*// word(?: ([A-Za-z0-9_/]+))?: (.+)$");
		Pattern declaration = Pattern.compile("^(\\t*)(deel|sectie|groep|veld|factoren|uitstroom|hoorrecht|oogo) (\\w+)");
		List<String> stack = new ArrayList<>();
		List<String> pending = new ArrayList<>();
		int parts = 0;
		for (String line : result.formatText().lines().toList()) {
			Matcher word = comment.matcher(line);
			if (word.matches() && word.group(1) != null) {
				pending.add(word.group(1));
			}
			Matcher member = declaration.matcher(line);
			if (member.find()) {
				int depth = member.group(1).length();
				while (stack.size() > depth - 1) {
					stack.remove(stack.size() - 1);
				}
				for (String part : pending) {
					String path = String.join("/", stack) + (stack.isEmpty() ? "" : "/") + member.group(3) + "/" + part;
					assertNotNull(schema.leaf(path), () -> "no leaf " + path + " in\n" + result.formatText());
					parts++;
				}
				pending.clear();
				if (List.of("deel", "sectie", "groep").contains(member.group(2))) {
					stack.add(member.group(3));
				}
			}
		}
		assertEquals(9, parts, "factoren (6), onderbouwing, zienswijze, verslag");
	}

	@Test
	void theReportCoversEveryParagraphAndTable() {
		TemplateResult result = TemplateMapper.map(bijlage2(), null);
		List<String> where = result.report().stream().map(ReportEntry::where).toList();
		for (Block block : bijlage2().body()) {
			assertTrue(where.contains(block.at().path()), block.at().path());
		}
		assertTrue(result.report().stream().noneMatch(e -> e.result().isBlank()));
	}
}
