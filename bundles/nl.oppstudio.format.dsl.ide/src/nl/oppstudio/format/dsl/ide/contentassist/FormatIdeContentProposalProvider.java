package nl.oppstudio.format.dsl.ide.contentassist;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import nl.oppstudio.format.dsl.validation.DiagramColours;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.DiagramState;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.GoalsBlock;

/**
 * Content assist that, inside a {@code diagram { … }} clause, proposes only what the block can use: in a
 * cyclus no {@code richting} or {@code toon} and only a phase's states after {@code kleur}; in doelen only a
 * goal's states. The grammar takes all of them in both (the checker explains a wrong one).
 */
public class FormatIdeContentProposalProvider extends IdeContentProposalProvider {

	private static final Set<String> GOALS_ONLY = Set.of("richting", "toon");

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		if (!super.filterKeyword(keyword, context)) {
			return false;
		}
		EObject model = context.getCurrentModel();
		if (model == null || !inDiagram(context)) {
			return true;
		}
		boolean cycle = EcoreUtil2.getContainerOfType(model, CycleBlock.class) != null;
		boolean goals = !cycle && EcoreUtil2.getContainerOfType(model, GoalsBlock.class) != null;
		String value = keyword.getValue();
		if (cycle && GOALS_ONLY.contains(value)) {
			return false;
		}
		DiagramState state = DiagramState.get(value);
		if (state != null) {
			return cycle ? DiagramColours.PHASE_STATES.contains(state) : !goals || DiagramColours.GOAL_STATES.contains(state);
		}
		return true;
	}

	/** Whether the cursor is inside a diagram clause: the model there is one, or the text since its block says so. */
	private static boolean inDiagram(ContentAssistContext context) {
		if (EcoreUtil2.getContainerOfType(context.getCurrentModel(), DiagramStyle.class) != null) {
			return true;
		}
		String before = context.getRootNode() == null ? "" : context.getRootNode().getText()
				.substring(0, Math.min(context.getOffset(), context.getRootNode().getText().length()));
		int open = before.lastIndexOf("diagram");
		return open >= 0 && before.indexOf('}', open) < 0;
	}
}
