package nl.oppstudio.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.RepeatNode;
import nl.oppstudio.forms.spi.BlockRenderer;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;

/**
 * {@code doelen} as the goal hierarchy: a tree of the format's levels (each level's goal under the one
 * before it, as a long-term goal leads to short-term goals) and, under the last, the actions grouped per
 * actor (leerling, school, ouders, hulpverlening as the format lists them). Buttons and keys add an action
 * for the selected actor, remove one and move it within its actor; the selected goal's or action's fields
 * are edited beside the tree, in their usual field frames. Every change is a command of the form.
 */
public final class GoalsRenderer implements BlockRenderer {

	/** The data key value ({@link FormView#PATH_KEY}) of the tree: the block's path + this. */
	public static final String TREE = "#boom";
	/** The name of the actor of an action in a row of {@code acties} (as Slots names it). */
	static final String ACTOR = "door";
	/** The name of the text of an action. */
	static final String ACTION = "actie";
	/** How many characters of a goal or action the tree shows. */
	private static final int SHORT = 40;

	@Override
	public double rank(FormNode node) {
		// the block, not a row of its actions (whose element is the block too)
		return node instanceof ContainerNode container && container.element() instanceof GoalsBlock
				&& container.kind() != ContainerNode.Kind.ROW ? 10 : NOT_APPLICABLE;
	}

	@Override
	public NodeView render(Composite parent, FormNode node, RenderContext context) {
		return new View(parent, (ContainerNode) node, context);
	}

	/** The group of one actor's actions in the tree; the code is empty for actions whose actor is not chosen. */
	record Actor(String code, String label) {
	}

	/** A goal or action as the tree shows it: its first line, shortened. */
	static String shorten(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String line = text.strip().lines().findFirst().orElse("");
		if (line.length() <= SHORT) {
			return line;
		}
		int space = line.lastIndexOf(' ', SHORT - 1);
		return line.substring(0, space > SHORT / 2 ? space : SHORT - 1).strip() + "…";
	}

	private static final class View extends BlockView {
		private final ContainerNode block;
		private final List<ControlNode> levels = new ArrayList<>();
		private final RepeatNode actions;
		private final List<Actor> actors = new ArrayList<>();
		private final TreeViewer viewer;
		private final Composite details;
		private final Group detailsGroup;
		private final List<NodeView> detailViews = new ArrayList<>();
		private final List<Button> buttons = new ArrayList<>();
		private Button add;
		private Button remove;
		private Button up;
		private Button down;
		/** What the details show: a level, an actor, a row, or {@code null}. */
		private Object shown;
		/** Whether the constructor is done (before that, the page lays itself out). */
		private boolean built;

		View(Composite parent, ContainerNode block, RenderContext context) {
			super(parent, block, context);
			this.block = block;
			RepeatNode found = null;
			for (FormNode child : block.children()) {
				if (child instanceof ControlNode control) {
					levels.add(control);
				} else if (child instanceof RepeatNode repeat) {
					found = repeat;
				}
			}
			actions = found;
			if (actions != null) {
				Leaf actor = actorLeaf();
				if (actor != null) {
					for (ChoiceOption option : actor.options()) {
						actors.add(new Actor(option.getCode(), option.getLabel() == null ? option.getCode() : option.getLabel()));
					}
				}
			}
			GridLayout layout = grid(2, false);
			layout.horizontalSpacing = 12;
			body.setLayout(layout);

			Composite left = new Composite(body, SWT.NONE);
			left.setLayout(grid(1, false));
			left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, false));
			viewer = new TreeViewer(left, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
			Tree tree = viewer.getTree();
			GridData treeData = new GridData(SWT.FILL, SWT.FILL, true, true);
			treeData.widthHint = 340;
			treeData.heightHint = treeHeight(tree);
			tree.setLayoutData(treeData);
			tree.setData(FormView.PATH_KEY, block.path() + TREE);
			Frames.accessibleName(tree, block.label());
			viewer.setContentProvider(new Content());
			viewer.setLabelProvider(new Labels());
			ColumnViewerToolTipSupport.enableFor(viewer);
			viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
			viewer.setInput(block);

			if (actions != null) {
				Composite bar = new Composite(left, SWT.NONE);
				bar.setLayout(grid(4, false));
				bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
				add = button(bar, Messages.goalsAddAction, Messages.goalsAddActionTip, this::addAction);
				remove = button(bar, Messages.goalsRemove, Messages.goalsRemoveTip, this::removeAction);
				up = button(bar, Messages.goalsUp, Messages.goalsUpTip, () -> moveAction(-1));
				down = button(bar, Messages.goalsDown, Messages.goalsDownTip, () -> moveAction(1));
			}

			detailsGroup = new Group(body, SWT.NONE);
			detailsGroup.setLayout(new GridLayout(1, false));
			detailsGroup.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			details = new Composite(detailsGroup, SWT.NONE);
			GridLayout detailsLayout = grid(1, false);
			detailsLayout.verticalSpacing = 10;
			details.setLayout(detailsLayout);
			details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

			viewer.addSelectionChangedListener(event -> showDetails(selected()));
			tree.addListener(SWT.DefaultSelection, event -> focusFirstField());
			tree.addListener(SWT.KeyDown, event -> {
				boolean alt = (event.stateMask & SWT.ALT) != 0;
				if (event.keyCode == SWT.INSERT) {
					addAction();
				} else if (event.keyCode == SWT.DEL) {
					removeAction();
				} else if (alt && event.keyCode == SWT.ARROW_UP) {
					moveAction(-1);
					event.doit = false;
				} else if (alt && event.keyCode == SWT.ARROW_DOWN) {
					moveAction(1);
					event.doit = false;
				}
			});
			Object first = levels.isEmpty() ? firstAction() : levels.get(0);
			if (first != null) {
				viewer.setSelection(new StructuredSelection(first), true);
			}
			showDetails(first);
			built = true;
			stateChanged();
		}

		/** The first action in the tree's order (the first actor's first), else the first actor, else nothing. */
		private Object firstAction() {
			for (Actor actor : groups()) {
				List<ContainerNode> rows = rowsOf(actor);
				if (!rows.isEmpty()) {
					return rows.get(0);
				}
			}
			return actors.isEmpty() ? null : actors.get(0);
		}

		/** Room for the goals, the actors and the actions there are, and a few more; it scrolls beyond 12. */
		private int treeHeight(Tree tree) {
			int items = levels.size() + groups().size() + (actions == null ? 0 : actions.rows().size());
			return Math.max(6, Math.min(12, items + 2)) * tree.getItemHeight();
		}

		private Leaf actorLeaf() {
			return actions.branch().children().stream().filter(Leaf.class::isInstance).map(Leaf.class::cast)
					.filter(leaf -> leaf.name().equals(ACTOR)).findFirst().orElse(null);
		}

		private Button button(Composite parent, String text, String tip, Runnable action) {
			Button button = new Button(parent, SWT.PUSH);
			button.setText(text);
			button.setToolTipText(tip);
			button.addListener(SWT.Selection, event -> action.run());
			buttons.add(button);
			return button;
		}

		// --- the tree's structure

		private final class Content implements ITreeContentProvider {
			@Override
			public Object[] getElements(Object input) {
				return levels.isEmpty() ? groups().toArray() : new Object[] { levels.get(0) };
			}

			@Override
			public Object[] getChildren(Object parent) {
				if (parent instanceof ControlNode level) {
					int index = levels.indexOf(level);
					return index < levels.size() - 1 ? new Object[] { levels.get(index + 1) } : groups().toArray();
				}
				if (parent instanceof Actor actor) {
					return rowsOf(actor).toArray();
				}
				return new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				if (element instanceof ControlNode level) {
					int index = levels.indexOf(level);
					return index > 0 ? levels.get(index - 1) : null;
				}
				if (element instanceof Actor) {
					return levels.isEmpty() ? null : levels.get(levels.size() - 1);
				}
				if (element instanceof ContainerNode row) {
					return actorOf(row);
				}
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return getChildren(element).length > 0;
			}
		}

		/** The actor groups: the format's actors, and one for actions without a known actor when there are any. */
		private List<Actor> groups() {
			if (actions == null) {
				return List.of();
			}
			List<Actor> groups = new ArrayList<>(actors);
			Actor none = new Actor("", Messages.goalsNoActor);
			if (!rowsOf(none).isEmpty()) {
				groups.add(none);
			}
			return groups;
		}

		private List<ContainerNode> rowsOf(Actor actor) {
			List<ContainerNode> rows = new ArrayList<>();
			for (ContainerNode row : actions.rows()) {
				if (actorOf(row).equals(actor)) {
					rows.add(row);
				}
			}
			return rows;
		}

		private Actor actorOf(ContainerNode row) {
			String code = value(row, ACTOR);
			for (Actor actor : actors) {
				if (actor.code().equals(code)) {
					return actor;
				}
			}
			return new Actor("", Messages.goalsNoActor);
		}

		private static ControlNode control(FormNode row, String name) {
			return controls(row).get(name);
		}

		private static String value(FormNode row, String name) {
			ControlNode control = control(row, name);
			return control == null ? null : control.value();
		}

		private final class Labels extends ColumnLabelProvider {
			@Override
			public String getText(Object element) {
				if (element instanceof ControlNode level) {
					String goal = shorten(level.value());
					return goal != null ? goal : NLS.bind(Messages.goalsEmpty, level.label());
				}
				if (element instanceof Actor actor) {
					return NLS.bind(Messages.goalsCount, actor.label(), rowsOf(actor).size());
				}
				if (element instanceof ContainerNode row) {
					String action = shorten(value(row, ACTION));
					return action == null ? Messages.goalsNewAction : action;
				}
				return "";
			}

			@Override
			public String getToolTipText(Object element) {
				String text = Frames.messageText(diagnostics(element));
				if (!text.isEmpty()) {
					return text;
				}
				if (element instanceof ControlNode level) {
					return level.value() == null ? level.label() : level.label() + ":\n" + level.value().strip();
				}
				String full = element instanceof ContainerNode row ? value(row, ACTION) : null;
				return full == null || Objects.equals(shorten(full), full.strip()) ? null : full.strip();
			}

			@Override
			public Color getForeground(Object element) {
				boolean error = diagnostics(element).stream().anyMatch(d -> d.severity() == Severity.ERROR);
				return error ? viewer.getTree().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
			}
		}

		private List<Diagnostic> diagnostics(Object element) {
			if (element instanceof ControlNode level) {
				return level.allDiagnostics();
			}
			if (element instanceof ContainerNode row) {
				return row.allDiagnostics();
			}
			if (element instanceof Actor actor) {
				List<Diagnostic> all = new ArrayList<>();
				rowsOf(actor).forEach(row -> all.addAll(row.allDiagnostics()));
				return all;
			}
			return List.of();
		}

		// --- selection and details

		private Object selected() {
			IStructuredSelection selection = viewer.getStructuredSelection();
			return selection.isEmpty() ? null : selection.getFirstElement();
		}

		private void select(Object element) {
			viewer.setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element), true);
		}

		private void showDetails(Object element) {
			if (element == shown && !detailViews.isEmpty()) {
				// the same goal or action (its actor may have changed)
				detailsGroup.setText(title(element));
				updateButtons();
				return;
			}
			shown = element;
			for (Control child : details.getChildren()) {
				child.dispose();
			}
			detailViews.clear();
			detailsGroup.setText(title(element));
			if (element instanceof ControlNode level) {
				detailViews.add(context.render(details, level));
			} else if (element instanceof ContainerNode row) {
				for (FormNode child : row.children()) {
					detailViews.add(context.render(details, child));
				}
			} else {
				Label hint = new Label(details, SWT.WRAP);
				hint.setText(element instanceof Actor actor ? NLS.bind(Messages.goalsActorHint, actor.label()) : Messages.goalsHint);
				hint.setForeground(details.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
				data.widthHint = 280;
				hint.setLayoutData(data);
			}
			for (NodeView view : detailViews) {
				narrow(view.control(), 300);
				view.stateChanged();
			}
			updateButtons();
			if (built) {
				relayoutPage(frame);
			}
		}

		private boolean focusField(ControlNode control) {
			for (NodeView view : detailViews) {
				if (view.focus(control)) {
					return true;
				}
			}
			return false;
		}

		/** The title of the details: a goal, an action (of whom), or nothing. */
		private String title(Object element) {
			if (element instanceof ControlNode) {
				return Messages.goalsGoal;
			}
			if (element instanceof ContainerNode row) {
				Actor actor = actorOf(row);
				return actor.code().isEmpty() ? Messages.goalsAction
						: NLS.bind(Messages.goalsActionOf, actor.label().toLowerCase(Locale.ROOT));
			}
			return "";
		}

		private void focusFirstField() {
			for (NodeView view : detailViews) {
				if (view.node() instanceof ControlNode control && control.visible() && view.focus(control)) {
					return;
				}
			}
		}

		// --- edits, each one command of the form

		private void addAction() {
			if (actions == null || node.form().session().readOnly() || full()) {
				return;
			}
			Object selection = selected();
			Actor actor = selection instanceof Actor group ? group
					: selection instanceof ContainerNode row ? actorOf(row) : null;
			int at = -1;
			if (selection instanceof ContainerNode row) {
				at = row.rowIndex() + 1;
			} else if (actor != null) {
				List<ContainerNode> rows = rowsOf(actor);
				at = rows.isEmpty() ? -1 : rows.get(rows.size() - 1).rowIndex() + 1;
			}
			EObject row = node.form().session().document().schema().ePackage().getEFactoryInstance()
					.create(actions.branch().eClass());
			Leaf door = actorLeaf();
			if (actor != null && !actor.code().isEmpty() && door != null) {
				row.eSet(door.attribute(), actor.code());
			}
			int count = actions.rows().size();
			actions.insertCopies(List.of(row), at < 0 ? count : at);
			if (actions.rows().size() > count) {
				ContainerNode added = actions.rows().get(at < 0 ? count : at);
				select(added);
				// with the actor chosen already, the action's text is what to fill in
				ControlNode text = control(added, ACTION);
				if (actor == null || actor.code().isEmpty() || text == null || !focusField(text)) {
					focusFirstField();
				}
			}
		}

		private boolean full() {
			return actions.maxRows() > 0 && actions.rows().size() >= actions.maxRows();
		}

		private void removeAction() {
			if (!(selected() instanceof ContainerNode row) || node.form().session().readOnly()) {
				return;
			}
			Actor actor = actorOf(row);
			int position = rowsOf(actor).indexOf(row);
			actions.removeRow(row.rowIndex());
			List<ContainerNode> rest = rowsOf(actor);
			select(!rest.isEmpty() ? rest.get(Math.min(position, rest.size() - 1)) : groups().contains(actor) ? actor : null);
		}

		/** Moves the selected action before the previous (or after the next) action of the same actor. */
		private void moveAction(int by) {
			if (!(selected() instanceof ContainerNode row) || node.form().session().readOnly()) {
				return;
			}
			List<ContainerNode> siblings = rowsOf(actorOf(row));
			int position = siblings.indexOf(row);
			int target = position + by;
			if (position < 0 || target < 0 || target >= siblings.size()) {
				return;
			}
			EObject moved = row.object();
			actions.moveRow(row.rowIndex(), siblings.get(target).rowIndex());
			select(rowOf(moved));
		}

		private ContainerNode rowOf(EObject object) {
			for (ContainerNode row : actions.rows()) {
				if (row.object() == object) {
					return row;
				}
			}
			return null;
		}

		private void updateButtons() {
			if (actions == null || add == null || add.isDisposed()) {
				return;
			}
			boolean editable = !node.form().session().readOnly();
			Object selection = selected();
			add.setEnabled(editable && !full());
			boolean row = selection instanceof ContainerNode;
			remove.setEnabled(editable && row);
			List<ContainerNode> siblings = row ? rowsOf(actorOf((ContainerNode) selection)) : List.of();
			int position = row ? siblings.indexOf(selection) : -1;
			up.setEnabled(editable && position > 0);
			down.setEnabled(editable && position >= 0 && position < siblings.size() - 1);
		}

		// --- following the form

		@Override
		protected List<Diagnostic> ownDiagnostics() {
			List<Diagnostic> own = super.ownDiagnostics();
			if (actions != null) {
				own.addAll(actions.diagnostics());
			}
			return own;
		}

		@Override
		public void valueChanged(ControlNode control) {
			if (viewer.getTree().isDisposed()) {
				return;
			}
			if (levels.contains(control)) {
				viewer.update(control, null);
			} else if (actions != null && control.parent() instanceof ContainerNode row && row.parent() == actions) {
				if (control.leaf().name().equals(ACTOR)) {
					// the action moves to another actor (the selection stays what it was)
					viewer.refresh();
					viewer.expandAll();
					detailsGroup.setText(title(shown));
					updateButtons();
				} else {
					viewer.update(row, null);
				}
			}
		}

		@Override
		public void rowsChanged(RepeatNode repeat) {
			if (repeat != actions || viewer.getTree().isDisposed()) {
				return;
			}
			EObject selectedRow = shown instanceof ContainerNode row ? row.object() : null;
			viewer.refresh();
			viewer.expandAll();
			if (shown instanceof ContainerNode) {
				// the form made new nodes for the rows: show the same row (if it is still there) anew
				ContainerNode again = rowOf(selectedRow);
				shown = null;
				select(again);
				showDetails(again);
			} else {
				updateButtons();
			}
		}

		@Override
		public void stateChanged() {
			super.stateChanged();
			if (viewer.getTree().isDisposed()) {
				return;
			}
			viewer.refresh(true);
			updateButtons();
		}

		@Override
		public boolean focus(FormNode target) {
			if (target == block) {
				return viewer.getTree().setFocus();
			}
			Object element = null;
			if (levels.contains(target)) {
				element = target;
			} else if (actions != null) {
				for (FormNode current = target; current != null; current = current.parent()) {
					if (current instanceof ContainerNode row && row.parent() == actions) {
						element = row;
						break;
					}
					if (current == actions) {
						return viewer.getTree().setFocus();
					}
				}
			}
			if (element == null) {
				return false;
			}
			select(element);
			showDetails(element);
			for (NodeView view : detailViews) {
				if (view.focus(target)) {
					return true;
				}
			}
			focusFirstField();
			return true;
		}
	}
}
