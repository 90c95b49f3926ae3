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
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode;
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
 * {@code doelen} as the goal hierarchy: a tree of the goals of the format's first level, under each its
 * goals of the next level (as a long-term goal leads to short-term goals) and, under a goal of the last
 * level, its actions grouped per actor (leerling, school, ouders, hulpverlening as the format lists them).
 * Buttons and keys add a goal at the selected goal's level (Insert), a sub-goal (Ctrl+Insert), an action
 * for the selected actor, remove a goal or action (Delete) and move it among its siblings (Alt+arrows);
 * the selected goal's fields (doel, domein, evaluatie) or action's fields are edited beside the tree, in
 * their usual field frames. Every change is a command of the form.
 */
public final class GoalsRenderer implements BlockRenderer {

	/** The data key value ({@link FormView#PATH_KEY}) of the tree: the block's path + this. */
	public static final String TREE = "#boom";
	/** The name of the actor of an action in a row of {@code acties} (as Slots names it). */
	static final String ACTOR = "door";
	/** The name of the text of an action. */
	static final String ACTION = "actie";
	/** The name of the text of a goal in a goal row (as Slots names it). */
	static final String GOAL = "doel";
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

	/** One actor's actions under a goal of the last level ({@code null}: the block's own, without levels). */
	record ActorGroup(EObject goal, Actor actor) {
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
		private final List<Actor> actors = new ArrayList<>();
		private final TreeViewer viewer;
		private final Composite details;
		private final Group detailsGroup;
		private final List<NodeView> detailViews = new ArrayList<>();
		private final List<Button> buttons = new ArrayList<>();
		private Button addGoal;
		private Button addSubGoal;
		private Button add;
		private Button remove;
		private Button up;
		private Button down;
		/** What the details show: a goal or action row, a group, or {@code null}. */
		private Object shown;
		/** Whether the constructor is done (before that, the page lays itself out). */
		private boolean built;

		View(Composite parent, ContainerNode block, RenderContext context) {
			super(parent, block, context);
			this.block = block;
			Leaf actor = actorLeaf(block.branch());
			if (actor != null) {
				for (ChoiceOption option : actor.options()) {
					actors.add(new Actor(option.getCode(), option.getLabel() == null ? option.getCode() : option.getLabel()));
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

			if (top() != null) {
				Composite bar = new Composite(left, SWT.NONE);
				bar.setLayout(grid(3, false));
				bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
				if (topHoldsGoals()) {
					addGoal = button(bar, Messages.goalsAddGoal, Messages.goalsAddGoalTip, this::addGoal);
					addSubGoal = button(bar, Messages.goalsAddSubGoal, Messages.goalsAddSubGoalTip, this::addSubGoal);
				}
				if (actor != null) {
					add = button(bar, Messages.goalsAddAction, Messages.goalsAddActionTip, this::addAction);
				}
				remove = button(bar, Messages.goalsRemove, Messages.goalsRemoveTip, this::remove);
				up = button(bar, Messages.goalsUp, Messages.goalsUpTip, () -> move(-1));
				down = button(bar, Messages.goalsDown, Messages.goalsDownTip, () -> move(1));
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
				boolean ctrl = (event.stateMask & SWT.MOD1) != 0;
				if (event.keyCode == SWT.INSERT && ctrl) {
					addSubGoal();
				} else if (event.keyCode == SWT.INSERT) {
					insert();
				} else if (event.keyCode == SWT.DEL) {
					remove();
				} else if (alt && event.keyCode == SWT.ARROW_UP) {
					move(-1);
					event.doit = false;
				} else if (alt && event.keyCode == SWT.ARROW_DOWN) {
					move(1);
					event.doit = false;
				}
			});
			Object first = first();
			if (first != null) {
				viewer.setSelection(new StructuredSelection(first), true);
			}
			showDetails(first);
			built = true;
			stateChanged();
		}

		/** The first goal, else the first action, else the first actor, else nothing. */
		private Object first() {
			Object[] elements = new Content().getElements(block);
			for (Object element : elements) {
				if (element instanceof EObject) {
					return element;
				}
				if (element instanceof ActorGroup group && !rowsOf(group).isEmpty()) {
					return rowsOf(group).get(0).object();
				}
			}
			return elements.length == 0 ? null : elements[0];
		}

		/** Room for the goals, the actors and the actions there are, and a few more; it scrolls beyond 12. */
		private int treeHeight(Tree tree) {
			int[] items = { 0 };
			count(block, items);
			return Math.max(6, Math.min(12, items[0] + 2)) * tree.getItemHeight();
		}

		private static void count(FormNode node, int[] items) {
			for (FormNode child : node.children()) {
				if (child instanceof RepeatNode repeat) {
					items[0] += repeat.rows().size();
				}
				count(child, items);
			}
		}

		/** The {@code door} leaf of the block's actions, wherever they are nested, or {@code null}. */
		private static Leaf actorLeaf(Branch branch) {
			if (branch == null) {
				return null;
			}
			for (SchemaNode child : branch.children()) {
				if (child instanceof Leaf leaf && leaf.name().equals(ACTOR)) {
					return leaf;
				}
				if (child instanceof Branch nested) {
					Leaf found = actorLeaf(nested);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}

		private Button button(Composite parent, String text, String tip, Runnable action) {
			Button button = new Button(parent, SWT.PUSH);
			button.setText(text);
			button.setToolTipText(tip);
			button.addListener(SWT.Selection, event -> action.run());
			buttons.add(button);
			return button;
		}

		// --- the structure: rows of goals and actions as the form holds them

		/** The block's repeating child: the first level's goals, or the actions of a block without levels. */
		private RepeatNode top() {
			return repeatIn(block);
		}

		private boolean topHoldsGoals() {
			return top() != null && holdsGoals(top());
		}

		private static RepeatNode repeatIn(FormNode container) {
			for (FormNode child : container.children()) {
				if (child instanceof RepeatNode repeat) {
					return repeat;
				}
			}
			return null;
		}

		private static boolean holdsGoals(RepeatNode repeat) {
			return repeat.branch().children().stream().anyMatch(n -> n instanceof Leaf leaf && leaf.name().equals(GOAL));
		}

		/** The goals of the next level under a goal row, or {@code null} on the last level. */
		private static RepeatNode subGoals(ContainerNode goal) {
			RepeatNode repeat = repeatIn(goal);
			return repeat != null && holdsGoals(repeat) ? repeat : null;
		}

		/** The actions of a goal row of the last level ({@code null}: of the block), or {@code null}. */
		private RepeatNode actionsOf(EObject goal) {
			FormNode holder = goal == null ? block : rowOf(goal);
			RepeatNode repeat = holder == null ? null : repeatIn(holder);
			return repeat != null && !holdsGoals(repeat) ? repeat : null;
		}

		private static boolean isGoal(ContainerNode row) {
			return row.parent() instanceof RepeatNode repeat && holdsGoals(repeat);
		}

		/** The form's row of a goal or action (the form makes new nodes when rows change; objects stay). */
		private ContainerNode rowOf(EObject object) {
			return object == null ? null : find(block, object);
		}

		private static ContainerNode find(FormNode node, EObject object) {
			for (FormNode child : node.children()) {
				if (child instanceof ContainerNode row && row.kind() == ContainerNode.Kind.ROW && row.object() == object) {
					return row;
				}
				ContainerNode found = find(child, object);
				if (found != null) {
					return found;
				}
			}
			return null;
		}

		/** The goal an action row belongs to ({@code null}: the block's own). */
		private EObject goalOf(ContainerNode action) {
			FormNode holder = action.parent().parent();
			return holder instanceof ContainerNode row && row.kind() == ContainerNode.Kind.ROW ? row.object() : null;
		}

		private final class Content implements ITreeContentProvider {
			@Override
			public Object[] getElements(Object input) {
				RepeatNode top = top();
				if (top == null) {
					return new Object[0];
				}
				return holdsGoals(top) ? objects(top) : groups(null).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				if (parent instanceof EObject object && rowOf(object) instanceof ContainerNode row && isGoal(row)) {
					RepeatNode sub = subGoals(row);
					return sub != null ? objects(sub) : groups(object).toArray();
				}
				if (parent instanceof ActorGroup group) {
					return rowsOf(group).stream().map(ContainerNode::object).toArray();
				}
				return new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				if (element instanceof ActorGroup group) {
					return group.goal();
				}
				if (element instanceof EObject object && rowOf(object) instanceof ContainerNode row) {
					if (isGoal(row)) {
						FormNode holder = row.parent().parent();
						return holder instanceof ContainerNode goal && goal.kind() == ContainerNode.Kind.ROW ? goal.object() : null;
					}
					return new ActorGroup(goalOf(row), actorOf(row));
				}
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return getChildren(element).length > 0;
			}
		}

		private static Object[] objects(RepeatNode repeat) {
			return repeat.rows().stream().map(ContainerNode::object).toArray();
		}

		/** The actor groups under a goal: the format's actors, and one for actions without a known actor when there are any. */
		private List<ActorGroup> groups(EObject goal) {
			if (actionsOf(goal) == null) {
				return List.of();
			}
			List<ActorGroup> groups = new ArrayList<>();
			actors.forEach(actor -> groups.add(new ActorGroup(goal, actor)));
			ActorGroup none = new ActorGroup(goal, new Actor("", Messages.goalsNoActor));
			if (!rowsOf(none).isEmpty()) {
				groups.add(none);
			}
			return groups;
		}

		private List<ContainerNode> rowsOf(ActorGroup group) {
			RepeatNode actions = actionsOf(group.goal());
			List<ContainerNode> rows = new ArrayList<>();
			if (actions != null) {
				for (ContainerNode row : actions.rows()) {
					if (actorOf(row).equals(group.actor())) {
						rows.add(row);
					}
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

		/** What a goal's level is called (the label of its rows). */
		private static String levelOf(ContainerNode goal) {
			return ((RepeatNode) goal.parent()).branch().label();
		}

		private final class Labels extends ColumnLabelProvider {
			@Override
			public String getText(Object element) {
				if (element instanceof ActorGroup group) {
					return NLS.bind(Messages.goalsCount, group.actor().label(), rowsOf(group).size());
				}
				if (element instanceof EObject object && rowOf(object) instanceof ContainerNode row) {
					if (isGoal(row)) {
						String goal = shorten(value(row, GOAL));
						return goal != null ? goal : NLS.bind(Messages.goalsEmpty, levelOf(row));
					}
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
				if (!(element instanceof EObject object) || !(rowOf(object) instanceof ContainerNode row)) {
					return null;
				}
				if (isGoal(row)) {
					StringBuilder tip = new StringBuilder(levelOf(row));
					String goal = value(row, GOAL);
					if (goal != null) {
						tip.append(":\n").append(goal.strip());
					}
					for (FormNode child : row.children()) {
						if (child instanceof ControlNode control && !control.leaf().name().equals(GOAL) && control.value() != null) {
							tip.append('\n').append(control.label()).append(": ").append(optionLabel(control));
						}
					}
					return tip.toString();
				}
				String full = value(row, ACTION);
				return full == null || Objects.equals(shorten(full), full.strip()) ? null : full.strip();
			}

			@Override
			public Color getForeground(Object element) {
				boolean error = diagnostics(element).stream().anyMatch(d -> d.severity() == Severity.ERROR);
				return error ? viewer.getTree().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
			}
		}

		/** A choice's label (a domain, an evaluation), else the value. */
		private static String optionLabel(ControlNode control) {
			for (ChoiceOption option : control.leaf().options()) {
				if (option.getCode().equals(control.value()) && option.getLabel() != null) {
					return option.getLabel();
				}
			}
			return control.value();
		}

		private List<Diagnostic> diagnostics(Object element) {
			if (element instanceof EObject object && rowOf(object) instanceof ContainerNode row) {
				if (isGoal(row)) {
					// the goal's own fields; its sub-goals and actions show their own
					List<Diagnostic> own = new ArrayList<>();
					for (FormNode child : row.children()) {
						if (child instanceof ControlNode control) {
							own.addAll(control.allDiagnostics());
						}
					}
					return own;
				}
				return row.allDiagnostics();
			}
			if (element instanceof ActorGroup group) {
				List<Diagnostic> all = new ArrayList<>();
				rowsOf(group).forEach(row -> all.addAll(row.allDiagnostics()));
				return all;
			}
			return List.of();
		}

		// --- selection and details

		private Object selected() {
			IStructuredSelection selection = viewer.getStructuredSelection();
			return selection.isEmpty() ? null : selection.getFirstElement();
		}

		private ContainerNode selectedRow() {
			return selected() instanceof EObject object ? rowOf(object) : null;
		}

		private void select(Object element) {
			viewer.setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element), true);
		}

		private void showDetails(Object element) {
			if (element != null && element == shown && !detailViews.isEmpty()) {
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
			ContainerNode row = element instanceof EObject object ? rowOf(object) : null;
			if (row != null) {
				for (FormNode child : row.children()) {
					if (child instanceof ControlNode) {
						detailViews.add(context.render(details, child));
					}
				}
			} else {
				Label hint = new Label(details, SWT.WRAP);
				hint.setText(element instanceof ActorGroup group ? NLS.bind(Messages.goalsActorHint, group.actor().label())
						: Messages.goalsHint);
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

		/** The title of the details: a goal's level, an action (of whom), or nothing. */
		private String title(Object element) {
			ContainerNode row = element instanceof EObject object ? rowOf(object) : null;
			if (row == null) {
				return "";
			}
			if (isGoal(row)) {
				return levelOf(row);
			}
			Actor actor = actorOf(row);
			return actor.code().isEmpty() ? Messages.goalsAction
					: NLS.bind(Messages.goalsActionOf, actor.label().toLowerCase(Locale.ROOT));
		}

		private void focusFirstField() {
			for (NodeView view : detailViews) {
				if (view.node() instanceof ControlNode control && control.visible() && view.focus(control)) {
					return;
				}
			}
		}

		// --- edits, each one command of the form

		private boolean editable() {
			return !node.form().session().readOnly();
		}

		private static boolean full(RepeatNode repeat) {
			return repeat.maxRows() > 0 && repeat.rows().size() >= repeat.maxRows();
		}

		/** Insert: a goal beside the selected goal, an action beside the selected action or for the selected actor. */
		private void insert() {
			Object selection = selected();
			ContainerNode row = selectedRow();
			if (selection instanceof ActorGroup || row != null && !isGoal(row) || !topHoldsGoals()) {
				addAction();
			} else {
				addGoal();
			}
		}

		/** Where a new goal goes: beside the selected goal (or the goal of the selected action), else at the top. */
		private ContainerNode goalBeside() {
			Object selection = selected();
			EObject goal = selection instanceof ActorGroup group ? group.goal() : selection instanceof EObject object ? object : null;
			ContainerNode row = rowOf(goal);
			if (row != null && !isGoal(row)) {
				row = rowOf(goalOf(row));
			}
			return row;
		}

		private void addGoal() {
			if (!editable() || !topHoldsGoals()) {
				return;
			}
			ContainerNode beside = goalBeside();
			RepeatNode repeat = beside == null ? top() : (RepeatNode) beside.parent();
			insertRow(repeat, beside == null ? -1 : beside.rowIndex() + 1, null);
		}

		private void addSubGoal() {
			ContainerNode goal = selectedRow();
			if (!editable() || goal == null || !isGoal(goal)) {
				return;
			}
			RepeatNode sub = subGoals(goal);
			if (sub == null) {
				addAction(); // a goal of the last level: its sub-items are actions
				return;
			}
			insertRow(sub, -1, null);
		}

		private void addAction() {
			if (!editable()) {
				return;
			}
			Object selection = selected();
			ContainerNode row = selectedRow();
			EObject goal;
			Actor actor = null;
			int at = -1;
			if (selection instanceof ActorGroup group) {
				goal = group.goal();
				actor = group.actor();
				List<ContainerNode> rows = rowsOf(group);
				at = rows.isEmpty() ? -1 : rows.get(rows.size() - 1).rowIndex() + 1;
			} else if (row != null && !isGoal(row)) {
				goal = goalOf(row);
				actor = actorOf(row);
				at = row.rowIndex() + 1;
			} else if (row != null) {
				goal = row.object();
			} else if (!topHoldsGoals()) {
				goal = null;
			} else {
				return;
			}
			RepeatNode actions = actionsOf(goal);
			if (actions == null) {
				return;
			}
			insertRow(actions, at, actor);
		}

		/** Inserts a new row (an action with its actor chosen), selects it and puts the focus in its text. */
		private void insertRow(RepeatNode repeat, int at, Actor actor) {
			if (full(repeat)) {
				return;
			}
			EObject row = node.form().session().document().schema().ePackage().getEFactoryInstance()
					.create(repeat.branch().eClass());
			Leaf door = actorLeaf(repeat.branch());
			if (actor != null && !actor.code().isEmpty() && door != null) {
				row.eSet(door.attribute(), actor.code());
			}
			int count = repeat.rows().size();
			int index = at < 0 || at > count ? count : at;
			repeat.insertCopies(List.of(row), index);
			if (repeat.rows().size() > count) {
				ContainerNode added = repeat.rows().get(index);
				select(added.object());
				// with the actor chosen already, the action's text is what to fill in
				ControlNode text = control(added, holdsGoals(repeat) ? GOAL : ACTION);
				if (holdsGoals(repeat) ? text == null || !focusField(text)
						: actor == null || actor.code().isEmpty() || text == null || !focusField(text)) {
					focusFirstField();
				}
			}
		}

		private void remove() {
			ContainerNode row = selectedRow();
			if (row == null || !editable()) {
				return;
			}
			Object parent = new Content().getParent(row.object());
			List<ContainerNode> siblings = siblings(row);
			int position = siblings.indexOf(row);
			((RepeatNode) row.parent()).removeRow(row.rowIndex());
			List<ContainerNode> rest = row.parent() instanceof RepeatNode ? siblingsAfterRemoval(parent, row) : List.of();
			select(!rest.isEmpty() ? rest.get(Math.min(position, rest.size() - 1)).object() : parent);
		}

		/** The rows still beside a removed one: of the same actor under its goal, or of the same level. */
		private List<ContainerNode> siblingsAfterRemoval(Object parent, ContainerNode removed) {
			if (parent instanceof ActorGroup group) {
				return rowsOf(group);
			}
			if (parent instanceof EObject goal && rowOf(goal) instanceof ContainerNode row) {
				RepeatNode sub = subGoals(row);
				return sub == null ? List.of() : sub.rows();
			}
			return topHoldsGoals() ? top().rows() : List.of();
		}

		/** The rows a row moves among: goals of its level under the same goal, or actions of its actor. */
		private List<ContainerNode> siblings(ContainerNode row) {
			return isGoal(row) ? ((RepeatNode) row.parent()).rows() : rowsOf(new ActorGroup(goalOf(row), actorOf(row)));
		}

		/** Moves the selected goal or action before the previous (or after the next) of its siblings. */
		private void move(int by) {
			ContainerNode row = selectedRow();
			if (row == null || !editable()) {
				return;
			}
			List<ContainerNode> siblings = siblings(row);
			int position = siblings.indexOf(row);
			int target = position + by;
			if (position < 0 || target < 0 || target >= siblings.size()) {
				return;
			}
			EObject moved = row.object();
			((RepeatNode) row.parent()).moveRow(row.rowIndex(), siblings.get(target).rowIndex());
			select(moved);
		}

		private void updateButtons() {
			if (remove == null || remove.isDisposed()) {
				return;
			}
			boolean editable = editable();
			Object selection = selected();
			ContainerNode row = selectedRow();
			if (addGoal != null) {
				ContainerNode beside = goalBeside();
				addGoal.setEnabled(editable && !full(beside == null ? top() : (RepeatNode) beside.parent()));
				addSubGoal.setEnabled(editable && row != null && isGoal(row)
						&& (subGoals(row) != null || actionsOf(row.object()) != null));
			}
			if (add != null) {
				EObject goal = selection instanceof ActorGroup group ? group.goal()
						: row == null ? null : isGoal(row) ? row.object() : goalOf(row);
				RepeatNode actions = goal == null && topHoldsGoals() ? null : actionsOf(goal);
				add.setEnabled(editable && actions != null && !full(actions));
			}
			remove.setEnabled(editable && row != null);
			List<ContainerNode> siblings = row == null ? List.of() : siblings(row);
			int position = row == null ? -1 : siblings.indexOf(row);
			up.setEnabled(editable && position > 0);
			down.setEnabled(editable && position >= 0 && position < siblings.size() - 1);
		}

		// --- following the form

		private boolean inBlock(FormNode node) {
			for (FormNode current = node; current != null; current = current.parent()) {
				if (current == block) {
					return true;
				}
			}
			return false;
		}

		@Override
		protected List<Diagnostic> ownDiagnostics() {
			List<Diagnostic> own = super.ownDiagnostics();
			if (top() != null) {
				own.addAll(top().diagnostics());
			}
			return own;
		}

		@Override
		public void valueChanged(ControlNode control) {
			if (viewer.getTree().isDisposed() || !inBlock(control)
					|| !(control.parent() instanceof ContainerNode row) || row.kind() != ContainerNode.Kind.ROW) {
				return;
			}
			if (control.leaf().name().equals(ACTOR)) {
				// the action moves to another actor (the selection stays what it was)
				viewer.refresh();
				viewer.expandAll();
				detailsGroup.setText(title(shown));
				updateButtons();
			} else {
				viewer.update(row.object(), null);
			}
		}

		@Override
		public void rowsChanged(RepeatNode repeat) {
			if (viewer.getTree().isDisposed() || !inBlock(repeat)) {
				return;
			}
			Object selection = selected();
			viewer.refresh();
			viewer.expandAll();
			// the form made new nodes for the rows: show the same goal or action (if it is still there) anew
			boolean gone = selection instanceof EObject object && rowOf(object) == null;
			shown = null;
			select(gone ? null : selection);
			showDetails(gone ? null : selection);
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
			if (!inBlock(target)) {
				return false;
			}
			ContainerNode row = null;
			for (FormNode current = target; current != null && current != block; current = current.parent()) {
				if (current instanceof ContainerNode container && container.kind() == ContainerNode.Kind.ROW) {
					row = container;
					break;
				}
			}
			if (row == null) {
				return viewer.getTree().setFocus();
			}
			select(row.object());
			showDetails(row.object());
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
