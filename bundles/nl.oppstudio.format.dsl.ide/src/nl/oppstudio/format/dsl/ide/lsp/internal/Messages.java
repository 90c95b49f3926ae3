package nl.oppstudio.format.dsl.ide.lsp.internal;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of the language server ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String notOpen;
	public static String failed;
	public static String renameNothing;
	public static String migrationWarning;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
