package nl.oppstudio.forms.spi;

import org.eclipse.swt.widgets.Composite;

import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.FormSession;

/** What a renderer may use while it makes widgets. */
public interface RenderContext {

	FormSession session();

	Renderers renderers();

	/** Renders one node (a value in its frame, a group, a table, a block) with the best renderer. */
	NodeView render(Composite parent, FormNode node);

	/** Renders the members of a container below each other; sub-pages are left to their own page. */
	void renderChildren(Composite parent, ContainerNode container);

	/** Keeps a view informed of changes (until its control is disposed). */
	void register(NodeView view);
}
