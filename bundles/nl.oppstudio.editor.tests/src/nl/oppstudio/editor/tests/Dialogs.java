package nl.oppstudio.editor.tests;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Answers a modal dialog that is about to open: waits for a shell whose title holds a text, then acts on it. */
final class Dialogs {

	private Dialogs() {
	}

	/** When a dialog titled with {@code title} shows (within 60 s), runs {@code action} on it. */
	static void when(Display display, String title, Consumer<Shell> action) {
		long end = System.nanoTime() + 60_000_000_000L;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getText().contains(title) && shell.getParent() != null) {
					action.accept(shell);
					return;
				}
			}
			if (System.nanoTime() < end) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}

	/** Presses the button with this label (mnemonics ignored). */
	static void press(Shell shell, String label) {
		for (Button button : Ui.all(shell, Button.class)) {
			if (button.getText().replace("&", "").equals(label)) {
				button.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		throw new AssertionError("Geen knop '" + label + "' in " + shell.getText());
	}
}
