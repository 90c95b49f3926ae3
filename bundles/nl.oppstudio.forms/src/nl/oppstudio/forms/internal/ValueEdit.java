package nl.oppstudio.forms.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;

/**
 * Sets one value, first making the groups that hold it when they do not exist yet in the document (a
 * document keeps only what was filled in). Undo restores the old value and removes what it made. While
 * the user types in one field, {@link #extend(String)} updates the same command: one step of undo.
 */
public final class ValueEdit extends AbstractCommand {

	private final EObject attachTo;
	private final EReference attachReference;
	private final EObject attached;
	private final EObject owner;
	private final EAttribute attribute;
	private final boolean wasSet;
	private final Object oldValue;
	private Object newValue;

	private ValueEdit(Chain chain, EObject owner, EAttribute attribute, Object newValue) {
		super(Messages.editValue);
		this.attachTo = chain == null ? null : chain.attachTo;
		this.attachReference = chain == null ? null : chain.reference;
		this.attached = chain == null ? null : chain.top;
		this.owner = owner;
		this.attribute = attribute;
		this.wasSet = attribute != null && owner.eIsSet(attribute);
		this.oldValue = attribute == null ? null : copy(owner.eGet(attribute));
		this.newValue = newValue;
	}

	/** The edit that gives {@code control} the value typed (empty clears it), or {@code null} when nothing changes. */
	public static ValueEdit of(ControlNode control, String value) {
		Object stored = stored(control, value);
		EObject owner = control.owner();
		if (owner != null) {
			if (Objects.equals(stored, normalized(owner.eGet(control.leaf().attribute())))) {
				return null;
			}
			return new ValueEdit(null, owner, control.leaf().attribute(), stored);
		}
		if (stored == null) {
			return null;
		}
		Chain chain = Chain.down(control.parent());
		return new ValueEdit(chain, chain.bottom, control.leaf().attribute(), stored);
	}

	/** The edit that makes the missing holder {@code holder} and puts {@code rows} into its {@code reference}. */
	@SuppressWarnings("unchecked")
	public static ValueEdit creating(ContainerNode holder, EReference reference, List<EObject> rows) {
		Chain chain = Chain.down(holder);
		((List<EObject>) chain.bottom.eGet(reference)).addAll(rows);
		return new ValueEdit(chain, chain.bottom, null, null);
	}

	/** Whether this edit sets the value of {@code control}. */
	public boolean isFor(ControlNode control) {
		return attribute == control.leaf().attribute() && owner == control.owner();
	}

	/** Continues the edit with the newest text, without a new step of undo. */
	public void extend(String value) {
		newValue = attribute.isMany() ? split(value) : blankToNull(value);
		write(newValue, true);
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		if (attachTo != null) {
			attachTo.eSet(attachReference, attached);
		}
		if (attribute != null) {
			write(newValue, true);
		}
	}

	@Override
	public void undo() {
		if (attribute != null) {
			write(oldValue, wasSet);
		}
		if (attachTo != null) {
			attachTo.eUnset(attachReference);
		}
	}

	@Override
	public void redo() {
		execute();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return List.of(owner);
	}

	@SuppressWarnings("unchecked")
	private void write(Object value, boolean set) {
		if (attribute.isMany()) {
			List<Object> list = (List<Object>) owner.eGet(attribute);
			list.clear();
			if (value != null) {
				list.addAll((List<Object>) value);
			}
		} else if (!set || value == null) {
			owner.eUnset(attribute);
		} else {
			owner.eSet(attribute, value);
		}
	}

	private static Object stored(ControlNode control, String value) {
		return control.leaf().kind() == ValueKind.MULTIPLE_CHOICE ? split(value) : blankToNull(value);
	}

	private static Object normalized(Object current) {
		if (current instanceof List<?> list) {
			return list.isEmpty() ? null : new ArrayList<>(list);
		}
		return current;
	}

	private static Object copy(Object value) {
		return value instanceof List<?> list ? new ArrayList<>(list) : value;
	}

	private static List<String> split(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (String part : value.split(",")) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts.isEmpty() ? null : parts;
	}

	private static String blankToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	/** The objects to make from the nearest existing container down to a node: top is attached, bottom holds. */
	private record Chain(EObject attachTo, EReference reference, EObject top, EObject bottom) {

		static Chain down(nl.oppstudio.forms.FormNode node) {
			List<ContainerNode> missing = new ArrayList<>();
			ContainerNode current = (ContainerNode) node;
			while (current.object() == null) {
				missing.add(0, current);
				current = (ContainerNode) current.parent();
			}
			EObject top = null;
			EObject bottom = null;
			for (ContainerNode container : missing) {
				EObject made = container.form().session().document().schema().ePackage().getEFactoryInstance()
						.create(container.branch().eClass());
				if (bottom != null) {
					bottom.eSet(container.branch().reference(), made);
				} else {
					top = made;
				}
				bottom = made;
			}
			return new Chain(current.object(), missing.get(0).branch().reference(), top, bottom);
		}
	}
}
