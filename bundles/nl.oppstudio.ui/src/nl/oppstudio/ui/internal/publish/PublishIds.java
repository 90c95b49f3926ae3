package nl.oppstudio.ui.internal.publish;

/**
 * The ids of the "Editor publiceren…" dialog's widgets, under {@link nl.oppstudio.ui.WidgetIds#KEY}, so
 * that UI tests can find them.
 */
public final class PublishIds {

	public static final String NAME = "editor.publish.name";
	public static final String LOGO = "editor.publish.logo";
	public static final String ABOUT = "editor.publish.about";
	public static final String UPDATES = "editor.publish.updates";
	public static final String OUTPUT = "editor.publish.output";
	/** The check boxes, one per platform: this prefix and the platform's label ({@code linux-x86_64} …). */
	public static final String PLATFORM = "editor.publish.platform.";
	/** The button "Genereren". */
	public static final String GENERATE = "editor.publish.generate";
	/** The line below the form: a problem, the progress, or the error of a failed generation. */
	public static final String MESSAGE = "editor.publish.message";
	/** The result page's table: file and size. */
	public static final String FILES = "editor.publish.files";
	/** The result page's button "Map openen". */
	public static final String OPEN_FOLDER = "editor.publish.open";

	private PublishIds() {
	}
}
