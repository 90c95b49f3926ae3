package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatDiff;
import nl.oppstudio.document.FormatDiff.Impact;
import nl.oppstudio.document.Migration;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 10, one construct for signatures of several parties at several moments, in documents. Seed 003
 * (Revius Wijk): "Het OPP wordt in overleg met ouders en leerling opgesteld en door alle partijen
 * ondertekend. Er vindt tussenevaluatie en eindevaluatie plaats"; seed 002: "Leerling en ouders worden
 * betrokken; zij ondertekenen en evalueren jaarlijks." Each cell (moment × party) holds who signed and
 * when; signing happens over the year, so nothing is required unless the block is {@code verplicht},
 * and then only the first moment.
 */
class SignaturesTest {

	private static final LocalDate AT = LocalDate.of(2027, 7, 1);
	private static final String PREFIX = "overleg/handtekeningen/";

	@TempDir
	Path temp;

	private static String format(String version, String properties, String parties, String moments) {
		return "formaat \"swv-teken\" versie \"" + version + "\" soort handelingswijzer {\n"
				+ "\tsectie overleg \"Overleg\" {\n"
				+ "\t\tondertekening handtekeningen \"Ondertekening\" " + properties + " {\n"
				+ "\t\t\t" + parties + "\n\t\t\t" + moments + "\n\t\t}\n\t}\n}\n";
	}

	private static final String PARTIES = "partij ouders \"Ouders/verzorgers\" partij leerling \"Leerling\" partij mentor \"Mentor\"";
	private static final String MOMENTS = "moment start \"Bij de start\" moment tussen \"Tussenevaluatie\" moment eind \"Eindevaluatie\"";

	private Format load(String name, String text) {
		LoadedFormat loaded = TestFormats.write(temp, name, text);
		assertTrue(loaded.isUsable(), loaded.diagnostics().toString());
		return loaded.format();
	}

	private static List<Leaf> cells(Format format) {
		return DocumentSchema.of(format).leaves().stream().filter(l -> l.path().startsWith(PREFIX)).toList();
	}

	private static List<String> errors(OppDocument document, Path file) {
		return Documents.validate(document, file, AT).stream().filter(Diagnostic::isError)
				.map(d -> d.code() + " " + d.path()).toList();
	}

	@Test
	void everyMomentHoldsWhoSignedAndWhenForEveryParty() {
		Format format = load("teken.oppformat", format("1.0.0", "", PARTIES, MOMENTS));
		List<Leaf> cells = cells(format);
		assertEquals(List.of("start/ouders/naam", "start/ouders/datum", "start/leerling/naam", "start/leerling/datum",
				"start/mentor/naam", "start/mentor/datum", "tussen/ouders/naam", "tussen/ouders/datum", "tussen/leerling/naam",
				"tussen/leerling/datum", "tussen/mentor/naam", "tussen/mentor/datum", "eind/ouders/naam", "eind/ouders/datum",
				"eind/leerling/naam", "eind/leerling/datum", "eind/mentor/naam", "eind/mentor/datum"),
				cells.stream().map(l -> l.path().substring(PREFIX.length())).toList());
		assertTrue(cells.stream().allMatch(l -> l.kind() == (l.name().equals("naam") ? ValueKind.TEXT : ValueKind.DATE)));
		assertTrue(cells.stream().noneMatch(Leaf::required), "signing happens over the year: nothing required");
		assertEquals("Datum (Mentor, Tussenevaluatie)", cells.get(11).label());
		assertEquals(List.of(), errors(Documents.create(format), temp.resolve("leeg.opp")));
	}

	@Test
	void aRequiredGridRequiresTheFirstMomentOnly() {
		Format format = load("teken.oppformat", format("1.0.0", "verplicht", PARTIES, MOMENTS));
		assertEquals(List.of("start/ouders/naam", "start/ouders/datum", "start/leerling/naam", "start/leerling/datum",
				"start/mentor/naam", "start/mentor/datum"), cells(format).stream().filter(Leaf::required)
						.map(l -> l.path().substring(PREFIX.length())).toList());
		OppDocument document = Documents.create(format);
		assertEquals(6, errors(document, temp.resolve("leeg.opp")).size(), errors(document, temp.resolve("leeg.opp")).toString());
		for (Leaf cell : cells(format)) {
			if (cell.required()) {
				document.setValue(cell, cell.kind() == ValueKind.DATE ? "2026-10-05" : "Iemand");
			}
		}
		assertEquals(List.of(), errors(document, temp.resolve("getekend.opp")));
	}

	@Test
	void requiredWhenRequiresTheFirstMomentWhenItsConditionHolds() {
		Format format = load("teken.oppformat", "formaat \"swv-teken\" versie \"1.0.0\" soort handelingswijzer {\n"
				+ "\tsectie overleg \"Overleg\" {\n\t\tveld getekend: ja-nee\n"
				+ "\t\tondertekening handtekeningen verplicht wanneer overleg.getekend = ja {\n"
				+ "\t\t\tpartij ouders partij mentor moment start moment eind\n\t\t}\n\t}\n}\n");
		assertTrue(cells(format).stream().noneMatch(Leaf::required));
		OppDocument document = Documents.create(format);
		assertEquals(List.of(), errors(document, temp.resolve("leeg.opp")));
		document.setValue(DocumentSchema.of(format).leaf("overleg/getekend"), "ja");
		assertEquals(List.of("nl.oppstudio.document.required " + PREFIX + "start/ouders/naam",
				"nl.oppstudio.document.required " + PREFIX + "start/ouders/datum",
				"nl.oppstudio.document.required " + PREFIX + "start/mentor/naam",
				"nl.oppstudio.document.required " + PREFIX + "start/mentor/datum"), errors(document, temp.resolve("ja.opp")));
	}

	@Test
	void signaturesAreSavedAsTheGridAndRoundTripToTheSameBytes() throws Exception {
		Format format = load("teken.oppformat", format("1.0.0", "", PARTIES, MOMENTS));
		DocumentSchema schema = DocumentSchema.of(format);
		OppDocument document = Documents.create(format);
		document.setValue(schema.leaf(PREFIX + "start/ouders/naam"), "E. Mulder");
		document.setValue(schema.leaf(PREFIX + "start/ouders/datum"), "2026-10-08");
		document.setValue(schema.leaf(PREFIX + "start/mentor/naam"), "L. Jansen");
		document.setValue(schema.leaf(PREFIX + "tussen/leerling/datum"), "2027-02-04");
		Path file = temp.resolve("yara.opp");
		Documents.save(document, file);
		String saved = Files.readString(file);
		assertTrue(saved.contains("""
				  <overleg>
				    <handtekeningen>
				      <start>
				        <ouders>
				          <naam>E. Mulder</naam>
				          <datum>2026-10-08</datum>
				        </ouders>
				        <mentor>
				          <naam>L. Jansen</naam>
				        </mentor>
				      </start>
				      <tussen>
				        <leerling>
				          <datum>2027-02-04</datum>
				        </leerling>
				      </tussen>
				    </handtekeningen>
				  </overleg>
				"""), saved);
		OppDocument reloaded = Documents.load(file, format);
		assertEquals("L. Jansen", reloaded.value(schema.leaf(PREFIX + "start/mentor/naam")));
		Path copy = temp.resolve("kopie.opp");
		Documents.save(reloaded, copy);
		assertEquals(saved, Files.readString(copy));
		assertEquals(List.of(), errors(reloaded, file));

		Files.writeString(file, saved.replace("2027-02-04", "4 februari"));
		assertEquals(List.of("nl.oppstudio.document.invalidDate " + PREFIX + "tussen/leerling/datum"),
				errors(Documents.load(file, format), file));
	}

	@Test
	void aNewPartyOrMomentIsCompatibleARemovedOneBreaks() {
		Format v1 = load("v1.oppformat", format("1.0.0", "", PARTIES, MOMENTS));
		Format added = load("v11.oppformat", format("1.1.0", "", PARTIES + " partij tutor \"Tutor\"",
				MOMENTS + " moment extra \"Extra gesprek\""));
		FormatDiff.Result compatible = FormatDiff.compare(v1, added);
		assertEquals(Impact.COMPATIBLE, compatible.worst());
		assertTrue(compatible.changes().contains(new FormatDiff.Change(Impact.COMPATIBLE, PREFIX + "start/tutor/naam",
				"toegevoegd ('Naam (Tutor, Bij de start)')")), compatible.changes().toString());
		assertEquals(3 * 2 + 4 * 2, compatible.changes().size(), "a tutor at 3 moments and 4 parties at a new moment");

		// Without the mentor, with a coach instead: the mentor's signatures have no place, not even the coach's.
		Format renamed = load("v2.oppformat", format("2.0.0", "", PARTIES.replace("mentor \"Mentor\"", "coach \"Coach\""),
				MOMENTS.replace(" moment eind \"Eindevaluatie\"", "")));
		FormatDiff.Result breaking = FormatDiff.compare(v1, renamed);
		assertEquals(Impact.BREAKING, breaking.worst());
		assertTrue(breaking.changes().stream().anyMatch(c -> c.impact() == Impact.BREAKING
				&& c.path().equals(PREFIX + "start/mentor/naam")), breaking.changes().toString());
		assertTrue(breaking.changes().stream().anyMatch(c -> c.impact() == Impact.BREAKING
				&& c.path().equals(PREFIX + "eind/ouders/datum")), breaking.changes().toString());
		assertTrue(breaking.changes().stream().noneMatch(c -> c.impact() == Impact.NEEDS_MIGRATION),
				"a signature never moves to another party: " + breaking.changes());
		assertEquals(null, breaking.versionProblem());
	}

	@Test
	void migrationKeepsSignaturesAndArchivesThoseWithoutAPlace() throws Exception {
		Format v1 = load("v1.oppformat", format("1.0.0", "", PARTIES, MOMENTS));
		DocumentSchema schema = DocumentSchema.of(v1);
		OppDocument document = Documents.create(v1);
		document.setValue(schema.leaf(PREFIX + "start/ouders/naam"), "E. Mulder");
		document.setValue(schema.leaf(PREFIX + "start/mentor/naam"), "L. Jansen");
		Format v2 = load("v2.oppformat", format("2.0.0", "", PARTIES.replace(" partij mentor \"Mentor\"", ""),
				MOMENTS + " moment extra"));
		Migration.Result result = Migration.migrate(document, v2, OffsetDateTime.parse("2027-03-01T12:00:00+01:00"));
		assertEquals("E. Mulder", result.document().value(DocumentSchema.of(v2)
				.leaf(PREFIX + "start/ouders/naam")));
		assertEquals(List.of(new Migration.Archived(PREFIX + "start/mentor/naam", "L. Jansen", "geen plaats in versie 2.0.0")),
				result.archived());
	}

	/** The Revius examples sign in the grid: Yara's OPP at all three moments of seed 003. */
	@Test
	void theReviusExampleIsSignedAtEveryMoment() throws Exception {
		Format format = TestFormats.load(Examples.file("revius-wijk-opp.oppformat"));
		OppDocument yara = Documents.load(Examples.file("revius-wijk-opp-yara.opp"), format);
		for (String moment : List.of("opgesteld", "tussenevaluatie", "eindevaluatie")) {
			for (String party : List.of("ouders", "leerling", "leerlingbegeleider", "tutor")) {
				String path = "overleg/handtekeningen/" + moment + "/" + party + "/";
				assertFalse(yara.value(path + "naam").orElse("").isBlank(), path);
				assertFalse(yara.value(path + "datum").orElse("").isBlank(), path);
			}
		}
		assertEquals("Yara Mulder", yara.value("overleg/handtekeningen/tussenevaluatie/leerling/naam").orElseThrow());
	}
}
