package nl.oppstudio.diagram.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.oppstudio.diagram.DiagramKind;
import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.LiveDiagram;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.GoalsBlock;

/**
 * The diagrams of an open document, as a {@link DiagramView.Source}: the goal hierarchy of each
 * {@code doelen} block and the cycle of each {@code cyclus} block (at the date {@code at} gives), one of
 * each kind at a time ({@link #choose}), each a {@link LiveDiagram} that is laid out again only when its
 * shape changed.
 */
public final class DocumentDiagrams implements DiagramView.Source {

	private final OppDocument document;
	private final Supplier<LocalDate> at;
	private final Map<Element, LiveDiagram> live = new HashMap<>();
	private final Map<DiagramKind, Integer> chosen = new EnumMap<>(DiagramKind.class);

	public DocumentDiagrams(OppDocument document, Supplier<LocalDate> at) {
		this.document = document;
		this.at = at;
	}

	@Override
	public Scene scene(DiagramKind kind) {
		List<? extends Element> blocks = blocks(document, kind);
		if (blocks.isEmpty()) {
			return null;
		}
		Element block = blocks.get(Math.min(chosen(kind), blocks.size() - 1));
		LiveDiagram diagram = live.get(block);
		if (diagram == null) {
			diagram = block instanceof GoalsBlock goals ? LiveDiagram.goals(document, goals)
					: LiveDiagram.cycle(document, (CycleBlock) block, at);
			live.put(block, diagram);
		} else {
			diagram.update();
		}
		return diagram.scene();
	}

	@Override
	public List<String> names(DiagramKind kind) {
		List<String> names = new ArrayList<>();
		for (Element block : blocks(document, kind)) {
			names.add(block.getLabel() == null || block.getLabel().isBlank() ? block.getName() : block.getLabel());
		}
		return names;
	}

	@Override
	public int chosen(DiagramKind kind) {
		return chosen.getOrDefault(kind, 0);
	}

	@Override
	public void choose(DiagramKind kind, int index) {
		chosen.put(kind, Math.max(0, index));
	}

	/** Whether the document's format has a diagram of this kind (a {@code doelen} or {@code cyclus} block). */
	public static boolean has(OppDocument document, DiagramKind kind) {
		return !blocks(document, kind).isEmpty();
	}

	/** The blocks of a kind, in the format's order: those {@link Diagrams} makes its diagrams of. */
	private static List<? extends Element> blocks(OppDocument document, DiagramKind kind) {
		return kind == DiagramKind.GOALS ? GoalTree.of(document).stream().map(GoalTree.Block::element).toList()
				: Diagrams.cycleBlocks(document);
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
