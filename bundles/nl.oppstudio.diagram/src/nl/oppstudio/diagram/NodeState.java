package nl.oppstudio.diagram;

import nl.oppstudio.format.model.DiagramState;

/**
 * The state a node shows, by colour and always also by an icon (never by colour alone): a goal's
 * evaluation, or a phase's place in time as {@code opp due} computes it.
 */
public enum NodeState {
	ACHIEVED(DiagramState.BEHAALD, Icon.CHECK),
	PARTLY(DiagramState.DEELS, Icon.HALF),
	NOT_ACHIEVED(DiagramState.NIET_BEHAALD, Icon.CROSS),
	NOT_EVALUATED(DiagramState.NIET_GEEVALUEERD, Icon.OPEN),
	DONE(DiagramState.GEDAAN, Icon.CHECK),
	DONE_LATE(DiagramState.TE_LAAT_GEDAAN, Icon.CHECK_LATE),
	DUE_SOON(DiagramState.BINNENKORT, Icon.CLOCK),
	OVERDUE(DiagramState.VERLOPEN, Icon.WARNING),
	PLANNED(DiagramState.GEPLAND, Icon.OPEN),
	/** No state: the root, an action, a phase of a format (no document). */
	NONE(null, Icon.NONE);

	private final DiagramState styleKey;
	private final Icon icon;

	NodeState(DiagramState styleKey, Icon icon) {
		this.styleKey = styleKey;
		this.icon = icon;
	}

	/** The state as the format language names it ({@code kleur behaald "#…"}), or {@code null}. */
	public DiagramState styleKey() {
		return styleKey;
	}

	public Icon icon() {
		return icon;
	}

	/** The icon beside a node's text that says its state without colour. */
	public enum Icon {
		NONE, CHECK, CHECK_LATE, HALF, CROSS, OPEN, CLOCK, WARNING
	}
}
