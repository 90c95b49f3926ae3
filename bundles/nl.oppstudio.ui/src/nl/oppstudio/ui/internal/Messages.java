package nl.oppstudio.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of the window ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String folderColumnFile;
	public static String folderColumnKind;
	public static String kindFormat;
	public static String kindDocument;
	public static String windowTitle;
	public static String formatChoose;
	public static String formatTitle;
	public static String formatErrors;
	public static String oneError;
	public static String manyErrors;
	public static String repeating;
	public static String required;
	public static String elementPart;
	public static String elementSection;
	public static String elementSectionHandelingsdeel;
	public static String elementGroup;
	public static String elementField;
	public static String elementFactors;
	public static String elementNeeds;
	public static String elementOutflow;
	public static String elementGoals;
	public static String elementCycle;
	public static String elementPupilView;
	public static String elementOogo;
	public static String elementSignatures;
	public static String valueText;
	public static String valueLongText;
	public static String valueDate;
	public static String valueNumber;
	public static String valueYesNo;
	public static String valueChoice;
	public static String valueMultipleChoice;
	public static String valueLevel;
	public static String valueAttachment;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
