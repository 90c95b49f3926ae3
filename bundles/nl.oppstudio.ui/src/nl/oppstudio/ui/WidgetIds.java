package nl.oppstudio.ui;

/** Keys under which widgets carry an id ({@code widget.getData(KEY)}), so UI tests can find them. */
public final class WidgetIds {

	/** The data key. */
	public static final String KEY = "opp.id";
	/** The data key of a tab, tree item or table row that stands for a file: its {@link java.nio.file.Path}. */
	public static final String FILE_KEY = "opp.file";

	/** The tree of the folder's formats, each with its documents, and their git state. */
	public static final String FOLDER_TREE = "folder.tree";
	/** The tabs of the open format editors. */
	public static final String EDITOR_TABS = "editor.tabs";
	/** A format editor's tab. */
	public static final String EDITOR_TAB = "editor.tab";
	/** A format editor's text (a {@code StyledText}). */
	public static final String EDITOR_TEXT = "editor.text";
	/** The tabs below the editors: problems and references. */
	public static final String BOTTOM_TABS = "bottom.tabs";
	/** The table "Problemen": severity, message, file, line. */
	public static final String PROBLEMS_TABLE = "problems.table";
	/** The list "Verwijzingen": the results of find references. */
	public static final String REFERENCES_TABLE = "references.table";
	/** The outline of the active format. */
	public static final String OUTLINE_TREE = "outline.tree";
	/** The line above the outline: which format, and how many problems. */
	public static final String FORMAT_STATUS = "format.status";
	/** The rename dialog's text field. */
	public static final String RENAME_TEXT = "rename.text";
	/** The rename dialog's message (a refusal or the migration warning). */
	public static final String RENAME_MESSAGE = "rename.message";

	private WidgetIds() {
	}
}
