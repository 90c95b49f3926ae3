package nl.oppstudio.editor;

import java.nio.file.Path;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Control;

/** Makes the content of a document's tab in the {@link EditorWindow}: the form of issue 12. */
@FunctionalInterface
public interface DocumentTabFactory {

	/**
	 * The control shown in a new tab of {@code folder} for the document {@code file}; its parent is
	 * {@code folder}. Called on the UI thread; must not throw for a broken document (show the problem).
	 */
	Control create(CTabFolder folder, Path file, EditorContext context);
}
