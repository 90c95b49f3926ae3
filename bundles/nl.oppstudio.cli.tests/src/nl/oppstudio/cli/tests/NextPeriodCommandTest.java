package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/**
 * Issue 12: {@code opp next-period}, the next plan from an evaluated OPP. Handreiking OPP 5.2: evaluated
 * at least once a school year; a new version needs a new consent on the handelingsdeel (3.2).
 */
class NextPeriodCommandTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
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
	void startsTheNextPlanFromAnEvaluatedOneAndLeavesTheOldFileAlone() throws Exception {
		Files.copy(Examples.file(Examples.FORMAT), temp.resolve(Examples.FORMAT));
		Path doc = temp.resolve("sem.opp");
		String sem = Files.readString(Examples.file(Examples.DOCUMENT));
		Files.writeString(doc, (sem.substring(0, sem.indexOf("    <instemming>"))
				+ sem.substring(sem.indexOf("</instemming>\n") + "</instemming>\n".length()))
				.replaceAll("\\s*<vaststelling>[^<]*</vaststelling>", "").replaceAll("\\s*<registratie>[^<]*</registratie>", ""));
		Path next = temp.resolve("sem-volgende.opp");
		assertEquals(OppCli.OK, run("transition", doc.toString(), "--to", "ter-instemming", "--by", "J", "--role", "ib"), err());
		assertEquals(OppCli.OK, run("consent", doc.toString(), "--by", "M. de Vries", "--role", "ouder", "--decision",
				"akkoord", "--way", "papier"), err());
		assertEquals(OppCli.OK, run("transition", doc.toString(), "--to", "vastgesteld", "--by", "A", "--role", "directeur"),
				err());

		assertEquals(OppCli.FOUND_ERRORS, run("next-period", doc.toString(), "-o", next.toString()));
		assertTrue(err().contains("geëvalueerd") && err().contains("'vastgesteld'"), err());
		assertFalse(Files.exists(next), "a refusal writes nothing");

		assertEquals(OppCli.OK, run("transition", doc.toString(), "--to", "in-uitvoering", "--by", "J", "--role", "ib"), err());
		assertEquals(OppCli.OK, run("transition", doc.toString(), "--to", "geevalueerd", "--by", "J", "--role", "ib"), err());
		byte[] old = Files.readAllBytes(doc);
		out.reset();
		assertEquals(OppCli.OK, run("next-period", doc.toString(), "-o", next.toString(), "--by", "J. Jansen"), err());
		assertTrue(out().contains("Nieuw plan voor de volgende periode (concept)"), out());
		assertTrue(out().contains("doel gemarkeerd: handelingsdeel/doelen/langeTermijn[1]/doel"), out());
		assertTrue(out().contains("gewist (hoort bij één periode): cyclus/vaststelling"), out());
		assertArrayEquals(old, Files.readAllBytes(doc), "the evaluated plan is not changed");

		String written = Files.readString(next);
		assertTrue(written.contains("<naam>Sem de Vries</naam>") && written.contains("RALFI-lezen"), written);
		assertTrue(written.contains("<doel>[Vorige periode, geëvalueerd op "), written);
		assertFalse(written.contains("<vaststelling>"), "the cycle's dates belong to the previous period");
		assertTrue(written.contains("<handeling>volgende-periode</handeling>") && written.contains("<van>sem.opp</van>")
				&& written.contains("<door>J. Jansen</door>"), written);
		out.reset();
		assertEquals(OppCli.OK, run("status", next.toString()), err());
		assertTrue(out().startsWith("Toestand: concept"), out());
		assertEquals(OppCli.OK, run("audit", next.toString()), err());
		assertEquals(OppCli.OK, run("audit", doc.toString()), err());

		assertEquals(OppCli.USAGE, run("next-period", doc.toString(), "-o", next.toString()), "never overwrites");
		assertTrue(err().contains("overschrijft nooit"), err());
		// finding 9: a name taken after the check (a link to nothing: Files.exists does not see it) is not replaced
		Path taken = temp.resolve("bezet.opp");
		Files.createSymbolicLink(taken, temp.resolve("nergens.opp"));
		err.reset();
		assertEquals(OppCli.USAGE, run("next-period", doc.toString(), "-o", taken.toString()));
		assertTrue(err().contains("overschrijft nooit"), err());
		assertTrue(Files.isSymbolicLink(taken) && !Files.exists(taken), "never replaced");
		assertEquals(OppCli.OK, run("next-period", "--help"));
		assertTrue(out().contains("Gebruik: opp next-period"), out());
	}
}
