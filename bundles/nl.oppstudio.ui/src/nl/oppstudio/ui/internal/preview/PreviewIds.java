package nl.oppstudio.ui.internal.preview;

/** Data values (on {@link nl.oppstudio.ui.WidgetIds#KEY}) of the preview's widgets, for tests. */
public final class PreviewIds {

	public static final String TABS = "preview.tabs";
	public static final String EMPTY = "preview.empty";
	public static final String FORM_NOTE = "preview.form.note";
	public static final String FORM = "preview.form";
	public static final String PDF_STATUS = "preview.pdf.status";
	public static final String PDF_PAGES = "preview.pdf.pages";
	public static final String PDF_PAGE = "preview.pdf.page";
	public static final String CYCLE_CHOOSER = "preview.cycle.chooser";
	public static final String CYCLE_EMPTY = "preview.cycle.empty";
	public static final String CYCLE_CANVAS = "preview.cycle.canvas";
	public static final String CHECKLIST_SCORE = "preview.checklist.score";
	public static final String CHECKLIST_TABLE = "preview.checklist.table";

	private PreviewIds() {
	}
}
