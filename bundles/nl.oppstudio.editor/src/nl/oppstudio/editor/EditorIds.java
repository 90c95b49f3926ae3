package nl.oppstudio.editor;

/** Ids that the editor's widgets carry under {@link #KEY} ({@code widget.getData(KEY)}), so UI tests can find them. */
public final class EditorIds {

	/** The data key (the same as the Studio's). */
	public static final String KEY = "opp.id";
	/** The tab folder: the overview first, then one tab per open document. */
	public static final String TABS = "editor.tabs";
	/** The overview tab (a {@code CTabItem}) and its control. */
	public static final String OVERVIEW_TAB = "editor.overview";
	/** The table of OPPs. */
	public static final String OVERVIEW_TABLE = "editor.overview.table";
	/** The combo that filters by state; its first entry is every state. */
	public static final String STATE_FILTER = "editor.overview.state";
	/** The search field: filters by pupil name as you type. */
	public static final String SEARCH = "editor.overview.search";
	/** The line under the table: how many OPPs, how many overdue, or that they are loading. */
	public static final String OVERVIEW_STATUS = "editor.overview.status";
	/** The buttons of the overview. */
	public static final String NEW_BUTTON = "editor.overview.new";
	/** "OPP's uit CSV…": concept OPPs for several pupils from a CSV export. */
	public static final String CSV_BUTTON = "editor.overview.csv";
	public static final String OPEN_BUTTON = "editor.overview.open";
	public static final String REFRESH_BUTTON = "editor.overview.refresh";
	/** A document's tab (a {@code CTabItem}); its {@code getData("opp.file")} is the document's {@code Path}. */
	public static final String DOCUMENT_TAB = "editor.document";
	/** The data key of a document tab that holds its file. */
	public static final String FILE_KEY = "opp.file";
	/** The "Nieuw OPP" dialog's shell and its inputs. */
	public static final String NEW_DIALOG = "editor.new";
	public static final String NEW_PUPIL = "editor.new.pupil";
	public static final String NEW_FORMAT = "editor.new.format";
	public static final String NEW_SCHOOL_TYPE = "editor.new.schoolType";

	/** The menu bar's items of the menu Help (SWT {@code MenuItem}s). */
	public static final String MENU_CHECK_UPDATES = "editor.help.updates";
	public static final String MENU_ROLLBACK = "editor.help.rollback";
	public static final String MENU_ABOUT = "editor.help.about";
	/** "Zoeken naar updates": the dialog's shell and its text of what is new. */
	public static final String UPDATE_DIALOG = "editor.updates.dialog";
	public static final String UPDATE_TEXT = "editor.updates.text";
	/** The bar above the tabs that tells of an update found at start (hidden when there is none). */
	public static final String UPDATE_NOTICE = "editor.updates.notice";
	/** Its button that shows the update. */
	public static final String UPDATE_NOTICE_SHOW = "editor.updates.notice.show";
	/** The about box's shell and its text. */
	public static final String ABOUT_DIALOG = "editor.about";
	public static final String ABOUT_TEXT = "editor.about.text";

	private EditorIds() {
	}
}
