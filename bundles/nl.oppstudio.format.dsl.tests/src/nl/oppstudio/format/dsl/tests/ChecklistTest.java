package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.rules.Checklist;
import nl.oppstudio.format.rules.Checklist.Status;
import nl.oppstudio.testing.Examples;

/**
 * Issue 4: the Handreiking's checklist (seed 001, Bijlage 1, "Checklist: wat maakt een OPP-format
 * functioneel?", versie 2, maart 2025), e.g. point 7 "Is er aandacht voor de: Onderwijs- en
 * opvoedbehoeften van de leerling? Ondersteuningsbehoeften van de leraren? Ondersteuningsbehoeften van de
 * ouders?" and point 12 "Is het OPP zo beknopt mogelijk (twee maximaal vijf A4)?".
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class ChecklistTest {

	@Inject
	private ParseHelper<Format> parseHelper;

	private Checklist.Result evaluate(String text) throws Exception {
		return Checklist.evaluate(parseHelper.parse(text));
	}

	private static Status status(Checklist.Result result, int number) {
		return result.items().get(number - 1).status();
	}

	@Test
	void hasFifteenPointsInOrder() throws Exception {
		Checklist.Result result = evaluate("formaat \"x\" versie \"1.0.0\" { sectie s { veld a: tekst } }");
		assertEquals(15, result.max());
		assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
				result.items().stream().map(Checklist.Item::number).toList());
		assertEquals(0, result.score());
		assertEquals(Status.CANNOT_TELL, status(result, 13), "taal is een oordeel van mensen");
	}

	@Test
	void needsOfAllThreeAreRequiredForPointSeven() throws Exception {
		Checklist.Result partial = evaluate("formaat \"x\" versie \"1.0.0\" { behoeften b van leerling, leraren }");
		assertEquals(Status.NOT_MET, status(partial, 7));
		assertTrue(partial.items().get(6).reason().contains("ouders"), partial.items().get(6).reason());
		assertEquals(Status.MET, status(evaluate("formaat \"x\" versie \"1.0.0\" { behoeften b }"), 7));
	}

	@Test
	void conciseFormatsDeclareAtMostFivePages() throws Exception {
		assertEquals(Status.MET, status(evaluate("formaat \"x\" versie \"1.0.0\" omvang 2 tot 5 paginas { }"), 12));
		assertEquals(Status.NOT_MET, status(evaluate("formaat \"x\" versie \"1.0.0\" omvang 2 tot 8 paginas { }"), 12));
		assertEquals(Status.CANNOT_TELL, status(evaluate("formaat \"x\" versie \"1.0.0\" { }"), 12));
	}

	@Test
	void cycleNeedsDeadlinesResponsiblesAndAnEvaluation() throws Exception {
		Checklist.Result result = evaluate("""
				formaat "x" versie "1.0.0" {
					cyclus c { fase start soort startgesprek uiterlijk 1 oktober door "mentor" fase eind soort eindgesprek }
				}
				""");
		assertEquals(Status.NOT_MET, status(result, 4));
		assertTrue(result.items().get(3).reason().contains("termijn"), result.items().get(3).reason());
	}

	/**
	 * Point 14: "Zijn eventuele visualisaties ondersteunend, overzichtelijk en begrijpelijk voor ouders en
	 * leerlingen?" (seed 001, Bijlage 1). Met when the PDF holds a diagram of a doelen or cyclus block,
	 * saying which; a block's {@code diagram { pdf geen }} keeps its diagram out of the PDF.
	 */
	@Test
	void pointFourteenNamesTheDiagramsThePdfHolds() throws Exception {
		Checklist.Result both = evaluate("""
				formaat "x" versie "1.0.0" {
					doelen d "Doelen" { niveau korte-termijn diagram { pdf achteraan } }
					cyclus c "Planning" { fase f diagram { kleur verlopen "#ffab91" } }
				}
				""");
		assertEquals(Status.MET, status(both, 14));
		assertEquals("diagrammen in de PDF: 'Doelen' (achteraan), 'Planning' (na het blok)", both.items().get(13).reason());

		Checklist.Result oneHidden = evaluate("""
				formaat "x" versie "1.0.0" {
					doelen d "Doelen" { niveau korte-termijn diagram { pdf geen } }
					cyclus c "Planning" { fase f }
				}
				""");
		assertEquals(Status.MET, status(oneHidden, 14));
		assertEquals("diagrammen in de PDF: 'Planning' (na het blok)", oneHidden.items().get(13).reason());

		Checklist.Result hidden = evaluate("""
				formaat "x" versie "1.0.0" { doelen d "Doelen" { niveau korte-termijn diagram { pdf geen } } }
				""");
		assertEquals(Status.NOT_MET, status(hidden, 14));
		assertEquals("geen diagram in de PDF: bij 'Doelen' staat 'pdf geen'; laat 'pdf geen' weg of schrijf 'pdf na-blok' of"
				+ " 'pdf achteraan' in 'diagram { ... }'", hidden.items().get(13).reason());

		Checklist.Result none = evaluate("formaat \"x\" versie \"1.0.0\" { sectie s { veld a: tekst } }");
		assertEquals(Status.NOT_MET, status(none, 14));
		assertTrue(none.items().get(13).reason().contains("voeg een doelenhiërarchie of een planningscyclus toe"),
				none.items().get(13).reason());
	}

	@Test
	void theBaseFormatScoresItsStructure() {
		Format base = FormatLoader.create().load(Examples.file("wettelijk-minimum.oppformat")).format();
		Checklist.Result result = Checklist.evaluate(base);
		assertEquals(Status.MET, status(result, 1));
		assertEquals(Status.MET, status(result, 5));
		assertEquals(Status.MET, status(result, 11));
		assertEquals(Status.MET, status(result, 12));
		assertTrue(result.score() >= 6, "score " + result.score());
	}
}
