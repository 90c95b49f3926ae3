package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Anonymizer;
import nl.oppstudio.document.Anonymizer.Replacement;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 16, Privacy (AVG): "opp render --anoniem (and in the editor) replaces names, dates of birth and
 * free text that names people, for sharing an example with the SWV or a consultant. Report what was
 * replaced; leave the structure intact."
 */
class AnonymizerTest {

	@TempDir
	Path temp;

	/** Whether a name (or a part of one) is left as a whole word, any case. */
	private static boolean contains(String text, String name) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
	}

	/** The element names of a document, in order: the structure without the values. */
	private static List<String> tags(String xml) {
		List<String> tags = new ArrayList<>();
		Matcher matcher = Pattern.compile("<(/?[\\w:]+)").matcher(xml);
		while (matcher.find()) {
			tags.add(matcher.group(1));
		}
		return tags;
	}

	private static List<String> codes(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.severity() + " " + d.code() + " " + d.path()).sorted().toList();
	}

	/** The names the example documents hold in their name fields and consents (a wie followed by a rol), read from the XML. */
	private static Set<String> namesIn(String xml) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = Pattern.compile("<(naam)>([^<]+)</naam>|<(wie)>([^<]+)</wie>\\s*<rol>").matcher(xml);
		while (matcher.find()) {
			String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
			for (String person : value.split("\\s+en\\s+")) {
				String name = person.replaceAll("^(Dhr\\.|Mevr\\.|Drs\\.)\\s+", "").strip();
				names.add(name);
				String[] words = name.split(" ");
				if (!words[0].endsWith(".")) {
					names.add(words[0]); // the first name
				}
				names.add(words[words.length - 1]); // the last word of the surname
			}
		}
		return names;
	}

	@Test
	void semDeVriesWithoutNamesOrBirthDate() throws Exception {
		Format format = TestFormats.example();
		Path file = Examples.file(Examples.DOCUMENT);
		String before = Files.readString(file);
		OppDocument original = Documents.load(file, format);
		Anonymizer.Result result = Anonymizer.anonymize(original);
		assertEquals(Examples.PUPIL, original.pupilName(), "the original is not changed");

		Path copy = temp.resolve("anoniem.opp");
		Documents.saveNew(result.copy(), copy);
		String xml = Files.readString(copy);
		for (String name : List.of("Sem de Vries", "Sem", "de Vries", "Vries", "M. de Vries")) {
			assertFalse(contains(xml, name), name + " left in\n" + xml);
		}
		assertFalse(xml.contains("2016-04-12"), "the date of birth");
		assertTrue(xml.contains("<naam>Leerling</naam>"), xml);
		assertTrue(xml.contains("<geboortedatum>2016-04-01</geboortedatum>"), "year and month stay for the age");
		assertTrue(xml.contains("<wie>Ouder 1</wie>"), xml);
		assertTrue(xml.contains("Leerling is nieuwsgierig"), xml);
		assertTrue(xml.contains("oefenen met Leerling."), xml);
		assertTrue(xml.contains("Gewogen met leerkracht, ouders en Leerling zelf."), xml);
		assertEquals(tags(before), tags(xml), "the same structure");
		assertEquals(Files.readString(file), before, "the .opp is never changed");

		List<Replacement> report = result.report();
		assertTrue(report.contains(new Replacement("leerling/naam", "naam vervangen door 'Leerling'", 1)), report.toString());
		assertTrue(report.contains(new Replacement("leerling/geboortedatum",
				"geboortedatum: dag vervangen door de 1e (jaar en maand blijven)", 1)), report.toString());
		assertTrue(report.contains(new Replacement("betrokkenheid/instemming/wie", "naam vervangen door 'Ouder …'", 1)),
				report.toString());
		assertTrue(report.contains(new Replacement("factoren/leerlingBevorderend", "namen in de tekst vervangen", 1)),
				report.toString());
		assertTrue(report.contains(new Replacement("handelingsdeel/doelen/langeTermijn/doel", "namen in de tekst vervangen", 1)),
				"goals too: " + report);
		assertTrue(report.contains(new Replacement("handelingsdeel/doelen/langeTermijn/korteTermijn/doel",
				"namen in de tekst vervangen", 1)), report.toString());
		assertFalse(contains(report.toString(), "Sem") || contains(report.toString(), "Vries")
				|| report.toString().contains("2016-04-12"), "never the original values: " + report);
	}

	@Test
	void everyExampleWithoutItsNamesAndWithItsStructure() throws Exception {
		for (Map.Entry<Path, Format> example : ExampleDocuments.documents().entrySet()) {
			if (example.getValue() == null) {
				continue;
			}
			Path file = example.getKey();
			String before = Files.readString(file);
			OppDocument original = Documents.load(file, example.getValue());
			Anonymizer.Result result = Anonymizer.anonymize(original);
			Path copy = temp.resolve("anoniem-" + file.getFileName());
			Documents.saveNew(result.copy(), copy);
			String xml = Files.readString(copy);
			Set<String> names = namesIn(before);
			assertFalse(names.isEmpty(), file.toString());
			for (String name : names) {
				assertFalse(contains(xml, name), file.getFileName() + ": " + name + " left in\n" + xml);
			}
			Matcher birth = Pattern.compile("<geboortedatum>([^<]+)</geboortedatum>").matcher(before);
			if (birth.find() && !birth.group(1).endsWith("-01")) {
				assertFalse(xml.contains(birth.group(1)), file.getFileName() + ": the date of birth");
			}
			assertEquals(tags(before), tags(xml), file.getFileName() + ": the same structure");
			// still validates as before, apart from values: the same problems, the log still checks
			OppDocument reread = Documents.load(copy, example.getValue());
			assertEquals(codes(Documents.validate(original, file, java.time.LocalDate.of(2026, 11, 30))),
					codes(Documents.validate(reread, copy, java.time.LocalDate.of(2026, 11, 30))), file.getFileName().toString());
			assertTrue(result.total() > 0, file.toString());
		}
	}

	/**
	 * Review finding 17: a birth date in free text (its usual Dutch notations), a text field labelled as a birth
	 * date, and archived values whose pad says birth date or name are replaced, and the report says so.
	 */
	@Test
	void birthDatesInFreeTextAndTheArchiveAreReplaced() throws Exception {
		Path file = temp.resolve("sem.opp");
		Files.writeString(file, Files.readString(Examples.file(Examples.DOCUMENT))
				.replace("Thuis wordt naast Nederlands ook Pools gesproken.",
						"Geboren op 12-04-2016 (12 april 2016; 12-4-2016; 12/04/2016; 12.04.2016; 2016-04-12); op 12-04-2017 jarig.")
				.replace("</opp:Document>", """
						  <archief><pad>leerling/geboortedatumOud</pad><versie>0.1.0</versie><waarde>12-04-2016</waarde><reden>veld vervallen</reden></archief>
						  <archief><pad>ouders/naamMoeder</pad><versie>0.1.0</versie><waarde>Ilse Bakker</waarde><reden>veld vervallen</reden></archief>
						  <archief><pad>leerling/opmerking</pad><versie>0.1.0</versie><waarde>Ilse Bakker belt; Sem is op 12 april 2016 geboren.</waarde><reden>veld vervallen</reden></archief>
						</opp:Document>"""));
		Anonymizer.Result result = Anonymizer.anonymize(Documents.load(file, TestFormats.example()));
		Path copy = temp.resolve("anoniem.opp");
		Documents.saveNew(result.copy(), copy);
		String xml = Files.readString(copy);
		for (String written : List.of("12-04-2016", "12 april 2016", "12-4-2016", "12/04/2016", "12.04.2016", "2016-04-12")) {
			assertFalse(xml.contains(written), written + " left in\n" + xml);
		}
		assertTrue(xml.contains("Geboren op 01-04-2016 (1 april 2016; 1-4-2016; 01/04/2016; 01.04.2016; 2016-04-01); op 12-04-2017 jarig."),
				"each in its own notation, the 1st of the month; another date stays:\n" + xml);
		assertTrue(xml.contains("<waarde>2016-04-01</waarde>"), xml);
		assertFalse(contains(xml, "Ilse") || contains(xml, "Bakker"), "an archived name and its parts in free text:\n" + xml);
		assertTrue(xml.contains("<waarde>Ouder 2 belt; Leerling is op 1 april 2016 geboren.</waarde>"), xml);
		List<Replacement> report = result.report();
		assertTrue(report.contains(new Replacement("factoren/thuisBelemmerend",
				"geboortedatum in de tekst: dag vervangen door de 1e", 6)), report.toString());
		assertTrue(report.contains(new Replacement("archief/waarde", "geboortedatum: dag vervangen door de 1e (jaar en maand blijven)", 1)),
				report.toString());
		assertTrue(report.contains(new Replacement("archief/waarde", "naam vervangen door 'Ouder …'", 1)), report.toString());
		assertTrue(report.contains(new Replacement("archief/waarde", "geboortedatum in de tekst: dag vervangen door de 1e", 1)),
				report.toString());
		assertFalse(report.toString().contains("2016-04-12") || report.toString().contains("Bakker"), report.toString());
	}

	/**
	 * Review findings 17 (b) and 18: a text field labelled Geboortedatum is a birth date; the pupil's name in
	 * two fields (voornaam, achternaam) is the pupil's in both, and in free text.
	 */
	@Test
	void aTextBirthDateAndASplitPupilName() throws Exception {
		Format format = TestFormats.write(temp, "los.oppformat", """
				formaat "los" versie "1.0.0" soort handelingswijzer {
					sectie leerling "Leerling" {
						veld voornaam "Voornaam": tekst
						veld achternaam "Achternaam": tekst
						veld geboren "Geboortedatum": tekst
					}
					sectie verslag "Verslag" { veld tekst "Verslag": tekst lang }
				}
				""").format();
		OppDocument document = Documents.create(format);
		document.setValue(document.schema().leaf("leerling/voornaam"), "Noor");
		document.setValue(document.schema().leaf("leerling/achternaam"), "van den Berg");
		document.setValue(document.schema().leaf("leerling/geboren"), "3 maart 2015");
		document.setValue(document.schema().leaf("verslag/tekst"), "Noor van den Berg (3-3-2015) leest. Berg.");
		Anonymizer.Result result = Anonymizer.anonymize(document);
		OppDocument copy = result.copy();
		assertEquals("Leerling", copy.value(copy.schema().leaf("leerling/voornaam")));
		assertEquals("Leerling", copy.value(copy.schema().leaf("leerling/achternaam")), "the pupil's, not a Medewerker");
		assertEquals("2015-03-01", copy.value(copy.schema().leaf("leerling/geboren")));
		assertEquals("Leerling Leerling (1-3-2015) leest. Leerling.", copy.value(copy.schema().leaf("verslag/tekst")));
		assertTrue(result.report().contains(new Replacement("leerling/geboren",
				"geboortedatum: dag vervangen door de 1e (jaar en maand blijven)", 1)), result.report().toString());
	}
}
