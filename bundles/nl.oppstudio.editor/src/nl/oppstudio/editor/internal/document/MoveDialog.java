package nl.oppstudio.editor.internal.document;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.document.LifecycleException;
import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.forms.internal.DutchDates;
import nl.oppstudio.forms.internal.Frames;

/**
 * Who makes a move, in which role, and (for a consent) the decision, paper or digital, and the parts agreed
 * on. OK makes the move; a refusal by the law or the state stays in the dialog with its reason.
 */
final class MoveDialog extends Dialog {

	private static final List<String> PARENT_ROLES = List.of("ouders", "moeder", "vader", "voogd", "leerling (meerderjarig)",
			"curator");
	private static final List<String> ADOPT_ROLES = List.of("bevoegd gezag", "directeur (gemandateerd)", "bestuurder");
	private static final List<String> SCHOOL_ROLES = List.of("intern begeleider", "zorgcoördinator", "mentor", "directeur",
			"bevoegd gezag");

	private final String title;
	private final boolean consent;
	private final boolean adopt;
	private final LifecycleAction.Maker maker;
	private Text who;
	private Combo role;
	private Button[] decisions;
	private Button[] ways;
	private Text parts;
	private Text remark;
	private Text date;
	private Label error;

	MoveDialog(Shell parent, String title, boolean consent, boolean adopt, LifecycleAction.Maker maker) {
		super(parent);
		this.title = title;
		this.consent = consent;
		this.adopt = adopt;
		this.maker = maker;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
		shell.setData(EditorIds.KEY, DocumentIds.MOVE_DIALOG);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		who = text(area, Messages.moveWho, DocumentIds.MOVE_WHO);
		label(area, Messages.moveRole);
		role = new Combo(area, SWT.DROP_DOWN);
		(consent ? PARENT_ROLES : adopt ? ADOPT_ROLES : SCHOOL_ROLES).forEach(role::add);
		role.setData(EditorIds.KEY, DocumentIds.MOVE_ROLE);
		role.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Frames.accessibleName(role, Messages.moveRole);
		if (consent) {
			decisions = radios(area, Messages.moveDecision, DocumentIds.MOVE_DECISION, Messages.decisionAgreed,
					Messages.decisionNotAgreed, Messages.decisionPartly);
			ways = radios(area, Messages.moveWay, DocumentIds.MOVE_WAY, Messages.wayPaper, Messages.wayDigital);
			parts = text(area, Messages.moveParts, DocumentIds.MOVE_PARTS);
		}
		remark = text(area, Messages.moveRemark, DocumentIds.MOVE_REMARK);
		date = text(area, Messages.moveDate, DocumentIds.MOVE_DATE);
		date.setText(DutchDates.shown(DocumentTab.today().toString()));
		error = new Label(area, SWT.WRAP);
		error.setData(EditorIds.KEY, DocumentIds.MOVE_ERROR);
		error.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData errorData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		errorData.widthHint = 460;
		error.setLayoutData(errorData);
		return area;
	}

	private static void label(Composite area, String text) {
		Label label = new Label(area, SWT.NONE);
		label.setText(text);
	}

	private static Text text(Composite area, String label, String id) {
		label(area, label);
		Text text = new Text(area, SWT.BORDER | SWT.SINGLE);
		text.setData(EditorIds.KEY, id);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 320;
		text.setLayoutData(data);
		Frames.accessibleName(text, label.replace("&", ""));
		return text;
	}

	private static Button[] radios(Composite area, String label, String id, String... options) {
		label(area, label);
		Composite row = new Composite(area, SWT.NONE);
		row.setLayout(new RowLayout());
		row.setData(EditorIds.KEY, id);
		Button[] buttons = new Button[options.length];
		for (int i = 0; i < options.length; i++) {
			buttons[i] = new Button(row, SWT.RADIO);
			buttons[i].setText(options[i]);
		}
		buttons[0].setSelection(true);
		return buttons;
	}

	private static int chosen(Button[] buttons) {
		for (int i = 0; i < buttons.length; i++) {
			if (buttons[i].getSelection()) {
				return i;
			}
		}
		return 0;
	}

	@Override
	protected void okPressed() {
		String decision = consent ? nl.oppstudio.document.Lifecycle.DECISIONS.get(chosen(decisions)) : null;
		String way = consent ? nl.oppstudio.document.Lifecycle.WAYS.get(chosen(ways)) : null;
		java.time.LocalDate day = DutchDates.parse(date.getText());
		if (day == null || day.isAfter(DocumentTab.today())) {
			error.setText(day == null ? Messages.moveDateInvalid : Messages.moveDateFuture);
			error.requestLayout();
			return;
		}
		LifecycleAction.Move move = new LifecycleAction.Move(blankToNull(who.getText()), blankToNull(role.getText()), decision,
				way, consent ? blankToNull(parts.getText()) : null, blankToNull(remark.getText()), day);
		try {
			maker.make(move);
		} catch (LifecycleException refusal) {
			error.setText(refusal.getMessage());
			error.requestLayout();
			getShell().pack();
			return;
		}
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, title, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
