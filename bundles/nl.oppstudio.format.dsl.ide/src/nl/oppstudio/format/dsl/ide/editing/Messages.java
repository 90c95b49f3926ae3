package nl.oppstudio.format.dsl.ide.editing;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of the format editor's services ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String unreadable;
	public static String tooDeep;
	public static String renameNothing;
	public static String renameSyntaxErrors;
	public static String renameInvalid;
	public static String renameReserved;
	public static String renameTaken;
	public static String renameSame;
	public static String renameInBase;
	public static String renameMigration;
	public static String optionDetail;
	public static String legalTagDetail;
	public static String memberDetail;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
