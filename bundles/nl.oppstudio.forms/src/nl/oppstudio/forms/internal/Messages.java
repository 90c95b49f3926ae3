package nl.oppstudio.forms.internal;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of forms ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String editValue;
	public static String generalPage;
	public static String noRenderer;
	public static String counter;
	public static String datePattern;
	public static String datePick;
	public static String datePickTip;
	public static String dateInvalid;
	public static String ok;
	public static String cancel;
	public static String numberBetween;
	public static String numberAtLeast;
	public static String numberAtMost;
	public static String yes;
	public static String no;
	public static String clear;
	public static String clearTip;
	public static String levelLrv;
	public static String levelDle;
	public static String levelFunctioning;
	public static String levelReference;
	public static String adviceText;
	public static String browse;
	public static String rowAdd;
	public static String rowAddTip;
	public static String rowRemove;
	public static String rowUp;
	public static String rowUpTip;
	public static String rowDown;
	public static String rowDownTip;
	public static String rowCopy;
	public static String rowCopyTip;
	public static String rowPaste;
	public static String rowPasteTip;
	public static String pagesName;
	public static String problemsName;
	public static String problemSeverity;
	public static String problemWhere;
	public static String problemMessage;
	public static String wholeDocument;
	public static String pageErrors;
	public static String pageWarnings;
	public static String pageComplete;
	public static String pageNotRequired;
	public static String pageHidden;
	public static String noProblems;
	public static String problemCount;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
