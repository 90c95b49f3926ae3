package nl.oppstudio.ui.internal.git;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.StudioContext;
import nl.oppstudio.versions.FormatRepository;
import nl.oppstudio.versions.VersionException;

/**
 * "Publiceren…": the new version (proposed from the diff with the last published one), a message, and
 * the five steps with their verdicts, planned again while the user types. The button is disabled, with
 * the reason shown, while a step fails. Planning and publishing run off the UI thread.
 */
public final class PublishDialog extends Dialog {

	private final StudioContext context;
	private final Path format;
	private Text version;
	private Text message;
	private Table steps;
	private Label reason;
	private Button publish;
	/** Only the newest plan is shown. */
	private int generation;
	private boolean published;

	public PublishDialog(Shell parent, StudioContext context, Path format) {
		super(parent);
		this.context = context;
		this.format = format;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.publishTitle, format.getFileName()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new org.eclipse.swt.layout.GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.publishIntro);
		GridDataFactory.fillDefaults().span(2, 1).hint(560, SWT.DEFAULT).grab(true, false).applyTo(intro);
		new Label(area, SWT.NONE).setText(Messages.publishVersion);
		version = new Text(area, SWT.BORDER);
		version.setData(WidgetIds.KEY, GitIds.PUBLISH_VERSION);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(version);
		new Label(area, SWT.NONE).setText(Messages.publishMessage);
		message = new Text(area, SWT.BORDER);
		message.setData(WidgetIds.KEY, GitIds.PUBLISH_MESSAGE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		steps = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		steps.setData(WidgetIds.KEY, GitIds.PUBLISH_STEPS);
		steps.setHeaderVisible(true);
		for (String title : new String[] { "", Messages.publishColumnStep, Messages.publishColumnVerdict }) {
			new TableColumn(steps, SWT.NONE).setText(title);
		}
		steps.getColumn(0).setWidth(30);
		steps.getColumn(1).setWidth(230);
		steps.getColumn(2).setWidth(700);
		// wide enough for a refusal's verdict ("Ten opzichte van …: brekende wijzigingen vragen een nieuwe hoofdversie …")
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(960, 150).applyTo(steps);
		reason = new Label(area, SWT.WRAP);
		reason.setData(WidgetIds.KEY, GitIds.PUBLISH_REASON);
		reason.setText(Messages.publishPlanning);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(reason);
		version.addModifyListener(e -> replanSoon());
		message.addModifyListener(e -> replanSoon());
		propose();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		publish = createButton(parent, IDialogConstants.OK_ID, Messages.publishButton, true);
		publish.setData(WidgetIds.KEY, GitIds.PUBLISH_BUTTON);
		publish.setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
	}

	/** Proposes the version from the diff with the last published one, then plans. */
	private void propose() {
		Background.run(getParentShell().getDisplay(), "voorstel", () -> {
			try (FormatRepository repository = repository()) {
				return repository.proposeVersion(format);
			}
		}, proposed -> {
			if (!version.isDisposed() && version.getText().isEmpty()) {
				version.setText(proposed); // plans through the modify listener
			}
		}, this::failed);
	}

	private void replanSoon() {
		int mine = ++generation;
		publish.setEnabled(false);
		reason.setText(Messages.publishPlanning);
		getShell().getDisplay().timerExec(250, () -> {
			if (mine == generation && !version.isDisposed()) {
				plan(mine, version.getText(), message.getText());
			}
		});
	}

	private void plan(int mine, String newVersion, String text) {
		Background.run(getShell().getDisplay(), "plan", () -> {
			try (FormatRepository repository = repository()) {
				return repository.plan(format, newVersion, text);
			}
		}, plan -> {
			if (mine != generation || steps.isDisposed() || published) {
				return;
			}
			steps.removeAll();
			for (FormatRepository.Step step : plan.steps()) {
				TableItem item = new TableItem(steps, SWT.NONE);
				item.setText(new String[] { step.ok() ? Messages.publishOk : Messages.publishNo, step.title(), step.verdict() });
				if (!step.ok()) {
					item.setForeground(steps.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
				}
			}
			publish.setEnabled(plan.allowed());
			reason.setText(plan.allowed() ? Messages.publishReady : NLS.bind(Messages.publishRefused, plan.reason()));
			reason.getParent().layout(true);
		}, this::failed);
	}

	@Override
	protected void okPressed() {
		String newVersion = version.getText();
		String text = message.getText();
		generation++;
		publish.setEnabled(false);
		version.setEnabled(false);
		message.setEnabled(false);
		reason.setText(Messages.publishBusy);
		Background.run(getShell().getDisplay(), "publiceren", () -> {
			try (FormatRepository repository = repository()) {
				return repository.publish(format, newVersion, text);
			}
		}, done -> {
			published = true;
			context.refresh();
			if (!reason.isDisposed()) {
				reason.setText(NLS.bind(Messages.publishDone, newVersion, done.tag()));
				getButton(IDialogConstants.CANCEL_ID).setText(Messages.close);
				reason.getParent().layout(true);
			}
		}, e -> {
			failed(e);
			if (!version.isDisposed()) {
				version.setEnabled(true);
				message.setEnabled(true);
			}
		});
	}

	private void failed(Exception e) {
		if (reason != null && !reason.isDisposed()) {
			reason.setText(NLS.bind(Messages.publishFailed, e instanceof VersionException ? e.getMessage()
					: String.valueOf(e.getMessage())));
			publish.setEnabled(false);
			reason.getParent().layout(true);
		}
	}

	private FormatRepository repository() throws VersionException {
		return FormatRepository.open(format.getParent())
				.orElseThrow(() -> new VersionException(Messages.notRepository));
	}
}
