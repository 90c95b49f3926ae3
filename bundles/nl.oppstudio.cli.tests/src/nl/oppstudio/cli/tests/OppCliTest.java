package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.cli.OppCli;
import nl.oppstudio.testing.Examples;

/** Issue 3: the opp command's output and exit codes (0 clean, 1 errors, 2 usage or I/O). */
class OppCliTest {

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

	private static String example(String name) {
		return Examples.file(name).toString();
	}

	@Test
	void checkFormatOfTheExampleIsClean() {
		assertEquals(OppCli.OK, run("check-format", example(Examples.FORMAT)), err());
		assertTrue(out().contains("geen fouten"), out());
	}

	@Test
	void checklistAndJson() {
		assertEquals(OppCli.OK, run("check-format", "--checklist", example("wettelijk-minimum.oppformat")), err());
		assertTrue(out().contains("Checklist functioneel OPP-format (Handreiking OPP, bijlage 1): "), out());
		assertTrue(out().contains(" 12. [voldoet]"), out());
		out.reset();
		assertEquals(OppCli.OK, run("check-format", "--checklist", "--json", example("wettelijk-minimum.oppformat")));
		String json = out().strip();
		assertTrue(json.startsWith("{\"file\":") && json.endsWith("}"), json);
		assertTrue(json.contains("\"errors\":0") && json.contains("\"checklist\":{\"score\":"), json);
	}

	@Test
	void brokenFormatGivesFileLineColumnAndExitOne() throws Exception {
		Path broken = temp.resolve("kapot.oppformat");
		Files.writeString(broken, "formaat \"x\" versie \"1.0.0\" {\n  sectie s {\n    veld a tekst\n  }\n}\n");
		assertEquals(OppCli.FOUND_ERRORS, run("check-format", broken.toString()));
		assertTrue(err().startsWith(broken + ":3:"), err());
		assertTrue(err().contains(": fout: "), err());
	}

	/**
	 * Issue 10: "A syntax error: report it, and hold back the legal-minimum errors, which are then only
	 * noise (today an unclosed brace gives 1 syntax error and 9 legal errors)." The checklist too.
	 */
	@Test
	void unclosedBraceGivesOnlyTheSyntaxErrorAndNoChecklist() throws Exception {
		Path broken = temp.resolve("open.oppformat");
		Files.writeString(broken, "formaat \"x\" versie \"1.0.0\" soort opp {\n  sectie s {\n    veld a: tekst\n}\n");
		assertEquals(OppCli.FOUND_ERRORS, run("check-format", "--checklist", broken.toString()));
		assertEquals(List.of(broken + ":4:2: fout: Het bestand houdt op, maar er ontbreekt nog een '}': "
				+ "waarschijnlijk is sectie s (regel 2) niet gesloten. Zet de '}' aan het eind van dat blok."),
				err().lines().toList(), err());
		assertFalse(out().contains("Checklist functioneel"), out());
		assertTrue(out().contains("Checklist niet gescoord: los eerst de syntaxfouten op."), out());
		assertTrue(out().contains("1 fout"), out());
	}

	@Test
	void missingFileIsExitTwo() {
		assertEquals(OppCli.USAGE, run("check-format", temp.resolve("weg.oppformat").toString()));
		assertTrue(err().contains("bestaat niet"), err());
	}

	@Test
	void validateNamesTheMissingField() throws Exception {
		Path doc = temp.resolve("doc.opp");
		Files.writeString(doc, Files.readString(Examples.file(Examples.DOCUMENT)).replace("<datum>2026-09-29</datum>", ""));
		assertEquals(OppCli.FOUND_ERRORS, run("validate", "--format", example(Examples.FORMAT), doc.toString()));
		assertTrue(err().contains("[betrokkenheid/oogo/datum]"), err());
		assertEquals(OppCli.OK, new OppCli(new PrintStream(OutputStreamHolder.NULL), new PrintStream(OutputStreamHolder.NULL))
				.run("validate", "--format", example(Examples.FORMAT), example(Examples.DOCUMENT)));
	}

	@Test
	void validateJudgesTheLawAtADateAndSpeaksJsonAndSarif() throws Exception {
		Path doc = temp.resolve("doc.opp");
		Files.writeString(doc, Files.readString(Examples.file(Examples.DOCUMENT))
				.replace("    <vaststelling>2026-10-09</vaststelling>\n", ""));
		assertEquals(OppCli.OK, run("validate", "--format", example(Examples.FORMAT), "--at", "2026-09-20", doc.toString()),
				err());
		assertTrue(out().contains("uiterlijk 2026-10-13"), out());
		out.reset();
		assertEquals(OppCli.FOUND_ERRORS, run("validate", "--format", example(Examples.FORMAT), "--at", "2026-11-23",
				"--json", doc.toString()));
		assertTrue(out().contains("\"code\":\"wet.vaststelling-zes-weken\""), out());
		assertTrue(out().startsWith("{\"at\":\"2026-11-23\",\"documents\":[{"), out());
		out.reset();
		assertEquals(OppCli.FOUND_ERRORS, run("validate", "--format", example(Examples.FORMAT), "--at", "2026-11-23",
				"--sarif", doc.toString()));
		assertTrue(out().contains("\"version\":\"2.1.0\"") && out().contains("\"ruleId\":\"wet.vaststelling-zes-weken\"")
				&& out().contains("\"level\":\"error\""), out());
		assertEquals(OppCli.USAGE, run("validate", "--format", example(Examples.FORMAT), "--at", "gisteren", doc.toString()));
	}

	@Test
	void newConsentTransitionStatusAndAudit() throws Exception {
		Files.copy(Examples.file(Examples.FORMAT), temp.resolve(Examples.FORMAT));
		Path doc = temp.resolve("noor.opp");
		assertEquals(OppCli.OK, run("new", "--format", temp.resolve(Examples.FORMAT).toString(), "--pupil", "Noor Jansen",
				"--school-type", "po", "-o", doc.toString()), err());
		assertEquals(OppCli.USAGE, run("new", "--format", temp.resolve(Examples.FORMAT).toString(), "--pupil", "X", "-o",
				doc.toString()), "never overwrites");
		assertEquals(OppCli.USAGE, run("new", "--format", temp.resolve(Examples.FORMAT).toString(), "--pupil", "X",
				"--school-type", "mbo", "-o", temp.resolve("ander.opp").toString()));
		assertTrue(err().contains("Onbekende onderwijssoort 'mbo'"), err());
		assertTrue(Files.readString(doc).contains("<naam>Noor Jansen</naam>"), Files.readString(doc));
		assertEquals(OppCli.FOUND_ERRORS, run("transition", doc.toString(), "--to", "vastgesteld", "--by", "A", "--role", "directeur"));
		assertEquals(OppCli.OK, run("transition", doc.toString(), "--to", "ter-instemming", "--by", "J", "--role", "ib"), err());
		assertEquals(OppCli.FOUND_ERRORS, run("transition", doc.toString(), "--to", "vastgesteld", "--by", "A", "--role", "directeur"));
		assertTrue(err().contains("instemming"), err());
		assertEquals(OppCli.OK, run("consent", doc.toString(), "--by", "M. Jansen", "--role", "ouder", "--decision", "akkoord",
				"--way", "papier"), err());
		assertTrue(Files.readString(doc).contains("<besluit>akkoord</besluit>"), "consent is in the document too");
		// Issue 10: an empty OPP is never adopted; the refusal lists what is missing, as validate does.
		err.reset();
		assertEquals(OppCli.FOUND_ERRORS, run("transition", doc.toString(), "--to", "vastgesteld", "--by", "A", "--role",
				"directeur"));
		assertTrue(err().contains("Vaststellen kan nog niet") && err().contains("op overeenstemming gericht overleg"), err());
		assertTrue(err().contains("zienswijze van de leerling"), err());
		// The full example, its consent given through the lifecycle.
		String sem = Files.readString(Examples.file(Examples.DOCUMENT));
		Files.writeString(doc, (sem.substring(0, sem.indexOf("    <instemming>"))
				+ sem.substring(sem.indexOf("</instemming>\n") + "</instemming>\n".length()))
				.replaceAll("\\s*<vaststelling>[^<]*</vaststelling>", "").replaceAll("\\s*<registratie>[^<]*</registratie>", ""));
		assertEquals(OppCli.OK, run("transition", doc.toString(), "--to", "ter-instemming", "--by", "J", "--role", "ib"), err());
		assertEquals(OppCli.OK, run("consent", doc.toString(), "--by", "M. Jansen", "--role", "ouder", "--decision", "akkoord",
				"--way", "papier"), err());
		err.reset();
		assertEquals(OppCli.FOUND_ERRORS, run("transition", doc.toString(), "--to", "vastgesteld", "--by", "J", "--role",
				"intern begeleider"));
		assertTrue(err().contains("Vaststellen doet het bevoegd gezag"), err());
		assertEquals(OppCli.OK, run("transition", doc.toString(), "--to", "vastgesteld", "--by", "A", "--role", "directeur"), err());
		out.reset();
		assertEquals(OppCli.OK, run("status", doc.toString()));
		assertTrue(out().startsWith("Toestand: vastgesteld"), out());
		assertEquals(OppCli.OK, run("audit", doc.toString()), err());
		Files.writeString(doc, Files.readString(doc).replace("<rol>ouder</rol>", "<rol>buurman</rol>"));
		assertEquals(OppCli.FOUND_ERRORS, run("audit", doc.toString()));
	}

	@Test
	void dueListsOverdueDocumentsFirst() throws Exception {
		Files.copy(Examples.file(Examples.FORMAT), temp.resolve(Examples.FORMAT));
		Files.copy(Examples.file(Examples.DOCUMENT), temp.resolve("a-vastgesteld.opp"));
		Files.writeString(temp.resolve("b-open.opp"), Files.readString(Examples.file(Examples.DOCUMENT))
				.replace("    <vaststelling>2026-10-09</vaststelling>\n", "").replace("Sem de Vries", "Lotte Smit"));
		assertEquals(OppCli.OK, run("due", temp.toString(), "--at", "2026-11-23"), err());
		List<String> lines = out().lines().toList();
		assertTrue(lines.get(0).startsWith("TE LAAT  2026-10-13  b-open.opp") && lines.get(0).contains("Lotte Smit"), out());
		assertTrue(lines.get(1).contains("2027-01-31  a-vastgesteld.opp"), out());
		assertTrue(lines.get(2).startsWith("2 documenten met een volgende termijn, 1 te laat"), out());
	}

	/** Issue 10: a moment done after its deadline counts as done, and due says it was late. */
	@Test
	void dueNamesMomentsDoneLate() throws Exception {
		Files.copy(Examples.file(Examples.FORMAT), temp.resolve(Examples.FORMAT));
		Files.writeString(temp.resolve("sem.opp"), Files.readString(Examples.file(Examples.DOCUMENT))
				.replace("</cyclus>", "  <tussenevaluatie>2027-02-12</tussenevaluatie>\n  </cyclus>"));
		assertEquals(OppCli.OK, run("due", temp.toString(), "--at", "2027-03-01"), err());
		assertTrue(out().contains("Gedaan, maar na de termijn:") && out().contains(
				"Tussenevaluatie: uiterlijk 2027-01-31, gedaan 2027-02-12 (12 dagen te laat)"), out());
		out.reset();
		assertEquals(OppCli.OK, run("due", temp.toString(), "--at", "2027-03-01", "--json"), err());
		assertTrue(out().contains("\"doneLate\":[{") && out().contains("\"daysLate\":12"), out());
	}

	@Test
	void renderManyInParallelSkippingABrokenOne() throws Exception {
		Path broken = temp.resolve("kapot.opp");
		Files.writeString(broken, "<opp:Document");
		Path folder = temp.resolve("pdf");
		assertEquals(OppCli.USAGE, run("render", "--format", example(Examples.FORMAT), example(Examples.DOCUMENT),
				broken.toString(), "-o", folder + "/"));
		assertTrue(Files.exists(folder.resolve("sem-de-vries.pdf")));
		assertFalse(Files.exists(folder.resolve("kapot.pdf")));
		assertTrue(out().contains("[2/2]") && out().contains("overgeslagen") && out().contains("1 van 2 PDF's gemaakt."), out());
		out.reset();
		Path oneTwoPages = temp.resolve("kort.oppformat");
		Files.writeString(oneTwoPages, Files.readString(Examples.file(Examples.FORMAT)).replace("omvang 2 tot 5 paginas",
				"omvang 1 tot 1 paginas"));
		assertEquals(OppCli.OK, run("render", "--format", oneTwoPages.toString(), example(Examples.DOCUMENT), "-o",
				temp.resolve("lang.pdf").toString()), err());
		assertTrue(out().contains("waarschuwing: Als PDF beslaat dit OPP 2 pagina's; het formaat noemt als omvang 1 tot 1"),
				out());
		// The copied format's logo was not copied along: the PDF is made without it, and the user is told.
		assertTrue(out().contains("waarschuwing: Logo niet gevonden"), out());
		out.reset();
		assertEquals(OppCli.OK, run("render", "--format", example(Examples.FORMAT), "--blank", "-o",
				temp.resolve("leeg.pdf").toString()), err());
		assertTrue(out().startsWith("Leeg formulier geschreven"), out());
	}

	@Test
	void validateWarnsWhenThePdfWouldExceedThePageTarget() throws Exception {
		// Handreiking OPP 5.1: "volstaat een OPP van twee tot maximaal vijf A4"; the format's omvang says so.
		Path strict = temp.resolve("kort.oppformat");
		Files.writeString(strict, Files.readString(Examples.file(Examples.FORMAT)).replace("omvang 2 tot 5 paginas",
				"omvang 1 tot 1 paginas"));
		Files.copy(Examples.file(Examples.DOCUMENT), temp.resolve("sem.opp"));
		assertEquals(OppCli.OK, run("validate", "--format", strict.toString(), "--at", "2026-10-01",
				temp.resolve("sem.opp").toString()), err());
		assertTrue(out().contains("waarschuwing: Als PDF beslaat dit OPP 2 pagina's; het formaat noemt als omvang 1 tot 1"),
				out());
		out.reset();
		assertEquals(OppCli.OK, run("validate", "--format", strict.toString(), "--at", "2026-10-01", "--zonder-paginas",
				temp.resolve("sem.opp").toString()), err());
		assertFalse(out().contains("Als PDF beslaat"), out());
		out.reset();
		assertEquals(OppCli.OK, run("validate", "--at", "2026-10-01", example(Examples.DOCUMENT)), err());
		assertFalse(out().contains("Als PDF beslaat"), "the example fits its own target: " + out());
	}

	@Test
	void renderFindsEachDocumentsFormatInItsFolder() throws Exception {
		Path folder = temp.resolve("pdf");
		assertEquals(OppCli.OK, run("render", example(Examples.DOCUMENT), example("swv-po-opp-1-4-daan.opp"),
				example("revius-wijk-opp-tim.opp"), "-o", folder + "/"), err());
		for (String name : List.of("sem-de-vries.pdf", "swv-po-opp-1-4-daan.pdf", "revius-wijk-opp-tim.pdf")) {
			assertTrue(Files.size(folder.resolve(name)) > 0, name);
		}
		assertTrue(out().contains("3 van 3 PDF's gemaakt."), out());
		Path lonely = temp.resolve("alleen/sem.opp");
		Files.createDirectories(lonely.getParent());
		Files.copy(Examples.file(Examples.DOCUMENT), lonely);
		assertEquals(OppCli.USAGE, run("render", lonely.toString(), "-o", temp.resolve("x.pdf").toString()));
		assertTrue(out().contains("geen formaat gevonden in dezelfde map"), out());
		assertEquals(OppCli.USAGE, run("render", "--blank", "-o", temp.resolve("leeg.pdf").toString()));
	}

	@Test
	void renderTheHandelingswijzerExtract() throws Exception {
		Path pdf = temp.resolve("handelingswijzer.pdf");
		assertEquals(OppCli.OK, run("render", "--format", example(Examples.FORMAT), "--uittreksel",
				example(Examples.DOCUMENT), "-o", pdf.toString()), err());
		assertTrue(out().contains("(1 pagina)"), out());
		assertTrue(Files.size(pdf) > 0);
		assertEquals(OppCli.OK, run("render", "--format", example(Examples.FORMAT), "--uittreksel",
				example(Examples.DOCUMENT), "-o", temp.resolve("map") + "/"), err());
		assertTrue(Files.exists(temp.resolve("map/sem-de-vries-uittreksel.pdf")), "uittreksel naast het plan, niet erover");
		assertEquals(OppCli.USAGE, run("render", "--format", example(Examples.FORMAT), "--blank", "--uittreksel", "-o",
				temp.resolve("y.pdf").toString()));
		assertEquals(OppCli.USAGE, run("render", "--format", example("swv-po-groeidocument.oppformat"), "--uittreksel",
				example("swv-po-groeidocument-lina.opp"), "-o", temp.resolve("x.pdf").toString()));
		assertTrue(err().contains("dit formaat heeft geen uittreksel"), err());
	}

	@Test
	void renderWritesAPdf() throws Exception {
		Path pdf = temp.resolve("uit/sem.pdf");
		assertEquals(OppCli.OK, run("render", "--format", example(Examples.FORMAT), example(Examples.DOCUMENT), "-o",
				pdf.toString()), err());
		byte[] bytes = Files.readAllBytes(pdf);
		assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
	}

	@Test
	void usageErrorsAreExitTwoAndHelpIsExitZero() {
		assertEquals(OppCli.USAGE, run());
		assertEquals(OppCli.USAGE, run("onzin"));
		assertEquals(OppCli.USAGE, run("validate", "--format"));
		assertEquals(OppCli.USAGE, run("render", "--format", example(Examples.FORMAT), example(Examples.DOCUMENT)));
		assertTrue(err().contains("-o ontbreekt"), err());
		assertEquals(OppCli.OK, run("--help"));
		assertEquals(OppCli.OK, run("render", "--help"));
		assertTrue(out().contains("Gebruik: opp render"), out());
		assertFalse(err().contains("Exception"), err());
	}

	/** A stream that discards everything. */
	private static final class OutputStreamHolder {
		static final java.io.OutputStream NULL = java.io.OutputStream.nullOutputStream();
	}
}
