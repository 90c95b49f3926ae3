package nl.oppstudio.forms.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.spi.ControlView;

/**
 * An input typed in a text widget: what the user types is stored as typing (one step of undo per run,
 * ended when the field loses focus), and a value that changed elsewhere (undo, reload) is shown without
 * making an edit.
 */
abstract class TextInput implements ControlView {

	protected final ControlNode control;
	protected Text text;
	private boolean updating;

	TextInput(ControlNode control) {
		this.control = control;
	}

	/** Makes {@code widget} this input's text: typing is stored, focus out ends the run of typing. */
	protected final Text bind(Text widget) {
		this.text = widget;
		widget.setTextLimit(nl.oppstudio.core.Limits.MAX_VALUE_CHARS); // what a document can hold in one value
		widget.addModifyListener(event -> {
			if (!updating) {
				typed(widget.getText());
			}
			changed();
		});
		widget.addListener(SWT.FocusOut, event -> control.form().session().endTyping());
		return widget;
	}

	/** Stores what was typed; by default as typed, without surrounding spaces. */
	protected void typed(String value) {
		control.type(value.strip());
	}

	/** After every change of the text, typed or shown (counters, advice). */
	protected void changed() {
	}

	/** The text as it compares with the stored value. */
	protected String current() {
		return text.getText().strip();
	}

	/** Shows a text without making an edit, unless the widget shows it already. */
	protected final void show(String shown) {
		if (!shown.equals(current())) {
			updating = true;
			try {
				text.setText(shown);
			} finally {
				updating = false;
			}
		}
	}

	@Override
	public void refresh() {
		String value = control.value();
		show(value == null ? "" : value);
	}

	@Override
	public Control focusControl() {
		return text;
	}

	@Override
	public void setEditable(boolean editable) {
		text.setEditable(editable);
	}
}
