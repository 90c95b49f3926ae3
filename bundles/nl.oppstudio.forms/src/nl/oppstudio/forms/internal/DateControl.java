package nl.oppstudio.forms.internal;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.forms.ControlNode;

/**
 * A date typed as dd-mm-jjjj or picked from a calendar, stored as ISO. Empty is a valid state (SWT's
 * DateTime cannot be empty, so the calendar only fills the text). A date that cannot be read is not
 * stored; the field says how to write it.
 */
final class DateControl extends TextInput {

	private final Button pick;
	private final Label hint;

	DateControl(Composite parent, ControlNode control) {
		super(control);
		Composite row = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		bind(new Text(row, SWT.SINGLE | SWT.BORDER));
		text.setMessage(Messages.datePattern);
		GridData data = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
		data.widthHint = 110;
		text.setLayoutData(data);
		pick = new Button(row, SWT.PUSH);
		pick.setText(Messages.datePick);
		pick.setToolTipText(Messages.datePickTip);
		hint = new Label(row, SWT.NONE);
		hint.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_RED));
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		refresh();
		pick.addListener(SWT.Selection, event -> openCalendar());
	}

	/** A date is stored as ISO once it can be read; until then the field says how to write it. */
	@Override
	protected void typed(String value) {
		String typed = value.strip();
		LocalDate date = DutchDates.parse(typed);
		if (typed.isEmpty()) {
			setHint("");
			control.type(null);
		} else if (date != null) {
			setHint("");
			control.type(date.toString());
		} else {
			setHint(Messages.dateInvalid);
		}
	}

	private void setHint(String message) {
		if (!message.equals(hint.getText())) {
			hint.setText(message);
			hint.requestLayout();
		}
	}

	private void openCalendar() {
		Shell popup = new Shell(text.getShell(), SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
		popup.setText(control.label());
		popup.setLayout(new GridLayout(2, true));
		DateTime calendar = new DateTime(popup, SWT.CALENDAR);
		calendar.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		LocalDate current = DutchDates.parse(text.getText());
		if (current != null) {
			calendar.setDate(current.getYear(), current.getMonthValue() - 1, current.getDayOfMonth());
		}
		Button ok = new Button(popup, SWT.PUSH);
		ok.setText(Messages.ok);
		ok.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button cancel = new Button(popup, SWT.PUSH);
		cancel.setText(Messages.cancel);
		cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Runnable choose = () -> {
			LocalDate date = LocalDate.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay());
			popup.close();
			control.set(date.toString());
		};
		ok.addListener(SWT.Selection, event -> choose.run());
		calendar.addListener(SWT.DefaultSelection, event -> choose.run());
		cancel.addListener(SWT.Selection, event -> popup.close());
		popup.setDefaultButton(ok);
		popup.pack();
		popup.setLocation(pick.toDisplay(0, pick.getSize().y));
		popup.open();
	}

	@Override
	public void refresh() {
		LocalDate typed = DutchDates.parse(text.getText());
		if (typed == null || !typed.toString().equals(control.value())) {
			show(DutchDates.shown(control.value()));
			setHint("");
		}
	}

	@Override
	public void setEditable(boolean editable) {
		super.setEditable(editable);
		pick.setEnabled(editable);
	}
}
