package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.ImageFormat;
import nl.oppstudio.format.model.ResolvedHouseStyle;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 6: a format declares the house style of its printed documents; what it leaves out comes from its
 * base format, then from the defaults. Wrong values are located Dutch errors; a logo that cannot be used
 * is a warning (the PDF is made without it), a logo without alternative text an error (PDF/UA).
 */
class HouseStyleTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F' };
	private static final String SVG = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n";

	@TempDir
	Path folder;

	private LoadedFormat load(String name, String text) {
		return TestFormats.write(folder, name, text);
	}

	/** A format of a kind without legal minimum, with the given header lines. */
	private LoadedFormat format(String header) throws Exception {
		return load("huisstijl.oppformat", "formaat \"swv-test\" versie \"1.0.0\" soort handelingswijzer\n" + header
				+ "\n{\n\tsectie s { veld a: tekst }\n}\n");
	}

	private static List<Diagnostic> withCode(LoadedFormat loaded, String code) {
		return loaded.diagnostics().stream().filter(d -> code.equals(d.code())).toList();
	}

	private static Diagnostic only(LoadedFormat loaded, String code) {
		List<Diagnostic> found = withCode(loaded, code);
		assertEquals(1, found.size(), loaded.diagnostics().toString());
		return found.get(0);
	}

	@Test
	void houseStyleIsParsedAndResolved() throws Exception {
		Files.write(folder.resolve("logo-swv.png"), PNG);
		LoadedFormat loaded = format("""
				huisstijl {
					logo "logo-swv.png" tekst "Logo van SWV Voorbeeld"
					kleur "#a0B1c2"
					lettertype "DejaVu Serif" 10.5 pt
					marges 25 mm boven 15 mm
				}""");
		assertEquals(List.of(), loaded.diagnostics());
		ResolvedHouseStyle style = Formats.houseStyle(loaded.format());
		assertEquals(folder.resolve("logo-swv.png").toAbsolutePath(), style.logo());
		assertTrue(style.hasLogo());
		assertEquals("Logo van SWV Voorbeeld", style.logoText());
		assertEquals("#a0B1c2", style.colour());
		assertEquals("DejaVu Serif", style.fontFamily());
		assertEquals(new BigDecimal("10.5"), style.fontSize());
		assertEquals(List.of("25", "25", "15", "25"), margins(style));
		assertEquals(ImageFormat.PNG, ImageFormat.detect(style.logo()));
	}

	private static List<String> margins(ResolvedHouseStyle style) {
		return List.of(style.marginLeft(), style.marginRight(), style.marginTop(), style.marginBottom()).stream()
				.map(BigDecimal::toPlainString).toList();
	}

	@Test
	void withoutHouseStyleTheDefaultsApply() throws Exception {
		LoadedFormat loaded = format("");
		ResolvedHouseStyle style = Formats.houseStyle(loaded.format());
		assertEquals(ResolvedHouseStyle.DEFAULT, style);
		assertNull(style.logo());
		assertNull(style.logoText());
		assertEquals("#1f4e79", style.colour());
		assertEquals("DejaVu Sans", style.fontFamily());
		assertEquals(0, BigDecimal.TEN.compareTo(style.fontSize()));
		assertEquals(List.of("20", "20", "12", "12"), margins(style));
	}

	@Test
	void partialHouseStyleFallsBackToDefaultsPerValue() throws Exception {
		ResolvedHouseStyle style = Formats.houseStyle(format("huisstijl { kleur \"#000000\" marges rechts 30 mm }").format());
		assertEquals("#000000", style.colour());
		assertEquals("DejaVu Sans", style.fontFamily());
		assertEquals(List.of("20", "30", "12", "12"), margins(style));
	}

	@Test
	void derivedFormatInheritsTheBasesHouseStyleValueByValue() throws Exception {
		Files.createDirectories(folder.resolve("beeld"));
		Files.writeString(folder.resolve("beeld/logo.svg"), SVG);
		load("basis.oppformat", """
				formaat "swv-basis" versie "1.0.0" soort handelingswijzer
				huisstijl {
					logo "beeld/logo.svg" tekst "Logo van de basis"
					kleur "#112233" lettertype "DejaVu Serif" 11 pt marges 25 mm
				}
				{ sectie s { veld a: tekst } }
				""");
		LoadedFormat same = load("zelfde.oppformat",
				"formaat \"swv-zelfde\" versie \"1.0.0\" soort handelingswijzer breidt uit \"swv-basis\" { }");
		LoadedFormat own = load("eigen.oppformat", """
				formaat "swv-eigen" versie "1.0.0" soort handelingswijzer breidt uit "swv-basis"
				huisstijl { kleur "#445566" marges boven 30 mm }
				{ }
				""");
		assertTrue(same.isUsable(), same.diagnostics().toString());
		assertTrue(own.isUsable(), own.diagnostics().toString());

		ResolvedHouseStyle inherited = Formats.houseStyle(same.format());
		assertEquals(folder.resolve("beeld/logo.svg").toAbsolutePath(), inherited.logo());
		assertEquals("Logo van de basis", inherited.logoText());
		assertEquals("#112233", inherited.colour());
		assertEquals("DejaVu Serif", inherited.fontFamily());
		assertEquals(List.of("25", "25", "25", "25"), margins(inherited));

		ResolvedHouseStyle style = Formats.houseStyle(own.format());
		assertEquals("#445566", style.colour(), "own value wins");
		assertEquals("DejaVu Serif", style.fontFamily(), "from the base");
		assertEquals(new BigDecimal("11"), style.fontSize(), "from the base");
		assertEquals(List.of("25", "25", "30", "25"), margins(style), "own side, the base's others");
		assertEquals(inherited.logo(), style.logo(), "logo from the base, beside the base");
	}

	@Test
	void colourMustBeHexRgb() throws Exception {
		for (String colour : List.of("blauw", "#12345", "#1234567", "#12g456", "1f4e79")) {
			LoadedFormat loaded = format("huisstijl {\n\tkleur \"" + colour + "\"\n}");
			Diagnostic error = only(loaded, FormatIssueCodes.INVALID_COLOUR);
			assertEquals(Severity.ERROR, error.severity());
			assertEquals(3, error.line(), error.toString());
			assertTrue(error.message().startsWith("Kleur '" + colour + "' is ongeldig"), error.message());
		}
	}

	@Test
	void unknownFontIsAnErrorListingTheEmbeddedOnes() throws Exception {
		Diagnostic error = only(format("huisstijl { lettertype \"Arial\" }"), FormatIssueCodes.UNKNOWN_FONT);
		assertEquals(Severity.ERROR, error.severity());
		assertEquals("Lettertype 'Arial' zit niet in de PDF; kies uit: \"DejaVu Sans\", \"DejaVu Serif\", \"DejaVu Sans Mono\".",
				error.message());
		assertEquals(List.of(), withCode(format("huisstijl { lettertype \"DejaVu Sans Mono\" }"), FormatIssueCodes.UNKNOWN_FONT));
	}

	@Test
	void fontSizeAndMarginsMustBeInRange() throws Exception {
		for (String size : List.of("5.9", "20.5", "0")) {
			Diagnostic error = only(format("huisstijl { lettertype \"DejaVu Sans\" " + size + " pt }"), FormatIssueCodes.FONT_SIZE);
			assertEquals(Severity.ERROR, error.severity());
			assertTrue(error.message().contains(size + " pt valt buiten 6-20 pt"), error.message());
		}
		assertTrue(format("huisstijl { lettertype \"DejaVu Sans\" 6 pt marges 5 mm links 50 mm }").isUsable());
		assertEquals(1, withCode(format("huisstijl { marges 4 mm }"), FormatIssueCodes.MARGIN).size());
		LoadedFormat sides = format("huisstijl { marges links 51 mm rechts 20 mm boven 2.5 mm onder 60 mm }");
		List<Diagnostic> errors = withCode(sides, FormatIssueCodes.MARGIN);
		assertEquals(3, errors.size(), sides.diagnostics().toString());
		assertTrue(errors.get(0).message().equals("Marge 51 mm (links) valt buiten 5-50 mm."), errors.get(0).message());
		assertFalse(sides.isUsable());
	}

	@Test
	void missingLogoIsALocatedWarning() throws Exception {
		LoadedFormat loaded = format("huisstijl {\n\tlogo \"logo-swv.png\" tekst \"Logo\"\n}");
		Diagnostic warning = only(loaded, FormatIssueCodes.LOGO_MISSING);
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals(3, warning.line());
		assertTrue(warning.toString().startsWith(folder.resolve("huisstijl.oppformat") + ":3:"), warning.toString());
		assertTrue(warning.message().startsWith("Logo 'logo-swv.png' niet gevonden"), warning.message());
		assertTrue(loaded.isUsable(), "the PDF is still made, without logo");
	}

	@Test
	void logoMustBeAnImageByItsContentNotItsName() throws Exception {
		Files.writeString(folder.resolve("logo.png"), "Dit is geen plaatje maar tekst.");
		Diagnostic warning = only(format("huisstijl { logo \"logo.png\" tekst \"Logo\" }"), FormatIssueCodes.LOGO_NOT_IMAGE);
		assertEquals(Severity.WARNING, warning.severity());
		assertEquals("Logo 'logo.png' is geen PNG-, JPEG- of SVG-afbeelding; de PDF wordt zonder logo gemaakt.",
				warning.message());

		Files.write(folder.resolve("foto.jpg"), JPEG);
		Files.writeString(folder.resolve("teken.svg"), "\ufeff  " + SVG);
		Files.write(folder.resolve("zonder-extensie"), PNG);
		for (String logo : List.of("foto.jpg", "teken.svg", "zonder-extensie")) {
			LoadedFormat loaded = format("huisstijl { logo \"" + logo + "\" tekst \"Logo\" }");
			assertEquals(List.of(), loaded.diagnostics(), logo);
		}
	}

	@Test
	void logoWithoutAltTextIsAnError() throws Exception {
		Files.write(folder.resolve("logo.png"), PNG);
		for (String logo : List.of("logo \"logo.png\"", "logo \"logo.png\" tekst \"  \"")) {
			LoadedFormat loaded = format("huisstijl {\n\t" + logo + "\n}");
			Diagnostic error = only(loaded, FormatIssueCodes.LOGO_WITHOUT_TEXT);
			assertEquals(Severity.ERROR, error.severity());
			assertEquals(3, error.line());
			assertTrue(error.message().contains("PDF/UA"), error.message());
			assertFalse(loaded.isUsable());
		}
	}

	@Test
	void oddLogoPathsGiveWarningsNotExceptions() throws Exception {
		Files.createDirectories(folder.resolve("map"));
		for (String logo : List.of("", ".", "map", "../../../../../../bestaat-niet.png", "geen-map/logo.png",
				"/bestaat/niet/logo.png", "a\u0000b.png", "logo.png/..", "~/logo.png", "C:\\\\logo.png")) {
			LoadedFormat loaded = format("huisstijl { logo \"" + logo + "\" tekst \"Logo\" }");
			assertTrue(loaded.isUsable(), logo + ": " + loaded.diagnostics());
			assertFalse(withCode(loaded, FormatIssueCodes.LOGO_MISSING).isEmpty(), logo + ": " + loaded.diagnostics());
		}
		LoadedFormat absolute = format("huisstijl { logo \"" + folder.resolve("ergens.png") + "\" tekst \"Logo\" }");
		assertEquals(Severity.WARNING, only(absolute, FormatIssueCodes.LOGO_ABSOLUTE).severity());
	}

	@Test
	void aSecondHouseStyleIsAWarning() throws Exception {
		LoadedFormat loaded = format("huisstijl { kleur \"#000000\" }\nhuisstijl { kleur \"#ffffff\" }");
		Diagnostic warning = only(loaded, FormatIssueCodes.DUPLICATE_DECLARATION);
		assertEquals(2, warning.line());
		assertEquals("#ffffff", Formats.houseStyle(loaded.format()).colour());
	}

	@Test
	void examplesUseTheirHouseStyle() throws Exception {
		LoadedFormat example = FormatLoader.create().load(Examples.file(Examples.FORMAT));
		assertEquals(List.of(), example.diagnostics(), "clean, the logo found");
		ResolvedHouseStyle style = Formats.houseStyle(example.format());
		assertEquals(Examples.file("logo-swv-voorbeeld.svg").toAbsolutePath().normalize(), style.logo());
		assertEquals(ImageFormat.SVG, ImageFormat.detect(style.logo()));
		assertEquals("Logo van SWV De Voorbeeldregio", style.logoText());

		ResolvedHouseStyle serif = Formats.houseStyle(FormatLoader.create().load(Examples.file("swv-po-opp-1-4.oppformat")).format());
		assertNull(serif.logo());
		assertEquals("DejaVu Serif", serif.fontFamily());
		assertEquals(List.of("18", "18", "18", "18"), margins(serif));
	}

	@Test
	void imageFormatsAreRecognisedByTheirBytes() {
		assertEquals(ImageFormat.PNG, ImageFormat.detect(PNG));
		assertEquals(ImageFormat.JPEG, ImageFormat.detect(JPEG));
		assertEquals(ImageFormat.SVG, ImageFormat.detect(SVG.getBytes(StandardCharsets.UTF_8)));
		assertNull(ImageFormat.detect("<html><body>svg</body></html>".getBytes(StandardCharsets.UTF_8)));
		assertNull(ImageFormat.detect(new byte[0]));
		assertNull(ImageFormat.detect(new byte[] { (byte) 0x89, 'P' }));
	}
}
