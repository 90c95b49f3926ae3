package nl.oppstudio.generator.internal;

import org.eclipse.osgi.util.NLS;

/** The Dutch messages of the generator ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String kitNoProduct;
	public static String kitNoGenerator;
	public static String kitMissingJar;
	public static String kitBadLine;
	public static String kitUnreadable;
	public static String formatMissing;
	public static String formatErrors;
	public static String oneError;
	public static String manyErrors;
	public static String formatNoVersion;
	public static String formatBadVersion;
	public static String formatBadId;
	public static String outsideFolder;
	public static String theLogo;
	public static String theBase;
	public static String baseUnreadable;
	public static String logoMissing;
	public static String cannotWrite;
	public static String cannotRead;
	public static String inTheWay;
	public static String kitSwtMismatch;
	public static String badEpoch;
	public static String badLocation;
	public static String defaultName;
	public static String defaultAbout;
	public static String stepCheck;
	public static String stepBundle;
	public static String stepRepository;
	public static String stepArchive;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
