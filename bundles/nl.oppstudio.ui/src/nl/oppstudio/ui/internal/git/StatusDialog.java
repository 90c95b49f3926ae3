package nl.oppstudio.ui.internal.git;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.StudioContext;
import nl.oppstudio.versions.FormatRepository;
import nl.oppstudio.versions.VersionException;

/** "Wijzigingen": the changed formats of the folder, each with its changed documents and their state. */
public final class StatusDialog extends Dialog {

	private final StudioContext context;
	private Tree tree;

	public StatusDialog(Shell parent, StudioContext context) {
		super(parent);
		this.context = context;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.statusTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(Messages.statusIntro, context.folder().getFileName()));
		GridDataFactory.fillDefaults().hint(560, SWT.DEFAULT).grab(true, false).applyTo(intro);
		tree = new Tree(area, SWT.BORDER | SWT.SINGLE);
		tree.setData(WidgetIds.KEY, GitIds.STATUS_TREE);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 320).applyTo(tree);
		new TreeItem(tree, SWT.NONE).setText(Messages.busy);
		tree.addListener(SWT.DefaultSelection, e -> {
			if (e.item != null && e.item.getData() instanceof Path file) {
				context.open(file);
			}
		});
		Background.run(parent.getDisplay(), "wijzigingen", () -> {
			try (FormatRepository repository = FormatRepository.open(context.folder())
					.orElseThrow(() -> new VersionException(Messages.notRepository))) {
				return repository.status(context.folder());
			}
		}, groups -> {
			if (tree.isDisposed()) {
				return;
			}
			tree.removeAll();
			if (groups.isEmpty()) {
				new TreeItem(tree, SWT.NONE).setText(Messages.statusNone);
			}
			for (FormatRepository.FormatChanges group : groups) {
				TreeItem format = new TreeItem(tree, SWT.NONE);
				format.setText(NLS.bind(Messages.statusFiles, group.formatId(), group.files().size()));
				for (FormatRepository.FileChange change : group.files()) {
					TreeItem file = new TreeItem(format, SWT.NONE);
					file.setText(change.file().getFileName() + " — " + change.state().label());
					if (change.state() != FormatRepository.FileState.REMOVED) {
						file.setData(change.file());
					}
				}
				format.setExpanded(true);
			}
		}, e -> {
			if (!tree.isDisposed()) {
				tree.removeAll();
				new TreeItem(tree, SWT.NONE).setText(NLS.bind(Messages.failed, e.getMessage()));
			}
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.close, true);
	}
}
