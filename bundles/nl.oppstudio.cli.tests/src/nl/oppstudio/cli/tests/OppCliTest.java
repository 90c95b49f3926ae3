package nl.oppstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
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

	/** Issue 14: a format extends the base installed in the product; its folder needs no copy of it. */
	@Test
	void checkFormatFindsTheInstalledBase() throws Exception {
		Path derived = temp.resolve("afgeleid.oppformat");
		Files.writeString(derived, """
				formaat "afgeleid" "Afgeleid formaat" versie "1.0.0" soort opp voor po breidt uit "wettelijk-minimum" {
					sectie extra "Extra" {
						veld toelichting "Toelichting": tekst zichtbaar wanneer leerling.naam = "x"
					}
				}
				""");
		assertEquals(OppCli.OK, run("check-format", derived.toString()), err());
		assertTrue(out().contains("geen fouten"), out());
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
		assertTrue(out().contains("uiterlijk 13-10-2026"), out());
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
		// 3 pages: Sem's goal tree prints as the compact tree at full size (issue 13 review), no longer at 20 %
		assertTrue(out().contains("waarschuwing: Als PDF beslaat dit OPP 3 pagina's; het formaat noemt als omvang 1 tot 1"),
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
		// 3 pages: Sem's goal tree prints as the compact tree at full size (issue 13 review), no longer at 20 %
		assertTrue(out().contains("waarschuwing: Als PDF beslaat dit OPP 3 pagina's; het formaat noemt als omvang 1 tot 1"),
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
		assertTrue(out().contains("Geen formaat gevonden in dezelfde map"), out());
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

	private static Path version(String name) {
		return Examples.directory().resolve("versies").resolve(name);
	}

	/**
	 * Issue 11: opp diff of two files, and of one file through its git history (JGit, a real repository).
	 * The test bundle reaches JGit through DynamicImport-Package: a static Import-Package of
	 * org.eclipse.jgit.api changed the test runtime's wiring so that commons-logging picked SLF4J, without
	 * seeing org.slf4j.spi, and every PDF (FOP) failed with NoClassDefFoundError LocationAwareLogger.
	 */
	@Test
	void diffTwoVersionsAndFromGit() throws Exception {
		assertEquals(OppCli.OK, run("diff", example(Examples.FORMAT), version("swv-voorbeeld-opp-0.2.1.oppformat").toString()),
				err());
		assertTrue(out().lines().anyMatch(line -> line.startsWith("compatibel") && line.contains("leerling/brinnummer")), out());
		assertTrue(out().contains("2 wijzigingen van 0.2.0 naar 0.2.1; ingrijpendste: compatibel."), out());

		Path repository = temp.resolve("repo");
		Path format = repository.resolve(Examples.FORMAT);
		try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
			Files.copy(Examples.file(Examples.FORMAT), format);
			commit(git, "0.2.0");
			Files.copy(version("swv-voorbeeld-opp-0.2.1.oppformat"), format, StandardCopyOption.REPLACE_EXISTING);
			commit(git, "0.2.1");
		}
		// In the working tree, not committed: version 1.0.0.
		Files.copy(version("swv-voorbeeld-opp-1.0.0.oppformat"), format, StandardCopyOption.REPLACE_EXISTING);
		out.reset();
		assertEquals(OppCli.OK, run("diff", format.toString(), "--from", "HEAD~1", "--to", "HEAD"), err());
		assertTrue(out().contains("2 wijzigingen van 0.2.0 naar 0.2.1; ingrijpendste: compatibel."), out());
		out.reset();
		assertEquals(OppCli.OK, run("diff", format.toString(), "--from", "HEAD~1"), err());
		assertTrue(out().lines().anyMatch(line -> line.startsWith("brekend") && line.endsWith("leerling/groep: optie 'groep8' vervalt")),
				out());
		assertTrue(out().contains(" wijzigingen van 0.2.0 naar 1.0.0; ingrijpendste: brekend."), out());
		// A breaking change under a patch version: exit 1, and the version problem named.
		Files.writeString(format, Files.readString(format).replace("versie \"1.0.0\"", "versie \"0.2.2\""));
		out.reset();
		err.reset();
		assertEquals(OppCli.FOUND_ERRORS, run("diff", format.toString(), "--from", "HEAD"));
		assertTrue(out().contains(" wijzigingen van 0.2.1 naar 0.2.2; ingrijpendste: brekend."), out());
		assertTrue(err().startsWith(format + ": fout: "), err());
		err.reset();
		assertEquals(OppCli.USAGE, run("diff", format.toString(), "--from", "v9.9.9"));
		assertTrue(err().contains("revisie 'v9.9.9' bestaat niet"), err());
		Path outside = temp.resolve("los.oppformat");
		Files.copy(Examples.file(Examples.FORMAT), outside);
		err.reset();
		assertEquals(OppCli.USAGE, run("diff", outside.toString(), "--from", "HEAD"));
		assertTrue(err().contains("staat niet in een git-repository"), err());
		assertEquals(OppCli.USAGE, run("diff", format.toString()));
	}

	private static void commit(Git git, String message) throws Exception {
		git.add().addFilepattern(".").call();
		PersonIdent tester = new PersonIdent("OPP Studio test", "test@oppstudio.invalid");
		git.commit().setMessage(message).setAuthor(tester).setCommitter(tester).setSign(false).call();
	}

	/** Issue 11: opp migrate moves a document to a new version, keeps what has no place, and a backup. */
	@Test
	void migrateToANewVersion() throws Exception {
		Path folder = temp.resolve("docs");
		Files.createDirectories(folder);
		Files.copy(Examples.file(Examples.FORMAT), folder.resolve(Examples.FORMAT));
		Path doc = folder.resolve("sem.opp");
		Files.copy(Examples.file(Examples.DOCUMENT), doc);
		Path report = temp.resolve("verslag.txt");
		assertEquals(OppCli.OK, run("migrate", "--to", version("swv-voorbeeld-opp-1.0.0.oppformat").toString(), "--report",
				report.toString(), doc.toString()), err());
		assertTrue(out().startsWith(doc + ": van 0.2.0 naar 1.0.0; "), out());
		assertTrue(out().contains("  archief: leerling/school (geen plaats in versie 1.0.0); de waarde staat in het archief van het document"), out());
		assertEquals(out(), Files.readString(report));
		assertTrue(Files.readString(doc).contains("urn:oppstudio:format:swv-voorbeeld-opp:1.0.0"), "the document is of 1.0.0 now");
		assertEquals(Files.readString(Examples.file(Examples.DOCUMENT)), Files.readString(folder.resolve("sem.opp.bak")));
		out.reset();
		assertEquals(OppCli.OK, run("validate", "--format", version("swv-voorbeeld-opp-1.0.0.oppformat").toString(),
				"--at", "2026-11-23", doc.toString()), err());
		// Without a format beside the document and without --from, the old format is not found.
		Path lonely = temp.resolve("alleen/sem.opp");
		Files.createDirectories(lonely.getParent());
		Files.copy(Examples.file(Examples.DOCUMENT), lonely);
		err.reset();
		assertEquals(OppCli.USAGE, run("migrate", "--to", version("swv-voorbeeld-opp-1.0.0.oppformat").toString(),
				lonely.toString()));
		assertTrue(err().contains("het oude formaat is niet gevonden"), err());
		assertEquals(Files.readString(Examples.file(Examples.DOCUMENT)), Files.readString(lonely), "left as it was");
		assertEquals(OppCli.OK, run("migrate", "--to", version("swv-voorbeeld-opp-1.0.0.oppformat").toString(), "--from",
				example(Examples.FORMAT), lonely.toString()), err());
		assertEquals(OppCli.USAGE, run("migrate", "--to", version("swv-voorbeeld-opp-1.0.0.oppformat").toString()));
	}

	/** Issue 11: opp advice shows the uitstroom indication and never writes into the document. */
	@Test
	void adviceShowsTheIndicationAndWritesNothing() throws Exception {
		assertEquals(OppCli.OK, run("advice", example(Examples.DOCUMENT)), err());
		assertEquals(List.of("Geen LRV, DLE of functioneringsniveau ingevuld: geen indicatie."), out().lines().toList());
		Path folder = temp.resolve("po");
		Files.createDirectories(folder);
		Files.copy(Examples.file("swv-po-opp-1-4.oppformat"), folder.resolve("swv-po-opp-1-4.oppformat"));
		Files.copy(Examples.file("wettelijk-minimum.oppformat"), folder.resolve("wettelijk-minimum.oppformat"));
		Path noor = folder.resolve("noor.opp");
		Files.copy(Examples.file("swv-po-opp-1-4-noor.opp"), noor);
		out.reset();
		assertEquals(OppCli.OK, run("advice", noor.toString()), err());
		assertTrue(out().lines().anyMatch(line -> line.contains(" = 75%): LWA of BL")), out());
		assertTrue(out().contains("opp neemt haar nooit automatisch over."), out());
		assertEquals(Files.readString(Examples.file("swv-po-opp-1-4-noor.opp")), Files.readString(noor), "advice only");
		assertFalse(Files.exists(folder.resolve("noor.opp.bak")));
		assertEquals(OppCli.USAGE, run("advice", temp.resolve("weg.opp").toString()));
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
