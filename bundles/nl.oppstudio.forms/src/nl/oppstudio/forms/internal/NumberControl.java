package nl.oppstudio.forms.internal;

import java.math.BigDecimal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.NumberType;

/** A number with its unit and bounds beside it; empty is a valid state, validation judges the rest. */
final class NumberControl extends TextInput {

	NumberControl(Composite parent, ControlNode control) {
		super(control);
		NumberType type = control.element() instanceof Field field && field.getType() instanceof NumberType number ? number : null;
		Composite row = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		bind(new Text(row, SWT.SINGLE | SWT.BORDER | SWT.RIGHT));
		GridData data = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		data.widthHint = 90;
		text.setLayoutData(data);
		Label unit = new Label(row, SWT.NONE);
		unit.setText(describe(type));
		unit.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		refresh();
	}

	private static String describe(NumberType type) {
		if (type == null) {
			return "";
		}
		String unit = type.getUnit() == null ? "" : type.getUnit();
		BigDecimal min = type.getMin();
		BigDecimal max = type.getMax();
		String bounds = min != null && max != null ? NLS.bind(Messages.numberBetween, plain(min), plain(max))
				: min != null ? NLS.bind(Messages.numberAtLeast, plain(min))
						: max != null ? NLS.bind(Messages.numberAtMost, plain(max)) : "";
		return (unit + " " + bounds).strip();
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}
}
