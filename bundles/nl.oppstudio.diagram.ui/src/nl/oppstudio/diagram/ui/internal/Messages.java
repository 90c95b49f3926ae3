package nl.oppstudio.diagram.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The Dutch texts of the diagram on screen ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String stateAchieved;
	public static String statePartly;
	public static String stateNotAchieved;
	public static String stateNotEvaluated;
	public static String stateDone;
	public static String stateDoneLate;
	public static String stateDueSoon;
	public static String stateOverdue;
	public static String statePlanned;
	public static String stateNone;
	public static String hoverState;
	public static String hoverDomain;
	public static String editText;
	public static String editorTip;
	public static String chooserTip;
	public static String remove;
	public static String goToField;
	public static String moveTo;
	public static String addGoal;
	public static String addSubgoal;
	public static String addAction;
	public static String removeTitle;
	public static String removeQuestion;
	public static String noText;
	public static String goals;
	public static String goalsTip;
	public static String cycle;
	public static String cycleTip;
	public static String zoomIn;
	public static String zoomInTip;
	public static String zoomOut;
	public static String zoomOutTip;
	public static String fit;
	public static String fitTip;
	public static String export;
	public static String exportTip;
	public static String exportSvg;
	public static String exportPng;
	public static String exportFailedTitle;
	public static String exportFailed;
	public static String overwriteTitle;
	public static String overwriteQuestion;
	public static String accessibleName;
	public static String accessibleSelected;
	public static String empty;
	public static String failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** A node's state in words, as the hover and screen readers say it; empty for none. */
	public static String state(nl.oppstudio.diagram.NodeState state) {
		return switch (state) {
		case ACHIEVED -> stateAchieved;
		case PARTLY -> statePartly;
		case NOT_ACHIEVED -> stateNotAchieved;
		case NOT_EVALUATED -> stateNotEvaluated;
		case DONE -> stateDone;
		case DONE_LATE -> stateDoneLate;
		case DUE_SOON -> stateDueSoon;
		case OVERDUE -> stateOverdue;
		case PLANNED -> statePlanned;
		case NONE -> stateNone;
		};
	}
}
