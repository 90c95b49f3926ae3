package nl.oppstudio.document;

import java.util.List;
import java.util.Map;

/** The states of an OPP, from concept to beëindigd, and the moves between them. */
public enum State {
	CONCEPT("concept"), TER_INSTEMMING("ter-instemming"), VASTGESTELD("vastgesteld"), IN_UITVOERING("in-uitvoering"),
	GEEVALUEERD("geevalueerd"), BIJGESTELD("bijgesteld"), BEEINDIGD("beeindigd");

	private static final Map<State, List<State>> NEXT = Map.of(
			CONCEPT, List.of(TER_INSTEMMING, BEEINDIGD),
			TER_INSTEMMING, List.of(VASTGESTELD, CONCEPT, BEEINDIGD),
			VASTGESTELD, List.of(IN_UITVOERING, BEEINDIGD),
			IN_UITVOERING, List.of(GEEVALUEERD, BEEINDIGD),
			GEEVALUEERD, List.of(IN_UITVOERING, BIJGESTELD, BEEINDIGD),
			BIJGESTELD, List.of(TER_INSTEMMING, BEEINDIGD),
			BEEINDIGD, List.of());

	private final String label;

	State(String label) {
		this.label = label;
	}

	/** The word users type and read, e.g. {@code vastgesteld}. */
	public String label() {
		return label;
	}

	/** The states this one may move to. */
	public List<State> next() {
		return NEXT.get(this);
	}

	/** Whether the content is frozen: a vastgesteld plan changes only through a new version (bijgesteld). */
	public boolean frozen() {
		return this == VASTGESTELD || this == IN_UITVOERING || this == GEEVALUEERD;
	}

	public static State of(String label) {
		for (State state : values()) {
			if (state.label.equals(label)) {
				return state;
			}
		}
		throw new IllegalArgumentException(label);
	}
}
