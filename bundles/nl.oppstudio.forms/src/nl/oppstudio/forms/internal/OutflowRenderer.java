package nl.oppstudio.forms.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.document.DisplayValues;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.document.UitstroomAdvice;
import nl.oppstudio.format.model.OutflowBlock;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.Form;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.spi.BlockRenderer;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;

/**
 * {@code uitstroom}: niveau, bestemming and onderbouwing, with beside them the uitstroom indication of the
 * SWV table for the levels filled in anywhere in the document ({@link UitstroomAdvice}, as {@code opp
 * advice} prints it). The indication is advice: nothing here writes it into the document (seed 000: a
 * prognosis "mag nooit automatisch overgenomen worden").
 */
public final class OutflowRenderer implements BlockRenderer {

	/** The data key value ({@link FormView#PATH_KEY}) of the advice panel: the block's path + this. */
	public static final String ADVICE = "#advies";

	@Override
	public double rank(FormNode node) {
		return node instanceof ContainerNode container && container.element() instanceof OutflowBlock ? 10 : NOT_APPLICABLE;
	}

	@Override
	public NodeView render(Composite parent, FormNode node, RenderContext context) {
		return new View(parent, (ContainerNode) node, context);
	}

	/**
	 * The lines of the indication, one per level that gives one; a level in a row of a table is named with
	 * the row's first value (its subject, as "Technisch lezen").
	 */
	static List<String> adviceLines(Form form) {
		List<String> lines = new ArrayList<>();
		List<ControlNode> controls = form.controls();
		for (UitstroomAdvice.Indication indication : UitstroomAdvice.of(form.session().document())) {
			String uitstroom = String.join(", ", indication.uitstroom());
			String row = rowName(controls, indication.path());
			lines.add(row == null ? NLS.bind(Messages.outflowAdviceLine, new Object[] { indication.label(), indication.value(), uitstroom })
					: NLS.bind(Messages.outflowAdviceLineIn, new Object[] { row, indication.label(), indication.value(), uitstroom }));
		}
		return lines;
	}

	private static String rowName(List<ControlNode> controls, String path) {
		for (ControlNode control : controls) {
			if (control.path().equals(path) && control.parent() instanceof ContainerNode row
					&& row.kind() == ContainerNode.Kind.ROW) {
				for (FormNode sibling : row.children()) {
					if (sibling instanceof ControlNode first && first != control && first.value() != null
							&& (first.kind() == ValueKind.CHOICE || first.kind() == ValueKind.TEXT)) {
						return DisplayValues.of(first.leaf(), first.value());
					}
				}
			}
		}
		return null;
	}

	private static final class View extends BlockView {
		private final Label advice;

		View(Composite parent, ContainerNode block, RenderContext context) {
			super(parent, block, context);
			GridLayout layout = grid(2, false);
			layout.horizontalSpacing = 16;
			body.setLayout(layout);
			Composite fields = new Composite(body, SWT.NONE);
			GridLayout fieldsLayout = grid(1, false);
			fieldsLayout.verticalSpacing = 10;
			fields.setLayout(fieldsLayout);
			fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			for (FormNode child : block.children()) {
				narrow(context.render(fields, child).control(), 320);
			}
			Group panel = new Group(body, SWT.NONE);
			panel.setText(Messages.outflowAdviceTitle);
			panel.setLayout(new GridLayout(1, false));
			GridData panelData = new GridData(SWT.FILL, SWT.TOP, false, false);
			panelData.widthHint = 300;
			panel.setLayoutData(panelData);
			panel.setData(FormView.PATH_KEY, block.path() + ADVICE);
			advice = new Label(panel, SWT.WRAP);
			advice.setForeground(panel.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
			advice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			Label note = new Label(panel, SWT.WRAP);
			note.setText(Messages.outflowAdviceNote);
			note.setForeground(panel.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			stateChanged();
		}

		@Override
		public void valueChanged(ControlNode control) {
			if (control.kind() == ValueKind.LEVEL) {
				showAdvice();
			}
		}

		@Override
		public void stateChanged() {
			super.stateChanged();
			showAdvice();
		}

		private void showAdvice() {
			if (advice.isDisposed()) {
				return;
			}
			List<String> lines = adviceLines(node.form());
			String text = lines.isEmpty() ? Messages.outflowAdviceNone : String.join("\n", lines);
			if (!text.equals(advice.getText())) {
				advice.setText(text);
				advice.requestLayout();
			}
		}
	}
}
