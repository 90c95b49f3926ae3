package nl.oppstudio.document.internal;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of document validation ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String required;
	public static String invalidDate;
	public static String unknownOption;
	public static String unknownContent;
	public static String invalidNumber;
	public static String outOfRange;
	public static String invalidYesNo;
	public static String tooLong;
	public static String tooFewRows;
	public static String tooManyRows;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
