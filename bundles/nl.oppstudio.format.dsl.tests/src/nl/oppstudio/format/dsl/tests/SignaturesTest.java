package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatPackage;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.LegalTag;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.format.model.Section;
import nl.oppstudio.format.model.SignatureMoment;
import nl.oppstudio.format.model.SignatureParty;
import nl.oppstudio.format.model.SignaturesBlock;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 10, signatures of several parties at several moments in one construct. Seed 003 (Revius Wijk):
 * "Het OPP wordt in overleg met ouders en leerling opgesteld en door alle partijen ondertekend. Er vindt
 * tussenevaluatie en eindevaluatie plaats"; seed 002 (SWV VO Amsterdam-Diemen): "Leerling en ouders
 * worden betrokken; zij ondertekenen en evalueren jaarlijks." One {@code ondertekening} block holds the
 * parties and the moments, where a format needed an {@code instemming} field per party before.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class SignaturesTest {

	@Inject
	private ParseHelper<Format> parseHelper;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private FormatterTestHelper formatter;

	@Inject
	private IEObjectDocumentationProvider documentation;

	/** A format of a kind without legal minimum, to test one check at a time. */
	private Format parse(String members) throws Exception {
		return parseHelper.parse("formaat \"swv-test\" versie \"1.0.0\" soort handelingswijzer {\n" + members + "\n}");
	}

	private static List<String> names(List<?> namedThings) {
		return namedThings.stream().map(o -> o instanceof SignatureParty p ? p.getName() + "=" + p.getLabel()
				: ((SignatureMoment) o).getName() + "=" + ((SignatureMoment) o).getLabel()).toList();
	}

	@Test
	void oneBlockHoldsThePartiesAndTheMomentsWithTheUsualProperties() throws Exception {
		Format format = parse("""
				sectie overleg "Overleg" {
					veld akkoord: ja-nee
					ondertekening handtekeningen "Ondertekening" verplicht
						wet ondertekening
						uitleg "Alle partijen tekenen bij de start en bij elke evaluatie."
						zichtbaar wanneer overleg.akkoord = ja
					{
						partij ouders "Ouders/verzorgers" partij leerling "Leerling" partij mentor
						moment start "Bij de start" moment tussen "Tussenevaluatie" moment eind "Eindevaluatie"
					}
				}
				""");
		validation.assertNoErrors(format);
		SignaturesBlock block = assertInstanceOf(SignaturesBlock.class,
				((Section) format.getMembers().get(0)).getMembers().get(1));
		assertEquals("handtekeningen", block.getName());
		assertEquals("Ondertekening", block.getLabel());
		assertEquals(List.of("ouders=Ouders/verzorgers", "leerling=Leerling", "mentor=null"), names(block.getParties()));
		assertEquals(List.of("start=Bij de start", "tussen=Tussenevaluatie", "eind=Eindevaluatie"), names(block.getMoments()));
		assertEquals(List.of(LegalTag.ONDERTEKENING), block.getLegalTags());
		assertTrue(block.isRequired());
		assertEquals("Alle partijen tekenen bij de start en bij elke evaluatie.", block.getHelp());
		assertTrue(block.getVisibleWhen() != null, "zichtbaar wanneer");
		assertEquals(List.of("overleg", "handtekeningen"), Formats.path(block));
	}

	@Test
	void ondertekeningStaysANameAPhaseKindAndALegalTag() throws Exception {
		Format format = parse("""
				sectie ondertekening "Ondertekening" {
					veld moment "Moment": datum
					veld partij "Partij": tekst wet ondertekening
					ondertekening ondertekening { partij ouders moment start }
				}
				cyclus cyclus { fase ondertekening "Ondertekend" soort ondertekening }
				""");
		validation.assertNoErrors(format);
		Section section = (Section) format.getMembers().get(0);
		assertEquals("ondertekening", section.getName());
		assertEquals(List.of("moment", "partij", "ondertekening"), section.getMembers().stream().map(Element::getName).toList());
		assertEquals(List.of(LegalTag.ONDERTEKENING), ((Field) section.getMembers().get(1)).getLegalTags());
		assertInstanceOf(SignaturesBlock.class, section.getMembers().get(2));
		assertEquals(PhaseKind.ONDERTEKENING, ((CycleBlock) format.getMembers().get(1)).getPhases().get(0).getKind());
	}

	@Test
	void aGridNeedsAPartyAndAMoment() throws Exception {
		Format noParty = parse("ondertekening h \"Handtekeningen\" { moment start }");
		validation.assertError(noParty, FormatPackage.Literals.SIGNATURES_BLOCK, FormatIssueCodes.SIGNATURES_WITHOUT_PARTY,
				"Ondertekening 'Handtekeningen' noemt nog geen partij die tekent");
		validation.assertNoIssue(noParty, FormatPackage.Literals.SIGNATURES_BLOCK, FormatIssueCodes.SIGNATURES_WITHOUT_MOMENT);
		Format noMoment = parse("ondertekening h { partij ouders }");
		validation.assertError(noMoment, FormatPackage.Literals.SIGNATURES_BLOCK, FormatIssueCodes.SIGNATURES_WITHOUT_MOMENT,
				"Ondertekening 'h' noemt nog geen moment");
		validation.assertNoIssue(noMoment, FormatPackage.Literals.SIGNATURES_BLOCK, FormatIssueCodes.SIGNATURES_WITHOUT_PARTY);
		Format empty = parse("ondertekening h { }");
		validation.assertError(empty, FormatPackage.Literals.SIGNATURES_BLOCK, FormatIssueCodes.SIGNATURES_WITHOUT_PARTY);
		validation.assertError(empty, FormatPackage.Literals.SIGNATURES_BLOCK, FormatIssueCodes.SIGNATURES_WITHOUT_MOMENT);
	}

	@Test
	void partiesMomentsAndTheBlockHaveUniqueNames() throws Exception {
		Format parties = parse("ondertekening h { partij ouders \"Ouders\" partij ouders \"Verzorgers\" moment start }");
		validation.assertError(parties, FormatPackage.Literals.SIGNATURE_PARTY, FormatIssueCodes.DUPLICATE_NAME,
				"al een partij met de naam 'ouders'");
		Format moments = parse("ondertekening h { partij ouders moment start moment eind moment start }");
		validation.assertError(moments, FormatPackage.Literals.SIGNATURE_MOMENT, FormatIssueCodes.DUPLICATE_NAME,
				"al een moment met de naam 'start'");
		// A party and a moment may share a name: they are different axes of the grid.
		validation.assertNoErrors(parse("ondertekening h { partij leerling moment leerling }"));
		Format blocks = parse("veld h: tekst\nondertekening h { partij ouders moment start }");
		validation.assertError(blocks, FormatPackage.Literals.SIGNATURES_BLOCK, FormatIssueCodes.DUPLICATE_NAME);
	}

	@Test
	void formatsOnePartyOrMomentPerLine() {
		formatter.assertFormatted(request -> {
			request.setUseSerializer(false);
			request.setToBeFormatted("formaat \"x\" versie \"1.0.0\" { sectie s \"S\" { ondertekening h \"H\" wet ondertekening "
					+ "{ partij ouders \"Ouders\" partij leerling moment start \"Start\" moment eind } } }");
			request.setExpectation("""
					formaat "x" versie "1.0.0" {
						sectie s "S" {
							ondertekening h "H" wet ondertekening {
								partij ouders "Ouders"
								partij leerling
								moment start "Start"
								moment eind
							}
						}
					}""");
		});
	}

	@Test
	void hoverNamesWhoSignsAndWhen() throws Exception {
		Format format = parse("ondertekening h \"Ondertekening\" uitleg \"Tekenen na elk gesprek.\" "
				+ "{ partij ouders \"Ouders/verzorgers\" partij mentor moment start \"Bij de start\" moment eind \"Eindevaluatie\" }");
		assertEquals("**Ondertekening**\n\nTekenen na elk gesprek.\n\nTekenen: Ouders/verzorgers, mentor\n\n"
				+ "Op: Bij de start, Eindevaluatie", documentation.getDocumentation(format.getMembers().get(0)));
	}

	/** Seed 003 in the Revius formats: one grid replaces the three signature fields; the parents' consent stays. */
	@Test
	void theReviusFormatsSignInOneGrid() {
		for (String name : List.of("revius-wijk-opp.oppformat", "revius-wijk-opp-light.oppformat")) {
			Format format = TestFormats.load(Examples.file(name));
			List<Element> all = Formats.allElements(format);
			List<SignaturesBlock> grids = all.stream().filter(SignaturesBlock.class::isInstance).map(SignaturesBlock.class::cast)
					.toList();
			assertEquals(1, grids.size(), name);
			assertEquals(List.of("ouders=Ouders/verzorgers", "leerling=Leerling", "leerlingbegeleider=Leerlingbegeleider",
					"tutor=Tutor"), names(grids.get(0).getParties()), name);
			assertEquals(List.of("opgesteld=Na het opstellen", "tussenevaluatie=Tussenevaluatie", "eindevaluatie=Eindevaluatie"),
					names(grids.get(0).getMoments()), name);
			assertTrue(all.stream().noneMatch(e -> e.getName().startsWith("ondertekening")), name);
			assertTrue(all.stream().anyMatch(e -> e.getName().equals("instemming") && e.getLegalTags().contains(LegalTag.OUDERINSTEMMING)),
					name + ": de instemming van ouders blijft");
		}
	}
}
