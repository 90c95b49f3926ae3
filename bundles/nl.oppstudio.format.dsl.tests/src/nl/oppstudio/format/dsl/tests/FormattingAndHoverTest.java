package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Section;

/** Issue 4: the IDE services formatting and hover work on formats. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class FormattingAndHoverTest {

	@Inject
	private FormatterTestHelper formatter;

	@Inject
	private ParseHelper<Format> parseHelper;

	@Inject
	private IEObjectDocumentationProvider documentation;

	@Test
	void formatsOneElementPerLineWithIndentedBlocks() {
		formatter.assertFormatted(request -> {
			request.setUseSerializer(false);
			request.setToBeFormatted("formaat \"x\" versie \"1.0.0\" { sectie s \"S\" { veld a: tekst veld b: keuze { optie p optie q } } hoorrecht h }");
			request.setExpectation("""
					formaat "x" versie "1.0.0" {
						sectie s "S" {
							veld a: tekst
							veld b: keuze {
								optie p
								optie q
							}
						}

						hoorrecht h
					}""");
		});
	}

	@Test
	void formatsHouseStyleAndExtractOneSettingPerLine() {
		formatter.assertFormatted(request -> {
			request.setUseSerializer(false);
			request.setToBeFormatted("formaat \"x\" versie \"1.0.0\" huisstijl { logo \"logo.svg\" tekst \"Logo\" kleur \"#1f4e79\" "
					+ "lettertype \"DejaVu Serif\" 10.5 pt marges 20 mm boven 15 mm } uittreksel \"Handelingswijzer\" { toon s, s.a "
					+ "toon h } { sectie s \"S\" { veld a: tekst } hoorrecht h }");
			request.setExpectation("""
					formaat "x" versie "1.0.0"
					huisstijl {
						logo "logo.svg" tekst "Logo"
						kleur "#1f4e79"
						lettertype "DejaVu Serif" 10.5 pt
						marges 20 mm boven 15 mm
					}
					uittreksel "Handelingswijzer" {
						toon s, s.a
						toon h
					}
					{
						sectie s "S" {
							veld a: tekst
						}

						hoorrecht h
					}""");
		});
	}

	@Test
	void hoverShowsTheResolvedHouseStyleAndTheExtract() throws Exception {
		Format format = parseHelper.parse("formaat \"x\" versie \"1.0.0\" huisstijl { lettertype \"DejaVu Serif\" marges boven 15 mm }"
				+ " uittreksel \"Handelingswijzer\" { toon s } { sectie s \"Gegevens\" { } }");
		assertEquals("**Huisstijl** (met wat van het basisformaat of de standaard komt)\n\nkleur #1f4e79, lettertype DejaVu Serif"
				+ " 10 pt, marges links 20 mm, rechts 20 mm, boven 15 mm, onder 12 mm", documentation.getDocumentation(format.getHouseStyle()));
		assertEquals("**Uittreksel Handelingswijzer** (een pagina): Gegevens", documentation.getDocumentation(format.getExtract()));
	}

	@Test
	void hoverShowsLabelAndHelp() throws Exception {
		Format format = parseHelper.parse("formaat \"x\" versie \"1.0.0\" { sectie s \"Gegevens\" uitleg \"Vul alles in.\" { } }");
		Section section = (Section) format.getMembers().get(0);
		assertEquals("**Gegevens**\n\nVul alles in.", documentation.getDocumentation(section));
	}
}
