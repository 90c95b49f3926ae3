package nl.oppstudio.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.pdf.Figure;
import nl.oppstudio.pdf.PdfException;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.pdf.Rendering;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** Issue 6: house style, logo, extract, fallback fonts, hyphenation, figures and hostile input in the PDF. */
class PdfFeaturesTest {

	private static Format format;
	private static PdfRenderer renderer;

	@TempDir
	Path temp;

	@BeforeAll
	static void setUp() {
		format = TestFormats.example();
		renderer = PdfRenderer.create();
	}

	private static OppDocument sem(Format of) throws Exception {
		return Documents.load(Examples.file(Examples.DOCUMENT), of);
	}

	/** Structure types and alternative texts of the PDF's tag tree, in reading order. */
	private static List<String> tags(PDDocument pdf) {
		List<String> tags = new ArrayList<>();
		collect(pdf.getDocumentCatalog().getStructureTreeRoot(), tags);
		return tags;
	}

	private static void collect(PDStructureNode node, List<String> tags) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				tags.add(element.getStructureType()
						+ (element.getAlternateDescription() != null ? "[" + element.getAlternateDescription() + "]" : ""));
				collect(element, tags);
			}
		}
	}

	private static Set<String> fonts(PDDocument pdf) throws Exception {
		Set<String> names = new TreeSet<>();
		for (PDPage page : pdf.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				names.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
			}
		}
		return names;
	}

	@Test
	void houseStyleOfTheFormatSetsColourFontMarginsAndLogo() throws Exception {
		// The example declares: logo "logo-swv-voorbeeld.svg" tekst "Logo van SWV De Voorbeeldregio", kleur "#1d4f91",
		// marges 20 mm boven 15 mm onder 15 mm (the defaults are #1f4e79 and 20/20/12/12).
		String fo = new String(renderer.toFo(sem(format)), StandardCharsets.UTF_8);
		assertTrue(fo.contains("margin-top=\"15mm\"") && fo.contains("margin-bottom=\"15mm\""), "marges");
		assertTrue(fo.contains("color=\"#1d4f91\"") && !fo.contains("#1f4e79"), "kleur");
		assertTrue(fo.contains("data:image/svg+xml;base64,"), "logo, ingesloten");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Rendering rendering = renderer.render(sem(format), out);
		assertEquals(List.of(), rendering.warnings());
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			List<String> tags = tags(pdf);
			assertTrue(tags.contains("Figure[Logo van SWV De Voorbeeldregio]"), tags.toString());
			assertTrue(tags.indexOf("H1") < tags.indexOf("H2"), "kop H1 voor H2: " + tags);
			assertTrue(tags.contains("TH"), "rijkoppen in de tabellen: " + tags);
		}

		// Another example: lettertype "DejaVu Serif" 10.5 pt, kleur "#6b2d5c", marges 18 mm, no logo.
		Path poFile = Examples.file("swv-po-opp-1-4.oppformat");
		Format po = FormatLoader.create().load(poFile).format();
		OppDocument daan = Documents.load(Examples.file("swv-po-opp-1-4-daan.opp"), po);
		String poFo = new String(renderer.toFo(daan), StandardCharsets.UTF_8);
		assertTrue(poFo.contains("font-family=\"DejaVu Serif, DejaVu Sans, MPlus1p, Noto Emoji\""), "lettertype");
		assertTrue(poFo.contains("font-size=\"10.5pt\"") && poFo.contains("#6b2d5c") && poFo.contains("margin-left=\"18mm\""),
				"grootte, kleur, marges");
		ByteArrayOutputStream poOut = new ByteArrayOutputStream();
		renderer.render(daan, poOut);
		try (PDDocument pdf = Loader.loadPDF(poOut.toByteArray())) {
			assertTrue(fonts(pdf).contains("DejaVuSerif"), fonts(pdf).toString());
			assertFalse(tags(pdf).stream().anyMatch(t -> t.startsWith("Figure")), "geen logo");
		}
	}

	@Test
	void aMissingOrBrokenLogoIsReportedAndThePdfRendersWithoutIt() throws Exception {
		String text = Files.readString(Examples.file(Examples.FORMAT));
		Path missing = temp.resolve("zonder-logo.oppformat");
		Files.writeString(missing, text); // the logo file is not copied along
		Rendering withoutLogo = renderer.render(sem(FormatLoader.create().load(missing).format()), temp.resolve("a.pdf"));
		assertTrue(withoutLogo.warnings().toString().contains("Logo niet gevonden"), withoutLogo.warnings().toString());
		assertTrue(Files.size(temp.resolve("a.pdf")) > 0);

		Files.writeString(temp.resolve("logo-swv-voorbeeld.svg"), "geen plaatje");
		Rendering notAnImage = renderer.render(sem(FormatLoader.create().load(missing).format()), temp.resolve("b.pdf"));
		assertTrue(notAnImage.warnings().toString().contains("geen PNG, JPEG of SVG"), notAnImage.warnings().toString());

		Files.writeString(temp.resolve("logo-swv-voorbeeld.svg"),
				"<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
						+ "<image xlink:href='http://example.org/x.png' width='10' height='10'/></svg>");
		Rendering external = renderer.render(sem(FormatLoader.create().load(missing).format()), temp.resolve("c.pdf"));
		assertTrue(external.warnings().toString().contains("verwijst naar een ander bestand (http://example.org/x.png)"),
				external.warnings().toString());

		Path brokenPng = temp.resolve("kapotte-png.oppformat");
		Files.writeString(brokenPng, text.replace("logo-swv-voorbeeld.svg", "kapot.png"));
		byte[] png = new byte[200];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, png, 0, 8);
		Files.write(temp.resolve("kapot.png"), png);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Rendering broken = renderer.render(sem(FormatLoader.create().load(brokenPng).format()), out);
		assertTrue(broken.warnings().toString().contains("Logo is beschadigd"), broken.warnings().toString());
		ConformanceTest.assertConforms("kapotte png", out.toByteArray());
	}

	@Test
	void theHandelingswijzerExtractHoldsOnlyItsPartsOnOnePage() throws Exception {
		Path pdf = temp.resolve("handelingswijzer.pdf");
		Rendering rendering = renderer.renderExtract(sem(format), pdf);
		assertEquals(1, rendering.pages(), rendering.warnings().toString());
		List<Element> chosen = Formats.extractElements(format);
		try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(read);
			assertTrue(text.contains("Handelingswijzer"), text);
			int previous = -1;
			for (Element element : chosen) {
				int at = text.indexOf(element.getLabel());
				assertTrue(at > previous, element.getLabel() + " ontbreekt of staat niet op volgorde");
				previous = at;
			}
			assertTrue(text.contains("RALFI-lezen"), "waarden in het uittreksel");
			assertFalse(text.contains("Uitstroomperspectief"), "niet gekozen onderdeel staat in het uittreksel");
			ConformanceTest.assertConforms("uittreksel", Files.readAllBytes(pdf));
		}
		// A field deep in a section, and a field of a repeating group (which cannot stand alone).
		Path revius = temp.resolve("revius-wijk-opp.oppformat");
		Files.writeString(revius, Files.readString(Examples.file("revius-wijk-opp.oppformat")).replace(
				"omvang 2 tot 5 paginas\n{", "omvang 2 tot 5 paginas\nuittreksel \"Kort\" {\n\ttoon leerling.klas, "
						+ "handelingsdeel.ondersteuning.wat, evaluatie.tussenevaluatie.datum\n}\n{"));
		Files.copy(Examples.file("wettelijk-minimum.oppformat"), temp.resolve("wettelijk-minimum.oppformat"));
		var loaded = FormatLoader.create().load(revius);
		assertTrue(loaded.diagnostics().toString().contains("herhaalbare groep 'ondersteuning'"), loaded.diagnostics().toString());
		OppDocument tim = Documents.load(Examples.file("revius-wijk-opp-tim.opp"), loaded.format());
		Rendering kort = renderer.renderExtract(tim, temp.resolve("kort.pdf"));
		assertTrue(kort.warnings().toString().contains("'handelingsdeel.ondersteuning.wat' staat in een herhaalbare groep"),
				kort.warnings().toString());
		try (PDDocument read = Loader.loadPDF(temp.resolve("kort.pdf").toFile())) {
			String text = new PDFTextStripper().getText(read);
			assertTrue(text.contains("Klas") && text.contains("Datum"), text);
			assertFalse(text.contains("Ondersteuning of arrangement"), text);
		}

		// An extract that does not fit on one page says so.
		OppDocument longSem = sem(format);
		longSem.setValue(longSem.schema().leaf("handelingsdeel/afspraken"), "Afspraak over het lezen thuis. ".repeat(400));
		Rendering tooLong = renderer.renderExtract(longSem, temp.resolve("lang.pdf"));
		assertTrue(tooLong.pages() > 1, "pages: " + tooLong.pages());
		assertTrue(tooLong.warnings().contains("Het uittreksel beslaat " + tooLong.pages() + " pagina's in plaats van één."),
				tooLong.warnings().toString());

		Format without = FormatLoader.create().load(Examples.file("swv-po-groeidocument.oppformat")).format();
		OppDocument lina = Documents.load(Examples.file("swv-po-groeidocument-lina.opp"), without);
		assertThrows(PdfException.class, () -> renderer.renderExtract(lina, temp.resolve("geen.pdf")));
		assertFalse(Files.exists(temp.resolve("geen.pdf")));
	}

	@Test
	void charactersOutsideDejaVuFallBackAndNeverBecomeHashes() throws Exception {
		OppDocument document = sem(format);
		// Chinese (M+ 1p), emoji with a variation selector (Noto Emoji; DejaVu lacks 🎉), Tigrinya (no bundled font).
		String name = "李小龍 Ali 🎉\uFE0F ሰላም";
		document.setValue(document.schema().leaf("leerling/naam"), name);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Rendering rendering = renderer.render(document, out);
		assertTrue(rendering.warnings().toString().contains("U+1230"), "Ethiopisch zonder lettertype gemeld: "
				+ rendering.warnings());
		assertFalse(rendering.warnings().toString().contains("U+FE0F"), "keuzeteken is onzichtbaar, geen melding");
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("李小龍"), text);
			assertTrue(text.contains("🎉"), text);
			assertTrue(text.contains("\uFFFD"), "vervangteken voor wat geen lettertype heeft");
			assertFalse(text.contains("#"), "FOP's '#' voor een ontbrekend teken");
			Set<String> fonts = fonts(pdf);
			assertTrue(fonts.stream().anyMatch(f -> f.toLowerCase().contains("mplus")), fonts.toString());
			assertTrue(fonts.stream().anyMatch(f -> f.toLowerCase().contains("emoji")), fonts.toString());
		}
		ConformanceTest.assertConforms("andere schriften", out.toByteArray());
	}

	@Test
	void longDutchWordsAreHyphenated() throws Exception {
		OppDocument document = sem(format);
		List<String> words = List.of("ondersteuningsbehoeften", "ontwikkelingsperspectiefplan", "samenwerkingsverband");
		document.setValue(document.schema().leaf("handelingsdeel/aanpak"), (String.join(" ", words) + " ").repeat(20));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(document, out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			// A line that ends in part of one of the words (the hyphen may or may not be extracted) is a break.
			boolean hyphenated = text.lines().map(line -> line.strip().replaceAll("[-\u2010\u00AD]$", ""))
					.map(line -> line.substring(line.lastIndexOf(' ') + 1)).anyMatch(last -> last.length() >= 2
							&& words.stream().anyMatch(word -> word.startsWith(last) && !word.equals(last)));
			assertTrue(hyphenated, "geen Nederlandse afbreking gevonden:\n" + text);
		}
	}

	@Test
	void figuresFromAProviderGetTheirAltTextAndStayAccessible() throws Exception {
		String svg = """
				<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80" viewBox="0 0 300 80">
				  <rect x="5" y="5" width="120" height="40" fill="#1f4e79"/><rect x="170" y="5" width="120" height="40" fill="#6b8fb3"/>
				  <line x1="125" y1="25" x2="170" y2="25" stroke="black"/>
				</svg>""";
		PdfRenderer withFigures = PdfRenderer.create(List.<nl.oppstudio.pdf.FigureProvider>of((document, element) -> "doelen".equals(element.getName())
				? List.of(new Figure(svg.getBytes(StandardCharsets.UTF_8), Figure.SVG, "Doelenboom: lange termijn naar tussendoel",
						"Figuur: de doelen van " + document.pupilName()))
				: List.of()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Rendering rendering = withFigures.render(sem(format), out);
		assertEquals(List.of(), rendering.warnings());
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			assertTrue(tags(pdf).contains("Figure[Doelenboom: lange termijn naar tussendoel]"), tags(pdf).toString());
			assertTrue(new PDFTextStripper().getText(pdf).contains("Figuur: de doelen van Sem de Vries"));
		}
		ConformanceTest.assertConforms("figuur", out.toByteArray());
		assertThrows(IllegalArgumentException.class, () -> new Figure(new byte[1], Figure.SVG, " ", null),
				"een figuur zonder alternatieve tekst");

		// A provider that fails, and a damaged figure, cost their figures, not the PDF.
		PdfRenderer failing = PdfRenderer.create(List.<nl.oppstudio.pdf.FigureProvider>of((document, element) -> {
			if ("doelen".equals(element.getName())) {
				throw new IllegalStateException("diagram kapot");
			}
			return "handelingsdeel".equals(element.getName())
					? List.of(new Figure(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }, Figure.PNG, "Planning", null))
					: List.of();
		}));
		Rendering partly = failing.render(sem(format), temp.resolve("deels.pdf"));
		assertTrue(partly.pages() >= 1);
		assertTrue(partly.warnings().toString().contains("Een figuur bij 'Doelen' kon niet gemaakt worden (diagram kapot)"),
				partly.warnings().toString());
		assertTrue(partly.warnings().toString().contains("Figuur 'Planning' is beschadigd"), partly.warnings().toString());
	}

	@Test
	void oneRendererRendersOnManyThreadsAtOnce() throws Exception {
		// opp render shares one renderer over the cores: the same document with other scripts, a logo and a
		// figure must come out the same on every thread as alone.
		PdfRenderer shared = PdfRenderer.create(List.<nl.oppstudio.pdf.FigureProvider>of((document, element) -> "doelen"
				.equals(element.getName())
						? List.of(new Figure("<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'><rect width='40' height='20'/></svg>"
								.getBytes(StandardCharsets.UTF_8), Figure.SVG, "Doelen", null))
						: List.of()));
		OppDocument document = sem(format);
		document.setValue(document.schema().leaf("leerling/naam"), "李小龍 🎉 Ali ሰ");
		Path alone = temp.resolve("alleen.opp");
		Documents.save(document, alone);
		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		Rendering single = shared.render(Documents.load(alone, format), expected);
		String expectedText = text(expected.toByteArray());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<String>> jobs = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				jobs.add(pool.submit(() -> {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					Rendering rendering = shared.render(Documents.load(alone, format), out);
					return rendering.pages() + " " + rendering.warnings() + "\n" + text(out.toByteArray());
				}));
			}
			for (java.util.concurrent.Future<String> job : jobs) {
				assertEquals(single.pages() + " " + single.warnings() + "\n" + expectedText, job.get());
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private static String text(byte[] pdf) throws java.io.IOException {
		try (PDDocument read = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(read);
		}
	}

	@Test
	void aFinishedPlanLeavesOutEmptyOptionalFieldsButShowsEmptyRequiredOnes() throws Exception {
		OppDocument document = sem(format);
		document.setValue(document.schema().leaf("handelingsdeel/afspraken"), null); // optional
		document.setValue(document.schema().leaf("leerling/school"), null); // required
		String text = text(renderer.render(document, temp.resolve("leeg.pdf")).pages() > 0
				? Files.readAllBytes(temp.resolve("leeg.pdf"))
				: new byte[0]);
		assertFalse(text.contains("Afspraken met ouders en leerling"), text);
		assertTrue(text.contains("School *\n—") || text.contains("School * —"), text);
	}

	@Test
	void hugeAnswersAndMarkupRenderAsText() throws Exception {
		OppDocument document = sem(format);
		String huge = ("Sem <fo:block/> & \"lezen\" ]]> " + "a".repeat(40) + " ").repeat(100_000 / 80);
		document.setValue(document.schema().leaf("handelingsdeel/afspraken"), huge);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Rendering rendering = renderer.render(document, out);
		assertTrue(rendering.pages() > 5, "pages: " + rendering.pages());
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("Sem <fo:block/> & \"lezen\" ]]>"), "tekst werd markup");
		}
	}
}
