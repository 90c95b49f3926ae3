package nl.oppstudio.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF as images (PDFBox), to show a rendering on screen, as the Studio's preview does.
 * Without UI: the images are PNG bytes that any toolkit reads.
 */
public final class PdfPages {

	/** Screen resolution: a page of A4 is then about 800 pixels wide. */
	public static final float SCREEN_DPI = 96;

	private PdfPages() {
	}

	/** Every page of the PDF as a PNG at {@code dpi} dots per inch. */
	public static List<byte[]> png(byte[] pdf, float dpi) throws PdfException {
		List<byte[]> pages = new ArrayList<>();
		for (BufferedImage image : images(pdf, dpi)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				ImageIO.write(image, "png", out);
			} catch (IOException e) {
				throw new PdfException("De pagina kan niet als afbeelding worden gemaakt: " + e.getMessage(), e);
			}
			pages.add(out.toByteArray());
		}
		return pages;
	}

	/** Every page of the PDF as an RGB image at {@code dpi} dots per inch. */
	public static List<BufferedImage> images(byte[] pdf, float dpi) throws PdfException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			List<BufferedImage> pages = new ArrayList<>();
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				pages.add(renderer.renderImageWithDPI(page, dpi, ImageType.RGB));
			}
			return pages;
		} catch (IOException | RuntimeException e) {
			throw new PdfException("De PDF kan niet als afbeeldingen worden getoond: " + e.getMessage(), e);
		}
	}
}
