package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Limits;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.internal.FormatLimits;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;

/**
 * Issue 16, hostile input: formats past {@link Limits} (size, lines, nesting) are refused before Xtext
 * reads them, with a located Dutch message; a cycle of bases is reported, never followed forever. The
 * hostile formats are made here, at run time.
 */
class HostileFormatsTest {

	@TempDir
	Path folder;

	private LoadedFormat load(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		return FormatLoader.create(null).load(file);
	}

	private static String withCondition(String condition) {
		return """
				formaat "swv-diep" versie "1.0.0" soort opp {
					sectie leerling "Leerling" {
						veld naam "Naam": tekst verplicht
						veld extra "Extra": tekst zichtbaar wanneer %s
					}
				}
				""".formatted(condition);
	}

	private static Diagnostic limit(LoadedFormat loaded) {
		List<Diagnostic> limits = loaded.diagnostics().stream().filter(d -> FormatLimits.CODE.equals(d.code())).toList();
		assertEquals(1, limits.size(), loaded.diagnostics().toString());
		assertNull(loaded.format(), "refused before it is parsed");
		return limits.get(0);
	}

	@Test
	void aFormatOf100000LinesIsRefusedAtTheLineThatBreaksTheLimit() throws Exception {
		StringBuilder text = new StringBuilder("formaat \"swv-lang\" versie \"1.0.0\" soort opp {\n\tsectie s \"S\" {\n");
		for (int i = 0; i < 100_000; i++) {
			text.append("veld v").append(i).append(": tekst\n"); // short lines: under the limit of bytes
		}
		text.append("\t}\n}\n");
		Diagnostic refused = limit(load("lang.oppformat", text.toString()));
		assertEquals(Limits.MAX_FORMAT_LINES + 1, refused.line(), refused.toString());
		assertTrue(refused.message().contains("20.000 regels"), refused.message());
	}

	@Test
	void aLargeButRealisticFormatIsStillRead() throws Exception {
		StringBuilder text = new StringBuilder("formaat \"swv-groot\" versie \"1.0.0\" soort opp {\n");
		for (int s = 0; s < 50; s++) {
			text.append("\tsectie s").append(s).append(" \"Sectie ").append(s).append("\" {\n");
			for (int f = 0; f < 20; f++) {
				text.append("\t\tveld v").append(f).append(" \"Veld ").append(f).append("\": tekst\n");
			}
			text.append("\t}\n");
		}
		text.append("}\n");
		LoadedFormat loaded = load("groot.oppformat", text.toString());
		assertTrue(loaded.format() != null, loaded.diagnostics().toString());
		assertFalse(loaded.diagnostics().stream().anyMatch(d -> FormatLimits.CODE.equals(d.code())));
	}

	@Test
	void aFormatOf3MegabytesIsRefusedWithoutReadingIt() throws Exception {
		Path file = folder.resolve("groot.oppformat");
		Files.writeString(file, "formaat \"swv-groot\" versie \"1.0.0\"\n");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(3L * 1024 * 1024);
		}
		Diagnostic refused = limit(FormatLoader.create(null).load(file));
		assertTrue(refused.message().contains("3 MB"), refused.message());
	}

	@Test
	void deeplyNestedConditionsAreRefusedWhereTheyGetTooDeep() throws Exception {
		Diagnostic refused = limit(load("haakjes.oppformat", withCondition("(".repeat(50_000) + "naam = \"x\"" + ")".repeat(50_000))));
		assertEquals(4, refused.line(), refused.toString());
		assertTrue(refused.column() > Limits.MAX_NESTING_DEPTH, refused.toString());
		Diagnostic negations = limit(load("niet.oppformat", withCondition("niet ".repeat(50_000) + "naam = \"x\"")));
		assertEquals(4, negations.line(), negations.toString());
		limit(load("blokken.oppformat", withCondition("ja") + "{".repeat(50_000)));
	}

	@Test
	void aLongChainOfEnAndOfIsRefusedNotRecursedInto() throws Exception {
		// review #14: 'ja of ja of …' nests to the left, one level per operator, without any parenthesis
		Diagnostic refused = limit(load("keten.oppformat", withCondition("ja of ".repeat(100_000) + "ja")));
		assertEquals(4, refused.line(), refused.toString());
		assertTrue(refused.message().contains("256 keer 'en' of 'of'"), refused.message());
		limit(load("keten-en.oppformat", withCondition("(naam = \"x\" en ja) of ".repeat(300) + "ja")));
		LoadedFormat real = load("echt.oppformat",
				withCondition("naam = \"x\" en ja of ".repeat(Limits.MAX_CONDITION_OPERATORS / 2) + "ja").replace(
						"veld naam \"Naam\": tekst verplicht", "veld naam \"Naam\": tekst verplicht wanneer ja of ja"));
		assertTrue(real.format() != null, real.diagnostics().toString());
		assertFalse(real.diagnostics().stream().anyMatch(d -> FormatLimits.CODE.equals(d.code())), real.diagnostics().toString());
	}

	@Test
	void nestingUnderTheLimitIsReadAndParenthesesInTextDoNotCount() throws Exception {
		LoadedFormat loaded = load("ondiep.oppformat",
				withCondition("(".repeat(20) + "niet niet naam = \"((((((\"" + ")".repeat(20))
						.replace("\"Extra\"", "\"" + "(".repeat(100) + "\" // " + "(".repeat(100)));
		assertTrue(loaded.format() != null, loaded.diagnostics().toString());
		assertFalse(loaded.diagnostics().stream().anyMatch(d -> FormatLimits.CODE.equals(d.code())),
				loaded.diagnostics().toString());
	}

	@Test
	void aHostileBaseIsRefusedLikeTheFormatItselfAndReportedOnTheFormatThatExtendsIt() throws Exception {
		// review #29: bases went to Xtext unchecked; a deep one ended in a StackOverflowError
		Files.writeString(folder.resolve("basis.oppformat"), withCondition("(".repeat(50_000) + "ja" + ")".repeat(50_000))
				.replace("swv-diep", "swv-basis"));
		StringBuilder lines = new StringBuilder("formaat \"swv-lang\" versie \"1.0.0\" soort opp {\n");
		lines.append("// regel\n".repeat(30_000)).append("}\n");
		Files.writeString(folder.resolve("lang.oppformat"), lines);
		String extending = """
				formaat "swv-eigen" versie "1.0.0" soort opp breidt uit "%s" { sectie t "T" { veld y "Y": tekst } }
				""";
		for (String base : List.of("swv-basis", "swv-onbekend")) { // named clearly; unclear: every format of the folder
			LoadedFormat loaded = load("eigen.oppformat", extending.formatted(base));
			List<Diagnostic> refused = loaded.diagnostics().stream().filter(d -> FormatLimits.CODE.equals(d.code())).toList();
			assertTrue(refused.stream().anyMatch(d -> d.message().contains("basis.oppformat") && d.message().contains("32 keer")),
					base + ": " + loaded.diagnostics());
			assertTrue(refused.stream().allMatch(d -> d.file().getFileName().toString().equals("eigen.oppformat")), refused.toString());
			assertFalse(loaded.diagnostics().stream().anyMatch(d -> d.message().contains("StackOverflow") || d.message().contains("te diep genest (haakjes")),
					loaded.diagnostics().toString());
			if (base.equals("swv-onbekend")) {
				assertTrue(refused.stream().anyMatch(d -> d.message().contains("lang.oppformat") && d.message().contains("20.000 regels")),
						loaded.diagnostics().toString());
			}
		}
	}

	@Test
	void aCycleOfBasesIsReportedNotFollowed() throws Exception {
		load("b.oppformat", """
				formaat "swv-b" versie "1.0.0" soort opp breidt uit "swv-a" { sectie s "S" { veld x "X": tekst } }
				""");
		LoadedFormat twoStep = load("a.oppformat", """
				formaat "swv-a" versie "1.0.0" soort opp breidt uit "swv-b" { sectie t "T" { veld y "Y": tekst } }
				""");
		assertTrue(twoStep.diagnostics().stream().anyMatch(d -> FormatIssueCodes.BASE_CYCLE.equals(d.code())),
				twoStep.diagnostics().toString());
		LoadedFormat self = load("zelf.oppformat", """
				formaat "swv-zelf" versie "1.0.0" soort opp breidt uit "swv-zelf" { sectie s "S" { veld x "X": tekst } }
				""");
		assertTrue(self.diagnostics().stream().anyMatch(d -> FormatIssueCodes.BASE_CYCLE.equals(d.code())),
				self.diagnostics().toString());
	}

	private static final String SVG_HEAD = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\"";

	private LoadedFormat withLogo(String logo) throws Exception {
		return load("logo.oppformat", "formaat \"swv-logo\" versie \"1.0.0\" soort handelingswijzer\nhuisstijl { logo \"" + logo
				+ "\" tekst \"Logo\" }\n{\n\tsectie s { veld a: tekst }\n}\n");
	}

	private static Diagnostic only(LoadedFormat loaded, String code) {
		List<Diagnostic> found = loaded.diagnostics().stream().filter(d -> code.equals(d.code())).toList();
		assertEquals(1, found.size(), loaded.diagnostics().toString());
		assertEquals(nl.oppstudio.core.Severity.ERROR, found.get(0).severity());
		return found.get(0);
	}

	@Test
	void aLogoOutsideTheFormatsFolderIsAnErrorAndNeverRead() throws Exception {
		Path outside = Files.createDirectories(folder.resolve("buiten"));
		Path inside = Files.createDirectories(folder.resolve("formaten"));
		Files.writeString(outside.resolve("logo.svg"), SVG_HEAD + "/>");
		folder = inside;
		for (String logo : List.of("../buiten/logo.svg", outside.resolve("logo.svg").toString())) {
			LoadedFormat loaded = withLogo(logo);
			assertTrue(only(loaded, FormatIssueCodes.LOGO_OUTSIDE).message().contains("buiten de map"), logo);
			assertNull(nl.oppstudio.format.model.Formats.houseStyle(loaded.format()).logo(), logo);
		}
		Files.createSymbolicLink(inside.resolve("link.svg"), outside.resolve("logo.svg"));
		LoadedFormat linked = withLogo("link.svg");
		only(linked, FormatIssueCodes.LOGO_OUTSIDE);
		assertNull(nl.oppstudio.format.model.Formats.houseStyle(linked.format()).logo());
		Files.writeString(inside.resolve("eigen.svg"), SVG_HEAD + "/>");
		LoadedFormat own = withLogo("eigen.svg");
		assertEquals(List.of(), own.diagnostics());
		assertEquals(inside.resolve("eigen.svg").toAbsolutePath().normalize(),
				nl.oppstudio.format.model.Formats.houseStyle(own.format()).logo());
	}

	@Test
	void versionsInASubfolderMayShareTheLogoOfTheFolderThatHoldsTheFormats() throws Exception {
		// review #31: dsl-examples/versies/*.oppformat used "../logo-swv-voorbeeld.svg", as an SWV's repository may
		Path formats = Files.createDirectories(folder.resolve("formaten"));
		Files.writeString(formats.resolve("swv-logo.oppformat"), "formaat \"swv-logo\" versie \"2.0.0\" soort handelingswijzer\n{\n\tsectie s { veld a: tekst }\n}\n");
		Files.writeString(formats.resolve("logo.svg"), SVG_HEAD + "/>");
		Files.writeString(folder.resolve("buiten.svg"), SVG_HEAD + "/>");
		folder = Files.createDirectories(formats.resolve("versies"));
		LoadedFormat shared = withLogo("../logo.svg");
		assertEquals(List.of(), shared.diagnostics());
		assertEquals(formats.resolve("logo.svg").toAbsolutePath().normalize(),
				nl.oppstudio.format.model.Formats.houseStyle(shared.format()).logo());
		LoadedFormat above = withLogo("../../buiten.svg"); // the folder above holds no formats: outside
		assertTrue(only(above, FormatIssueCodes.LOGO_OUTSIDE).message().contains("buiten de map"), above.diagnostics().toString());
		assertNull(nl.oppstudio.format.model.Formats.houseStyle(above.format()).logo());
	}

	@Test
	void svgLogosWithScriptsEventsExternalReferencesOrADoctypeAreErrors() throws Exception {
		List<String> hostile = List.of(
				SVG_HEAD + "><script>alert(1)</script></svg>",
				SVG_HEAD + " onload=\"alert(1)\"/>",
				SVG_HEAD + "><image xlink:href=\"http://voorbeeld.nl/spoor.png\" width=\"1\" height=\"1\"/></svg>",
				SVG_HEAD + "><image href=\"file:///etc/passwd\" width=\"1\" height=\"1\"/></svg>",
				SVG_HEAD + "><rect width=\"1\" height=\"1\" style=\"fill:url(http://voorbeeld.nl/x)\"/></svg>",
				SVG_HEAD + "><style>@import 'http://voorbeeld.nl/x.css';</style></svg>",
				// review #26: CSS is case-insensitive, a <style>'s text may come in chunks, and CSS has escapes
				SVG_HEAD + "><rect width=\"1\" height=\"1\" fill=\"URL(http://voorbeeld.nl/x)\"/></svg>",
				SVG_HEAD + "><rect width=\"1\" height=\"1\" style=\"fill:Url('http://voorbeeld.nl/x')\"/></svg>",
				SVG_HEAD + "><style>rect { fill: u<![CDATA[rl(http://voorbeeld.nl/x)]]> }</style></svg>",
				SVG_HEAD + "><style>@imp<![CDATA[ort 'http://voorbeeld.nl/x.css';]]></style></svg>",
				SVG_HEAD + "><style>@IMPORT 'http://voorbeeld.nl/x.css';</style></svg>",
				SVG_HEAD + "><style>rect { fill: u\\72 l(http://voorbeeld.nl/x) }</style></svg>",
				SVG_HEAD + "><foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject></svg>",
				"<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + SVG_HEAD + ">&x;</svg>");
		for (String svg : hostile) {
			Files.writeString(folder.resolve("logo.svg"), svg);
			only(withLogo("logo.svg"), FormatIssueCodes.LOGO_UNSAFE);
		}
		Files.writeString(folder.resolve("logo.svg"), SVG_HEAD
				+ "><defs><marker id=\"p\"/></defs><path d=\"M0 0L5 5\" marker-end=\"url(#p)\"/><use xlink:href=\"#p\"/></svg>");
		assertEquals(List.of(), withLogo("logo.svg").diagnostics(), "references within the SVG itself are fine");
	}
}
