package nl.oppstudio.diagram;

/** What a node stands for. */
public enum NodeRole {
	/** The root of the goal hierarchy: the uitstroomperspectief. */
	OUTFLOW,
	/** A goal of one of the format's levels. */
	GOAL,
	/** An action of one actor under a goal, with its criterium. */
	ACTION,
	/** A phase of the planning cycle. */
	PHASE
}
