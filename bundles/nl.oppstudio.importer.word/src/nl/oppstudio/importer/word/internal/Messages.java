package nl.oppstudio.importer.word.internal;

import org.eclipse.osgi.util.NLS;

/** Dutch messages of the Word import ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	// reader
	public static String readMissing;
	public static String readUnreadable;
	public static String readNotWord;
	public static String readEmpty;
	public static String readOwnerFile;
	public static String readTooLarge;
	public static String readOtherOffice;
	public static String readProtected;
	public static String readOldDoc;
	public static String readRtf;
	public static String readStrict;
	public static String readZipBomb;
	public static String readTooManyBlocks;
	public static String readTooDeep;
	public static String readTooMuch;
	public static String noteDeepTable;
	public static String noteTooDeep;

	// filled
	public static String filledValue;
	public static String filledEmpty;
	public static String filledEmptyCell;
	public static String filledEmptyRow;
	public static String filledEmptyPlace;
	public static String filledHeader;
	public static String filledHeading;
	public static String filledTemplateText;
	public static String filledUsedAsLabel;
	public static String filledArchived;
	public static String filledNoField;
	public static String filledNoPlace;
	public static String filledInGuidance;
	public static String filledNoColumn;
	public static String filledPastMax;
	public static String filledDoesNotFit;
	public static String filledExpectDate;
	public static String filledExpectNumber;
	public static String filledExpectYesNo;
	public static String filledExpectOption;
	public static String filledExpectText;
	public static String filledConsent;
	public static String filledNoConsent;
	public static String filledUnexpected;
	public static String filledTextBesideChoice;
	public static String filledBesideConsent;
	public static String filledLogRemark;
	public static String filledUnreadableFolder;
	public static String filledWriteFailed;
	// template
	public static String templateHeader;
	public static String templateName;
	public static String templateFirstSection;
	public static String templateChoice;
	public static String templateLogoText;
	public static String templateLogoTextSwv;
	public static String templateLogoTextCheck;
	public static String templateLogoUnknownKind;
	public static String templateFactors;
	public static String templateParentsConsent;
	public static String templateSignature;
	public static String reportContainer;
	public static String reportField;
	public static String reportTable;
	public static String reportTableFields;
	public static String reportTableHeader;
	public static String reportHelp;
	public static String reportRecognised;
	public static String reportLogo;
	public static String reportLogoTextMadeUp;
	public static String reportLogoNotImage;
	public static String reportPageBreak;
	public static String reportPageBreakAtEnd;
	public static String reportEmpty;
	public static String reportDecoration;
	public static String reportNotUnderstood;
	public static String reportTitle;
	public static String reportTooDeep;
	public static String reportNote;
	public static String draftAssetRenamed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
