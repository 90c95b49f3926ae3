package nl.oppstudio.forms.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.TextType;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.spi.ControlView;

/** Text, and long text that grows with what is typed; a counter against the format's {@code max}. */
final class TextControl implements ControlView {

	private static final int MIN_LINES = 3;
	private static final int MAX_LINES = 16;

	private final ControlNode control;
	private final Text text;
	private final Label counter;
	private final Label atLimit; // shown while the text is as long as one value may be
	private final int max;
	private final boolean multi;
	private boolean updating;
	private int lines;

	TextControl(Composite parent, ControlNode control) {
		this.control = control;
		this.multi = control.kind() == ValueKind.LONG_TEXT;
		this.max = control.element() instanceof Field field && field.getType() instanceof TextType type ? type.getMaxLength() : 0;
		Composite row = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 1;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		text = new Text(row, multi ? SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL : SWT.SINGLE | SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = multi ? 400 : 300;
		text.setLayoutData(data);
		// a value past this could not be saved (Documents.save refuses what the loader would refuse, issue 16)
		text.setTextLimit(nl.oppstudio.core.Limits.MAX_VALUE_CHARS);
		atLimit = new Label(row, SWT.WRAP);
		atLimit.setText(NLS.bind(Messages.valueAtLimit, nl.oppstudio.core.Limits.number(nl.oppstudio.core.Limits.MAX_VALUE_CHARS)));
		atLimit.setForeground(atLimit.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData atLimitData = new GridData(SWT.FILL, SWT.TOP, true, false);
		atLimitData.widthHint = data.widthHint;
		atLimitData.exclude = true;
		atLimit.setLayoutData(atLimitData);
		atLimit.setVisible(false);
		if (max > 0) {
			counter = new Label(row, SWT.NONE);
			counter.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
		} else {
			counter = null;
		}
		refresh();
		text.addModifyListener(event -> {
			int limit = nl.oppstudio.core.Limits.MAX_VALUE_CHARS;
			if (!updating && text.getCharCount() > limit) { // a text set past the widget's limit (setText on GTK)
				String all = text.getText();
				int end = Character.isHighSurrogate(all.charAt(limit - 1)) ? limit - 1 : limit;
				updating = true;
				try {
					text.setText(all.substring(0, end));
				} finally {
					updating = false;
				}
			}
			updateCounter();
			grow();
			if (!updating) {
				control.type(text.getText());
			}
		});
		text.addListener(SWT.FocusOut, event -> control.form().session().endTyping());
		if (multi) {
			// wrapped lines depend on the width, which is known only once the text is laid out
			text.addListener(SWT.Resize, event -> grow());
			// Tab moves to the next field, as in every other input; Ctrl+Tab would be the only way out otherwise.
			text.addTraverseListener(event -> {
				if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					event.doit = true;
				}
			});
		}
	}

	@Override
	public void refresh() {
		String value = control.value();
		String shown = value == null ? "" : value;
		if (!shown.equals(text.getText())) {
			updating = true;
			try {
				org.eclipse.swt.graphics.Point selection = text.getSelection();
				text.setText(shown);
				int caret = Math.min(selection.x, shown.length());
				text.setSelection(caret);
			} finally {
				updating = false;
			}
		}
		updateCounter();
		grow();
	}

	private void updateCounter() {
		boolean full = text.getCharCount() >= nl.oppstudio.core.Limits.MAX_VALUE_CHARS - 1; // -1: a character past U+FFFF
		if (atLimit.getVisible() != full) {
			atLimit.setVisible(full);
			((GridData) atLimit.getLayoutData()).exclude = !full;
			atLimit.requestLayout();
		}
		if (counter != null) {
			int length = text.getCharCount();
			counter.setText(NLS.bind(Messages.counter, length, max));
			counter.setForeground(counter.getDisplay().getSystemColor(length > max ? SWT.COLOR_RED : SWT.COLOR_DARK_GRAY));
			counter.requestLayout();
		}
	}

	/** Long text grows with its lines (between 3 and 16), then scrolls. */
	private void grow() {
		if (!multi) {
			return;
		}
		int wanted = Math.max(MIN_LINES, Math.min(MAX_LINES, visualLines() + 1));
		if (wanted != lines) {
			lines = wanted;
			((GridData) text.getLayoutData()).heightHint = lines * text.getLineHeight();
			text.requestLayout();
		}
	}

	/**
	 * The lines the text takes as wrapped at its present width (Text.getLineCount counts only the line
	 * breaks on GTK); before it is laid out, its line breaks.
	 */
	private int visualLines() {
		int width = text.getClientArea().width - 8;
		if (width <= 0 || text.getCharCount() == 0) {
			return text.getLineCount();
		}
		TextLayout layout = new TextLayout(text.getDisplay());
		try {
			layout.setFont(text.getFont());
			layout.setWidth(width);
			layout.setText(text.getText());
			return Math.max(text.getLineCount(), layout.getLineCount());
		} finally {
			layout.dispose();
		}
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
