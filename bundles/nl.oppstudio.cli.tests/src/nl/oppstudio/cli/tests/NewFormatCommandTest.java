package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.testing.Examples;

/** Issue 14: {@code opp new-format}, a new format from the legal minimum, a copy or empty; checked at once. */
class NewFormatCommandTest {

	@TempDir
	Path temp;

	private final CliRun cli = new CliRun();

	@Test
	void writesAFormatThatChecksCleanFromEachStart() throws Exception {
		// the legal minimum is installed: no copy in the folder
		assertEquals(OppCli.OK, cli.run("new-format", "--id", "swv-regio-opp", "--naam", "OPP SWV De Regio", "--voor", "po,sbo",
				"-o", temp.toString()), cli.err());
		Path file = temp.resolve("swv-regio-opp.oppformat");
		assertTrue(cli.out().contains(file.toString()));
		String text = Files.readString(file);
		assertTrue(text.contains("formaat \"swv-regio-opp\" \"OPP SWV De Regio\""), text);
		assertTrue(text.contains("breidt uit \"wettelijk-minimum\""), text);
		assertTrue(text.contains("voor po, sbo"), text);
		assertEquals(OppCli.OK, cli.run("check-format", file.toString()), cli.out() + cli.err());

		assertEquals(OppCli.OK, cli.run("new-format", "--id", "kopie", "--naam", "Kopie", "--van",
				Examples.file("swv-po-opp-1-4.oppformat").toString(), "-o", temp.toString()), cli.err());
		assertEquals(OppCli.OK, cli.run("check-format", temp.resolve("kopie.oppformat").toString()), cli.out() + cli.err());

		assertEquals(OppCli.OK, cli.run("new-format", "--id", "wijzer", "--naam", "Wijzer", "--soort", "handelingswijzer",
				"--van", "leeg", "-o", temp.toString()), cli.err());
		assertEquals(OppCli.OK, cli.run("check-format", temp.resolve("wijzer.oppformat").toString()), cli.out() + cli.err());
	}

	@Test
	void neverOverwritesAndExplainsBadInputInDutch() throws Exception {
		Files.writeString(temp.resolve("bestaat.oppformat"), "iets");
		assertEquals(OppCli.USAGE, cli.run("new-format", "--id", "bestaat", "--naam", "X", "-o", temp.toString()));
		assertTrue(cli.err().contains("al een bestand"), cli.err());
		assertEquals("iets", Files.readString(temp.resolve("bestaat.oppformat")));

		assertEquals(OppCli.USAGE, cli.run("new-format", "--id", "Met Spaties", "--naam", "X", "-o", temp.toString()));
		assertTrue(cli.err().contains("kleine letters"), cli.err());
		assertEquals(OppCli.USAGE, cli.run("new-format", "--id", "x", "--naam", "X", "--voor", "po,hbo", "-o", temp.toString()));
		assertEquals(OppCli.USAGE, cli.run("new-format", "--id", "x", "--naam", "X", "--soort", "rapport", "-o", temp.toString()));
		assertEquals(OppCli.USAGE, cli.run("new-format", "--id", "x", "--naam", "X", "--van", temp.resolve("geen.oppformat").toString(),
				"-o", temp.toString()));
		assertFalse(Files.exists(temp.resolve("x.oppformat")));
		assertEquals(OppCli.OK, cli.run("new-format", "--help"));
		assertTrue(cli.out().contains("--van"), cli.out());
	}

	/** Review item 15: {@code --van VOORBEELD-ID} starts from an example the product ships, in any folder. */
	@Test
	void startsFromAShippedExampleWithItsLogoAndKind() throws Exception {
		Path empty = Files.createDirectories(temp.resolve("leeg"));
		assertEquals(OppCli.OK, cli.run("new-format", "--id", "regio-opp", "--naam", "OPP De Regio", "--van", "swv-voorbeeld-opp",
				"-o", empty.toString()), cli.err());
		String text = Files.readString(empty.resolve("regio-opp.oppformat"));
		assertTrue(text.contains("formaat \"regio-opp\" \"OPP De Regio\""), text);
		assertTrue(text.contains("versie \"0.1.0\""), text);
		assertEquals(Files.readString(Examples.file("logo-swv-voorbeeld.svg")), Files.readString(empty.resolve("logo-swv-voorbeeld.svg")));
		assertEquals(OppCli.OK, cli.run("check-format", empty.resolve("regio-opp.oppformat").toString()), cli.out() + cli.err());

		// the example's kind unless --soort says another
		assertEquals(OppCli.OK, cli.run("new-format", "--id", "groei", "--naam", "Groei", "--van", "swv-po-groeidocument",
				"-o", empty.toString()), cli.err());
		assertTrue(Files.readString(empty.resolve("groei.oppformat")).contains("soort groeidocument"));

		assertEquals(OppCli.OK, cli.run("new-format", "--help"));
		String help = cli.out();
		assertTrue(help.contains("VOORBEELD-ID") && help.contains("swv-vo-amsterdam-diemen-opp") && help.contains("komma's"), help);
	}
}
