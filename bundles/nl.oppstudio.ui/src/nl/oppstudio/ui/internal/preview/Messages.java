package nl.oppstudio.ui.internal.preview;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of the live preview ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String tabForm;
	public static String tabPdf;
	public static String tabCycle;
	public static String tabChecklist;
	public static String noFormat;
	public static String formExample;
	public static String formEmpty;
	public static String formProblem;
	public static String pdfBusy;
	public static String pdfUpdated;
	public static String pdfFailed;
	public static String pdfWaiting;
	public static String pdfPage;
	public static String cycleNone;
	public static String cycleChoose;
	public static String checklistScore;
	public static String checklistNumber;
	public static String checklistQuestion;
	public static String checklistVerdict;
	public static String checklistReason;
	public static String checklistMember;
	public static String checklistHint;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
