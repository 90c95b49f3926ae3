package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.FormatDiff;
import nl.oppstudio.document.FormatDiff.Impact;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** Issue 5: format evolution, on real version pairs in dsl-examples/versies. */
class FormatDiffTest {

	@TempDir
	Path temp;

	private static Format load(Path file) {
		return TestFormats.load(file);
	}

	private static Format version(String name) {
		return load(Examples.directory().resolve("versies").resolve(name));
	}

	@Test
	void compatibleChangesWithAPatchBump() {
		FormatDiff.Result result = FormatDiff.compare(load(Examples.file(Examples.FORMAT)),
				version("swv-voorbeeld-opp-0.2.1.oppformat"));
		assertEquals(Impact.COMPATIBLE, result.worst());
		assertEquals(List.of("leerling/brinnummer", "leerling/school"),
				result.changes().stream().map(FormatDiff.Change::path).toList());
		assertNull(result.versionProblem());
	}

	@Test
	void breakingChangesWithAMajorBump() {
		FormatDiff.Result result = FormatDiff.compare(load(Examples.file(Examples.FORMAT)),
				version("swv-voorbeeld-opp-1.0.0.oppformat"));
		assertEquals(Impact.BREAKING, result.worst());
		assertTrue(result.changes().contains(new FormatDiff.Change(Impact.BREAKING, "leerling/groep", "optie 'groep8' vervalt")),
				result.changes().toString());
		assertTrue(result.changes().stream().anyMatch(c -> c.impact() == Impact.BREAKING && c.path().equals("leerling/school")));
		assertTrue(result.changes().contains(new FormatDiff.Change(Impact.NEEDS_MIGRATION, "handelingsdeel/afspraken",
				"wordt verplicht (aangescherpt)")), result.changes().toString());
		// A new house style colour changes how the PDF looks, not what a document holds.
		assertTrue(result.changes().contains(new FormatDiff.Change(Impact.COMPATIBLE, "huisstijl", "kleur #1d4f91 wordt #2e6b3a")),
				result.changes().toString());
		assertNull(result.versionProblem());
	}

	@Test
	void aValueThatMovesNeedsMigrationNotRemoval() throws Exception {
		Path moved = temp.resolve("verplaatst.oppformat");
		Files.writeString(moved, Files.readString(Examples.file(Examples.FORMAT)).replace("versie \"0.2.0\"", "versie \"0.3.0\"")
				.replace("\t\tveld school \"School\": tekst verplicht\n", "")
				.replace("\tfactoren factoren", "\tsectie schoolgegevens \"School\" { veld school \"School\": tekst verplicht }\n\tfactoren factoren"));
		FormatDiff.Result result = FormatDiff.compare(load(Examples.file(Examples.FORMAT)), load(moved));
		assertEquals(List.of(new FormatDiff.Change(Impact.NEEDS_MIGRATION, "leerling/school", "verplaatst naar schoolgegevens/school")),
				result.changes());
		assertNull(result.versionProblem());
	}

	/** Issue 14: a field renamed with {@code was "old.path"} takes the old values, as opp migrate does: migration, not removal. */
	@Test
	void aRenameWithWasNeedsMigrationNotRemoval() throws Exception {
		Path renamed = temp.resolve("hernoemd.oppformat");
		String text = Files.readString(Examples.file(Examples.FORMAT)).replace("versie \"0.2.0\"", "versie \"0.3.0\"");
		Files.writeString(renamed, text.replace("veld school \"School\": tekst verplicht",
				"veld schoolnaam \"School\": tekst verplicht was \"leerling.school\""));
		FormatDiff.Result result = FormatDiff.compare(load(Examples.file(Examples.FORMAT)), load(renamed));
		assertEquals(List.of(new FormatDiff.Change(Impact.NEEDS_MIGRATION, "leerling/school", "hernoemd naar leerling/schoolnaam (was)")),
				result.changes());
		Path without = temp.resolve("zonder-was.oppformat");
		Files.writeString(without, text.replace("veld school \"School\"", "veld schoolnaam \"School\""));
		assertEquals(Impact.BREAKING, FormatDiff.compare(load(Examples.file(Examples.FORMAT)), load(without)).worst());
	}

	@Test
	void aBreakingChangeNeedsANewMajorVersion() throws Exception {
		Path wrong = temp.resolve("fout.oppformat");
		Files.writeString(wrong, Files.readString(Examples.directory().resolve("versies/swv-voorbeeld-opp-1.0.0.oppformat"))
				.replace("versie \"1.0.0\"", "versie \"1.0.1\""));
		FormatDiff.Result result = FormatDiff.compare(version("swv-voorbeeld-opp-1.0.0.oppformat"),
				load(Path.of(wrong.toString())));
		assertNull(result.versionProblem(), "no change, any higher version fits");
		Path breaking = temp.resolve("brekend.oppformat");
		Files.writeString(breaking, Files.readString(wrong).replace("\t\tveld geboortedatum \"Geboortedatum\": datum verplicht\n", ""));
		result = FormatDiff.compare(version("swv-voorbeeld-opp-1.0.0.oppformat"), load(breaking));
		assertEquals(Impact.BREAKING, result.worst());
		assertTrue(result.versionProblem().contains("2.0.0"), result.versionProblem());
	}

	/**
	 * Issue 13: a block's diagram clause changes how its diagram looks and where the PDF puts it, not what a
	 * document holds: compatible, setting by setting, what is left out at its default; a patch bump will do.
	 */
	@Test
	void aChangedDiagramClauseIsCompatible() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("diagram"));
		Files.copy(Examples.file("wettelijk-minimum.oppformat"), folder.resolve("wettelijk-minimum.oppformat"));
		String text = Files.readString(Examples.file("swv-po-opp-1-4.oppformat"));
		String changed = text.replace("versie \"1.0.0\"", "versie \"1.0.1\"").replace("richting rechts", "richting omlaag")
				.replace("kleur deels \"#fff59d\"", "").replace("pdf achteraan", "pdf geen")
				.replace("diagram {\n\t\t\tkleur verlopen \"#ffab91\"\n\t\t\tpdf na-blok\n\t\t}", "");
		assertTrue(!changed.contains("#ffab91") && !changed.contains("#fff59d"), "the example changed: update this test");
		Path file = folder.resolve("swv-po-opp-1-4.oppformat");
		Files.writeString(file, changed);
		FormatDiff.Result result = FormatDiff.compare(load(Examples.file("swv-po-opp-1-4.oppformat")), load(file));
		assertEquals(List.of(
				new FormatDiff.Change(Impact.COMPATIBLE, "cyclus/diagram",
						"diagram van 'Planning en bespreking met ouders': kleur verlopen #ffab91 wordt standaard"),
				new FormatDiff.Change(Impact.COMPATIBLE, "handelingsdeel/vakgebiedDoelen/doelen/diagram",
						"diagram van 'Doelen': richting rechts wordt omlaag; kleur deels #fff59d wordt standaard; pdf achteraan wordt geen")),
				result.changes());
		assertEquals(Impact.COMPATIBLE, result.worst());
		assertNull(result.versionProblem());
		// the same clause in other words (case, order) is no change
		Files.writeString(file, text.replace("kleur behaald \"#a5d6a7\"", "").replace("pdf achteraan",
				"pdf achteraan kleur behaald \"#A5D6A7\""));
		assertEquals(List.of(), FormatDiff.compare(load(Examples.file("swv-po-opp-1-4.oppformat")), load(file)).changes());
	}
}
