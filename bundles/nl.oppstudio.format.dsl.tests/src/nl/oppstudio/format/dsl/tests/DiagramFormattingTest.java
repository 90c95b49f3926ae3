package nl.oppstudio.format.dsl.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Issue 13: the formatter lays a {@code diagram { … }} clause out like the other nested blocks. */
@ExtendWith(InjectionExtension.class)
@InjectWith(FormatInjectorProvider.class)
class DiagramFormattingTest {

	@Inject
	private FormatterTestHelper formatter;

	@Test
	void theClauseIsLaidOutLikeTheOtherBlocks() {
		formatter.assertFormatted(request -> {
			request.setUseSerializer(false);
			request.setToBeFormatted("formaat \"x\" versie \"1.0.0\" { doelen d { niveau korte-termijn diagram { richting rechts "
					+ "toon korte-termijn kleur behaald \"#a5d6a7\" kleur deels \"#fff59d\" pdf achteraan } } cyclus c { fase f "
					+ "diagram { kleur verlopen \"#ffab91\" } } }");
			request.setExpectation("""
					formaat "x" versie "1.0.0" {
						doelen d {
							niveau korte-termijn
							diagram {
								richting rechts
								toon korte-termijn
								kleur behaald "#a5d6a7"
								kleur deels "#fff59d"
								pdf achteraan
							}
						}

						cyclus c {
							fase f
							diagram {
								kleur verlopen "#ffab91"
							}
						}
					}""");
		});
	}
}
