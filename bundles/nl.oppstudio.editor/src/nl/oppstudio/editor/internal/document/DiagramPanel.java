package nl.oppstudio.editor.internal.document;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

import nl.oppstudio.diagram.DiagramKind;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.ui.DiagramHost;
import nl.oppstudio.diagram.ui.DiagramView;
import nl.oppstudio.diagram.ui.DocumentDiagrams;
import nl.oppstudio.diagram.ui.GoalEditing;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormListener;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.FormPane;
import nl.oppstudio.forms.FormSession;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.RepeatNode;

/**
 * The diagram beside a document's form (in a sash, about 40 % wide), shown or hidden with the tab's
 * "Diagram" button. A click or Enter on a node shows its field in the form; the focus on a field in the
 * form selects the node it belongs to. The diagram's edits run on the session's command stack (so undo
 * and redo cover them) and are refused like the form's while the document is read-only.
 */
final class DiagramPanel {

	/** The last choice of the "Diagram" button in this run of the editor; {@code null} before the first. */
	private static Boolean chosen;

	private final SashForm sash;
	private final FormPane pane;
	private final FormSession session;
	private final DiagramView view;
	private final Listener focus = this::focusIn;
	private final boolean available;

	DiagramPanel(DocumentTab tab, SashForm sash, FormPane pane, FormSession session) {
		this.sash = sash;
		this.pane = pane;
		this.session = session;
		view = new DiagramView(sash, new DocumentDiagrams(session.document(), session::date));
		view.setEditing(new DiagramHost() {
			@Override
			public void execute(Command command) {
				pane.view().commitEdits();
				session.execute(command);
			}

			@Override
			public boolean readOnly() {
				return session.readOnly();
			}

			@Override
			public boolean confirm(String title, String question) {
				return Ask.yesNo(tab.shell(), title, question);
			}

			@Override
			public void reveal(Node node, boolean focus) {
				DiagramPanel.this.reveal(node, focus);
			}
		}, new GoalEditing(session.document(), session.domain()));
		view.bind(session.commands());
		pane.form().addListener(new FormListener() {
			@Override
			public void valueChanged(ControlNode control) {
				view.scheduleRefresh();
			}

			@Override
			public void rowsChanged(RepeatNode repeat) {
				view.scheduleRefresh();
			}

			@Override
			public void stateChanged() {
				// after a move in the OPP's life (evaluations, dates of the cycle), and the date of the session
				view.scheduleRefresh();
			}
		});
		boolean has;
		try {
			has = DocumentDiagrams.has(session.document(), DiagramKind.GOALS)
					|| DocumentDiagrams.has(session.document(), DiagramKind.CYCLE);
		} catch (RuntimeException e) {
			has = true; // the pane says what went wrong
		}
		available = has;
		sash.setWeights(60, 40);
		// the form's navigation gets its width first; then the form and the diagram share the rest 60 : 40
		sash.addListener(SWT.Resize, new Listener() {
			@Override
			public void handleEvent(Event event) {
				int width = sash.getClientArea().width;
				if (width > 0 && shown()) {
					sash.removeListener(SWT.Resize, this);
					event.display.asyncExec(() -> {
						if (!sash.isDisposed()) {
							int rest = Math.max(0, sash.getClientArea().width - pane.navigationWidth());
							sash.setWeights(sash.getClientArea().width - rest * 40 / 100, rest * 40 / 100);
							view.canvas().fit(); // it was fitted to the first, wider share
						}
					});
				}
			}
		});
		view.show(DiagramKind.GOALS);
		setShown(chosen == null ? available : chosen && available);
		sash.getDisplay().addFilter(SWT.FocusIn, focus);
		sash.addListener(SWT.Dispose, event -> event.display.removeFilter(SWT.FocusIn, focus));
	}

	DiagramView view() {
		return view;
	}

	/** Whether the document's format has a diagram at all (else the button is off). */
	boolean available() {
		return available;
	}

	boolean shown() {
		return sash.getMaximizedControl() == null;
	}

	void setShown(boolean shown) {
		view.control().setVisible(shown);
		sash.setMaximizedControl(shown ? null : pane.control());
		if (shown) {
			view.scheduleRefresh();
		}
	}

	/** The "Diagram" button: shows or hides the diagram, and remembers the choice for the next document. */
	void toggle(Button button) {
		chosen = button.getSelection();
		setShown(button.getSelection());
	}

	/** Shows the field of a node in the form (its page, then its text field); with {@code focus} the field gets the focus. */
	private void reveal(Node node, boolean focus) {
		FormNode target = find(pane.form().root(), node.path());
		if (target == null) {
			return;
		}
		FormNode field = textField(target);
		pane.showPage(pane.form().pageOf(field));
		pane.view().reveal(field);
		if (!focus && !view.canvas().isDisposed()) {
			view.canvas().setFocus();
		}
	}

	/** The form node with this path, or {@code null} (depth first: a form has a few hundred nodes). */
	static FormNode find(FormNode node, String path) {
		if (path == null) {
			return null;
		}
		if (path.equals(node.path())) {
			return node;
		}
		for (FormNode child : node.children()) {
			FormNode found = find(child, path);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** The field that holds a row's text (its {@code doel} or {@code actie}), else its first field, else the node. */
	private static FormNode textField(FormNode node) {
		if (node instanceof ControlNode) {
			return node;
		}
		ControlNode first = null;
		for (FormNode child : node.children()) {
			if (child instanceof ControlNode control) {
				String path = control.path();
				if (path.endsWith("/" + GoalTree.GOAL_TEXT) || path.endsWith("/" + GoalTree.ACTION_TEXT)) {
					return control;
				}
				if (first == null) {
					first = control;
				}
			}
		}
		return first != null ? first : node;
	}

	/** The focus went to a field of the form: the node it belongs to is selected in the diagram. */
	private void focusIn(Event event) {
		if (!(event.widget instanceof Control control) || control.isDisposed() || view.canvas().isDisposed() || !shown()
				|| !inside(control, pane.control())) {
			return;
		}
		String path = null;
		for (Control c = control; c != null && path == null; c = c.getParent()) {
			if (c.getData(FormView.PATH_KEY) instanceof String p) {
				path = p;
			}
		}
		Scene scene = view.canvas().scene();
		if (path == null || scene == null) {
			return;
		}
		Node best = null;
		for (Node node : scene.nodes()) {
			String p = node.path();
			if (p != null && (path.equals(p) || path.startsWith(p + "/")) && (best == null || p.length() > best.path().length())) {
				best = node;
			}
		}
		if (best != null) {
			view.canvas().select(best);
		}
	}

	private static boolean inside(Control control, Control ancestor) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}
}
