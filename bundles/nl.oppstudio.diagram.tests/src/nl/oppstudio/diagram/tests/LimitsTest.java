package nl.oppstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.oppstudio.diagram.DiagramKind;
import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.internal.Fonts;

/** Issue 13, review: a huge PNG is drawn at a lower scale, not into an OutOfMemoryError; a bad font is a clear error. */
class LimitsTest {

	@Test
	void aHugePngIsCappedAtFortyMillionPixels() {
		Scene huge = new Scene(DiagramKind.GOALS, "Doelen");
		huge.size(9000, 12000);
		double scale = Diagrams.pngScale(huge, 2);
		assertTrue(scale < 2 && scale > 0.5, "schaal " + scale);
		assertTrue(Math.ceil(huge.width() * scale) * Math.ceil(huge.height() * scale) <= Diagrams.MAX_PNG_PIXELS,
				"pixels bij schaal " + scale);
		Scene small = new Scene(DiagramKind.GOALS, "Doelen");
		small.size(600, 400);
		assertEquals(2, Diagrams.pngScale(small, 2));
		Scene twoHundred = Diagrams.goals(Trees.tree(Trees.block(), 8, 5, 4), "vmbo", "Sem");
		double s = Diagrams.pngScale(twoHundred, 4);
		assertTrue(twoHundred.width() * s * twoHundred.height() * s <= Diagrams.MAX_PNG_PIXELS);
	}

	@Test
	void aFontThatIsNoFontIsAnIllegalStateWithADutchMessage() {
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> Fonts.parse(new byte[] { 1, 2, 3 }));
		assertTrue(e.getMessage().startsWith("Het lettertype DejaVu Sans voor de diagrammen kon niet geladen worden"),
				e.getMessage());
		assertThrows(IllegalStateException.class, () -> Fonts.parse(null));
	}
}
