package nl.oppstudio.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Conditions;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.Part;
import nl.oppstudio.format.model.Section;
import nl.oppstudio.forms.ContainerNode.Kind;

/**
 * A document as a form: a tree of {@link FormNode}s built from the outline of its
 * {@link nl.oppstudio.document.DocumentSchema} (the walk that validation and the PDF use), with one page
 * per {@code deel} or {@code sectie}. The form follows the document through EMF notifications: a change,
 * undo or redo tells the listeners which node changed; {@link #update()} then judges the conditions and
 * runs the validation of {@code opp validate}, and routes each diagnostic to the node it is about.
 */
public final class Form {

	private final FormSession session;
	private final ContainerNode root;
	private final List<ContainerNode> pages = new ArrayList<>();
	private final List<FormListener> listeners = new CopyOnWriteArrayList<>();
	private final Conditions conditions;
	private List<Diagnostic> diagnostics = List.of();
	private Map<Diagnostic, FormNode> targets = Map.of();
	/** The nodes by path, for routing diagnostics; made again after rows or groups change. */
	private Map<String, FormNode> byPath;
	private Map<String, FormNode> bySchemaPath;
	private final EContentAdapter adapter = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch() && notification.getNotifier() instanceof EObject notifier) {
				changed(notifier, notification.getFeature());
			}
		}
	};

	private Form(FormSession session) {
		this.session = session;
		this.conditions = Conditions.of(session.document());
		this.root = new ContainerNode(this, null, null, Kind.ROOT, null);
		ContainerNode general = null;
		for (SchemaNode node : session.document().schema().outline()) {
			if (node instanceof Branch branch && !branch.repeating()) {
				ContainerNode page = new ContainerNode(this, root, branch, Kind.PAGE, null);
				root.children.add(page);
				pages.add(page);
				fill(page);
			} else {
				if (general == null) {
					general = new ContainerNode(this, root, null, Kind.PAGE, null);
					root.children.add(general);
					pages.add(general);
				}
				general.children.add(create(general, node));
			}
		}
	}

	/** The form of a session's document; it follows the document until {@link #dispose()}. */
	public static Form of(FormSession session) {
		Form form = new Form(session);
		session.document().root().eAdapters().add(form.adapter);
		form.update();
		return form;
	}

	public FormSession session() {
		return session;
	}

	public ContainerNode root() {
		return root;
	}

	/** The pages in reading order; a {@code sectie} inside a {@code deel} follows its deel. */
	public List<ContainerNode> pages() {
		return pages;
	}

	/** How deep a page sits in the navigation: 0 for a top-level deel or sectie. */
	public int depth(ContainerNode page) {
		int depth = 0;
		for (FormNode node = page.parent(); node != null && node != root; node = node.parent()) {
			if (node instanceof ContainerNode container && container.isPage()) {
				depth++;
			}
		}
		return depth;
	}

	/** The page that shows {@code node}. */
	public ContainerNode pageOf(FormNode node) {
		for (FormNode current = node; current != null; current = current.parent()) {
			if (current instanceof ContainerNode container && container.isPage()) {
				return container;
			}
		}
		return pages.isEmpty() ? root : pages.get(0);
	}

	public void addListener(FormListener listener) {
		listeners.add(listener);
	}

	public void removeListener(FormListener listener) {
		listeners.remove(listener);
	}

	/** Stops following the document. */
	public void dispose() {
		session.document().root().eAdapters().remove(adapter);
		listeners.clear();
	}

	/** All diagnostics of the last {@link #update()}, in the order of {@code opp validate}. */
	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}

	/** The node a diagnostic is about (the closest one the form has), for jumping to it. */
	public FormNode nodeOf(Diagnostic diagnostic) {
		return targets.getOrDefault(diagnostic, root);
	}

	/** Every control, in reading order (rows included). */
	public List<ControlNode> controls() {
		List<ControlNode> controls = new ArrayList<>();
		collect(root, controls);
		return controls;
	}

	private static void collect(FormNode node, List<ControlNode> controls) {
		if (node instanceof ControlNode control) {
			controls.add(control);
		}
		for (FormNode child : node.children()) {
			collect(child, controls);
		}
	}

	/**
	 * Judges the conditions (what shows, what is required) and validates the document as
	 * {@code opp validate} does at the session's date; then tells the listeners.
	 */
	public void update() {
		judge(root);
		diagnostics = session.validate();
		route();
		for (FormListener listener : listeners) {
			listener.stateChanged();
		}
	}

	private void judge(FormNode node) {
		if (node instanceof ControlNode control) {
			EObject owner = control.owner();
			control.shown = conditions.visible(control.element(), owner);
			control.required = conditions.required(control.leaf(), owner);
		} else if (node instanceof RepeatNode repeat) {
			repeat.shown = conditions.visible(repeat.element(), ((ContainerNode) repeat.parent()).object());
		} else if (node instanceof ContainerNode container && container.kind() != Kind.ROOT
				&& container.kind() != Kind.ROW && container.branch() != null) {
			container.shown = conditions.visible(container.element(), ((ContainerNode) container.parent()).object());
		}
		for (FormNode child : node.children()) {
			judge(child);
		}
	}

	/** Gives each diagnostic to the node of its path, or the closest one above it. */
	private void route() {
		if (byPath == null) {
			byPath = new HashMap<>();
			bySchemaPath = new HashMap<>();
			index(root, byPath, bySchemaPath);
		}
		Map<FormNode, List<Diagnostic>> found = new HashMap<>();
		Map<Diagnostic, FormNode> newTargets = new LinkedHashMap<>();
		for (Diagnostic diagnostic : diagnostics) {
			FormNode target = find(diagnostic.path(), byPath, bySchemaPath);
			found.computeIfAbsent(target, key -> new ArrayList<>()).add(diagnostic);
			newTargets.put(diagnostic, target);
		}
		clear(root);
		found.forEach((node, list) -> node.diagnostics = List.copyOf(list));
		targets = newTargets;
	}

	private FormNode find(String path, Map<String, FormNode> byPath, Map<String, FormNode> bySchemaPath) {
		String current = path;
		while (current != null && !current.isEmpty()) {
			FormNode node = byPath.get(current);
			if (node == null) {
				node = bySchemaPath.get(current.replaceAll("\\[\\d+\\]", ""));
			}
			if (node != null) {
				return node;
			}
			int slash = current.lastIndexOf('/');
			current = slash < 0 ? null : current.substring(0, slash);
		}
		return root;
	}

	private static void index(FormNode node, Map<String, FormNode> byPath, Map<String, FormNode> bySchemaPath) {
		String path = node.path();
		if (!path.isEmpty()) {
			byPath.putIfAbsent(path, node);
			bySchemaPath.putIfAbsent(path.replaceAll("\\[\\d+\\]", ""), node);
		}
		for (FormNode child : node.children()) {
			index(child, byPath, bySchemaPath);
		}
	}

	private static void clear(FormNode node) {
		node.diagnostics = List.of();
		for (FormNode child : node.children()) {
			clear(child);
		}
	}

	private void fill(ContainerNode container) {
		for (SchemaNode child : container.branch().children()) {
			container.children.add(create(container, child));
		}
	}

	private FormNode create(ContainerNode parent, SchemaNode node) {
		if (node instanceof Leaf leaf) {
			return new ControlNode(this, parent, leaf);
		}
		Branch branch = (Branch) node;
		if (branch.repeating()) {
			RepeatNode repeat = new RepeatNode(this, parent, branch);
			fillRows(repeat);
			return repeat;
		}
		boolean page = parent.isPage() && parent.element() instanceof Part && branch.element() instanceof Section;
		ContainerNode container = new ContainerNode(this, parent, branch, page ? Kind.PAGE : Kind.GROUP, null);
		if (page) {
			pages.add(container);
		}
		fill(container);
		return container;
	}

	/** The rows of the repeating groups inside a container that came or went with it. */
	private void refillRows(FormNode node) {
		for (FormNode child : List.copyOf(node.children())) {
			if (child instanceof RepeatNode repeat) {
				fillRows(repeat);
				for (FormListener listener : listeners) {
					listener.rowsChanged(repeat);
				}
			} else {
				refillRows(child);
			}
		}
	}

	private void fillRows(RepeatNode repeat) {
		repeat.rows.clear();
		for (EObject object : repeat.objects()) {
			ContainerNode row = new ContainerNode(this, repeat, repeat.branch(), Kind.ROW, object);
			fill(row);
			repeat.rows.add(row);
		}
	}

	private void changed(EObject notifier, Object feature) {
		if (feature instanceof EReference) {
			byPath = null;
		}
		if (feature instanceof EAttribute attribute) {
			for (ControlNode control : controlsOf(root, attribute, notifier, new ArrayList<>())) {
				for (FormListener listener : listeners) {
					listener.valueChanged(control);
				}
			}
		} else if (feature instanceof EReference reference && reference.isContainment()) {
			structureChanged(root, notifier, reference);
		}
	}

	private static List<ControlNode> controlsOf(FormNode node, EAttribute attribute, EObject owner,
			List<ControlNode> found) {
		if (node instanceof ControlNode control) {
			if (control.leaf().attribute() == attribute && control.owner() == owner) {
				found.add(control);
			}
			return found;
		}
		for (FormNode child : node.children()) {
			controlsOf(child, attribute, owner, found);
		}
		return found;
	}

	private void structureChanged(FormNode node, EObject owner, EReference reference) {
		if (node instanceof RepeatNode repeat && repeat.branch().reference() == reference
				&& ((ContainerNode) repeat.parent()).object() == owner) {
			fillRows(repeat);
			for (FormListener listener : listeners) {
				listener.rowsChanged(repeat);
			}
			return;
		}
		if (node instanceof ContainerNode container && container.kind() != Kind.ROOT && container.kind() != Kind.ROW
				&& container.branch() != null && container.branch().reference() == reference
				&& ((ContainerNode) container.parent()).object() == owner) {
			refillRows(container);
			for (FormListener listener : listeners) {
				listener.containerChanged(container);
			}
			return;
		}
		for (FormNode child : List.copyOf(node.children())) {
			structureChanged(child, owner, reference);
		}
	}
}
