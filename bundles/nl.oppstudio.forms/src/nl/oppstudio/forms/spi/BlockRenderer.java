package nl.oppstudio.forms.spi;

import org.eclipse.swt.widgets.Composite;

import nl.oppstudio.forms.FormNode;

/**
 * Makes the widgets of a whole group, repeating group or domain block (factoren as a grid, doelen as a
 * tree, the cycle as dated phases …). The highest {@link #rank} wins; an SWV's own renderer for one
 * block wins by ranking higher than the standard one.
 */
public interface BlockRenderer {

	double NOT_APPLICABLE = -1;

	/** How well this renderer fits a {@link nl.oppstudio.forms.ContainerNode} or {@link nl.oppstudio.forms.RepeatNode}. */
	double rank(FormNode node);

	NodeView render(Composite parent, FormNode node, RenderContext context);
}
