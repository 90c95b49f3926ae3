package nl.oppstudio.diagram.ui;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;

import nl.oppstudio.diagram.Node;

/**
 * The edits a diagram offers on a node, as commands (never changing the document itself): its text, what
 * can be added under it, where it can be moved, and removing it. {@code null} or an empty list where a node
 * allows none.
 */
public interface DiagramEditing {

	/**
	 * One entry of the context menu: {@code group} is the label of the submenu it is in ({@code null} for
	 * the menu itself), {@code label} its own label.
	 */
	record Choice(String group, String label, Supplier<Command> command) {
	}

	/** The command that sets the node's text, or {@code null} when its text cannot be edited. */
	Command setText(Node node, String text);

	/** Whether the node's text can be edited here. */
	boolean canEditText(Node node);

	/** What can be added under (or beside) the node: a goal, a sub-goal, an action for an actor. */
	List<Choice> additions(Node node);

	/** Where the node can be moved to (an action to another goal). */
	List<Choice> moves(Node node);

	/** The command that removes the node's element, or {@code null}. */
	Command remove(Node node);

	/** Edits nothing. */
	DiagramEditing NONE = new DiagramEditing() {
		@Override
		public Command setText(Node node, String text) {
			return null;
		}

		@Override
		public boolean canEditText(Node node) {
			return false;
		}

		@Override
		public List<Choice> additions(Node node) {
			return List.of();
		}

		@Override
		public List<Choice> moves(Node node) {
			return List.of();
		}

		@Override
		public Command remove(Node node) {
			return null;
		}
	};
}
