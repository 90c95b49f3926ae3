package nl.oppstudio.ui;

/** Keys under which widgets carry an id ({@code widget.getData(KEY)}), so UI tests can find them. */
public final class WidgetIds {

	/** The data key. */
	public static final String KEY = "opp.id";
	/** The table of formats and documents in the folder. */
	public static final String FOLDER_TABLE = "folder.table";
	/** The tree with the structure of the selected format. */
	public static final String FORMAT_TREE = "format.tree";
	/** The line above the tree: which format, and whether it has problems. */
	public static final String FORMAT_STATUS = "format.status";

	private WidgetIds() {
	}
}
