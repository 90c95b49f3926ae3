package nl.oppstudio.forms.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.spi.ControlRenderer;
import nl.oppstudio.forms.spi.ControlView;
import nl.oppstudio.forms.spi.RenderContext;

/**
 * One value in the grid of a block: the input of its value kind (from the control renderers, so an SWV's
 * own input applies here too) without the label of a field, since the grid's headers name it; its
 * messages below it. The composite carries the value's path as {@link FormView#PATH_KEY}.
 */
final class BlockCell {

	private final ControlNode control;
	private final Composite composite;
	private final ControlView input;
	private final Label message;
	private boolean editable;

	BlockCell(Composite parent, ControlNode control, RenderContext context, String name) {
		this.control = control;
		composite = new Composite(parent, SWT.NONE);
		GridLayout layout = BlockView.grid(1, false);
		layout.verticalSpacing = 1;
		composite.setLayout(layout);
		composite.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		composite.setData(FormView.PATH_KEY, control.path());
		ControlRenderer renderer = context.renderers().control(control);
		input = renderer == null ? Frames.unrendered(composite, control) : renderer.render(composite, control, context);
		Frames.accessibleName(input.focusControl(), name);
		message = new Label(composite, SWT.WRAP);
		GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
		messageData.exclude = true;
		message.setLayoutData(messageData);
		message.setVisible(false);
		editable = !control.form().session().readOnly();
		input.setEditable(editable);
	}

	Composite control() {
		return composite;
	}

	ControlNode node() {
		return control;
	}

	void refresh() {
		if (!composite.isDisposed()) {
			input.refresh();
		}
	}

	void stateChanged() {
		if (composite.isDisposed()) {
			return;
		}
		Widgets.show(composite, control.visible());
		boolean now = !control.form().session().readOnly();
		if (now != editable) {
			editable = now;
			input.setEditable(editable);
		}
		List<Diagnostic> diagnostics = control.diagnostics();
		String text = Frames.messageText(diagnostics);
		if (!text.equals(message.getText())) {
			message.setText(text);
			Widgets.changed();
			boolean error = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
			message.setForeground(composite.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
		}
		Widgets.show(message, !text.isEmpty());
		input.focusControl().setToolTipText(text.isEmpty() ? null : text);
	}

	boolean focus() {
		return !composite.isDisposed() && input.focusControl().setFocus();
	}
}
