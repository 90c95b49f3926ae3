package nl.oppstudio.editor.internal.update;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.editor.internal.Widgets;
import nl.oppstudio.update.InstalledFormat;

/** "Over …": the branded name, the logo, the about text and the installed formats with their active version. */
public final class AboutDialog extends Dialog {

	private final List<InstalledFormat> formats;

	public AboutDialog(Shell parent, List<InstalledFormat> activeFormats) {
		super(parent);
		this.formats = List.copyOf(activeFormats);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.aboutTitle, Branding.name()));
		Widgets.id(shell, EditorIds.ABOUT_DIALOG);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Path logo = Branding.logo();
		Image image = null;
		if (logo != null) {
			try {
				image = new Image(parent.getDisplay(), logo.toString());
			} catch (RuntimeException e) {
				// a logo SWT cannot read: the box without it
			}
		}
		Label picture = new Label(area, SWT.NONE);
		if (image != null) {
			Image shown = image;
			picture.setImage(shown);
			picture.addListener(SWT.Dispose, e -> shown.dispose());
		}
		picture.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
		Composite texts = new Composite(area, SWT.NONE);
		texts.setLayout(new GridLayout(1, false));
		texts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Label name = new Label(texts, SWT.NONE);
		name.setText(Branding.name());
		name.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		Label about = Widgets.id(new Label(texts, SWT.WRAP), EditorIds.ABOUT_TEXT);
		about.setText(Branding.about());
		GridData wide = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
		wide.widthHint = 420;
		about.setLayoutData(wide);
		if (!formats.isEmpty()) {
			Label list = new Label(texts, SWT.WRAP);
			list.setText(NLS.bind(Messages.aboutFormats, String.join(", ", formats.stream()
					.map(f -> NLS.bind(Messages.aboutFormat, f.id(), f.version())).toList())));
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
