package nl.oppstudio.editor.internal.update;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of the help menu, the updates and the about box ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String helpMenu;
	public static String checkItem;
	public static String rollbackItem;
	public static String aboutItem;
	public static String aboutTitle;
	public static String aboutDefault;
	public static String aboutFormats;
	public static String aboutFormat;
	public static String checkTitle;
	public static String checking;
	public static String noLocation;
	public static String nothingNew;
	public static String updateQuestion;
	public static String install;
	public static String later;
	public static String installing;
	public static String installedTitle;
	public static String installed;
	public static String reportNoOpen;
	public static String notSaved;
	public static String rollbackTitle;
	public static String rollbackQuestion;
	public static String rolledBack;
	public static String noPrevious;
	public static String noticeText;
	public static String noticeShow;
	public static String noticeClose;
	public static String unexpected;
	public static String yes;
	public static String no;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
