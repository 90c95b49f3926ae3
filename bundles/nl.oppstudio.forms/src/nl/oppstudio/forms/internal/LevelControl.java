package nl.oppstudio.forms.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.document.UitstroomAdvice;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.LevelScale;
import nl.oppstudio.format.model.LevelType;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.spi.ControlView;

/**
 * A level (LRV, DLE, functioneringsniveau, referentieniveau) with, beside it, the uitstroom indication of
 * the SWV table ({@code opp advice}): advice only, never written into the document.
 */
final class LevelControl implements ControlView {

	private final ControlNode control;
	private final LevelScale scale;
	private final Text text;
	private final Label advice;
	private boolean updating;

	LevelControl(Composite parent, ControlNode control) {
		this.control = control;
		this.scale = control.element() instanceof Field field && field.getType() instanceof LevelType level ? level.getScale() : null;
		Composite row = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 12;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		text = new Text(row, SWT.SINGLE | SWT.BORDER);
		GridData data = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		data.widthHint = 120;
		text.setLayoutData(data);
		if (scale != null) {
			text.setMessage(scaleHint(scale));
		}
		advice = new Label(row, SWT.WRAP);
		advice.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		advice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		advice.setData(nl.oppstudio.forms.FormView.PATH_KEY, control.path() + "#advies");
		refresh();
		text.addModifyListener(event -> {
			if (!updating) {
				control.type(text.getText());
			}
			showAdvice();
		});
		text.addListener(SWT.FocusOut, event -> control.form().session().endTyping());
	}

	private static String scaleHint(LevelScale scale) {
		return switch (scale) {
		case LRV -> Messages.levelLrv;
		case DLE -> Messages.levelDle;
		case FUNCTIONERINGSNIVEAU -> Messages.levelFunctioning;
		case REFERENTIENIVEAU -> Messages.levelReference;
		};
	}

	private void showAdvice() {
		List<String> uitstroom = scale == null || text.getText().isBlank() ? List.of()
				: UitstroomAdvice.indicate(scale, text.getText());
		String shown = uitstroom.isEmpty() ? "" : NLS.bind(Messages.adviceText, String.join(", ", uitstroom));
		if (!shown.equals(advice.getText())) {
			advice.setText(shown);
			advice.requestLayout();
		}
	}

	@Override
	public void refresh() {
		String value = control.value();
		String shown = value == null ? "" : value;
		if (!shown.equals(text.getText())) {
			updating = true;
			try {
				text.setText(shown);
			} finally {
				updating = false;
			}
		}
		showAdvice();
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
