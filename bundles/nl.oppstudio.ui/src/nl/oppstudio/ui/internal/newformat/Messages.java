package nl.oppstudio.ui.internal.newformat;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of "Nieuw formaat…" ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String title;
	public static String cancel;
	public static String start;
	public static String fromBase;
	public static String fromCopy;
	public static String fromExample;
	public static String fromEmpty;
	public static String id;
	public static String idHint;
	public static String name;
	public static String nameHint;
	public static String kind;
	public static String schoolTypes;
	public static String schoolTypesHint;
	public static String fillIn;
	public static String create;
	public static String cannotWrite;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
