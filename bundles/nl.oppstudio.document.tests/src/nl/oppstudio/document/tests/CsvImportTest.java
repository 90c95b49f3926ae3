package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.CsvImport;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.NewDocuments;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.State;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 12: OPPs for several pupils from a CSV export of the school's administration ("Less typing"): name,
 * birth date, group or class, school, start date, mapped once to the format's fields (by {@code wet} tag
 * where there is one); each OPP starts as a concept.
 */
class CsvImportTest {

	private static final String CSV = "leerlingen-voorbeeld.csv";
	private static Format format;

	@TempDir
	Path temp;

	@BeforeAll
	static void loadFormat() {
		format = TestFormats.example();
	}

	@Test
	void readsTheExampleExport() throws Exception {
		CsvImport.Table table = CsvImport.read(Examples.file(CSV));
		assertEquals(List.of("Leerlingnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "Groep", "School",
				"Datum inschrijving", "Opmerking"), table.headers());
		assertEquals(';', table.separator());
		assertEquals("UTF-8", table.encoding());
		assertEquals(List.of(2, 3, 4, 5), table.rows().stream().map(CsvImport.Row::line).toList());
		assertEquals("Zoë", table.rows().get(1).cell(1));
		assertEquals("Dyslexie; leest met voorleessoftware", table.rows().get(1).cell(8), "a quoted separator");
		assertEquals("Nieuw op school; \"warme overdracht\" met de vorige school", table.rows().get(3).cell(8));
		assertEquals(List.of(), table.problems());
	}

	@Test
	void proposesAMappingByLegalTagKnownHeadersAndSimilarity() throws Exception {
		CsvImport.Table table = CsvImport.read(Examples.file(CSV));
		CsvImport.Mapping mapping = CsvImport.proposeMapping(table, DocumentSchema.of(format));
		assertEquals(Map.of("Roepnaam", "leerling/naam", "Tussenvoegsel", "leerling/naam", "Achternaam", "leerling/naam",
				"Geboortedatum", "leerling/geboortedatum", "Groep", "leerling/groep", "School", "leerling/school",
				"Datum inschrijving", "leerling/startdatum"), mapping.paths());
		assertNull(mapping.path("Leerlingnummer"), "unknown columns stay unused");

		// Magister-like headers on a format that keeps the start date elsewhere, tagged 'wet startdatum'.
		Path magister = temp.resolve("magister.csv");
		Files.writeString(magister, "Stamnr,Roepnaam,Volledige naam,Geb. datum,Stamklas,Inschrijfdatum,Niveau\n"
				+ "77,Amir,Amir Haddad,5-5-2011,3H2,1-8-2026,havo\n");
		Format revius = TestFormats.load(Examples.file("revius-wijk-opp.oppformat"));
		CsvImport.Mapping proposed = CsvImport.proposeMapping(CsvImport.read(magister), DocumentSchema.of(revius));
		assertEquals("leerling/naam", proposed.path("Volledige naam"));
		assertNull(proposed.path("Roepnaam"), "the whole name is there: not 'Amir Amir Haddad'");
		assertEquals("leerling/geboortedatum", proposed.path("Geb. datum"));
		assertEquals("leerling/klas", proposed.path("Stamklas"));
		assertEquals("registratie/startdatum", proposed.path("Inschrijfdatum"), "the field tagged wet startdatum");
	}

	@Test
	void makesOneConceptPerPupilWithDutchDatesAsIso() throws Exception {
		CsvImport.Table table = CsvImport.read(Examples.file(CSV));
		CsvImport.Created created = CsvImport.create(table, CsvImport.proposeMapping(table, DocumentSchema.of(format)),
				format, "po");
		assertEquals(List.of(), created.problems());
		assertEquals(List.of("Noor Jansen", "Zoë van den Berg", "Mohammed El Amrani", "Daan de Vries"),
				created.pupils().stream().map(CsvImport.Pupil::name).toList(), "roepnaam, tussenvoegsel, achternaam");
		OppDocument zoe = created.pupils().get(1).document();
		assertEquals("2016-07-03", zoe.value("leerling/geboortedatum").orElseThrow(), "d-m-jjjj");
		assertEquals("2026-09-01", zoe.value("leerling/startdatum").orElseThrow());
		assertEquals("groep6", zoe.value("leerling/groep").orElseThrow(), "by the option's label");
		assertEquals("Basisschool De Kastanje", zoe.value("leerling/school").orElseThrow());
		assertEquals("groep5", created.pupils().get(0).document().value("leerling/groep").orElseThrow(), "5 is Groep 5");
		assertEquals("2015-02-28", created.pupils().get(2).document().value("leerling/geboortedatum").orElseThrow(), "dd/mm/jjjj");
		assertEquals("2017-03-12", created.pupils().get(0).document().value("leerling/geboortedatum").orElseThrow(), "dd-mm-jjjj");
		for (CsvImport.Pupil pupil : created.pupils()) {
			assertEquals("po", pupil.document().schoolType());
			assertEquals(State.CONCEPT, Lifecycle.state(pupil.document()));
			assertTrue(Lifecycle.entries(pupil.document()).isEmpty());
		}
	}

	@Test
	void writesOneFilePerPupilAndNeverOverwrites() throws Exception {
		CsvImport.Table table = CsvImport.read(Examples.file(CSV));
		CsvImport.Created created = CsvImport.create(table, CsvImport.proposeMapping(table, DocumentSchema.of(format)),
				format, "po");
		Path folder = temp.resolve("opps");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("noor-jansen.opp"), "van iemand anders");
		List<CsvImport.Written> written = CsvImport.write(created.pupils(), folder);
		assertEquals(List.of("noor-jansen-2.opp", "zoe-van-den-berg.opp", "mohammed-el-amrani.opp", "daan-de-vries.opp"),
				written.stream().map(w -> w.file().getFileName().toString()).toList());
		assertEquals("van iemand anders", Files.readString(folder.resolve("noor-jansen.opp")));
		OppDocument zoe = Documents.load(folder.resolve("zoe-van-den-berg.opp"), format);
		assertEquals("Zoë van den Berg", zoe.pupilName());
		assertEquals("2016-07-03", zoe.value("leerling/geboortedatum").orElseThrow());

		List<CsvImport.Written> again = CsvImport.write(created.pupils().subList(1, 2), folder);
		assertEquals("zoe-van-den-berg-2.opp", again.get(0).file().getFileName().toString());
		assertEquals("zoe-van-den-berg", NewDocuments.fileStem("Zoë van den Berg"));
		assertEquals("ozil-mesut", NewDocuments.fileStem(" Özil, Mesut "));
		assertEquals("opp", NewDocuments.fileStem("…"));
	}

	@Test
	void everyRowThatCannotBeUsedIsReportedWithItsLine() throws Exception {
		Path csv = temp.resolve("fouten.csv");
		Files.writeString(csv, String.join("\n",
				"Naam,Geboortedatum,Groep,Toelichting", // 1
				"Noor Jansen,12-03-2017,5,\"twee", // 2, a quoted cell over two lines
				"regels\"", // 3
				"Sem Bakker,31-02-2016,5,", // 4: no such date
				"Lotte de Wit,1-1-2016,Groep 9,", // 5: no such group
				",1-1-2016,5,", // 6: no name
				"Tim Visser,1-1-2016,5,een,twee", // 7: too many cells
				"", // 8: empty, skipped
				"Eva Smit,2-2-2016,4,\"niet afgesloten")); // 9
		CsvImport.Table table = CsvImport.read(csv);
		assertEquals(',', table.separator());
		assertEquals("twee\nregels", table.rows().get(0).cell(3));
		CsvImport.Created created = CsvImport.create(table, CsvImport.proposeMapping(table, DocumentSchema.of(format)),
				format, null);
		assertEquals(List.of("Noor Jansen", "Sem Bakker", "Lotte de Wit"),
				created.pupils().stream().map(CsvImport.Pupil::name).toList());
		Map<Integer, String> byLine = created.problems().stream()
				.collect(Collectors.toMap(Diagnostic::line, d -> d.severity().label() + ": " + d.message(), (a, b) -> a + " | " + b));
		assertEquals(new TreeSet<>(Set.of(4, 5, 6, 7, 9)), new TreeSet<>(byLine.keySet()), byLine.toString());
		// the line, the column, the field and what fits are named; the value itself is not (a pupil's
		// birth date or data in a message or log is personal data: issue 16, privacy)
		assertTrue(byLine.get(4).startsWith("waarschuwing") && byLine.get(4).contains("kolom 'Geboortedatum'")
				&& byLine.get(4).contains("veld 'Geboortedatum'") && byLine.get(4).contains("dd-mm-jjjj")
				&& !byLine.get(4).contains("31-02-2016"), byLine.get(4));
		assertTrue(byLine.get(5).contains("kolom 'Groep'") && byLine.get(5).contains("groep8 (Groep 8)")
				&& !byLine.get(5).contains("Groep 9"), byLine.get(5));
		assertTrue(byLine.get(6).startsWith("fout") && byLine.get(6).contains("geen naam"), byLine.get(6));
		assertTrue(byLine.get(7).startsWith("fout") && byLine.get(7).contains("5 velden"), byLine.get(7));
		assertTrue(byLine.get(9).startsWith("fout") && byLine.get(9).contains("aanhalingstekens"), byLine.get(9));
		assertTrue(created.pupils().get(1).document().value("leerling/geboortedatum").isEmpty(), "a bad date stays empty");
		assertTrue(created.problems().stream().allMatch(d -> csv.equals(d.file())));
	}

	@Test
	void windows1252TabsAndABom() throws Exception {
		Path ansi = temp.resolve("ansi.csv");
		Files.write(ansi, "Naam\tGeboortedatum\r\nZoë Çelik\t01-02-2016\r\n".getBytes(Charset.forName("windows-1252")));
		CsvImport.Table table = CsvImport.read(ansi);
		assertEquals("windows-1252", table.encoding());
		assertEquals('\t', table.separator());
		assertEquals("Zoë Çelik", table.rows().get(0).cell(0));

		Path bom = temp.resolve("bom.csv");
		byte[] text = "Naam;Groep\nNoor Jansen;5\n".getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xef;
		withBom[1] = (byte) 0xbb;
		withBom[2] = (byte) 0xbf;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Files.write(bom, withBom);
		CsvImport.Table utf8 = CsvImport.read(bom);
		assertEquals("UTF-8", utf8.encoding());
		assertEquals("Naam", utf8.headers().get(0), "the BOM is not part of the first header");
		assertEquals("leerling/naam", CsvImport.proposeMapping(utf8, DocumentSchema.of(format)).path("Naam"));
	}

	@Test
	void theMappingCanBeChangedAndIsChecked() throws Exception {
		CsvImport.Table table = CsvImport.read(Examples.file(CSV));
		DocumentSchema schema = DocumentSchema.of(format);
		CsvImport.Mapping mapping = CsvImport.proposeMapping(table, schema).with("Opmerking", "handelingsdeel/aanpak")
				.with("School", "");
		assertEquals(List.of(), CsvImport.check(table, mapping, schema));
		CsvImport.Created created = CsvImport.create(table, mapping, format, "po");
		OppDocument zoe = created.pupils().get(1).document();
		assertEquals("Dyslexie; leest met voorleessoftware", zoe.value("handelingsdeel/aanpak").orElseThrow());
		assertTrue(zoe.value("leerling/school").isEmpty(), "a column left out");

		List<String> wrong = CsvImport.check(table, mapping.with("Opmerking", "handelingsdeel/aanpk").with("Mentor", "leerling/naam"),
				schema);
		assertEquals(2, wrong.size(), wrong.toString());
		assertTrue(wrong.stream().anyMatch(p -> p.contains("'handelingsdeel/aanpk'") && p.contains("'handelingsdeel/aanpak'")),
				wrong.toString());
		assertTrue(wrong.stream().anyMatch(p -> p.contains("geen kolom 'Mentor'")), wrong.toString());

		CsvImport.Created noName = CsvImport.create(table, mapping.with("Roepnaam", null).with("Tussenvoegsel", null)
				.with("Achternaam", null), format, "po");
		assertTrue(noName.pupils().isEmpty());
		assertTrue(noName.problems().get(0).message().contains("naam van de leerling"), noName.problems().toString());
	}

	@Test
	void aMissingOrEmptyFileIsAClearProblem() throws Exception {
		DocumentException missing = assertThrows(DocumentException.class, () -> CsvImport.read(temp.resolve("weg.csv")));
		assertTrue(missing.diagnostic().message().contains("bestaat niet"), missing.diagnostic().message());
		Path empty = temp.resolve("leeg.csv");
		Files.writeString(empty, "\n\n");
		DocumentException none = assertThrows(DocumentException.class, () -> CsvImport.read(empty));
		assertTrue(none.diagnostic().message().contains("leeg"), none.diagnostic().message());
	}
}
