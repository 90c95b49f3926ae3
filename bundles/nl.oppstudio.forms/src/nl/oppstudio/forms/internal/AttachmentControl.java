package nl.oppstudio.forms.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.forms.ControlNode;

/**
 * An attachment: the name of a file (relative to the document's folder when it lies inside it), typed or
 * chosen. The consent it may need is a field of its own beside it.
 */
final class AttachmentControl extends TextInput {

	private final Button browse;

	AttachmentControl(Composite parent, ControlNode control) {
		super(control);
		Composite row = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bind(new Text(row, SWT.SINGLE | SWT.BORDER));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 300;
		text.setLayoutData(data);
		browse = new Button(row, SWT.PUSH);
		browse.setText(Messages.browse);
		refresh();
		browse.addListener(SWT.Selection, event -> choose());
	}

	private void choose() {
		FileDialog dialog = new FileDialog(text.getShell(), SWT.OPEN);
		dialog.setText(control.label());
		Path file = control.form().session().file();
		if (file != null && file.getParent() != null) {
			dialog.setFilterPath(file.getParent().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			Path path = Path.of(chosen);
			if (file != null && file.getParent() != null && path.startsWith(file.toAbsolutePath().getParent())) {
				path = file.toAbsolutePath().getParent().relativize(path);
			}
			control.set(path.toString().replace('\\', '/'));
		}
	}

	@Override
	public void setEditable(boolean editable) {
		super.setEditable(editable);
		browse.setEnabled(editable);
	}
}
