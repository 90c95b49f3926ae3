package nl.oppstudio.editor;

import java.nio.file.Path;
import java.util.List;

import nl.oppstudio.document.FormatResolver;

/** What a document tab may use of the {@link EditorWindow} it is in. */
public interface EditorContext {

	/** The folder the window is open on. */
	Path folder();

	/** Finds and reads the format of a document, shared by the whole window (formats are read once). */
	FormatResolver formats();

	/** Reads the overview again, in the background; call it after saving a document. Any thread. */
	void refreshOverview();

	/** Opens a document in its own tab (or selects it), e.g. the plan a document tab just made. */
	void openDocument(Path file);

	/**
	 * Whether a document tab may ask the user (recovery, migration); {@code false} without a user at the window
	 * ({@code -exportPdf}): then a document opens as it is on disk and any unsaved work is left for later.
	 */
	default boolean asks() {
		return true;
	}

	/** The format files of the installed formats' active versions (the OPP Editor's own formats); none by default. */
	default List<Path> installedFormatFiles() {
		return List.of();
	}
}
