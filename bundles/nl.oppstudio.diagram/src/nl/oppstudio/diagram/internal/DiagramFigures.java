package nl.oppstudio.diagram.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.document.DisplayValues;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.DiagramPlacement;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.pdf.Figure;
import nl.oppstudio.pdf.FigureProvider;

/**
 * The diagrams in the PDF: after a {@code doelen} block its goal hierarchy, after a {@code cyclus}
 * block its cycle with the document's dates at the rendering's reference date, as SVG with the alt text
 * and a caption. A goal tree wider than the text column is laid out as the compact indented tree (see
 * {@link Diagrams#goals(GoalTree.Block, String, String, double)}) and, when taller than a page, cut into
 * parts; a one-page extract (the context's {@code onePage}) gets no goal tree, only its text. A block's {@code diagram { plaats … }} moves it to the end of what the renderer wrote (only when
 * the block itself was written: an extract leaves blocks out) or leaves it out. Registered by DS
 * (OSGI-INF) and for the ServiceLoader (META-INF/services); stateless.
 */
public final class DiagramFigures implements FigureProvider {


	/** The figures after {@code element}, for today and an A4 column. */
	@Override
	public List<Figure> figures(OppDocument document, Element element) {
		return figures(document, element, FigureProvider.Context.today());
	}

	@Override
	public List<Figure> figures(OppDocument document, Element element, FigureProvider.Context context) {
		List<Figure> figures = new ArrayList<>();
		if ((element instanceof GoalsBlock || element instanceof CycleBlock)
				&& placement(element) == DiagramPlacement.AFTER_BLOCK) {
			add(document, element, context, figures);
		}
		return figures;
	}

	/** The figures of the blocks placed {@code achteraan} that were written, in the format's order. */
	@Override
	public List<Figure> closing(OppDocument document, FigureProvider.Context context) {
		List<Figure> figures = new ArrayList<>();
		for (Element block : blocks(document)) {
			if (placement(block) == DiagramPlacement.END && context.written().contains(block)) {
				add(document, block, context, figures);
			}
		}
		return figures;
	}

	private static void add(OppDocument document, Element block, FigureProvider.Context context, List<Figure> into) {
		if (block instanceof GoalsBlock goals) {
			GoalTree.Block tree = GoalTree.of(document).stream().filter(b -> b.element() == goals).findFirst().orElse(null);
			if (tree == null) {
				return;
			}
			if (context.onePage() || tree.goals().isEmpty() && tree.actions().isEmpty()) {
				// a one-page extract has no room for a goal tree (its text lists the goals); nothing filled in
				// yet: no figure of an empty state in a plan
				return;
			}
			// laid out once: layered, or compact when layered would print too small (Diagrams decides)
			Scene scene = Diagrams.goals(tree, GoalDescription.outflow(document), document.pupilName(), context.columnWidth());
			List<Scene> parts = Diagrams.parts(scene, context.columnHeight());
			for (int i = 0; i < parts.size(); i++) {
				into.add(figure(parts.get(i), parts.size() == 1 ? NLS.bind(Messages.figureCaptionGoals, scene.title())
						: NLS.bind(Messages.figureCaptionGoalsPart, new Object[] { scene.title(), i + 1, parts.size() })));
			}
		} else if (block instanceof CycleBlock cycle) {
			Scene scene = Diagrams.cycle(document, cycle, context.at());
			if (!scene.nodes().isEmpty()) {
				into.add(figure(scene, NLS.bind(Messages.figureCaptionCycle, scene.title(), DisplayValues.day(context.at()))));
			}
		}
	}

	private static Figure figure(Scene scene, String caption) {
		return new Figure(Diagrams.svg(scene).getBytes(StandardCharsets.UTF_8), Figure.SVG, Diagrams.altText(scene),
				caption);
	}

	private static DiagramPlacement placement(Element block) {
		DiagramStyle style = block instanceof GoalsBlock goals ? goals.getDiagram()
				: block instanceof CycleBlock cycle ? cycle.getDiagram() : null;
		return style == null || style.getPlacement() == null ? DiagramPlacement.AFTER_BLOCK : style.getPlacement();
	}

	/** The goals and cycle blocks of the document's format, in order. */
	private static List<Element> blocks(OppDocument document) {
		List<Element> blocks = new ArrayList<>();
		collect(document.schema().outline(), blocks);
		return blocks;
	}

	private static void collect(List<SchemaNode> nodes, List<Element> into) {
		for (SchemaNode node : nodes) {
			if ((node.element() instanceof GoalsBlock || node.element() instanceof CycleBlock)
					&& !into.contains(node.element())) {
				into.add(node.element());
			}
			if (node instanceof Branch branch) {
				collect(branch.children(), into);
			}
		}
	}
}
