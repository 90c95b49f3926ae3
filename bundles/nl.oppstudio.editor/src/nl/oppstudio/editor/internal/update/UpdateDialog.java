package nl.oppstudio.editor.internal.update;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.editor.internal.Widgets;
import nl.oppstudio.update.FormatUpdates;

/** "Zoeken naar updates": what is new, in words grouped as {@code opp diff} groups them; Installeren or Later. */
public final class UpdateDialog extends Dialog {

	private final List<FormatUpdates.Update> updates;

	public UpdateDialog(Shell parent, List<FormatUpdates.Update> updates) {
		super(parent);
		this.updates = List.copyOf(updates);
	}

	/** The text shown: a warning for plain http, then each update's description, an empty line between them. */
	public static String text(List<FormatUpdates.Update> updates) {
		List<String> lines = new ArrayList<>();
		updates.stream().map(u -> u.repository().warning()).flatMap(java.util.Optional::stream).distinct()
				.forEach(lines::add);
		for (FormatUpdates.Update update : updates) {
			if (!lines.isEmpty()) {
				lines.add("");
			}
			lines.addAll(update.describe());
		}
		return String.join("\n", lines);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.checkTitle);
		Widgets.id(shell, EditorIds.UPDATE_DIALOG);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label question = new Label(area, SWT.WRAP);
		question.setText(Messages.updateQuestion);
		Text text = Widgets.id(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
				EditorIds.UPDATE_TEXT);
		text.setText(text(updates));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 640;
		data.heightHint = 320;
		text.setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.install, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.later, false);
	}
}
