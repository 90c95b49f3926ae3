package nl.oppstudio.forms;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.forms.internal.ValueEdit;

/** One value of the document: a field, or one part of a person, consent or domain block. */
public final class ControlNode extends FormNode {

	boolean required;

	ControlNode(Form form, FormNode parent, Leaf leaf) {
		super(form, parent, leaf);
	}

	public Leaf leaf() {
		return (Leaf) schema();
	}

	public ValueKind kind() {
		return leaf().kind();
	}

	/** Whether a value is required now ({@code verplicht}, or {@code verplicht wanneer} holds). */
	public boolean required() {
		return required;
	}

	/** The object that holds the value, or {@code null} while its group does not exist yet. */
	public EObject owner() {
		return ((ContainerNode) parent()).object();
	}

	/** The value as stored (ISO dates, option codes, several choices joined by ", "), or {@code null}. */
	public String value() {
		return OppDocument.value(owner(), leaf());
	}

	/** The chosen codes of a multiple choice. */
	public List<String> values() {
		String value = value();
		return value == null ? List.of() : List.of(value.split(",\\s*"));
	}

	/**
	 * The help text ({@code uitleg}) shown under the label: that of the field itself, not of the block a
	 * part belongs to (the block shows its own).
	 */
	public String help() {
		return element() instanceof Field field && leaf().name().equals(field.getName()) ? field.getHelp() : null;
	}

	/** Sets the value as one step of undo; {@code null} or empty clears it. */
	public void set(String value) {
		if (form().session().readOnly()) {
			return;
		}
		ValueEdit edit = ValueEdit.of(this, value);
		if (edit != null) {
			form().session().execute(edit);
		}
	}

	/** Sets the value while typing: the keystrokes of one run make one step of undo. */
	public void type(String value) {
		form().session().type(this, value);
	}

	@Override
	public String path() {
		return ((ContainerNode) parent()).prefix() + leaf().name();
	}
}
