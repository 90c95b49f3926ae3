package nl.oppstudio.ui.internal.word;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of "Formaat uit Word…" ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String title;
	public static String choose;
	public static String filterWord;
	public static String filterAll;
	public static String busy;
	public static String cannotRead;
	public static String failed;
	public static String failedLog;
	public static String nameTitle;
	public static String nameTaken;
	public static String cannotWrite;
	public static String reportTitle;
	public static String reportIntro;
	public static String reportSummary;
	public static String reportToDo;
	public static String reportNothingToDo;
	public static String columnWhere;
	public static String columnText;
	public static String columnBecame;
	public static String close;
	public static String create;
	public static String cancel;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
