package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FolderDocuments;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.State;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** Issue 12: the OPPs of a folder as {@code opp due} and the editor's overview list them, in one order. */
class FolderDocumentsTest {

	@TempDir
	Path temp;

	private record Row(String pupil, Optional<Planning.Due> due) {
	}

	private static Row row(String pupil, LocalDate date) {
		return new Row(pupil, Optional.ofNullable(date).map(d -> new Planning.Due(null, "fase", d, false)));
	}

	private static FormatResolver resolver() {
		return new FormatResolver(file -> {
			LoadedFormat loaded = FormatLoader.create().load(file);
			return new FormatResolver.CheckedFormat(file, loaded.format(), loaded.diagnostics());
		}, format -> {
		});
	}

	@Test
	void overdueFirstThenByDateThenByName() {
		LocalDate at = LocalDate.of(2026, 11, 23);
		List<Row> rows = new ArrayList<>(List.of(row("Aart", null), row("Bram", LocalDate.of(2027, 1, 31)),
				row("Zoë", LocalDate.of(2026, 10, 13)), row("Anna", LocalDate.of(2027, 1, 31)),
				row("Ömer", LocalDate.of(2026, 11, 1)), row("Eva", LocalDate.of(2026, 11, 23)),
				row("Fleur", LocalDate.of(2027, 1, 31)), row("Émile", LocalDate.of(2027, 1, 31))));
		rows.sort(FolderDocuments.dueOrder(at, Row::due, Row::pupil));
		// due today is not overdue; on one date by name in Dutch order (É with the E's); no deadline last
		assertEquals(List.of("Zoë", "Ömer", "Eva", "Anna", "Bram", "Émile", "Fleur", "Aart"),
				rows.stream().map(Row::pupil).toList());
	}

	@Test
	void readsEachDocumentOrSaysWhyNot() throws Exception {
		Files.copy(Examples.file(Examples.FORMAT), temp.resolve(Examples.FORMAT));
		Files.copy(Examples.file(Examples.DOCUMENT), temp.resolve(Examples.DOCUMENT));
		String text = Files.readString(Examples.file(Examples.DOCUMENT));
		Files.writeString(temp.resolve("kapot.opp"), text.replace("</leerling>", "</leerlin>"));
		Files.writeString(temp.resolve("ander.opp"), text.replace(":swv-voorbeeld-opp:", ":bestaat-niet:"));
		Files.writeString(temp.resolve("notities.txt"), "geen OPP");
		FormatResolver formats = resolver();
		List<Path> files = FolderDocuments.files(temp);
		assertEquals(List.of("ander.opp", "kapot.opp", Examples.DOCUMENT), files.stream().map(f -> f.getFileName().toString()).toList());

		FolderDocuments.Entry sem = FolderDocuments.read(temp.resolve(Examples.DOCUMENT), formats);
		assertNull(sem.problem());
		assertEquals(Examples.PUPIL, sem.pupil());
		assertEquals(Planning.next(sem.document(), LocalDate.of(2026, 11, 23)), sem.next(LocalDate.of(2026, 11, 23)));

		FolderDocuments.Entry broken = FolderDocuments.read(temp.resolve("kapot.opp"), formats);
		assertNull(broken.document());
		assertTrue(broken.problem().line() > 0, broken.problem().toString());
		assertFalse(FolderDocuments.isFormatProblem(broken.problem()));

		FolderDocuments.Entry other = FolderDocuments.read(temp.resolve("ander.opp"), formats);
		assertEquals(FormatResolver.NO_FORMAT, other.problem().code());
		assertTrue(FolderDocuments.isFormatProblem(other.problem()));
		assertEquals("", other.pupil());
		assertEquals(Optional.empty(), other.next(LocalDate.of(2026, 11, 23)));
	}

	@Test
	void anEndedOppHasNoNextDeadline() throws Exception {
		Path file = temp.resolve(Examples.DOCUMENT);
		Files.copy(Examples.file(Examples.DOCUMENT), file);
		OppDocument document = Documents.load(file, TestFormats.example());
		LocalDate at = LocalDate.of(2026, 11, 23);
		assertTrue(FolderDocuments.next(document, at).isPresent());
		State state = Lifecycle.state(document);
		assertTrue(state.next().contains(State.BEEINDIGD), state.toString());
		Lifecycle.transition(document, State.BEEINDIGD, "M. de Boer", "intern begeleider", "verhuisd",
				OffsetDateTime.parse("2026-11-20T10:00:00+01:00"));
		assertEquals(Optional.empty(), FolderDocuments.next(document, at));
		assertTrue(Planning.next(document, at).isPresent(), "the cycle itself is unchanged");
	}
}
