package nl.oppstudio.editor.internal;

import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Widget;

import nl.oppstudio.editor.EditorIds;

/** Small helpers every screen of the editor uses: ids for tests, accessible names for screen readers. */
public final class Widgets {

	/** The data key of an input's accessible name, so that tests can check it. */
	public static final String ACCESSIBLE_NAME = "opp.accessibleName";

	private Widgets() {
	}

	/** Gives a widget its id ({@link EditorIds}) and returns it. */
	public static <T extends Widget> T id(T widget, String id) {
		widget.setData(EditorIds.KEY, id);
		return widget;
	}

	/**
	 * Gives an input its accessible name: the text of its label, without the mnemonic and colon, as a
	 * screen reader should say it.
	 */
	public static <T extends Control> T named(T control, String label) {
		String name = label.replace("&", "").replaceAll(":\\s*$", "").strip();
		control.setData(ACCESSIBLE_NAME, name);
		control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = name;
			}
		});
		return control;
	}
}
