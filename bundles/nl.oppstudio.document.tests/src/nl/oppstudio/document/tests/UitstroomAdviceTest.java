package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.UitstroomAdvice;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.LevelScale;
import nl.oppstudio.testing.Examples;

/**
 * Issue 5: the uitstroom table of seed 000 ("Uitstroom LRV DLE eind groep 8 FN eind groep 8": PrO 50% of
 * lager, 30 of lager, E5 of lager; LWA 50 - 75 %, 30 - 45, E5 – M7; BL/KL/GTL 75 – 100 % with DLE 45 - 50,
 * 50 - 55, 55 - 60 and FN M7 – E7, E7 – M8, M8 – E8; HAVO/VWO 100 % >, 60 >, E8>) gives an indication
 * only: "Een prognose uit een digitaal leerlingvolgsysteem kan meegewogen worden, maar mag nooit
 * automatisch overgenomen worden."
 */
class UitstroomAdviceTest {

	@TempDir
	Path temp;

	@Test
	void theTableOfSeed000() {
		assertEquals(List.of("PrO"), UitstroomAdvice.indicate(LevelScale.LRV, "40%"));
		assertEquals(List.of("PrO", "LWA"), UitstroomAdvice.indicate(LevelScale.LRV, "50 %"), "a boundary belongs to both");
		assertEquals(List.of("BL", "KL", "GTL"), UitstroomAdvice.indicate(LevelScale.LRV, "90%"));
		assertEquals(List.of("HAVO", "VWO"), UitstroomAdvice.indicate(LevelScale.LRV, "110%"));
		assertEquals(List.of("KL"), UitstroomAdvice.indicate(LevelScale.DLE, "52"));
		assertEquals(List.of("LWA"), UitstroomAdvice.indicate(LevelScale.FUNCTIONERINGSNIVEAU, "M6"));
		assertEquals(List.of("GTL"), UitstroomAdvice.indicate(LevelScale.FUNCTIONERINGSNIVEAU, "e8 - eind"), "M8 – E8");
		assertEquals(List.of(), UitstroomAdvice.indicate(LevelScale.DLE, "onbekend"));
		assertEquals(List.of(), UitstroomAdvice.indicate(LevelScale.REFERENTIENIVEAU, "1F"));
	}

	@Test
	void indicatesBesideTheFieldsAndNeverFillsTheUitstroom() throws Exception {
		Path file = temp.resolve("noor.opp");
		Files.copy(Examples.file("swv-po-opp-1-4-noor.opp"), file);
		byte[] before = Files.readAllBytes(file);
		OppDocument document = Documents.load(file,
				FormatLoader.create().load(Examples.file("swv-po-opp-1-4.oppformat")).format());
		String uitstroomBefore = document.value("uitstroom/niveau").orElse(null);
		document.root().eResource().setTrackingModification(true);
		List<UitstroomAdvice.Indication> indications = UitstroomAdvice.of(document);
		assertFalse(indications.isEmpty());
		assertTrue(indications.stream().anyMatch(i -> i.scale() == LevelScale.LRV && i.value().equals("75%")
				&& i.uitstroom().containsAll(List.of("LWA", "BL"))), indications.toString());
		assertEquals(uitstroomBefore, document.value("uitstroom/niveau").orElse(null), "the advice writes nothing");
		assertFalse(document.root().eResource().isModified(), "the document is not touched");
		// Saved after the advice, the document is byte for byte the file it was loaded from (a load and a
		// save without edits round-trip losslessly), so anything the advice wrote into it would show here.
		Path saved = temp.resolve("noor-saved.opp");
		Documents.save(document, saved);
		assertArrayEquals(before, Files.readAllBytes(saved), "the advice wrote into the document");
		assertArrayEquals(before, Files.readAllBytes(file));
	}
}
