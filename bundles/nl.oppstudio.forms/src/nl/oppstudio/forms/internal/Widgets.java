package nl.oppstudio.forms.internal;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;

/** Small helpers for widgets in grid layouts. */
public final class Widgets {

	/** Counts changes that need a new layout (UI thread only). */
	private static long changes;

	private Widgets() {
	}

	/** How many changes needing a layout there have been: compare before and after a run of updates. */
	public static long changes() {
		return changes;
	}

	/** Shows or hides a widget and takes it out of the layout while hidden. */
	public static void show(Control control, boolean visible) {
		if (control.isDisposed()) {
			return;
		}
		if (control.getLayoutData() instanceof GridData data && data.exclude == visible) {
			data.exclude = !visible;
			changes++;
		}
		if (control.getVisible() != visible) {
			control.setVisible(visible);
			changes++;
		}
	}

	/** Notes a change that needs a layout (a text that changed size …). */
	public static void changed() {
		changes++;
	}

	/** Sets a label's text when it differs; a change counts as one that needs a layout. */
	public static void setText(org.eclipse.swt.widgets.Label label, String text) {
		if (!label.isDisposed() && !text.equals(label.getText())) {
			label.setText(text);
			changes++;
		}
	}
}
