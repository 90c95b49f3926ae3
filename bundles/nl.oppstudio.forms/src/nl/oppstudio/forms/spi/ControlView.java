package nl.oppstudio.forms.spi;

import org.eclipse.swt.widgets.Control;

/** The input widget of one value, inside the frame (label, help, message) that the form draws around it. */
public interface ControlView {

	/** Shows the value as it is in the document now, without making an edit. */
	void refresh();

	/** The widget that takes the focus (and carries the accessible name). */
	Control focusControl();

	/** Whether the user may change the value. */
	void setEditable(boolean editable);
}
