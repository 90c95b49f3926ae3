package nl.oppstudio.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.SAXParserFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.pdf.internal.FoWriter;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 16, hostile input: field text that looks like XSL-FO, CDATA ends, {@code <}, {@code &} and control
 * characters reaches the FO as text in every place a value goes (fields, tables, goals, the pupil's name in
 * the header), never as markup: no element is added, nothing outside the document is referenced, and the
 * PDF holds the text literally.
 */
class FoInjectionTest {

	private static final String INJECTION = "</fo:block><fo:external-graphic src=\"file:///etc/passwd\"/>"
			+ "<![CDATA[x]]> ]]> < & &amp; &#x26; <?pi?><!-- -->";
	private static final String CONTROL = "a\u0000b\u0001c\u000Bd\u001Fe\uFFFEf\uD800g\u202Eh";

	private static Format format;
	private static PdfRenderer renderer;

	@BeforeAll
	static void setUp() {
		format = TestFormats.example();
		renderer = PdfRenderer.create();
	}

	/** Every text value of Sem's OPP (also in tables and goals) set to the hostile text. */
	private static OppDocument hostile(String text) throws Exception {
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), format);
		for (Leaf leaf : document.schema().leaves()) {
			if (leaf.kind() == ValueKind.TEXT || leaf.kind() == ValueKind.LONG_TEXT) {
				document.setValue(leaf, text);
			}
		}
		return document;
	}

	/** Names of the FO's elements and every {@code src} attribute, as a parser sees them. */
	private static List<String> structure(byte[] fo) throws Exception {
		List<String> seen = new ArrayList<>();
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(fo)), new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				seen.add(localName);
				String src = attributes.getValue("src");
				if (src != null) {
					seen.add("src=" + (src.startsWith("url('data:") ? "data" : src));
				}
			}
		});
		return seen;
	}

	@Test
	void foMarkupInEveryTextValueStaysText() throws Exception {
		List<String> plain = structure(FoWriter.write(hostile("gewoon"), "concept", FoWriter.Mode.FULL, List.of()).fo());
		byte[] fo = FoWriter.write(hostile(INJECTION), "concept", FoWriter.Mode.FULL, List.of()).fo();
		assertEquals(plain, structure(fo), "the same elements as with plain text: nothing was added");
		assertFalse(structure(fo).stream().anyMatch(s -> s.contains("passwd")));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(hostile(INJECTION), out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("<fo:external-graphic src=\"file:///etc/passwd\"/>"), "the markup is printed as text");
			assertTrue(text.contains("]]> < & &amp;"), text.substring(0, Math.min(400, text.length())));
		}
	}

	@Test
	void controlCharactersAndBrokenSurrogatesDoNotBreakTheFoOrThePdf() throws Exception {
		byte[] fo = FoWriter.write(hostile(CONTROL), "concept", FoWriter.Mode.FULL, List.of()).fo();
		structure(fo); // well-formed XML
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertTrue(renderer.render(hostile(CONTROL), out).pages() > 0);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("c") && text.contains("g"), "the text around them stays");
		}
	}

	@Test
	void aValuePastedLongerThanTheLimitReachesFopCut() throws Exception {
		// the loader refuses such a document; a value typed or pasted in the editor is cut before FOP lays it out
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), format);
		document.setValue(document.schema().leaf("handelingsdeel/afspraken"), "lezen ".repeat(1_000_000));
		byte[] fo = FoWriter.write(document, "concept", FoWriter.Mode.FULL, List.of()).fo();
		String text = new String(fo, java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(text.contains(" […]"), "marked where it was cut");
		assertTrue(fo.length < 2 * nl.oppstudio.core.Limits.MAX_VALUE_CHARS + 200_000, "FO of " + fo.length + " bytes");
	}
}
