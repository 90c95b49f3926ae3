package nl.oppstudio.forms.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.document.UitstroomAdvice;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.LevelScale;
import nl.oppstudio.format.model.LevelType;
import nl.oppstudio.forms.ControlNode;

/**
 * A level (LRV, DLE, functioneringsniveau, referentieniveau) with, beside it, the uitstroom indication of
 * the SWV table ({@code opp advice}): advice only, never written into the document.
 */
final class LevelControl extends TextInput {

	private final LevelScale scale;
	private final Label advice;

	LevelControl(Composite parent, ControlNode control) {
		super(control);
		this.scale = control.element() instanceof Field field && field.getType() instanceof LevelType level ? level.getScale() : null;
		Composite row = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 12;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bind(new Text(row, SWT.SINGLE | SWT.BORDER));
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
	}

	@Override
	protected void changed() {
		showAdvice();
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
		super.refresh();
		showAdvice();
	}
}
