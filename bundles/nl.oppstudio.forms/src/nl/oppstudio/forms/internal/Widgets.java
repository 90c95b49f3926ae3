package nl.oppstudio.forms.internal;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;

/** Small helpers for widgets in grid layouts. */
public final class Widgets {

	private Widgets() {
	}

	/** Shows or hides a widget and takes it out of the layout while hidden. */
	public static void show(Control control, boolean visible) {
		if (control.isDisposed()) {
			return;
		}
		if (control.getLayoutData() instanceof GridData data) {
			data.exclude = !visible;
		}
		if (control.getVisible() != visible) {
			control.setVisible(visible);
		}
	}
}
