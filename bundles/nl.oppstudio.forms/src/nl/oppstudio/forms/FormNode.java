package nl.oppstudio.forms;

import java.util.ArrayList;
import java.util.List;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.format.model.Element;

/**
 * One node of a form: the state the widgets show (visible, required, diagnostics), kept apart from the
 * widgets so that conditions and validation can be tested without a display. Renderers only read it.
 */
public abstract sealed class FormNode permits ContainerNode, RepeatNode, ControlNode {

	private final Form form;
	private final FormNode parent;
	private final SchemaNode schema;
	boolean shown = true;
	List<Diagnostic> diagnostics = List.of();

	FormNode(Form form, FormNode parent, SchemaNode schema) {
		this.form = form;
		this.parent = parent;
		this.schema = schema;
	}

	public Form form() {
		return form;
	}

	/** The node that holds this one, or {@code null} for the form's root. */
	public FormNode parent() {
		return parent;
	}

	/** The node of the document schema, or {@code null} for the form's root. */
	public SchemaNode schema() {
		return schema;
	}

	/** The format element, or {@code null} for the root. */
	public Element element() {
		return schema == null ? null : schema.element();
	}

	public String label() {
		return schema == null ? "" : schema.label();
	}

	/** Where this node is in the document, as diagnostics name it, e.g. {@code doelen/doel[2]/tekst}. */
	public abstract String path();

	public List<? extends FormNode> children() {
		return List.of();
	}

	/** Whether the node shows: its own condition holds and its container shows. */
	public boolean visible() {
		return shown && (parent == null || parent.visible());
	}

	/** The diagnostics about this node itself. */
	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}

	/** The diagnostics of this node and of everything visible inside it. */
	public List<Diagnostic> allDiagnostics() {
		List<Diagnostic> all = new ArrayList<>();
		collect(this, all);
		return all;
	}

	private static void collect(FormNode node, List<Diagnostic> all) {
		if (!node.visible()) {
			return;
		}
		all.addAll(node.diagnostics);
		for (FormNode child : node.children()) {
			collect(child, all);
		}
	}

	/** The worst severity of {@link #allDiagnostics()}, or {@code null} when there are none. */
	public Severity worst() {
		Severity worst = null;
		for (Diagnostic diagnostic : allDiagnostics()) {
			if (worst == null || diagnostic.severity().ordinal() < worst.ordinal()) {
				worst = diagnostic.severity();
			}
		}
		return worst;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + path() + "]";
	}
}
