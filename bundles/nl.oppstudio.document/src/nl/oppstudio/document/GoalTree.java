package nl.oppstudio.document;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.format.model.GoalLevel;
import nl.oppstudio.format.model.GoalsBlock;

/**
 * The goal hierarchy of a document, read from its {@code doelen} blocks: per block the goals of the
 * format's first level, each with the goals of the next level under it, and under a goal of the last
 * level the actions per actor with their criterium. Each goal has its evaluation and, where the format
 * has {@code domeinen}, its domain. The diagram and the form read goals through this; {@link GoalEdits}
 * changes them.
 */
public final class GoalTree {

	private GoalTree() {
	}

	/** A goal's evaluation; {@link #OPEN} when none is filled in (nog niet geëvalueerd). */
	public enum Evaluation {
		ACHIEVED("behaald"), PARTLY("deels"), NOT_ACHIEVED("nietBehaald"), OPEN(null);

		private final String code;

		Evaluation(String code) {
			this.code = code;
		}

		/** The value in the document, {@code null} for {@link #OPEN}. */
		public String code() {
			return code;
		}
	}

	/**
	 * One {@code doelen} block of a document: its element in the format, its object in the document
	 * ({@code null} while nothing is filled in) and form path, and its top goals (the actions directly,
	 * in {@link #actions()}, when the format has no levels).
	 */
	public record Block(GoalsBlock element, EObject object, String path, List<Goal> goals, List<Action> actions) {
	}

	/**
	 * A goal: its level in the format, its text (may be empty), domain code and label ({@code null}
	 * without), evaluation, its row in the document and the form path of that row (e.g.
	 * {@code handelingsdeel/doelen/langeTermijn[1]}), the goals of the next level and (on the last level)
	 * the actions.
	 */
	public record Goal(GoalLevel level, String text, String domain, String domainLabel, Evaluation evaluation,
			EObject row, String path, List<Goal> goals, List<Action> actions) {
	}

	/**
	 * An action: the actor's code and label ({@code null} when not chosen), its text and criterium, its
	 * row and the form path of that row (e.g. {@code …/korteTermijn[2]/acties[1]}).
	 */
	public record Action(String actor, String actorLabel, String text, String criterion, EObject row, String path) {
	}

	/** The goal blocks of the document in the format's order (blocks not visible included). */
	public static List<Block> of(OppDocument document) {
		throw new UnsupportedOperationException("GoalTree.of: to be written with the nested goals schema");
	}
}
