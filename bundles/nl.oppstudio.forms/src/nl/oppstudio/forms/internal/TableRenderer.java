package nl.oppstudio.forms.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.RepeatNode;
import nl.oppstudio.forms.spi.BlockRenderer;
import nl.oppstudio.forms.spi.CellRenderer;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;

/**
 * A repeating group that the format shows as a {@code tabel}: a virtual table (only visible rows are
 * made, so 500 rows open at once), edited in place per cell, with rows added, removed, moved, copied and
 * pasted as commands.
 */
public final class TableRenderer implements BlockRenderer {

	/** The rows measured for the columns' widths: enough to be right, few enough for 500 rows. */
	private static final int FITTED_ROWS = 50;
	/** Rows copied in this application, pasted into a table of the same group. */
	private static List<EObject> copiedRows = List.of();

	@Override
	public double rank(FormNode node) {
		return node instanceof RepeatNode repeat && repeat.isTable() ? 2 : NOT_APPLICABLE;
	}

	@Override
	public NodeView render(Composite parent, FormNode node, RenderContext context) {
		return new View(parent, (RepeatNode) node, context);
	}

	/** The values of a row shown as columns: its fields and those of its non-repeating groups. */
	static List<Leaf> columns(Branch branch) {
		List<Leaf> leaves = new ArrayList<>();
		collect(branch.children(), leaves);
		return leaves;
	}

	private static void collect(List<SchemaNode> nodes, List<Leaf> into) {
		for (SchemaNode node : nodes) {
			if (node instanceof Leaf leaf) {
				into.add(leaf);
			} else if (node instanceof Branch branch && !branch.repeating()) {
				collect(branch.children(), into);
			}
		}
	}

	private static final class View implements NodeView {
		private final RepeatNode repeat;
		private final RenderContext context;
		private final List<Leaf> columns;
		private final Group group;
		private final TableViewer viewer;
		private final Label message;
		private final List<Button> editButtons = new ArrayList<>();
		private final Map<ContainerNode, Map<Leaf, ControlNode>> cells = new HashMap<>();
		private List<Diagnostic> shownDiagnostics = List.of();
		/** Whether the columns have had their first width from their texts. */
		private boolean fitted;

		View(Composite parent, RepeatNode repeat, RenderContext context) {
			this.repeat = repeat;
			this.context = context;
			this.columns = columns(repeat.branch());
			group = new Group(parent, SWT.NONE);
			group.setText(repeat.label());
			group.setLayout(new GridLayout(2, false));
			String help = repeat.element().getHelp();
			if (help != null && !help.isBlank()) {
				Label helpLabel = new Label(group, SWT.WRAP);
				helpLabel.setText(help);
				helpLabel.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				helpLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			}
			viewer = new TableViewer(group, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
			Table table = viewer.getTable();
			table.setHeaderVisible(true);
			table.setLinesVisible(true);
			table.setData(FormView.PATH_KEY, repeat.path());
			Frames.accessibleName(table, repeat.label());
			viewer.setUseHashlookup(true);
			ColumnViewerToolTipSupport.enableFor(viewer);
			statusColumn();
			for (Leaf leaf : columns) {
				column(leaf);
			}
			viewer.setContentProvider(new ILazyContentProvider() {
				@Override
				public void updateElement(int index) {
					if (index < repeat.rows().size()) {
						viewer.replace(repeat.rows().get(index), index);
					}
				}

				@Override
				public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
					// the rows are read from the node
				}
			});
			Composite buttons = new Composite(group, SWT.NONE);
			GridLayout buttonLayout = new GridLayout(1, true);
			buttonLayout.marginWidth = 0;
			buttonLayout.marginHeight = 0;
			buttons.setLayout(buttonLayout);
			buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
			button(buttons, NLS.bind(Messages.rowAdd, ""), Messages.rowAddTip, this::add);
			button(buttons, Messages.rowRemove, null, () -> repeat.removeRows(selected()));
			button(buttons, Messages.rowUp, Messages.rowUpTip, () -> move(-1));
			button(buttons, Messages.rowDown, Messages.rowDownTip, () -> move(1));
			button(buttons, Messages.rowCopy, Messages.rowCopyTip, this::copy);
			button(buttons, Messages.rowPaste, Messages.rowPasteTip, this::paste);
			message = new Label(group, SWT.WRAP);
			message.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_RED));
			message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			table.addListener(SWT.KeyDown, event -> {
				boolean ctrl = (event.stateMask & SWT.MOD1) != 0;
				if (ctrl && event.keyCode == 'c') {
					copy();
				} else if (ctrl && event.keyCode == 'v') {
					paste();
				} else if ((event.stateMask & SWT.ALT) != 0 && event.keyCode == SWT.ARROW_UP) {
					move(-1);
					event.doit = false;
				} else if ((event.stateMask & SWT.ALT) != 0 && event.keyCode == SWT.ARROW_DOWN) {
					move(1);
					event.doit = false;
				}
			});
			refill();
		}

		private Button button(Composite parent, String text, String tip, Runnable action) {
			Button button = new Button(parent, SWT.PUSH);
			button.setText(text);
			button.setToolTipText(tip);
			button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			button.addListener(SWT.Selection, event -> action.run());
			editButtons.add(button);
			return button;
		}

		private void statusColumn() {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.CENTER);
			column.getColumn().setWidth(28);
			column.getColumn().setResizable(false);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					Severity worst = ((ContainerNode) element).worst();
					return worst == Severity.ERROR ? "✗" : worst == Severity.WARNING ? "!" : "";
				}

				@Override
				public String getToolTipText(Object element) {
					String text = Frames.messageText(((ContainerNode) element).allDiagnostics());
					return text.isEmpty() ? null : text;
				}

				@Override
				public org.eclipse.swt.graphics.Color getForeground(Object element) {
					return group.getDisplay().getSystemColor(SWT.COLOR_RED);
				}
			});
		}

		private void column(Leaf leaf) {
			CellRenderer cell = context.renderers().cell(leaf);
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
			column.getColumn().setText(leaf.label());
			column.getColumn().setToolTipText(leaf.label());
			column.getColumn().setWidth(Math.max(90, Math.min(260, leaf.label().length() * 9 + 20)));
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					ControlNode control = cell(element, leaf);
					return control == null || cell == null ? "" : cell.text(leaf, control.value());
				}

				@Override
				public String getToolTipText(Object element) {
					ControlNode control = cell(element, leaf);
					String text = control == null ? "" : Frames.messageText(control.diagnostics());
					return text.isEmpty() ? null : text;
				}
			});
			if (cell == null) {
				return;
			}
			column.setEditingSupport(new EditingSupport(viewer) {
				/** One editor per column, made when first needed and disposed with the table. */
				private CellEditor editor;

				@Override
				protected CellEditor getCellEditor(Object element) {
					if (editor == null) {
						editor = cell.editor(viewer.getTable(), leaf);
					}
					return editor;
				}

				@Override
				protected boolean canEdit(Object element) {
					ControlNode control = cell(element, leaf);
					return control != null && control.visible() && !repeat.form().session().readOnly();
				}

				@Override
				protected Object getValue(Object element) {
					return cell.editorValue(leaf, cell(element, leaf).value());
				}

				@Override
				protected void setValue(Object element, Object value) {
					cell(element, leaf).set(cell.storedValue(leaf, value));
				}
			});
		}

		private ControlNode cell(Object element, Leaf leaf) {
			ContainerNode row = (ContainerNode) element;
			return cells.computeIfAbsent(row, key -> {
				Map<Leaf, ControlNode> map = new HashMap<>();
				index(row, map);
				return map;
			}).get(leaf);
		}

		private static void index(FormNode node, Map<Leaf, ControlNode> map) {
			for (FormNode child : node.children()) {
				if (child instanceof ControlNode control) {
					map.put(control.leaf(), control);
				} else if (child instanceof ContainerNode container) {
					index(container, map);
				}
			}
		}

		private List<Integer> selected() {
			List<Integer> indices = new ArrayList<>();
			for (int index : viewer.getTable().getSelectionIndices()) {
				indices.add(index);
			}
			indices.sort(null);
			return indices;
		}

		private void add() {
			List<Integer> selection = selected();
			int at = selection.isEmpty() ? -1 : selection.get(selection.size() - 1) + 1;
			repeat.addRow(at);
			int index = at < 0 ? repeat.rows().size() - 1 : at;
			if (index >= 0 && index < repeat.rows().size()) {
				viewer.getTable().setSelection(index);
				if (!columns.isEmpty()) {
					viewer.editElement(repeat.rows().get(index), 1);
				}
			}
		}

		private void move(int by) {
			List<Integer> selection = selected();
			if (selection.size() == 1) {
				int from = selection.get(0);
				repeat.moveRow(from, from + by);
				int to = Math.max(0, Math.min(repeat.rows().size() - 1, from + by));
				viewer.getTable().setSelection(to);
			}
		}

		private void copy() {
			List<EObject> rows = new ArrayList<>();
			StringBuilder text = new StringBuilder();
			for (int index : selected()) {
				ContainerNode row = repeat.rows().get(index);
				rows.add(EcoreUtil.copy(row.object()));
				List<String> values = new ArrayList<>();
				for (Leaf leaf : columns) {
					ControlNode control = cell(row, leaf);
					String value = control == null ? null : control.value();
					values.add(value == null ? "" : value.replace('\t', ' ').replace('\n', ' '));
				}
				text.append(String.join("\t", values)).append('\n');
			}
			if (rows.isEmpty()) {
				return;
			}
			copiedRows = List.copyOf(rows);
			Clipboard clipboard = new Clipboard(group.getDisplay());
			try {
				clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		}

		private void paste() {
			if (copiedRows.isEmpty() || copiedRows.get(0).eClass() != repeat.branch().eClass()) {
				return;
			}
			List<Integer> selection = selected();
			int at = selection.isEmpty() ? repeat.rows().size() : selection.get(selection.size() - 1) + 1;
			repeat.insertCopies(copiedRows, at);
		}

		private void refill() {
			cells.clear();
			viewer.setInput(repeat);
			viewer.setItemCount(repeat.rows().size());
			viewer.refresh();
			GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
			int visible = Math.max(3, Math.min(12, repeat.rows().size() + 1));
			data.heightHint = viewer.getTable().getHeaderHeight() + visible * viewer.getTable().getItemHeight();
			data.widthHint = 500;
			viewer.getTable().setLayoutData(data);
			fitColumns();
		}

		/**
		 * Each column as wide as its header and the texts of its first rows, between 60 and 260 pixels; after
		 * the first time columns only grow, so that a width the user chose stays.
		 */
		private void fitColumns() {
			Table table = viewer.getTable();
			GC gc = new GC(table);
			try {
				for (int i = 0; i < columns.size() && i + 1 < table.getColumnCount(); i++) {
					Leaf leaf = columns.get(i);
					CellRenderer cell = context.renderers().cell(leaf);
					int width = gc.textExtent(leaf.label()).x * 11 / 10 + 32; // headers are bold
					for (int r = 0; r < Math.min(repeat.rows().size(), FITTED_ROWS); r++) {
						ControlNode control = cell(repeat.rows().get(r), leaf);
						if (control != null && cell != null) {
							width = Math.max(width, gc.textExtent(cell.text(leaf, control.value())).x + 20);
						}
					}
					width = Math.max(60, Math.min(260, width));
					org.eclipse.swt.widgets.TableColumn column = table.getColumn(i + 1);
					column.setWidth(fitted ? Math.max(column.getWidth(), width) : width);
				}
				fitted = true;
			} finally {
				gc.dispose();
			}
		}

		@Override
		public FormNode node() {
			return repeat;
		}

		@Override
		public Control control() {
			return group;
		}

		@Override
		public void valueChanged(ControlNode control) {
			for (FormNode node = control.parent(); node != null; node = node.parent()) {
				if (node instanceof ContainerNode row && row.parent() == repeat) {
					viewer.update(row, null);
					return;
				}
			}
		}

		@Override
		public void commitEdits() {
			if (viewer.isCellEditorActive()) {
				viewer.applyEditorValue();
			}
		}

		@Override
		public void rowsChanged(RepeatNode changed) {
			if (changed == repeat && !group.isDisposed()) {
				refill();
				group.requestLayout();
			}
		}

		@Override
		public void stateChanged() {
			Widgets.show(group, repeat.visible());
			List<Diagnostic> own = new ArrayList<>(repeat.diagnostics());
			String text = Frames.messageText(own);
			if (!text.equals(message.getText())) {
				message.setText(text);
				Widgets.changed();
			}
			Widgets.show(message, !text.isEmpty());
			boolean editable = !repeat.form().session().readOnly();
			editButtons.forEach(button -> button.setEnabled(editable));
			// the rows' marks change only when their diagnostics do: no refresh of every row per keystroke
			List<Diagnostic> rowDiagnostics = repeat.allDiagnostics();
			if (!viewer.getTable().isDisposed() && !rowDiagnostics.equals(shownDiagnostics)) {
				shownDiagnostics = rowDiagnostics;
				viewer.refresh();
			}
		}

		@Override
		public boolean focus(FormNode node) {
			for (int index = 0; index < repeat.rows().size(); index++) {
				ContainerNode row = repeat.rows().get(index);
				for (FormNode current = node; current != null; current = current.parent()) {
					if (current == row) {
						viewer.getTable().setSelection(index);
						viewer.getTable().showSelection();
						viewer.getTable().setFocus();
						if (node instanceof ControlNode control) {
							int column = columns.indexOf(control.leaf());
							if (column >= 0 && !repeat.form().session().readOnly()) {
								// a virtual row may not have its item yet: give it one, then edit
								viewer.replace(row, index);
								viewer.editElement(row, column + 1);
							}
						}
						return true;
					}
				}
			}
			if (node == repeat) {
				viewer.getTable().setFocus();
				return true;
			}
			return false;
		}
	}

	static IStructuredSelection none() {
		return StructuredSelection.EMPTY;
	}
}
