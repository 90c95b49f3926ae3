package nl.oppstudio.diagram.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.Scene;
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
 * block its cycle with the document's dates at the day of rendering, as SVG with the alt text and a
 * caption. A block's {@code diagram { plaats … }} moves it to the end (after the last top-level part) or
 * leaves it out. Registered by DS (OSGI-INF) and for the ServiceLoader (META-INF/services); stateless.
 */
public final class DiagramFigures implements FigureProvider {

	private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	@Override
	public List<Figure> figures(OppDocument document, Element element) {
		List<Figure> figures = new ArrayList<>();
		LocalDate at = LocalDate.now();
		boolean last = element == last(document);
		for (Element block : blocks(document)) {
			DiagramPlacement placement = placement(block);
			boolean here = placement == DiagramPlacement.AFTER_BLOCK ? block == element
					: placement == DiagramPlacement.END && last;
			if (!here) {
				continue;
			}
			if (block instanceof GoalsBlock goals) {
				Scene scene = Diagrams.goals(document, goals);
				if (!scene.nodes().isEmpty()) {
					figures.add(figure(scene, NLS.bind(Messages.figureCaptionGoals, scene.title())));
				}
			} else if (block instanceof CycleBlock cycle) {
				Scene scene = Diagrams.cycle(document, cycle, at);
				if (!scene.nodes().isEmpty()) {
					figures.add(figure(scene, NLS.bind(Messages.figureCaptionCycle, scene.title(), DUTCH.format(at))));
				}
			}
		}
		return figures;
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

	/** The element of the last top-level part: the figures placed at the end follow it. */
	private static Element last(OppDocument document) {
		List<SchemaNode> outline = document.schema().outline();
		for (int i = outline.size() - 1; i >= 0; i--) {
			if (outline.get(i) instanceof Branch branch) {
				return branch.element();
			}
		}
		return null;
	}
}
