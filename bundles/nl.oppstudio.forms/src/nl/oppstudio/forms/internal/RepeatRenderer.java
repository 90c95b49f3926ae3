package nl.oppstudio.forms.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.RepeatNode;
import nl.oppstudio.forms.spi.BlockRenderer;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;

/** A repeating group that is not a table: each row as a frame of its members, with buttons to add, move and remove. */
public final class RepeatRenderer implements BlockRenderer {

	@Override
	public double rank(FormNode node) {
		return node instanceof RepeatNode ? 1 : NOT_APPLICABLE;
	}

	@Override
	public NodeView render(Composite parent, FormNode node, RenderContext context) {
		return new View(parent, (RepeatNode) node, context);
	}

	private static final class View implements NodeView {
		private final RepeatNode repeat;
		private final RenderContext context;
		private final Group group;
		private final Composite rows;
		private final Label message;
		private final Button add;

		View(Composite parent, RepeatNode repeat, RenderContext context) {
			this.repeat = repeat;
			this.context = context;
			group = new Group(parent, SWT.NONE);
			group.setText(repeat.label());
			group.setLayout(new GridLayout(1, false));
			String help = repeat.element().getHelp();
			if (help != null && !help.isBlank()) {
				Label helpLabel = new Label(group, SWT.WRAP);
				helpLabel.setText(help);
				helpLabel.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				helpLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			}
			rows = new Composite(group, SWT.NONE);
			GridLayout rowsLayout = new GridLayout(1, false);
			rowsLayout.marginWidth = 0;
			rowsLayout.marginHeight = 0;
			rows.setLayout(rowsLayout);
			rows.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			message = new Label(group, SWT.WRAP);
			message.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_RED));
			message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			add = new Button(group, SWT.PUSH);
			add.setText(NLS.bind(Messages.rowAdd, repeat.branch().label()));
			add.addListener(SWT.Selection, event -> repeat.addRow(-1));
			fillRows();
		}

		private void fillRows() {
			for (Control child : rows.getChildren()) {
				child.dispose();
			}
			for (ContainerNode row : repeat.rows()) {
				Group frame = new Group(rows, SWT.NONE);
				frame.setText(row.label());
				frame.setLayout(new GridLayout(1, false));
				frame.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
				context.renderChildren(frame, row);
				Composite buttons = new Composite(frame, SWT.NONE);
				buttons.setLayout(new GridLayout(3, false));
				int index = row.rowIndex();
				button(buttons, Messages.rowUp, () -> repeat.moveRow(index, index - 1)).setEnabled(index > 0);
				button(buttons, Messages.rowDown, () -> repeat.moveRow(index, index + 1)).setEnabled(index < repeat.rows().size() - 1);
				button(buttons, Messages.rowRemove, () -> repeat.removeRow(index));
			}
			stateChanged();
		}

		private static Button button(Composite parent, String text, Runnable action) {
			Button button = new Button(parent, SWT.PUSH);
			button.setText(text);
			button.addListener(SWT.Selection, event -> action.run());
			return button;
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
		public void rowsChanged(RepeatNode changed) {
			if (changed == repeat && !group.isDisposed()) {
				fillRows();
				group.requestLayout();
			}
		}

		@Override
		public void stateChanged() {
			Widgets.show(group, repeat.visible());
			String text = Frames.messageText(repeat.diagnostics());
			if (!text.equals(message.getText())) {
				message.setText(text);
				Widgets.changed();
			}
			Widgets.show(message, !text.isEmpty());
			boolean editable = !repeat.form().session().readOnly();
			add.setEnabled(editable && (repeat.maxRows() == 0 || repeat.rows().size() < repeat.maxRows()));
		}
	}
}
