package nl.oppstudio.diagram.ui;

import org.eclipse.emf.common.command.Command;

import nl.oppstudio.diagram.Node;

/**
 * What a diagram needs from the window it is in: run a command on the document's stack (so that undo and
 * redo cover it), whether the document may be changed, a yes/no question with the window's buttons, and
 * showing a node's field in the form.
 */
public interface DiagramHost {

	/** Runs a change on the document's command stack. */
	void execute(Command command);

	/** Whether the document is read-only now (vastgesteld, beëindigd, opened read-only). */
	boolean readOnly();

	/** Asks a question; {@code true} for yes ("Ja"). */
	boolean confirm(String title, String question);

	/** Shows the field of {@code node} ({@link Node#path()}) in the form; with {@code focus} the field gets the focus. */
	void reveal(Node node, boolean focus);

	/** A host that changes nothing and shows nothing (a diagram only to look at). */
	DiagramHost NONE = new DiagramHost() {
		@Override
		public void execute(Command command) {
			// nothing to change
		}

		@Override
		public boolean readOnly() {
			return true;
		}

		@Override
		public boolean confirm(String title, String question) {
			return false;
		}

		@Override
		public void reveal(Node node, boolean focus) {
			// no form
		}
	};
}
