package nl.oppstudio.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import nl.oppstudio.document.Documents;
import nl.oppstudio.pdf.PdfException;
import nl.oppstudio.pdf.PdfPages;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.pdf.Rendering;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** Issue 14: the Studio's PDF preview shows the pages of the document's PDF, or of the blank form, as images. */
class PdfPagesTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	@Test
	void everyPageOfTheDocumentBecomesAnImage() throws Exception {
		PdfRenderer renderer = PdfRenderer.create();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Rendering rendering = renderer.render(Documents.load(Examples.file(Examples.DOCUMENT), TestFormats.example()), pdf);
		List<byte[]> pages = PdfPages.png(pdf.toByteArray(), PdfPages.SCREEN_DPI);
		assertEquals(rendering.pages(), pages.size());
		assertTrue(pages.size() >= 2, "pages: " + pages.size());
		BufferedImage first = ImageIO.read(new ByteArrayInputStream(pages.get(0)));
		assertArrayEquals(PNG, Arrays.copyOf(pages.get(0), 4));
		assertEquals(794, first.getWidth(), 2.0, "A4 at 96 dpi");
		assertTrue(first.getHeight() > first.getWidth());
		assertTrue(hasInk(first), "the page shows text");
	}

	@Test
	void theBlankFormHasPagesToo() throws Exception {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Rendering rendering = PdfRenderer.create().renderBlank(TestFormats.example(), pdf);
		assertEquals(rendering.pages(), PdfPages.images(pdf.toByteArray(), 48).size());
	}

	@Test
	void notAPdfIsADutchMessage() {
		PdfException e = assertThrows(PdfException.class, () -> PdfPages.png("geen pdf".getBytes(), 96));
		assertTrue(e.getMessage().startsWith("De PDF kan niet"), e.getMessage());
	}

	private static boolean hasInk(BufferedImage image) {
		for (int y = 0; y < image.getHeight(); y += 4) {
			for (int x = 0; x < image.getWidth(); x += 4) {
				if ((image.getRGB(x, y) & 0xFF) < 100) {
					return true;
				}
			}
		}
		return false;
	}
}
