package nl.oppstudio.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;

import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.format.model.Group;
import nl.oppstudio.forms.internal.ValueEdit;

/** A repeating group: its rows, and the commands that add, remove, copy and move them. */
public final class RepeatNode extends FormNode {

	final List<ContainerNode> rows = new ArrayList<>();

	RepeatNode(Form form, FormNode parent, Branch branch) {
		super(form, parent, branch);
	}

	public Branch branch() {
		return (Branch) schema();
	}

	/** Whether the format asks for a table ({@code tabel}). */
	public boolean isTable() {
		return element() instanceof Group group && group.isTable();
	}

	public List<ContainerNode> rows() {
		return rows;
	}

	@Override
	public List<ContainerNode> children() {
		return rows;
	}

	/** The maximum number of rows, or 0 when there is none. */
	public int maxRows() {
		return element() instanceof Group group ? group.getMaxRows() : 0;
	}

	@Override
	public String path() {
		return ((ContainerNode) parent()).prefix() + branch().name();
	}

	/** The rows as they are in the document. */
	List<EObject> objects() {
		return OppDocument.objects(((ContainerNode) parent()).object(), branch());
	}

	/** Adds an empty row at {@code index} (the end when out of range), making the holder when missing. */
	public void addRow(int index) {
		EObject row = form().session().document().schema().ePackage().getEFactoryInstance().create(branch().eClass());
		insert(row, index);
	}

	/** Adds a copy of the given rows (pasted, or duplicated) at {@code index}, as one step of undo. */
	public void insertCopies(List<EObject> copied, int index) {
		List<EObject> rows = new ArrayList<>();
		for (EObject row : copied) {
			if (row.eClass() != branch().eClass()) {
				return;
			}
			rows.add(EcoreUtil.copy(row));
		}
		if (rows.isEmpty()) {
			return;
		}
		ContainerNode holder = (ContainerNode) parent();
		FormSession session = form().session();
		if (holder.object() == null) {
			session.execute(ValueEdit.creating(holder, branch().reference(), rows));
			return;
		}
		int size = objects().size();
		int at = index < 0 || index > size ? size : index;
		session.execute(AddCommand.create(session.domain(), holder.object(), branch().reference(), rows, at));
	}

	private void insert(EObject row, int index) {
		insertCopies(List.of(row), index);
	}

	/** Removes the rows at these places (0-based) as one step of undo. */
	public void removeRows(List<Integer> indices) {
		List<EObject> objects = objects();
		List<EObject> removed = indices.stream().filter(i -> i >= 0 && i < objects.size()).map(objects::get).toList();
		if (!removed.isEmpty()) {
			FormSession session = form().session();
			session.execute(RemoveCommand.create(session.domain(), ((ContainerNode) parent()).object(), branch().reference(),
					removed));
		}
	}

	public void removeRow(int index) {
		List<EObject> objects = objects();
		if (index >= 0 && index < objects.size()) {
			FormSession session = form().session();
			session.execute(RemoveCommand.create(session.domain(), ((ContainerNode) parent()).object(),
					branch().reference(), objects.get(index)));
		}
	}

	/** Moves a row from one place to another (0-based). */
	public void moveRow(int from, int to) {
		List<EObject> objects = objects();
		FormSession session = form().session();
		Command move = from < 0 || from >= objects.size() || to < 0 || to >= objects.size() || from == to
				? UnexecutableCommand.INSTANCE
				: MoveCommand.create(session.domain(), ((ContainerNode) parent()).object(), branch().reference(),
						objects.get(from), to);
		session.execute(move);
	}
}
