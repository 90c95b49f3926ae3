package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return new OppCli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void importsTheExampleShowingTheMappingAndOneLinePerDocument() throws Exception {
		String format = Examples.file(Examples.FORMAT).toString();
		String csv = Examples.file("leerlingen-voorbeeld.csv").toString();
		Path folder = temp.resolve("groep-5");
		assertEquals(OppCli.OK, run("import-csv", "--format", format, csv, "-o", folder.toString(), "--school-type", "po",
				"--column", "Opmerking=handelingsdeel/aanpak"), err());
		assertTrue(out().contains("(UTF-8, scheidingsteken ;)"), out());
		assertTrue(out().contains("Roepnaam → leerling/naam (Naam van de leerling)"), out());
		assertTrue(out().contains("Datum inschrijving → leerling/startdatum"), out());
		assertTrue(out().contains("Leerlingnummer → niet gebruikt"), out());
		assertTrue(out().contains("Opmerking → handelingsdeel/aanpak"), out());
		assertTrue(out().contains(folder.resolve("zoe-van-den-berg.opp") + ": Zoë van den Berg (regel 3)"), out());
		assertTrue(out().contains("4 OPP's gemaakt (concept)"), out());
		String zoe = Files.readString(folder.resolve("zoe-van-den-berg.opp"));
		assertTrue(zoe.contains("schooltype=\"po\"") && zoe.contains("<geboortedatum>2016-07-03</geboortedatum>")
				&& zoe.contains("<groep>groep6</groep>") && zoe.contains("<aanpak>Dyslexie; leest met voorleessoftware</aanpak>"), zoe);
		assertEquals(OppCli.OK, run("status", folder.resolve("zoe-van-den-berg.opp").toString(), "--format", format), err());
		assertTrue(out().startsWith("Toestand: concept"), out());

		byte[] first = Files.readAllBytes(folder.resolve("noor-jansen.opp"));
		assertEquals(OppCli.OK, run("import-csv", "--format", format, csv, "-o", folder.toString()), err());
		assertTrue(Files.exists(folder.resolve("noor-jansen-2.opp")), "never overwrites");
		assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(folder.resolve("noor-jansen.opp")));
	}

	@Test
	void badRowsAndBadMappingsAreReported() throws Exception {
		String format = Examples.file(Examples.FORMAT).toString();
		Path csv = temp.resolve("klas.csv");
		Files.writeString(csv, "Naam;Geboortedatum\nNoor Jansen;12-03-2017\n;1-1-2016\nSem Bakker;morgen\n");
		Path folder = temp.resolve("uit");
		assertEquals(OppCli.FOUND_ERRORS, run("import-csv", "--format", format, csv.toString(), "-o", folder.toString()));
		assertTrue(err().contains(csv + ":3:1: fout: Regel 3 heeft geen naam"), err());
		assertTrue(out().contains(csv + ":4:2: waarschuwing: 'morgen' in kolom 'Geboortedatum'"), out());
		assertTrue(out().contains("2 OPP's gemaakt (concept)") && out().contains("1 rijen overgeslagen"), out());

		assertEquals(OppCli.USAGE, run("import-csv", "--format", format, csv.toString(), "-o", temp.resolve("x").toString(),
				"--column", "Geboortedatum=leerling/geboortedatun"));
		assertTrue(err().contains("bedoelt u 'leerling/geboortedatum'?"), err());
		assertFalse(Files.exists(temp.resolve("x")), "nothing written with a wrong mapping");
		assertEquals(OppCli.USAGE, run("import-csv", "--format", format, csv.toString(), "-o", temp.resolve("x").toString(),
				"--column", "Geboortedatum"));
		assertTrue(err().contains("Kop=pad/naar/veld"), err());
		assertEquals(OppCli.USAGE, run("import-csv", "--format", format, temp.resolve("weg.csv").toString(), "-o",
				temp.resolve("x").toString()));
		assertTrue(err().contains("CSV-bestand bestaat niet"), err());
		assertFalse(err().contains("Exception"), err());
		assertEquals(OppCli.OK, run("import-csv", "--help"));
		assertTrue(out().contains("Gebruik: opp import-csv"), out());
	}
}
