package nl.oppstudio.forms.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.ToDoubleFunction;

import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.internal.StandardRenderers;

/**
 * The three registries of renderers: input widgets per value, table cells, and whole groups and domain
 * blocks. Each lookup takes the renderer with the highest rank; a tie goes to the class name that sorts
 * first, so the choice never depends on the order of registration. When none applies, a placeholder
 * says so in the form instead of failing.
 */
public final class Renderers {

	private final List<ControlRenderer> controls = new ArrayList<>();
	private final List<CellRenderer> cells = new ArrayList<>();
	private final List<BlockRenderer> blocks = new ArrayList<>();

	private Renderers() {
	}

	/** No renderers at all (tests, or a product that brings its own). */
	public static Renderers empty() {
		return new Renderers();
	}

	/** The standard renderers, and those that bundles or jars offer through {@link ServiceLoader}. */
	public static Renderers standard() {
		Renderers renderers = new Renderers();
		StandardRenderers.addTo(renderers);
		ClassLoader loader = Renderers.class.getClassLoader();
		ServiceLoader.load(ControlRenderer.class, loader).forEach(renderers::add);
		ServiceLoader.load(CellRenderer.class, loader).forEach(renderers::add);
		ServiceLoader.load(BlockRenderer.class, loader).forEach(renderers::add);
		return renderers;
	}

	public Renderers add(ControlRenderer renderer) {
		controls.add(renderer);
		return this;
	}

	public Renderers add(CellRenderer renderer) {
		cells.add(renderer);
		return this;
	}

	public Renderers add(BlockRenderer renderer) {
		blocks.add(renderer);
		return this;
	}

	/** The best input renderer for a value, or {@code null} when none applies. */
	public ControlRenderer control(ControlNode control) {
		return best(controls, renderer -> renderer.rank(control));
	}

	/** The best cell renderer for a value kind in a table, or {@code null}. */
	public CellRenderer cell(Leaf leaf) {
		return best(cells, renderer -> renderer.rank(leaf));
	}

	/** The best renderer for a group, repeating group or block, or {@code null}. */
	public BlockRenderer block(FormNode node) {
		return best(blocks, renderer -> renderer.rank(node));
	}

	private static <T> T best(List<T> renderers, ToDoubleFunction<T> rank) {
		T best = null;
		double bestRank = 0;
		for (T renderer : renderers.stream().sorted(Comparator.comparing(r -> r.getClass().getName())).toList()) {
			double value = rank.applyAsDouble(renderer);
			if (value >= 0 && (best == null || value > bestRank)) {
				best = renderer;
				bestRank = value;
			}
		}
		return best;
	}
}
