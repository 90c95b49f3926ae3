package nl.oppstudio.diagram.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeState;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.ui.internal.Messages;
import nl.oppstudio.diagram.ui.internal.Navigation;
import nl.oppstudio.diagram.ui.internal.Painter;

/**
 * A scene on screen, drawn as the SVG draws it, double-buffered. It zooms (Ctrl+wheel, Ctrl+= and Ctrl+-),
 * pans (drag on empty space, the scroll bars, the wheel) and fits the window (Ctrl+0). A click selects a
 * node and shows its field, the arrow keys move between nodes, Enter goes to the field, F2 or a
 * double-click edits the text in place, Delete removes, and the context menu adds, moves and removes. The
 * canvas only draws and dispatches: every change is a command of {@link DiagramEditing} that the
 * {@link DiagramHost} runs on the document's stack.
 */
public final class DiagramCanvas extends Canvas {

	/** The room around the scene, in points. */
	static final double MARGIN = 16;
	static final double MIN_ZOOM = 0.1, MAX_ZOOM = 4, STEP = 1.25, FIT_MAX = 1.5;

	private final Painter painter;
	private final List<Consumer<Node>> selectionListeners = new ArrayList<>();
	private Scene scene;
	private double zoom = 1;
	private int originX;
	private int originY;
	private Node selected;
	private DiagramHost host = DiagramHost.NONE;
	private DiagramEditing editing = DiagramEditing.NONE;
	private Text editor;
	private Node editedNode;
	private boolean editModified;
	private Object pendingEdit;
	private org.eclipse.swt.graphics.Point panFrom;
	private Node hovered;
	private Menu menu;

	public DiagramCanvas(Composite parent, int style) {
		super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
		painter = new Painter(getDisplay());
		addListener(SWT.Paint, event -> painter.paint(event.gc, getClientArea(), scene, zoom, dx(), dy(), selected));
		addListener(SWT.Resize, event -> updateScrollBars());
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, event -> panFrom = null);
		addListener(SWT.MouseDoubleClick, event -> {
			Node node = nodeAt(event.x, event.y);
			if (event.button == 1 && node != null) {
				edit(node);
			}
		});
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.KeyDown, this::key);
		addListener(SWT.Traverse, event -> {
			switch (event.detail) {
			case SWT.TRAVERSE_RETURN, SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS -> event.doit = false;
			case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS, SWT.TRAVERSE_ESCAPE -> event.doit = true;
			default -> {
				// as the platform does
			}
			}
		});
		addListener(SWT.FocusIn, event -> redraw());
		addListener(SWT.FocusOut, event -> redraw());
		addListener(SWT.MenuDetect, this::menuDetect);
		getHorizontalBar().addListener(SWT.Selection, event -> {
			originX = getHorizontalBar().getSelection();
			cancelEdit();
			redraw();
		});
		getVerticalBar().addListener(SWT.Selection, event -> {
			originY = getVerticalBar().getSelection();
			cancelEdit();
			redraw();
		});
		accessibility();
		addListener(SWT.Dispose, event -> {
			painter.dispose();
			if (menu != null && !menu.isDisposed()) {
				menu.dispose();
			}
		});
	}

	/** Where edits go and which edits a node allows (by default none: a diagram to look at). */
	public void setEditing(DiagramHost host, DiagramEditing editing) {
		this.host = host == null ? DiagramHost.NONE : host;
		this.editing = editing == null ? DiagramEditing.NONE : editing;
	}

	/**
	 * Shows a scene. The selection and the text being edited stay on the node of the same document
	 * element (ids are row positions, which shift when an earlier row goes or comes); an edit whose element
	 * is gone is cancelled. A node just added through the menu is selected and its text edited in place
	 * once it appears.
	 */
	public void setScene(Scene scene) {
		this.scene = scene;
		Node previous = selected;
		selected = same(scene, previous);
		if (editedNode != null) {
			Node same = same(scene, editedNode);
			if (same == null) {
				cancelEdit();
			} else {
				editedNode = same;
				placeEditor();
			}
		}
		updateScrollBars();
		redraw();
		if (pendingEdit != null && scene != null) {
			Node added = scene.nodeOf(pendingEdit);
			if (added != null) {
				pendingEdit = null;
				select(added, true);
				edit(added);
			}
		}
		getAccessible().sendEvent(ACC.EVENT_NAME_CHANGED, null);
	}

	public Scene scene() {
		return scene;
	}

	/** The node of {@code scene} for the same element as {@code node} (by id only for nodes without one). */
	private static Node same(Scene scene, Node node) {
		if (scene == null || node == null) {
			return null;
		}
		return node.element() != null ? scene.nodeOf(node.element()) : scene.node(node.id());
	}

	/** The selected node, or {@code null}. */
	public Node selection() {
		return selected;
	}

	/** Tells {@code listener} each time the selection changes (by a click, a key, or {@link #select}). */
	public void addSelectionListener(Consumer<Node> listener) {
		selectionListeners.add(listener);
	}

	/** Selects a node (or nothing) and scrolls it into view, without showing its field. */
	public void select(Node node) {
		select(node, false);
	}

	private void select(Node node, boolean byUser) {
		if (node == selected) {
			return;
		}
		selected = node;
		if (node != null) {
			show(node);
		}
		redraw();
		getAccessible().selectionChanged();
		for (Consumer<Node> listener : List.copyOf(selectionListeners)) {
			listener.accept(node);
		}
		if (byUser && node != null) {
			host.reveal(node, false);
			if (!isDisposed() && editor == null && !isFocusControl()) {
				setFocus();
			}
		}
	}

	/** The node under a point of the canvas, or {@code null}. */
	public Node nodeAt(int x, int y) {
		if (scene == null) {
			return null;
		}
		double sx = (x - dx()) / zoom, sy = (y - dy()) / zoom;
		List<Node> nodes = scene.nodes();
		for (int i = nodes.size() - 1; i >= 0; i--) {
			if (nodes.get(i).contains(sx, sy)) {
				return nodes.get(i);
			}
		}
		return null;
	}

	/** Where a node is on the canvas, in pixels. */
	public Rectangle bounds(Node node) {
		int x = (int) Math.round(dx() + node.x() * zoom), y = (int) Math.round(dy() + node.y() * zoom);
		return new Rectangle(x, y, (int) Math.round((node.x() + node.width()) * zoom + dx()) - x,
				(int) Math.round((node.y() + node.height()) * zoom + dy()) - y);
	}

	public double zoom() {
		return zoom;
	}

	/** Zooms to {@code factor} pixels per point, keeping the point under ({@code x}, {@code y}) in place. */
	public void setZoom(double factor, int x, int y) {
		double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor));
		if (next == zoom) {
			return;
		}
		cancelEdit();
		double sx = (x - dx()) / zoom, sy = (y - dy()) / zoom;
		zoom = next;
		updateScrollBars();
		// the scene point under (x, y) stays there
		originX += (int) Math.round(dx() + sx * zoom - x);
		originY += (int) Math.round(dy() + sy * zoom - y);
		updateScrollBars();
		redraw();
		notifyListeners(SWT.Modify, new Event());
	}

	public void zoomIn() {
		Rectangle area = getClientArea();
		setZoom(zoom * STEP, area.width / 2, area.height / 2);
	}

	public void zoomOut() {
		Rectangle area = getClientArea();
		setZoom(zoom / STEP, area.width / 2, area.height / 2);
	}

	/** Zooms so that the whole scene fits the window (at most {@link #FIT_MAX}: a few boxes are not blown up). */
	public void fit() {
		if (scene == null) {
			return;
		}
		Rectangle area = getClientArea();
		double w = scene.width() + 2 * MARGIN, h = scene.height() + 2 * MARGIN;
		if (area.width <= 0 || area.height <= 0 || w <= 0 || h <= 0) {
			return;
		}
		cancelEdit();
		zoom = Math.max(MIN_ZOOM, Math.min(FIT_MAX, Math.min(area.width / w, area.height / h)));
		originX = 0;
		originY = 0;
		updateScrollBars();
		redraw();
		notifyListeners(SWT.Modify, new Event());
	}

	/**
	 * Starts editing a node's text in place, on as many lines as the text has: Enter or leaving the field
	 * keeps it (only when it was changed), Shift+Enter or Ctrl+Enter starts a new line, Esc cancels.
	 */
	public void edit(Node node) {
		if (node == null || host.readOnly() || !editing.canEditText(node)) {
			return;
		}
		cancelEdit();
		select(node, false);
		editedNode = node;
		editModified = false;
		editor = new Text(this, SWT.MULTI | SWT.WRAP | SWT.BORDER);
		editor.setText(node.text() == null ? "" : node.text());
		editor.setToolTipText(Messages.editorTip);
		editor.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				event.result = node.caption();
			}
		});
		placeEditor();
		editor.selectAll();
		editor.setFocus();
		Text text = editor;
		editor.addListener(SWT.Modify, event -> {
			if (editor == text) {
				editModified = true;
				placeEditor();
			}
		});
		editor.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_RETURN) {
				event.doit = false;
				if ((event.stateMask & (SWT.SHIFT | SWT.MOD1 | SWT.CTRL)) == 0) {
					commitEdit();
				}
			} else if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true; // Tab leaves the text (and keeps it, as a click elsewhere does), it is no character
			} else if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				cancelEdit();
				setFocus();
			}
		});
		editor.addListener(SWT.KeyDown, event -> {
			if (event.keyCode != SWT.CR && event.keyCode != SWT.KEYPAD_CR) {
				return;
			}
			event.doit = false;
			if ((event.stateMask & (SWT.SHIFT | SWT.MOD1 | SWT.CTRL)) != 0) {
				text.insert("\n");
			} else if (editor == text) {
				commitEdit();
			}
		});
		editor.addListener(SWT.FocusOut, event -> {
			if (editor == text) {
				commitEdit();
			}
		});
	}

	/** The in-place editor while a text is edited, else {@code null}. */
	public Text editor() {
		return editor;
	}

	/** Keeps the text being edited (as one command) and closes the editor. */
	public void commitEdit() {
		if (editor == null) {
			return;
		}
		Text text = editor;
		Node node = editedNode;
		String value = text.getText().replace("\r\n", "\n"); // Windows' line breaks
		editor = null;
		editedNode = null;
		boolean hadFocus = text.isFocusControl();
		text.dispose();
		if (hadFocus) {
			setFocus();
		}
		if (editModified && !value.equals(node.text() == null ? "" : node.text())) {
			Command command = editing.setText(node, value);
			if (command != null) {
				host.execute(command);
			}
		}
	}

	/** Closes the editor without a change. */
	public void cancelEdit() {
		if (editor != null) {
			Text text = editor;
			editor = null;
			editedNode = null;
			text.dispose();
		}
	}

	private void placeEditor() {
		if (editor == null || editedNode == null) {
			return;
		}
		Rectangle box = bounds(editedNode);
		int width = Math.max(box.width, 200);
		int height = Math.max(box.height, editor.computeSize(width, SWT.DEFAULT).y);
		editor.setBounds(box.x, box.y, width, height);
	}

	/** Asks whether to remove the node's element, and removes it as one command. */
	public void remove(Node node) {
		if (node == null || host.readOnly()) {
			return;
		}
		Command command = editing.remove(node);
		if (command == null) {
			return;
		}
		String name = node.text() == null || node.text().isBlank() ? node.caption() : node.text();
		if (name != null && name.length() > 60) {
			name = name.substring(0, 59) + "…";
		}
		if (host.confirm(Messages.removeTitle, NLS.bind(Messages.removeQuestion, name))) {
			Node next = node.parent();
			host.execute(command);
			Node parent = same(scene, next);
			if (parent != null) {
				select(parent, false);
			}
		}
	}

	/** The hover text of a node: its whole text, its state in words and its domain. */
	public static String tooltip(Node node) {
		StringBuilder text = new StringBuilder();
		if (node.caption() != null && !node.caption().isBlank()) {
			text.append(node.caption()).append('\n');
		}
		text.append(node.text() == null || node.text().isBlank() ? Messages.noText : node.text());
		for (String detail : node.details()) {
			text.append('\n').append(detail);
		}
		if (node.state() != null && node.state() != NodeState.NONE) {
			text.append('\n').append(NLS.bind(Messages.hoverState, Messages.state(node.state())));
		}
		if (node.domain() != null && !node.domain().isBlank()) {
			text.append('\n').append(NLS.bind(Messages.hoverDomain, node.domain()));
		}
		return text.toString();
	}

	/** What a screen reader says of the diagram: its title and its nodes in reading order. */
	public String altText() {
		if (scene == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		for (Node node : scene.nodes()) {
			parts.add(spoken(node));
		}
		return NLS.bind(Messages.accessibleName, (scene.title() == null ? "" : scene.title() + ": ") + String.join("; ", parts));
	}

	private static String spoken(Node node) {
		String state = node.state() == null || node.state() == NodeState.NONE ? "" : Messages.state(node.state());
		String text = node.text() == null || node.text().isBlank() ? Messages.noText : node.text();
		return NLS.bind(Messages.accessibleSelected, new Object[] { node.caption() == null ? "" : node.caption(), state, text })
				.replace(" ()", "");
	}

	/** The context menu of a node: edit, add, move, remove, go to the field. Built anew each time. */
	public Menu menu(Node node) {
		if (menu != null && !menu.isDisposed()) {
			menu.dispose();
		}
		menu = new Menu(this);
		if (node == null) {
			return menu;
		}
		boolean writable = !host.readOnly();
		MenuItem edit = item(menu, Messages.editText + "\tF2", () -> edit(node));
		edit.setEnabled(writable && editing.canEditText(node));
		List<DiagramEditing.Choice> additions = editing.additions(node);
		List<DiagramEditing.Choice> moves = editing.moves(node);
		if (!additions.isEmpty() || !moves.isEmpty()) {
			new MenuItem(menu, SWT.SEPARATOR);
		}
		choices(additions, writable);
		choices(moves, writable);
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem remove = item(menu, Messages.remove + "\tDelete", () -> remove(node));
		remove.setEnabled(writable && editing.remove(node) != null);
		MenuItem field = item(menu, Messages.goToField + "\tEnter", () -> host.reveal(node, true));
		field.setEnabled(node.path() != null);
		return menu;
	}

	private void choices(List<DiagramEditing.Choice> choices, boolean writable) {
		Map<String, Menu> groups = new LinkedHashMap<>();
		for (DiagramEditing.Choice choice : choices) {
			Menu parent = menu;
			if (choice.group() != null) {
				parent = groups.computeIfAbsent(choice.group(), group -> {
					MenuItem cascade = new MenuItem(menu, SWT.CASCADE);
					cascade.setText(group);
					cascade.setEnabled(writable);
					Menu sub = new Menu(cascade);
					cascade.setMenu(sub);
					return sub;
				});
			}
			MenuItem item = item(parent, choice.label(), () -> add(choice));
			item.setEnabled(writable);
		}
	}

	private static MenuItem item(Menu parent, String text, Runnable action) {
		MenuItem item = new MenuItem(parent, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, event -> action.run());
		return item;
	}

	/** Runs an addition or a move; a new element is selected and edited once its node is there. */
	private void add(DiagramEditing.Choice choice) {
		Command command = choice.command().get();
		if (command == null) {
			return;
		}
		List<Object> before = new ArrayList<>();
		if (scene != null) {
			scene.nodes().forEach(node -> before.add(node.element()));
		}
		host.execute(command);
		for (Object affected : command.getAffectedObjects()) {
			if (affected instanceof EObject && !before.contains(affected)) {
				Node node = scene == null ? null : scene.nodeOf(affected);
				if (node != null) {
					select(node, true);
					edit(node);
				} else {
					pendingEdit = affected;
				}
				return;
			}
			if (affected instanceof EObject && scene != null && scene.nodeOf(affected) != null) {
				select(scene.nodeOf(affected), false);
			}
		}
	}

	private void menuDetect(Event event) {
		Node node;
		if (event.detail == SWT.MENU_KEYBOARD) {
			node = selected;
			if (node != null) {
				Rectangle box = bounds(node);
				org.eclipse.swt.graphics.Point at = toDisplay(box.x + box.width / 2, box.y + box.height / 2);
				event.x = at.x;
				event.y = at.y;
			}
		} else {
			org.eclipse.swt.graphics.Point at = toControl(event.x, event.y);
			node = nodeAt(at.x, at.y);
			if (node != null) {
				select(node, false);
			}
		}
		if (node == null) {
			event.doit = false;
			return;
		}
		Menu built = menu(node);
		built.setLocation(event.x, event.y);
		built.setVisible(true);
		event.doit = false;
	}

	private void mouseDown(Event event) {
		if (editor != null) {
			commitEdit();
		}
		setFocus();
		if (event.button != 1) {
			return;
		}
		Node node = nodeAt(event.x, event.y);
		if (node != null) {
			select(node, true);
		} else {
			panFrom = new org.eclipse.swt.graphics.Point(event.x + originX, event.y + originY);
		}
	}

	private void mouseMove(Event event) {
		if (panFrom != null && (event.stateMask & SWT.BUTTON1) != 0) {
			scrollTo(panFrom.x - event.x, panFrom.y - event.y);
			return;
		}
		Node node = nodeAt(event.x, event.y);
		if (node != hovered) {
			hovered = node;
			setToolTipText(node == null ? null : tooltip(node));
			setCursor(node == null ? null : getDisplay().getSystemCursor(SWT.CURSOR_HAND));
		}
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0) {
			setZoom(event.count > 0 ? zoom * STEP : zoom / STEP, event.x, event.y);
		} else if ((event.stateMask & SWT.SHIFT) != 0) {
			scrollTo(originX - event.count * 20, originY);
		} else {
			scrollTo(originX, originY - event.count * 20);
		}
		event.doit = false;
	}

	private void key(Event event) {
		boolean ctrl = (event.stateMask & SWT.MOD1) != 0;
		if (ctrl && (event.character == '=' || event.character == '+' || event.keyCode == SWT.KEYPAD_ADD || event.keyCode == '=')) {
			zoomIn();
		} else if (ctrl && (event.character == '-' || event.keyCode == SWT.KEYPAD_SUBTRACT || event.keyCode == '-')) {
			zoomOut();
		} else if (ctrl && (event.character == '0' || event.keyCode == '0' || event.keyCode == SWT.KEYPAD_0)) {
			fit();
		} else if (ctrl) {
			return; // Ctrl+S, Ctrl+Z … are the window's
		} else if (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_DOWN || event.keyCode == SWT.ARROW_LEFT
				|| event.keyCode == SWT.ARROW_RIGHT) {
			if (scene != null) {
				Node next = Navigation.move(scene, selected, event.keyCode);
				if (next != null && next != selected) {
					select(next, false);
				}
			}
		} else if ((event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) && selected != null) {
			host.reveal(selected, true);
		} else if (event.keyCode == SWT.F2) {
			edit(selected);
		} else if (event.keyCode == SWT.DEL) {
			remove(selected);
		} else {
			return;
		}
		event.doit = false;
	}

	/** Scrolls so that a node is in view. */
	private void show(Node node) {
		Rectangle box = bounds(node);
		Rectangle area = getClientArea();
		int x = originX, y = originY;
		if (box.x < 0) {
			x += box.x - 8;
		} else if (box.x + box.width > area.width) {
			x += Math.min(box.x, box.x + box.width - area.width + 8);
		}
		if (box.y < 0) {
			y += box.y - 8;
		} else if (box.y + box.height > area.height) {
			y += Math.min(box.y, box.y + box.height - area.height + 8);
		}
		if (x != originX || y != originY) {
			scrollTo(x, y);
		}
	}

	private void scrollTo(int x, int y) {
		int oldX = originX, oldY = originY;
		originX = x;
		originY = y;
		updateScrollBars();
		if (originX != oldX || originY != oldY) {
			cancelEdit();
			redraw();
		}
	}

	/** The scene's size in pixels at the current zoom, margins included. */
	private int contentWidth() {
		return scene == null ? 0 : (int) Math.ceil((scene.width() + 2 * MARGIN) * zoom);
	}

	private int contentHeight() {
		return scene == null ? 0 : (int) Math.ceil((scene.height() + 2 * MARGIN) * zoom);
	}

	/** Where the scene's origin is drawn: after the margin, centred when narrower than the window. */
	private double dx() {
		int free = getClientArea().width - contentWidth();
		return Math.max(0, free / 2) + MARGIN * zoom - originX;
	}

	private double dy() {
		return MARGIN * zoom - originY;
	}

	private void updateScrollBars() {
		Rectangle area = getClientArea();
		originX = bar(getHorizontalBar(), contentWidth(), area.width, originX);
		originY = bar(getVerticalBar(), contentHeight(), area.height, originY);
	}

	private static int bar(ScrollBar bar, int content, int visible, int origin) {
		int max = Math.max(0, content - visible);
		int clamped = Math.max(0, Math.min(origin, max));
		if (bar != null) {
			bar.setValues(clamped, 0, Math.max(content, 1), Math.max(1, Math.min(visible, Math.max(content, 1))),
					20, Math.max(1, visible - 20));
			bar.setVisible(content > visible);
		}
		return clamped;
	}

	private void accessibility() {
		getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				event.result = altText();
			}

			@Override
			public void getDescription(AccessibleEvent event) {
				event.result = selected == null ? null : spoken(selected);
			}
		});
		getAccessible().addAccessibleControlListener(new AccessibleControlAdapter() {
			@Override
			public void getRole(AccessibleControlEvent event) {
				event.detail = ACC.ROLE_GRAPHIC;
			}

			@Override
			public void getValue(AccessibleControlEvent event) {
				event.result = selected == null ? null : spoken(selected);
			}
		});
	}
}
