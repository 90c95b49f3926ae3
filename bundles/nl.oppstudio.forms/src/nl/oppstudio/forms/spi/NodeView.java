package nl.oppstudio.forms.spi;

import org.eclipse.swt.widgets.Control;

import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.RepeatNode;

/**
 * The widgets of one node, kept in step with the form: a view updates itself from the node and never
 * holds state of its own. Every listener it adds is removed when its control is disposed.
 */
public interface NodeView {

	/** The node shown. */
	FormNode node();

	/** The outermost widget. */
	Control control();

	/** A value changed in the document (typing elsewhere, undo, reload): show it if it is this view's. */
	default void valueChanged(ControlNode control) {
	}

	/** Rows were added, removed or moved. */
	default void rowsChanged(RepeatNode repeat) {
	}

	/** Visibility, required marks, diagnostics or read-only state changed. */
	default void stateChanged() {
	}

	/** Applies an edit still open in the widget (a table cell being edited), before a save or a close. */
	default void commitEdits() {
	}

	/** Puts the keyboard focus on the widget of {@code node} when this view shows it; {@code true} when done. */
	default boolean focus(FormNode node) {
		return false;
	}
}
