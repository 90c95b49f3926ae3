package nl.oppstudio.editor.internal.document;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Questions with Dutch buttons (JFace's own say "Yes" and "No": no Dutch language pack is on Maven Central). */
final class Ask {

	private Ask() {
	}

	/** {@code true} for "Ja". */
	static boolean yesNo(Shell shell, String title, String message) {
		return new MessageDialog(shell, title, null, message, MessageDialog.QUESTION, 0, Messages.yes, Messages.no).open() == 0;
	}
}
