package nl.oppstudio.editor.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.document.FolderDocuments;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.editor.EditorContext;
import nl.oppstudio.editor.EditorIds;

/** A document's tab until the form is plugged in: the pupil, the state, the format and the file, or the problem. */
public final class PlaceholderDocumentTab {

	private PlaceholderDocumentTab() {
	}

	/** A {@link nl.oppstudio.editor.DocumentTabFactory}. */
	public static Control create(CTabFolder folder, Path file, EditorContext context) {
		Composite control = Widgets.id(new Composite(folder, SWT.NONE), EditorIds.PLACEHOLDER);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 16;
		layout.marginHeight = 16;
		layout.verticalSpacing = 8;
		control.setLayout(layout);
		FolderDocuments.Entry entry = FolderDocuments.read(file, context.formats());
		if (entry.document() == null) {
			line(control, Messages.placeholderFile, file.getFileName().toString());
			Label problem = Widgets.id(new Label(control, SWT.WRAP), EditorIds.PLACEHOLDER + ".problem");
			problem.setText(Texts.problem(entry.problem()));
			problem.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			return control;
		}
		line(control, Messages.placeholderPupil, entry.pupil());
		line(control, Messages.placeholderState, Texts.state(Lifecycle.state(entry.document())));
		line(control, Messages.placeholderFormat, Texts.format(entry.document().format()));
		line(control, Messages.placeholderFile, file.getFileName().toString());
		Label note = new Label(control, SWT.WRAP);
		note.setText(Messages.placeholderNote);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return control;
	}

	private static void line(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Label text = Widgets.id(new Label(parent, SWT.NONE), EditorIds.PLACEHOLDER + "." + label.replace(":", "").toLowerCase());
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}
}
