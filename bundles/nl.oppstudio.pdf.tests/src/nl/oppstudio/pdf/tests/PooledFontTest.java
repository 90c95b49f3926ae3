package nl.oppstudio.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 11: the bundled fonts are parsed once and reused by later renderings (a fifth of a rendering's
 * time). FOP's own loader must never run for them, and a reused font set must give the same PDF.
 */
class PooledFontTest {

	@Test
	void thePooledFontOverridesEveryPublicMethodOfFopsLazyFont() throws Exception {
		Class<?> pooled = Class.forName("nl.oppstudio.pdf.internal.PooledFont", false, PdfRenderer.class.getClassLoader());
		Class<?> lazy = pooled.getSuperclass();
		assertEquals("org.apache.fop.fonts.LazyFont", lazy.getName());
		List<String> missing = new ArrayList<>();
		for (Method method : lazy.getDeclaredMethods()) {
			int modifiers = method.getModifiers();
			if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.getName().equals("toString")) {
				try {
					pooled.getDeclaredMethod(method.getName(), method.getParameterTypes());
				} catch (NoSuchMethodException e) {
					missing.add(method.toString());
				}
			}
		}
		assertTrue(missing.isEmpty(), "LazyFont would load the font itself through: " + missing);
	}

	@Test
	void aReusedFontSetGivesTheSamePdf() throws Exception {
		PdfRenderer renderer = PdfRenderer.create();
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), TestFormats.example());
		byte[] first = render(renderer, document);
		byte[] second = render(renderer, document);
		byte[] third = render(renderer, document);
		try (PDDocument a = Loader.loadPDF(first); PDDocument b = Loader.loadPDF(second); PDDocument c = Loader.loadPDF(third)) {
			String text = new PDFTextStripper().getText(a);
			assertTrue(text.contains(Examples.PUPIL), text);
			assertEquals(text, new PDFTextStripper().getText(b));
			assertEquals(text, new PDFTextStripper().getText(c));
		}
		// Apart from the date and the ID derived from it, the files are the same byte for byte.
		assertArrayEquals(masked(first), masked(second));
		assertArrayEquals(masked(second), masked(third));
		ConformanceTest.assertConforms("wederom", third);
	}

	private static byte[] render(PdfRenderer renderer, OppDocument document) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(document, out);
		return out.toByteArray();
	}

	/** The PDF with its creation date, XMP dates and file ID blanked out (same lengths, so offsets stay). */
	private static byte[] masked(byte[] pdf) {
		String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
		text = mask(text, "\\(D:\\d{14}[^)]*\\)");
		text = mask(text, "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)?");
		text = mask(text, "/ID \\[<[0-9A-Fa-f]+> <[0-9A-Fa-f]+>\\]");
		return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	private static String mask(String text, String regex) {
		return java.util.regex.Pattern.compile(regex).matcher(text).replaceAll(m -> "#".repeat(m.group().length()));
	}
}
