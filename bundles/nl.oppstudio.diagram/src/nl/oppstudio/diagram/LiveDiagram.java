package nl.oppstudio.diagram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import nl.oppstudio.diagram.internal.GoalDescription;
import nl.oppstudio.diagram.internal.Layouts;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.GoalsBlock;

/**
 * A diagram that follows its document while it is edited (the editor's view). {@link #update()} builds
 * the scene again from the document (cheap: measured words are kept) and lays it out again only when a
 * node came, went or changed width; when only one node's height changed in a top-down tree, what lies
 * below it moves ({@code Layouts.grow}); otherwise the new scene takes the places of the last one. Node ids
 * are the rows' form paths, which are positions ({@code …/langeTermijn[2]}): they stay the same while
 * texts change, but shift when an earlier row is removed or inserted. To follow one goal or action across
 * updates, look its node up by element ({@link Scene#nodeOf}), not by id. Not thread-safe: call it from
 * one thread (the display's).
 */
public final class LiveDiagram {

	private final Supplier<Scene> describe;
	private final boolean tree;
	private final boolean right;
	private Scene scene;
	private List<String> shape = List.of();
	private int layouts;

	private LiveDiagram(Supplier<Scene> describe, boolean tree, boolean right) {
		this.describe = describe;
		this.tree = tree;
		this.right = right;
		update();
	}

	/** The goal diagram of one {@code doelen} block of {@code document}. */
	public static LiveDiagram goals(OppDocument document, GoalsBlock block) {
		Objects.requireNonNull(block);
		return new LiveDiagram(() -> {
			for (GoalTree.Block each : GoalTree.of(document)) {
				if (each.element() == block) {
					return GoalDescription.describe(each, GoalDescription.outflow(document), document.pupilName());
				}
			}
			return GoalDescription.describe(new GoalTree.Block(block, null, null, List.of(), List.of()),
					GoalDescription.outflow(document), document.pupilName());
		}, true, GoalDescription.right(block));
	}

	/** A goal diagram of whatever {@code blocks} gives each time (tests, benchmarks). */
	public static LiveDiagram goals(Supplier<GoalTree.Block> blocks, String outflow, String pupil) {
		// the first block decides the direction and is also the first scene: one get() for both
		GoalTree.Block[] first = { blocks.get() };
		return new LiveDiagram(() -> {
			GoalTree.Block block = first[0] != null ? first[0] : blocks.get();
			first[0] = null;
			return GoalDescription.describe(block, outflow, pupil);
		}, true, GoalDescription.right(first[0].element()));
	}

	/** The cycle diagram of one {@code cyclus} block of {@code document}, its states at {@code at} of each update. */
	public static LiveDiagram cycle(OppDocument document, CycleBlock block, Supplier<LocalDate> at) {
		return new LiveDiagram(() -> Diagrams.cycle(document, block, at.get()), false, false);
	}

	/** The scene as of the last {@link #update()}. */
	public Scene scene() {
		return scene;
	}

	/** How many times the scene was laid out (not only rebuilt) so far. */
	public int layouts() {
		return layouts;
	}

	/**
	 * Builds the scene again after a change of the document.
	 *
	 * @return whether places changed: laid out again (nodes came, went or changed width; counted by
	 *         {@link #layouts()}) or moved below a node whose height changed
	 */
	public boolean update() {
		Scene next = describe.get();
		if (!tree) {
			// the cycle is laid out as it is described: a handful of nodes
			scene = next;
			layouts++;
			return true;
		}
		List<String> nextShape = shape(next);
		boolean again = scene == null || !nextShape.equals(shape);
		boolean heightsOnly = again && scene != null && !right && sameButHeights(next);
		if (again && !heightsOnly) {
			Layouts.tree(next, right);
			layouts++;
		} else {
			List<Node> grown = new ArrayList<>();
			List<Double> heights = new ArrayList<>();
			for (int i = 0; i < next.nodes().size(); i++) {
				Node was = scene.nodes().get(i);
				Node node = next.nodes().get(i);
				if (node.height() != was.height()) {
					grown.add(node);
					heights.add(was.height());
				}
				node.bounds(was.x(), was.y(), was.width(), heightsOnly ? node.height() : was.height());
			}
			for (int i = 0; i < next.edges().size(); i++) {
				next.edges().get(i).points(scene.edges().get(i).points());
			}
			next.size(scene.width(), scene.height());
			for (int i = 0; i < grown.size(); i++) {
				Layouts.grow(next, grown.get(i), heights.get(i));
			}
		}
		scene = next;
		shape = nextShape;
		return again;
	}

	/** Whether {@code next} has the ids, widths and edges of the current scene and one node of another height. */
	private boolean sameButHeights(Scene next) {
		if (next.nodes().size() != scene.nodes().size() || next.edges().size() != scene.edges().size()) {
			return false;
		}
		int taller = 0;
		for (int i = 0; i < next.nodes().size(); i++) {
			Node a = next.nodes().get(i);
			Node b = scene.nodes().get(i);
			if (!a.id().equals(b.id()) || a.width() != b.width()) {
				return false;
			}
			taller += a.height() != b.height() ? 1 : 0;
		}
		if (taller != 1) {
			return false;
		}
		for (int i = 0; i < next.edges().size(); i++) {
			Edge a = next.edges().get(i);
			Edge b = scene.edges().get(i);
			if (!a.source().id().equals(b.source().id()) || !a.target().id().equals(b.target().id())) {
				return false;
			}
		}
		return true;
	}

	/** What decides the layout: each node's id and size, each edge's ends. */
	private static List<String> shape(Scene scene) {
		List<String> shape = new ArrayList<>(scene.nodes().size() + scene.edges().size());
		for (Node node : scene.nodes()) {
			shape.add(node.id() + ' ' + node.width() + ' ' + node.height());
		}
		for (Edge edge : scene.edges()) {
			shape.add(edge.source().id() + '>' + edge.target().id());
		}
		return shape;
	}
}
