package nl.oppstudio.pdf.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Dutch text of the PDF step ({@code messages.properties}): the words printed on every page and the
 * messages a user reads when a rendering fails or misses something.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	// Printed in the PDF
	public static String pageNumber;
	public static String pageOf;
	public static String blankTitle;
	public static String blankForm;
	public static String footerStatus;
	public static String footerBlank;
	public static String formatVersion;
	public static String planOf;
	public static String runningHeaderVersion;
	public static String draftWatermark;
	public static String signature;
	public static String party;
	public static String logoAltText;

	// Warnings about what the PDF misses
	public static String noFontFor;
	public static String noFontForMore;
	public static String noFontInFields;
	public static String extractInRepeatingGroup;
	public static String logoNotFound;
	public static String logoUnreadable;
	public static String logoProblem;
	public static String logoTooLarge;
	public static String logoUnknownType;
	public static String figureFailed;
	public static String figureProblem;
	public static String imageDamaged;
	public static String imageTooLarge;
	public static String imageExternal;
	public static String imageActive;
	public static String imageNotLoaded;
	public static String imageNotLoadedAt;
	public static String figureUri;
	public static String textOverflows;
	public static String glyphMissing;
	public static String extractTooLong;
	public static String pageTarget;

	// Failures
	public static String foFailed;
	public static String foWriteFailed;
	public static String pdfFailed;
	public static String noExtract;
	public static String noExtractBatch;
	public static String noFormat;
	public static String unexpected;
	public static String configurationInvalid;
	public static String fontMissing;
	public static String fontUnreadable;
	public static String hyphenationMissing;
	public static String noOtherFilesRead;
	public static String noOtherFilesWritten;
	public static String figureType;
	public static String figureAltText;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
