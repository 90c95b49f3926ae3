package nl.oppstudio.ui.internal.git;

/**
 * The ids of the version-control dialogs' widgets, under {@link nl.oppstudio.ui.WidgetIds#KEY}, so that UI
 * tests can find them.
 */
public final class GitIds {

	/** The tree of changed formats and their files. */
	public static final String STATUS_TREE = "git.status.tree";
	/** The table of a format's versions. */
	public static final String HISTORY_TABLE = "git.history.table";
	/** The readable diff of the chosen versions. */
	public static final String HISTORY_DIFF = "git.history.diff";
	/** The new version's number. */
	public static final String PUBLISH_VERSION = "git.publish.version";
	/** The commit message. */
	public static final String PUBLISH_MESSAGE = "git.publish.message";
	/** The five steps with their verdicts. */
	public static final String PUBLISH_STEPS = "git.publish.steps";
	/** Why publishing is not possible, or what it did. */
	public static final String PUBLISH_REASON = "git.publish.reason";
	/** The button "Publiceren". */
	public static final String PUBLISH_BUTTON = "git.publish.button";
	/** The login dialog's user name and password. */
	public static final String LOGIN_USER = "git.login.user";
	public static final String LOGIN_PASSWORD = "git.login.password";

	private GitIds() {
	}
}
