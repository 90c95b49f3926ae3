package nl.oppstudio.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.format.model.Container;
import nl.oppstudio.format.model.Part;
import nl.oppstudio.format.model.Section;

/**
 * A node that holds others: the form's root, a page (a {@code deel} or {@code sectie} at the top, or a
 * {@code sectie} inside a {@code deel}), a group or domain block inside a page, or one row of a
 * repeating group.
 */
public final class ContainerNode extends FormNode {

	/** What the container is in the form. */
	public enum Kind {
		ROOT, PAGE, GROUP, ROW
	}

	private final Kind kind;
	private final EObject row;
	final List<FormNode> children = new ArrayList<>();

	ContainerNode(Form form, FormNode parent, Branch branch, Kind kind, EObject row) {
		super(form, parent, branch);
		this.kind = kind;
		this.row = row;
	}

	public Kind kind() {
		return kind;
	}

	public Branch branch() {
		return (Branch) schema();
	}

	@Override
	public List<FormNode> children() {
		return children;
	}

	/** Whether this is a page of the form. */
	public boolean isPage() {
		return kind == Kind.PAGE;
	}

	/** Whether the format element is a {@code deel} or {@code sectie} (titled in the form), not a block. */
	public boolean isSection() {
		return element() instanceof Part || element() instanceof Section;
	}

	/** Whether the format element is a container of members (deel, sectie, groep) rather than a field or block. */
	public boolean holdsMembers() {
		return element() instanceof Container;
	}

	/**
	 * The object that holds this container's values, or {@code null} while it does not exist yet in the
	 * document (it is made when the first value is filled in).
	 */
	public EObject object() {
		return switch (kind) {
		case ROOT -> form().session().document().root();
		case ROW -> row;
		default -> {
			if (branch() == null) {
				yield ((ContainerNode) parent()).object();
			}
			EObject owner = ((ContainerNode) parent()).object();
			List<EObject> objects = OppDocument.objects(owner, branch());
			yield objects.isEmpty() ? null : objects.get(0);
		}
		};
	}

	/** The row number (0-based) of a row, else -1. */
	public int rowIndex() {
		return kind == Kind.ROW ? ((RepeatNode) parent()).rows().indexOf(this) : -1;
	}

	/** The path prefix of what is inside, e.g. {@code doelen/doel[2]/}. */
	String prefix() {
		return switch (kind) {
		case ROOT -> "";
		case ROW -> ((ContainerNode) parent().parent()).prefix() + branch().name() + "[" + (rowIndex() + 1) + "]/";
		default -> branch() == null ? ((ContainerNode) parent()).prefix() : ((ContainerNode) parent()).prefix() + branch().name() + "/";
		};
	}

	@Override
	public String path() {
		String prefix = prefix();
		return prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
	}

	@Override
	public String label() {
		if (kind == Kind.ROW) {
			return branch().label() + " " + (rowIndex() + 1);
		}
		if (schema() == null && kind == Kind.PAGE) {
			return nl.oppstudio.forms.internal.Messages.generalPage;
		}
		return super.label();
	}
}
