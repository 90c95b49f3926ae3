package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.ChecklistLinks;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.NewFormats;
import nl.oppstudio.format.model.SchoolType;
import nl.oppstudio.format.rules.Checklist;
import nl.oppstudio.format.rules.LegalMinimum;
import nl.oppstudio.testing.Examples;

/**
 * Issue 14: "Nieuw formaat" writes a format that checks without errors from each start (the legal
 * minimum, a copy of an example, empty), never over a file; the checklist's points know where their
 * member is in the text, for the Studio's preview to jump there.
 */
class NewFormatsTest {

	@TempDir
	Path folder;

	private static final NewFormats.Spec SPEC = new NewFormats.Spec("swv-regio-opp", "OPP SWV \"De Regio\"", "opp",
			List.of(SchoolType.PO, SchoolType.SBO));

	private LoadedFormat checked(Path file) {
		LoadedFormat loaded = FormatLoader.create(null).load(file);
		assertNotNull(loaded.format(), loaded.diagnostics().toString());
		assertFalse(Diagnostic.anyError(loaded.diagnostics()), loaded.diagnostics().toString());
		return loaded;
	}

	private void copyBase() throws Exception {
		Files.copy(Examples.file("wettelijk-minimum.oppformat"), folder.resolve("wettelijk-minimum.oppformat"));
	}

	@Test
	void fromTheBaseExtendsTheLegalMinimumAndChecksClean() throws Exception {
		copyBase();
		Path file = NewFormats.write(folder, new NewFormats.Base(), SPEC);
		assertEquals(folder.resolve("swv-regio-opp.oppformat"), file);
		LoadedFormat loaded = checked(file);
		assertEquals("swv-regio-opp", loaded.format().getId());
		assertEquals("OPP SWV \"De Regio\"", loaded.format().getName());
		assertEquals("0.1.0", loaded.format().getVersion());
		assertEquals("opp", loaded.format().getKind());
		assertEquals(List.of(SchoolType.PO, SchoolType.SBO), loaded.format().getSchoolTypes());
		assertEquals("wettelijk-minimum", loaded.format().getBase().getId());
		assertTrue(loaded.diagnostics().stream().noneMatch(d -> d.severity() == Severity.WARNING),
				loaded.diagnostics().toString());
	}

	@Test
	void theInstalledBaseIsFoundWithoutACopyInTheFolder() throws Exception {
		Path file = NewFormats.write(folder, new NewFormats.Base(), SPEC);
		LoadedFormat loaded = checked(file);
		assertEquals("wettelijk-minimum", loaded.format().getBase().getId());
		assertTrue(NewFormats.checkId("wettelijk-minimum", folder).isPresent(), "the id of an installed base");
	}

	@Test
	void aCopyOfAnExampleGetsTheNewIdNameKindAndSchoolTypes() throws Exception {
		copyBase();
		Path source = Examples.file("swv-po-opp-1-4.oppformat");
		NewFormats.Spec spec = new NewFormats.Spec("kopie", "Kopie van formaat 1-4", "opp-light", List.of(SchoolType.SBO));
		Path file = NewFormats.write(folder, new NewFormats.Copy(source, Files.readString(source)), spec);
		LoadedFormat loaded = checked(file);
		assertEquals("kopie", loaded.format().getId());
		assertEquals("Kopie van formaat 1-4", loaded.format().getName());
		assertEquals("opp-light", loaded.format().getKind());
		assertEquals(List.of(SchoolType.SBO), loaded.format().getSchoolTypes());
		LoadedFormat original = FormatLoader.create(null).load(source);
		assertEquals(original.format().getMembers().size(), loaded.format().getMembers().size());
	}

	@Test
	void everyExampleFormatCanBeCopied() throws Exception {
		copyBase();
		for (Path source : Examples.all("oppformat")) {
			String id = "kopie-" + source.getFileName().toString().replace(".oppformat", "");
			String kind = FormatLoader.create(null).load(source).format().getKind();
			NewFormats.Spec spec = new NewFormats.Spec(id, "Kopie", kind == null ? "opp" : kind, List.of());
			checked(NewFormats.write(folder, new NewFormats.Copy(source, Files.readString(source)), spec));
		}
	}

	@Test
	void theEmptyFormatLacksOnlyWhatTheLawAsks() throws Exception {
		for (String kind : List.of("groeidocument", "handelingswijzer")) {
			Path file = NewFormats.write(folder, new NewFormats.Empty(), new NewFormats.Spec("leeg-" + kind, "Leeg", kind, List.of()));
			LoadedFormat loaded = checked(file);
			assertEquals(1, loaded.format().getMembers().size());
			assertTrue(loaded.format().getSchoolTypes().isEmpty());
		}
		// an empty OPP parses and links; the checker names only what the law asks of an OPP
		Path file = NewFormats.write(folder, new NewFormats.Empty(), new NewFormats.Spec("leeg", "Leeg", "opp", List.of()));
		LoadedFormat loaded = FormatLoader.create(null).load(file);
		assertNotNull(loaded.format());
		assertFalse(loaded.hasSyntaxErrors());
		List<Diagnostic> errors = loaded.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
		assertFalse(errors.isEmpty(), loaded.diagnostics().toString());
		assertTrue(errors.stream().allMatch(d -> d.code() != null && d.code().startsWith(LegalMinimum.LAW)), errors.toString());
	}

	@Test
	void idsAreCheckedAndNothingIsOverwritten() throws Exception {
		copyBase();
		assertTrue(NewFormats.checkId("Swv Regio", folder).isPresent());
		assertTrue(NewFormats.checkId("", folder).isPresent());
		assertTrue(NewFormats.checkId("wettelijk-minimum", folder).isPresent(), "the id of a format in the folder");
		assertTrue(NewFormats.checkId("swv-regio-opp", folder).isEmpty());
		assertTrue(NewFormats.checkSpec(new NewFormats.Spec("a", "A", "rapport", List.of())).isPresent());
		Path file = NewFormats.write(folder, new NewFormats.Base(), SPEC);
		String before = Files.readString(file);
		assertTrue(NewFormats.checkId("swv-regio-opp", folder).isPresent());
		assertThrows(IllegalArgumentException.class, () -> NewFormats.write(folder, new NewFormats.Empty(), SPEC));
		Files.writeString(folder.resolve("los.oppformat"), "geen formaat");
		assertThrows(IllegalArgumentException.class, () -> NewFormats.write(folder, new NewFormats.Empty(),
				new NewFormats.Spec("los", "Los", "opp", List.of())));
		assertEquals(before, Files.readString(file));
		assertEquals("geen formaat", Files.readString(folder.resolve("los.oppformat")));
	}

	@Test
	void checklistPointsKnowWhereTheirMemberIs() throws Exception {
		Path file = Examples.file(Examples.FORMAT);
		String text = Files.readString(file);
		LoadedFormat loaded = FormatLoader.create(null).load(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		ChecklistLinks.Result result = ChecklistLinks.of(loaded.format());
		Checklist.Result plain = Checklist.evaluate(loaded.format());
		assertEquals(plain.score(), result.score());
		assertEquals(15, result.max());
		assertEquals(15, result.links().size());
		ChecklistLinks.Link cycle = result.links().get(3);
		assertEquals(4, cycle.item().number());
		assertTrue(cycle.hasPlace(), cycle.toString());
		long placed = result.links().stream().filter(ChecklistLinks.Link::hasPlace).count();
		assertTrue(placed >= 8, "points with a member: " + placed);
		for (ChecklistLinks.Link link : result.links()) {
			if (link.hasPlace() && link.file().equals(file.toAbsolutePath())) {
				String name = text.substring(link.offset(), link.offset() + link.length());
				assertEquals(link.item().member().getName(), name, link.toString());
			}
		}
	}
}
