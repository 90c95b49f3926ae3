package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.Migration;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.State;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** Issue 5: documents migrate to a new format version and lose nothing. */
class MigrationTest {

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T12:00:00+01:00");

	@TempDir
	Path temp;

	private static Format load(Path file) {
		return TestFormats.load(file);
	}

	private static OppDocument sem() throws Exception {
		return Documents.load(Examples.file(Examples.DOCUMENT), load(Examples.file(Examples.FORMAT)));
	}

	@Test
	void aBreakingVersionKeepsWhatHasNoPlaceInTheArchive() throws Exception {
		Format v1 = load(Examples.directory().resolve("versies/swv-voorbeeld-opp-1.0.0.oppformat"));
		Migration.Result result = Migration.migrate(sem(), v1, NOW);
		assertEquals(List.of(new Migration.Archived("leerling/school", "Basisschool De Kastanje", "geen plaats in versie 1.0.0")),
				result.archived());
		Path file = temp.resolve("sem.opp");
		Documents.save(result.document(), file);
		OppDocument reloaded = Documents.load(file, v1);
		assertEquals("Sem de Vries", reloaded.pupilName());
		assertTrue(Files.readString(file).contains("<waarde>Basisschool De Kastanje</waarde>"), "the value is kept in the file");
		List<Diagnostic> errors = Documents.validate(reloaded, file, LocalDate.of(2026, 11, 23)).stream()
				.filter(Diagnostic::isError).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void renamedFieldsAndOptionCodesFollowTheirDeclaration() throws Exception {
		Path v11 = temp.resolve("swv-voorbeeld-opp-1.1.0.oppformat");
		Files.writeString(v11, Files.readString(Examples.file(Examples.FORMAT)).replace("versie \"0.2.0\"", "versie \"1.1.0\"")
				.replace("veld school \"School\": tekst verplicht", "veld schoolnaam \"School\": tekst verplicht was \"leerling.school\"")
				.replace("optie groep5 \"Groep 5\"", "optie g5 \"Groep 5\" was groep5"));
		Migration.Result result = Migration.migrate(sem(), load(v11), NOW);
		assertEquals(List.of(), result.archived());
		assertEquals("Basisschool De Kastanje", result.document().value("leerling/schoolnaam").orElseThrow());
		assertEquals("g5", result.document().value("leerling/groep").orElseThrow());
		assertTrue(result.moved().contains("leerling/school → leerling/schoolnaam"), result.moved().toString());
	}

	@Test
	void valuesAreConvertedWhenAFieldChangesKind() throws Exception {
		Path v12 = temp.resolve("swv-voorbeeld-opp-1.2.0.oppformat");
		Files.writeString(v12, Files.readString(Examples.file(Examples.FORMAT)).replace("versie \"0.2.0\"", "versie \"1.2.0\"")
				.replace("veld school \"School\": tekst verplicht", "veld school \"School\": tekst lang verplicht")
				.replace("veld naam \"Naam van de leerling\": tekst max 100 verplicht", "veld naam \"Naam\": datum verplicht"));
		Format target = load(v12);
		var diff = nl.oppstudio.document.FormatDiff.compare(load(Examples.file(Examples.FORMAT)), target);
		assertTrue(diff.changes().stream().anyMatch(c -> c.path().equals("leerling/school")
				&& c.impact() == nl.oppstudio.document.FormatDiff.Impact.COMPATIBLE), diff.changes().toString());
		assertTrue(diff.changes().stream().anyMatch(c -> c.path().equals("leerling/naam")
				&& c.impact() == nl.oppstudio.document.FormatDiff.Impact.NEEDS_MIGRATION), diff.changes().toString());
		Migration.Result result = Migration.migrate(sem(), target, NOW);
		assertEquals("Basisschool De Kastanje", result.document().value("leerling/school").orElseThrow());
		assertEquals(List.of(new Migration.Archived("leerling/naam", "Sem de Vries", "past niet in de soort van leerling/naam")),
				result.archived(), "a name is no date: kept in the archive");
		assertEquals("2026-04-12", nl.oppstudio.document.Conversions.convert("12 april 2026",
				nl.oppstudio.document.SchemaNode.ValueKind.DATE));
		assertEquals("ja", nl.oppstudio.document.Conversions.convert("Ja", nl.oppstudio.document.SchemaNode.ValueKind.YES_NO));
	}

	@Test
	void theLogIsCarriedOverAndTheMigrationRecorded() throws Exception {
		OppDocument document = sem();
		Lifecycle.transition(document, State.TER_INSTEMMING, "J", "ib", null, NOW.minusDays(60));
		Lifecycle.consent(document, "M", "ouder", "akkoord", "papier", null, NOW.minusDays(55));
		Lifecycle.transition(document, State.VASTGESTELD, "A", "directeur", null, NOW.minusDays(50));
		Migration.Result result = Migration.migrate(document,
				load(Examples.directory().resolve("versies/swv-voorbeeld-opp-1.0.0.oppformat")), NOW);
		assertEquals(State.VASTGESTELD, Lifecycle.state(result.document()));
		List<Lifecycle.Entry> log = Lifecycle.entries(result.document());
		assertEquals(4, log.size());
		assertEquals(Lifecycle.MIGRATION, log.get(3).get("handeling"));
		assertEquals(List.of(), Lifecycle.verify(result.document(), null));
	}
}
