package nl.oppstudio.ui.internal.git;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.versions.FormatRepository;

/**
 * Asks a user name and password when a remote wants them. They go to JGit and are kept in memory for
 * this session only ({@link FormatRepository}); never written anywhere.
 */
final class LoginDialog extends Dialog {

	private final String remote;
	private final boolean again;
	private Text user;
	private Text password;
	private FormatRepository.Login login;

	LoginDialog(Shell parent, String remote, boolean again) {
		super(parent);
		this.remote = remote;
		this.again = again;
	}

	/** A prompt that opens this dialog on the UI thread (called from the background thread of a pull or push). */
	static FormatRepository.CredentialsPrompt prompt(Shell parent) {
		Display display = parent.getDisplay();
		return (remote, again) -> {
			AtomicReference<FormatRepository.Login> answer = new AtomicReference<>();
			display.syncExec(() -> {
				LoginDialog dialog = new LoginDialog(parent, remote, again);
				if (dialog.open() == OK) {
					answer.set(dialog.login);
				}
			});
			return Optional.ofNullable(answer.get());
		};
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.loginTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(again ? Messages.loginAgain : Messages.loginMessage, remote));
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(intro);
		new Label(area, SWT.NONE).setText(Messages.loginUser);
		user = new Text(area, SWT.BORDER);
		user.setData(WidgetIds.KEY, GitIds.LOGIN_USER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(user);
		new Label(area, SWT.NONE).setText(Messages.loginPassword);
		password = new Text(area, SWT.BORDER | SWT.PASSWORD);
		password.setData(WidgetIds.KEY, GitIds.LOGIN_PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.loginButton, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
	}

	@Override
	protected void okPressed() {
		login = new FormatRepository.Login(user.getText().strip(), password.getTextChars());
		super.okPressed();
	}
}
