package nl.oppstudio.ui.internal.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Edit;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Rename;
import nl.oppstudio.ui.WidgetIds;

/**
 * "Hernoemen": asks the new name of the member at the caret. A refusal is shown in the dialog, which
 * stays open; the warning that documents need a migration is shown once, and "Doorgaan" renames. The
 * edits go into this text and into the other formats: open editors get them (undoable), closed files
 * are written atomically.
 */
final class RenameDialog extends Dialog {

	private final FormatEditor editor;
	private final int offset;
	private final String oldName;
	private Text name;
	private Label message;
	private Rename confirmed;
	private String confirmedName;

	private RenameDialog(Shell parent, FormatEditor editor, int offset, String oldName) {
		super(parent);
		this.editor = editor;
		this.offset = offset;
		this.oldName = oldName;
	}

	static void open(FormatEditor editor, int offset, String oldName) {
		new RenameDialog(editor.shell(), editor, offset, oldName).open();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.renameTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label prompt = new Label(area, SWT.NONE);
		prompt.setText(NLS.bind(Messages.renamePrompt, oldName));
		name = new Text(area, SWT.BORDER | SWT.SINGLE);
		name.setData(WidgetIds.KEY, WidgetIds.RENAME_TEXT);
		name.setText(oldName);
		name.selectAll();
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = convertWidthInCharsToPixels(60);
		name.setLayoutData(wide);
		name.addModifyListener(e -> {
			confirmed = null;
			message.setText("");
			okButton().setText(Messages.renameButton);
		});
		message = new Label(area, SWT.WRAP);
		message.setData(WidgetIds.KEY, WidgetIds.RENAME_MESSAGE);
		GridData text = new GridData(SWT.FILL, SWT.FILL, true, true);
		text.widthHint = convertWidthInCharsToPixels(60);
		text.heightHint = convertHeightInCharsToPixels(5);
		message.setLayoutData(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.renameButton, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
	}

	private Button okButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	@Override
	protected void okPressed() {
		String newName = name.getText().strip();
		if (newName.isEmpty()) {
			say(Messages.renameEmpty);
			return;
		}
		if (newName.equals(oldName)) {
			say(Messages.renameSame);
			return;
		}
		Rename rename = confirmed != null && newName.equals(confirmedName) ? confirmed
				: editor.call(editing -> editing.rename(offset, newName)).orElse(null);
		if (rename == null) {
			return;
		}
		if (rename.refusal() != null && !rename.refusal().isBlank()) {
			say(rename.refusal());
			return;
		}
		if (rename.migrationWarning() != null && !rename.migrationWarning().isBlank() && confirmed == null) {
			confirmed = rename;
			confirmedName = newName;
			say(rename.migrationWarning());
			okButton().setText(Messages.renameContinue);
			return;
		}
		apply(rename);
		super.okPressed();
	}

	private void say(String text) {
		message.setText(text);
		message.getParent().layout(true, true);
	}

	private void apply(Rename rename) {
		editor.apply(rename.edits());
		for (Map.Entry<Path, List<Edit>> other : rename.otherFiles().entrySet()) {
			Path file = other.getKey().toAbsolutePath().normalize();
			FormatEditor open = editor.host().editorOf(file);
			if (open != null) {
				open.apply(other.getValue());
				continue;
			}
			try {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				byte[] bytes = applied(text, other.getValue()).getBytes(StandardCharsets.UTF_8);
				AtomicFiles.write(file, out -> out.write(bytes));
			} catch (IOException | RuntimeException e) {
				MessageDialog.openError(getShell(), Messages.renameTitle,
						NLS.bind(Messages.renameWriteFailed, file.getFileName(), e.getMessage()));
			}
		}
		editor.host().context().refresh();
	}

	/** A text with edits applied (offsets in the original text). */
	static String applied(String text, List<Edit> edits) {
		List<Edit> ordered = new ArrayList<>(edits);
		ordered.sort(Comparator.comparingInt(Edit::offset).reversed());
		StringBuilder result = new StringBuilder(text);
		for (Edit edit : ordered) {
			result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return result.toString();
	}
}
