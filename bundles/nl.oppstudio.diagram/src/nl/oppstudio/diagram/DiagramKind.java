package nl.oppstudio.diagram;

/** The two diagrams, named as on the command line ({@code opp diagram --kind}). */
public enum DiagramKind {
	/** The goal hierarchy: uitstroomperspectief, long-term and short-term goals, actions per actor. */
	GOALS("doelen"),
	/** The planning cycle: its phases clockwise. */
	CYCLE("cyclus");

	private final String code;

	DiagramKind(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The kind with this code, or {@code null}. */
	public static DiagramKind of(String code) {
		for (DiagramKind kind : values()) {
			if (kind.code.equals(code)) {
				return kind;
			}
		}
		return null;
	}
}
