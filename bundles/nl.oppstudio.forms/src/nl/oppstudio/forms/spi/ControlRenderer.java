package nl.oppstudio.forms.spi;

import org.eclipse.swt.widgets.Composite;

import nl.oppstudio.forms.ControlNode;

/**
 * Makes the input widget of a value. The registry asks every renderer for its {@link #rank} and uses the
 * highest; one that ranks higher replaces the standard one without forking it.
 */
public interface ControlRenderer {

	/** What {@link #rank} returns for a control this renderer cannot show. */
	double NOT_APPLICABLE = -1;

	double rank(ControlNode control);

	/** Makes the widget in {@code parent} (a one-column grid) and binds it to the control. */
	ControlView render(Composite parent, ControlNode control, RenderContext context);
}
