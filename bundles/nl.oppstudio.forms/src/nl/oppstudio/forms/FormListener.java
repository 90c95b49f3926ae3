package nl.oppstudio.forms;

/** Told what changed in a form, so that widgets update themselves and nothing else. */
public interface FormListener {

	/** The value of a control changed (typing, undo, a paste, a reload). */
	default void valueChanged(ControlNode control) {
	}

	/** Rows were added, removed or moved. */
	default void rowsChanged(RepeatNode repeat) {
	}

	/** A group came into or went out of the document (its first value was filled in, or undone). */
	default void containerChanged(ContainerNode container) {
	}

	/** Visibility, required marks or diagnostics changed (after {@link Form#update()}). */
	default void stateChanged() {
	}
}
