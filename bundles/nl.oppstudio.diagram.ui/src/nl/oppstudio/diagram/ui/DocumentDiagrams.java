package nl.oppstudio.diagram.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import nl.oppstudio.diagram.DiagramKind;
import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.LiveDiagram;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.format.model.CycleBlock;

/**
 * The diagrams of an open document, as a {@link DiagramView.Source}: the first {@code doelen} block's goal
 * hierarchy and the first {@code cyclus} block's cycle at the date {@code at} gives, each a
 * {@link LiveDiagram} that is laid out again only when its shape changed.
 */
public final class DocumentDiagrams implements DiagramView.Source {

	private final OppDocument document;
	private final Supplier<LocalDate> at;
	private LiveDiagram goals;
	private LiveDiagram cycle;
	private boolean looked;

	public DocumentDiagrams(OppDocument document, Supplier<LocalDate> at) {
		this.document = document;
		this.at = at;
	}

	@Override
	public Scene scene(DiagramKind kind) {
		if (!looked) {
			looked = true;
			List<GoalTree.Block> blocks = GoalTree.of(document);
			if (!blocks.isEmpty()) {
				goals = LiveDiagram.goals(document, blocks.get(0).element());
			}
			CycleBlock block = cycleBlock(document.schema().outline());
			if (block != null) {
				cycle = LiveDiagram.cycle(document, block, at);
			}
			return scene(kind);
		}
		LiveDiagram live = kind == DiagramKind.GOALS ? goals : cycle;
		if (live == null) {
			return null;
		}
		live.update();
		return live.scene();
	}

	/** Whether the document's format has a diagram of this kind (a {@code doelen} or {@code cyclus} block). */
	public static boolean has(OppDocument document, DiagramKind kind) {
		return kind == DiagramKind.GOALS ? !GoalTree.of(document).isEmpty() : cycleBlock(document.schema().outline()) != null;
	}

	private static CycleBlock cycleBlock(List<SchemaNode> nodes) {
		for (SchemaNode node : nodes) {
			if (node.element() instanceof CycleBlock block) {
				return block;
			}
			if (node instanceof SchemaNode.Branch branch) {
				CycleBlock found = cycleBlock(branch.children());
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Override
	public String svg(Scene scene) {
		return Diagrams.svg(scene);
	}

	@Override
	public byte[] png(Scene scene, double scale) {
		return Diagrams.png(scene, scale);
	}
}
