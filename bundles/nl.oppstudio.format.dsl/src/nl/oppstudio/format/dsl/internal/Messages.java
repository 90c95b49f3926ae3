package nl.oppstudio.format.dsl.internal;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of a new format ({@code messages.properties}): the problems with what is asked, and its first lines. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String newIdMissing;
	public static String newIdShape;
	public static String newIdIsBase;
	public static String newFileExists;
	public static String newIdExists;
	public static String newNameMissing;
	public static String newNameOneLine;
	public static String newKindUnknown;
	public static String newNotAFormat;
	public static String newExampleUnknown;
	public static String newHeaderComment;
	public static String newFromBase;
	public static String newBaseBodyComment;
	public static String newEmpty;
	public static String newEmptySection;
	public static String newEmptyField;
	public static String formatTooLarge;
	public static String formatTooManyLines;
	public static String formatTooDeep;
	public static String formatTooManyOperators;
	public static String baseRefused;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
