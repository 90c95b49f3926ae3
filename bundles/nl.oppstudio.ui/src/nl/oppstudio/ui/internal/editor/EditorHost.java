package nl.oppstudio.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Location;
import nl.oppstudio.ui.internal.StudioContext;

/** What a format editor needs from the window that holds it. */
public interface EditorHost {

	/** The window's services (open, reveal, text of other editors). */
	StudioContext context();

	/** The thread that reads and checks formats, one task after the other. */
	ExecutorService checker();

	/** The editor open on a file, if any. */
	FormatEditor editorOf(Path file);

	/** The editor checked its text: problems, outline and (when without syntax errors) the preview follow. */
	void checked(FormatEditor editor);

	/** The editor's text was changed or saved: its tab title follows. */
	void dirtyChanged(FormatEditor editor);

	/** The editor wrote its file: the folder's view (its version state) follows, in the background. */
	default void saved(FormatEditor editor) {
	}

	/** The texts of the open format editors by file, unsaved changes included; read on the UI thread. */
	default Map<Path, String> openTexts() {
		return Map.of();
	}

	/** Shows the results of find references. */
	void showReferences(String name, List<Location> references);

	/** A short message in the status line (empty clears it). */
	void status(String message);
}
