package nl.oppstudio.ui.internal.publish;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of "Editor publiceren…" ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String action;
	public static String title;
	public static String intro;
	public static String name;
	public static String namePrefix;
	public static String logo;
	public static String logoHint;
	public static String about;
	public static String aboutHint;
	public static String updates;
	public static String updatesHint;
	public static String output;
	public static String platforms;
	public static String platformLinux;
	public static String platformWindows;
	public static String platformMac;
	public static String browse;
	public static String chooseFolder;
	public static String chooseLogo;
	public static String generate;
	public static String cancel;
	public static String close;
	public static String openFolder;
	public static String busy;
	public static String done;
	public static String columnFile;
	public static String columnSize;
	public static String failed;
	public static String unexpected;
	public static String kitMissing;
	public static String productUnknown;
	public static String needName;
	public static String needOutput;
	public static String needPlatform;
	public static String badUpdates;
	public static String badLogo;
	public static String saveFailed;
	public static String noActiveFormat;
	public static String cannotOpenFolder;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
