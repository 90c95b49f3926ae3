package nl.oppstudio.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

/** What the Studio window offers its parts (preview, version control, dialogs); implemented by the window. */
public interface StudioContext {

	/** The folder the Studio is opened on. */
	Path folder();

	/** The window's shell, parent of dialogs. */
	Shell shell();

	/** The format file of the active editor tab, if any. */
	Optional<Path> activeFormat();

	/** The current, possibly unsaved, text of an open format editor. */
	Optional<String> textOf(Path file);

	/** Opens a file: a format in the text editor. */
	void open(Path file);

	/** Opens the format file and selects the range (offset and length in characters) in its editor. */
	void reveal(Path file, int offset, int length);

	/** Saves every editor with changes; {@code false} when a save failed or the user cancelled. */
	boolean saveAll();

	/** Files changed on disk (a new format, a pull, a commit): refresh the folder and reload unchanged editors. */
	void refresh();
}
