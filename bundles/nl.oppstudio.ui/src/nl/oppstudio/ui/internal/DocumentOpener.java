package nl.oppstudio.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;

import nl.oppstudio.editor.EditorWindow;

/** A document double-clicked in the Studio opens in the OPP Editor's window, as a school sees it (one window per Studio). */
public final class DocumentOpener {

	private static final String WINDOW = "nl.oppstudio.ui.editorWindow";

	private DocumentOpener() {
	}

	/** Opens the document in the OPP Editor's window on the folder, which is made when none is open. */
	public static void open(Display display, Path folder, Path document) {
		EditorWindow window = display.getData(WINDOW) instanceof EditorWindow open && open.getShell() != null
				&& !open.getShell().isDisposed() ? open : null;
		if (window == null) {
			window = new EditorWindow();
			window.open(folder);
			display.setData(WINDOW, window);
		}
		window.openDocument(document);
		window.getShell().setActive();
	}

	/**
	 * Closes the OPP Editor's window as its close button does (it asks about unsaved documents);
	 * {@code false} when it stays open.
	 */
	public static boolean close(Display display) {
		if (display.getData(WINDOW) instanceof EditorWindow open && open.getShell() != null && !open.getShell().isDisposed()) {
			open.getShell().close();
			return open.getShell() == null || open.getShell().isDisposed();
		}
		return true;
	}
}
