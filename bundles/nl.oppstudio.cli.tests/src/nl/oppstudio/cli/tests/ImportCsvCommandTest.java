package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.testing.Examples;

/** Issue 12: {@code opp import-csv}, a concept OPP per pupil from a CSV export, the mapping shown and changeable. */
class ImportCsvCommandTest {

	@TempDir
	Path temp;

	private final CliRun cli = new CliRun();

	@Test
	void importsTheExampleShowingTheMappingAndOneLinePerDocument() throws Exception {
		String format = Examples.file(Examples.FORMAT).toString();
		String csv = Examples.file("leerlingen-voorbeeld.csv").toString();
		Path folder = temp.resolve("groep-5");
		assertEquals(OppCli.OK, cli.run("import-csv", "--format", format, csv, "-o", folder.toString(), "--school-type", "po",
				"--column", "Opmerking=handelingsdeel/aanpak"), cli.err());
		assertTrue(cli.out().contains("(UTF-8, scheidingsteken ;)"), cli.out());
		assertTrue(cli.out().contains("Roepnaam → leerling/naam (Naam van de leerling)"), cli.out());
		assertTrue(cli.out().contains("Datum inschrijving → leerling/startdatum"), cli.out());
		assertTrue(cli.out().contains("Leerlingnummer → niet gebruikt"), cli.out());
		assertTrue(cli.out().contains("Opmerking → handelingsdeel/aanpak"), cli.out());
		assertTrue(cli.out().contains(folder.resolve("zoe-van-den-berg.opp") + ": Zoë van den Berg (regel 3)"), cli.out());
		assertTrue(cli.out().contains("4 OPP's gemaakt (concept)"), cli.out());
		String zoe = Files.readString(folder.resolve("zoe-van-den-berg.opp"));
		assertTrue(zoe.contains("schooltype=\"po\"") && zoe.contains("<geboortedatum>2016-07-03</geboortedatum>")
				&& zoe.contains("<groep>groep6</groep>") && zoe.contains("<aanpak>Dyslexie; leest met voorleessoftware</aanpak>"), zoe);
		assertEquals(OppCli.OK, cli.run("status", folder.resolve("zoe-van-den-berg.opp").toString(), "--format", format), cli.err());
		assertTrue(cli.out().startsWith("Toestand: concept"), cli.out());

		byte[] first = Files.readAllBytes(folder.resolve("noor-jansen.opp"));
		assertEquals(OppCli.OK, cli.run("import-csv", "--format", format, csv, "-o", folder.toString()), cli.err());
		assertTrue(Files.exists(folder.resolve("noor-jansen-2.opp")), "never overwrites");
		assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(folder.resolve("noor-jansen.opp")));
	}

	@Test
	void badRowsAndBadMappingsAreReported() throws Exception {
		String format = Examples.file(Examples.FORMAT).toString();
		Path csv = temp.resolve("klas.csv");
		Files.writeString(csv, "Naam;Geboortedatum\nNoor Jansen;12-03-2017\n;1-1-2016\nSem Bakker;morgen\n");
		Path folder = temp.resolve("uit");
		assertEquals(OppCli.FOUND_ERRORS, cli.run("import-csv", "--format", format, csv.toString(), "-o", folder.toString()));
		assertTrue(cli.err().contains(csv + ":3:1: fout: Regel 3 heeft geen naam"), cli.err());
		// the cell itself is not repeated (issue 16, AVG): line, column and field say where
		assertTrue(cli.out().contains(csv + ":4:2: waarschuwing: De waarde in kolom 'Geboortedatum' past niet"), cli.out());
		assertFalse(cli.out().contains("morgen"), cli.out());
		assertTrue(cli.out().contains("2 OPP's gemaakt (concept)") && cli.out().contains("1 rijen overgeslagen"), cli.out());

		assertEquals(OppCli.USAGE, cli.run("import-csv", "--format", format, csv.toString(), "-o", temp.resolve("x").toString(),
				"--column", "Geboortedatum=leerling/geboortedatun"));
		assertTrue(cli.err().contains("bedoelt u 'leerling/geboortedatum'?"), cli.err());
		assertFalse(Files.exists(temp.resolve("x")), "nothing written with a wrong mapping");
		assertEquals(OppCli.USAGE, cli.run("import-csv", "--format", format, csv.toString(), "-o", temp.resolve("x").toString(),
				"--column", "Geboortedatum"));
		assertTrue(cli.err().contains("Kop=pad/naar/veld"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("import-csv", "--format", format, temp.resolve("weg.csv").toString(), "-o",
				temp.resolve("x").toString()));
		assertTrue(cli.err().contains("CSV-bestand bestaat niet"), cli.err());
		assertFalse(cli.err().contains("Exception"), cli.err());
		assertEquals(OppCli.OK, cli.run("import-csv", "--help"));
		assertTrue(cli.out().contains("Gebruik: opp import-csv"), cli.out());
	}
}
