package nl.oppstudio.forms.internal;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.spi.ControlRenderer;
import nl.oppstudio.forms.spi.ControlView;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;

/** The frame around every input: label with its required mark, help text, the input, and its message. */
public final class Frames {

	private Frames() {
	}

	public static NodeView field(Composite parent, ControlNode control, RenderContext context) {
		return new FieldFrame(parent, control, context);
	}

	public static NodeView placeholder(Composite parent, FormNode node) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(NLS.bind(Messages.noRenderer, node.label()));
		return new NodeView() {
			@Override
			public FormNode node() {
				return node;
			}

			@Override
			public Control control() {
				return label;
			}

			@Override
			public void stateChanged() {
				Widgets.show(label, node.visible());
			}
		};
	}

	/** Gives a widget the accessible name a screen reader reads: the label of its field. */
	public static void accessibleName(Control control, String name) {
		control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent event) {
				event.result = name;
			}
		});
	}

	/** The text of a label: the field's label, with " *" when a value is required. */
	public static String labelText(String label, boolean required) {
		return required ? label + " *" : label;
	}

	/** The diagnostics as one or two lines under a field. */
	public static String messageText(List<Diagnostic> diagnostics) {
		StringBuilder text = new StringBuilder();
		for (Diagnostic diagnostic : diagnostics) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(diagnostic.message());
		}
		return text.toString();
	}

	private static final class FieldFrame implements NodeView {
		private final ControlNode control;
		private final Composite frame;
		private final Label label;
		private final Label message;
		private final ControlView input;
		private boolean wasRequired;
		private boolean wasEditable = true;

		FieldFrame(Composite parent, ControlNode control, RenderContext context) {
			this.control = control;
			frame = new Composite(parent, SWT.NONE);
			GridLayout layout = new GridLayout(1, false);
			layout.marginWidth = 0;
			layout.marginHeight = 0;
			layout.verticalSpacing = 2;
			frame.setLayout(layout);
			label = new Label(frame, SWT.WRAP);
			label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
			label.setText(labelText(control.label(), control.required()));
			label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			wasRequired = control.required();
			String help = control.help();
			if (help != null && !help.isBlank()) {
				Label helpLabel = new Label(frame, SWT.WRAP);
				helpLabel.setText(help);
				helpLabel.setForeground(frame.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				helpLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			}
			Composite body = new Composite(frame, SWT.NONE);
			GridLayout bodyLayout = new GridLayout(1, false);
			bodyLayout.marginWidth = 0;
			bodyLayout.marginHeight = 0;
			body.setLayout(bodyLayout);
			body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			ControlRenderer renderer = context.renderers().control(control);
			input = renderer == null ? unrendered(body, control) : renderer.render(body, control, context);
			body.setData(FormView.PATH_KEY, control.path());
			accessibleName(input.focusControl(), control.label());
			message = new Label(frame, SWT.WRAP);
			GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
			messageData.exclude = true;
			message.setLayoutData(messageData);
			message.setVisible(false);
			input.setEditable(!control.form().session().readOnly());
			wasEditable = !control.form().session().readOnly();
		}

		@Override
		public FormNode node() {
			return control;
		}

		@Override
		public Control control() {
			return frame;
		}

		@Override
		public void valueChanged(ControlNode changed) {
			if (changed == control) {
				input.refresh();
			}
		}

		@Override
		public void stateChanged() {
			Widgets.show(frame, control.visible());
			if (wasRequired != control.required()) {
				wasRequired = control.required();
				label.setText(labelText(control.label(), wasRequired));
				Widgets.changed();
			}
			boolean editable = !control.form().session().readOnly();
			if (editable != wasEditable) {
				wasEditable = editable;
				input.setEditable(editable);
			}
			List<Diagnostic> diagnostics = control.diagnostics();
			String text = messageText(diagnostics);
			if (!text.equals(message.getText())) {
				message.setText(text);
				Widgets.changed();
				boolean error = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
				message.setForeground(frame.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
			}
			Widgets.show(message, !text.isEmpty());
			input.focusControl().setToolTipText(text.isEmpty() ? null : text);
		}

		@Override
		public boolean focus(FormNode node) {
			return node == control && !frame.isDisposed() && input.focusControl().setFocus();
		}
	}

	/** The input of a value kind that no renderer knows: its stored value, read-only. */
	static ControlView unrendered(Composite parent, ControlNode control) {
		return new Unrendered(parent, control);
	}

	private static final class Unrendered implements ControlView {
		private final Label text;
		private final ControlNode control;

		Unrendered(Composite parent, ControlNode control) {
			this.control = control;
			text = new Label(parent, SWT.WRAP);
			refresh();
		}

		@Override
		public void refresh() {
			String value = control.value();
			text.setText(value == null ? "" : value);
		}

		@Override
		public Control focusControl() {
			return text;
		}

		@Override
		public void setEditable(boolean editable) {
			// never editable
		}
	}
}
