package nl.oppstudio.editor.internal.document;

/** Data key values (on {@link nl.oppstudio.editor.EditorIds#KEY}) of a document tab's widgets, for tests and screenshots. */
public final class DocumentIds {
	public static final String DOCUMENT_PROBLEM = "editor.document.problem";
	public static final String DOCUMENT_STATUS = "editor.document.status";
	public static final String SAVE = "editor.document.save";
	public static final String DIAGRAM = "editor.document.diagram";
	public static final String UNDO = "editor.document.undo";
	public static final String REDO = "editor.document.redo";
	public static final String NEXT_PROBLEM = "editor.document.nextProblem";
	public static final String LIFECYCLE = "editor.document.lifecycle";
	public static final String PDF = "editor.document.pdf";
	/** The data key under which a menu button keeps the menu it last showed. */
	public static final String MENU = "editor.document.menu";
	public static final String LOG = "editor.document.log";
	public static final String NEXT_PERIOD = "editor.document.nextPeriod";
	public static final String MOVE_DIALOG = "editor.move";
	public static final String MOVE_WHO = "editor.move.who";
	public static final String MOVE_ROLE = "editor.move.role";
	public static final String MOVE_DECISION = "editor.move.decision";
	public static final String MOVE_WAY = "editor.move.way";
	public static final String MOVE_PARTS = "editor.move.parts";
	public static final String MOVE_REMARK = "editor.move.remark";
	public static final String MOVE_DATE = "editor.move.date";
	public static final String MOVE_ERROR = "editor.move.error";
	/** The bar of a document someone else has open (read-only), and its button to try again. */
	public static final String IN_USE = "editor.document.inUse";
	public static final String IN_USE_RETRY = "editor.document.inUseRetry";

	private DocumentIds() {
	}
}
