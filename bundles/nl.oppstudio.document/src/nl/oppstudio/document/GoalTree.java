package nl.oppstudio.document;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.Actor;
import nl.oppstudio.format.model.ChoiceOption;
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

	/** The name of a goal row's text field ({@code doel}): its form path ends in {@code /doel}. */
	public static final String GOAL_TEXT = Slots.GOAL_TEXT;
	/** The name of an action row's text field ({@code actie}): its form path ends in {@code /actie}. */
	public static final String ACTION_TEXT = Slots.ACTION;

	private GoalTree() {
	}

	/** How the document schema names an actor ("Leerling", "Ouders" …), as in {@link Action#actorLabel()}. */
	public static String actorLabel(Actor actor) {
		return Slots.actorLabel(actor);
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

		/** The evaluation stored as {@code code}; {@link #OPEN} for none or an unknown code. */
		public static Evaluation of(String code) {
			for (Evaluation evaluation : values()) {
				if (evaluation.code != null && evaluation.code.equals(code == null ? null : code.strip())) {
					return evaluation;
				}
			}
			return OPEN;
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
		List<Block> blocks = new ArrayList<>();
		walk(document.root(), document.schema().outline(), "", blocks);
		return List.copyOf(blocks);
	}

	/** The goals of one block, depth first (each goal before its sub-goals). */
	public static List<Goal> allGoals(Block block) {
		List<Goal> all = new ArrayList<>();
		collect(block.goals(), all);
		return all;
	}

	private static void collect(List<Goal> goals, List<Goal> all) {
		for (Goal goal : goals) {
			all.add(goal);
			collect(goal.goals(), all);
		}
	}

	private static void walk(EObject owner, List<SchemaNode> nodes, String prefix, List<Block> blocks) {
		for (SchemaNode node : nodes) {
			if (!(node instanceof Branch branch)) {
				continue;
			}
			if (isBlock(branch)) {
				List<EObject> objects = OppDocument.objects(owner, branch);
				EObject object = objects.isEmpty() ? null : objects.get(0);
				String path = prefix + branch.name();
				GoalsBlock element = (GoalsBlock) branch.element();
				Branch rows = rowsOf(branch.children());
				blocks.add(new Block(element, object, path,
						element.getLevels().isEmpty() || rows == null ? List.of() : goals(object, rows, 0, path + "/", element),
						element.getLevels().isEmpty() && rows != null ? actions(object, rows, path + "/") : List.of()));
			} else if (branch.repeating()) {
				List<EObject> rows = OppDocument.objects(owner, branch);
				for (int row = 0; row < rows.size(); row++) {
					walk(rows.get(row), branch.children(), prefix + branch.name() + "[" + (row + 1) + "]/", blocks);
				}
			} else {
				List<EObject> objects = OppDocument.objects(owner, branch);
				walk(objects.isEmpty() ? null : objects.get(0), branch.children(), prefix + branch.name() + "/", blocks);
			}
		}
	}

	/** A branch of a {@code doelen} block itself (not its rows). */
	static boolean isBlock(Branch branch) {
		return branch.element() instanceof GoalsBlock goals && !branch.repeating() && branch.name().equals(goals.getName());
	}

	/** The repeating branch among a block's or a goal row's children: the next level's rows or the actions. */
	static Branch rowsOf(List<SchemaNode> children) {
		for (SchemaNode node : children) {
			if (node instanceof Branch branch && branch.repeating()) {
				return branch;
			}
		}
		return null;
	}

	static Leaf leafNamed(List<SchemaNode> children, String name) {
		for (SchemaNode node : children) {
			if (node instanceof Leaf leaf && leaf.name().equals(name)) {
				return leaf;
			}
		}
		return null;
	}

	private static List<Goal> goals(EObject owner, Branch rows, int index, String prefix, GoalsBlock block) {
		GoalLevel level = block.getLevels().get(index);
		List<EObject> objects = OppDocument.objects(owner, rows);
		Leaf text = leafNamed(rows.children(), Slots.GOAL_TEXT);
		Leaf domain = leafNamed(rows.children(), Slots.GOAL_DOMAIN);
		Leaf evaluation = leafNamed(rows.children(), Slots.GOAL_EVALUATION);
		Branch next = rowsOf(rows.children());
		boolean last = index + 1 >= block.getLevels().size();
		List<Goal> goals = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			EObject row = objects.get(i);
			String path = prefix + rows.name() + "[" + (i + 1) + "]";
			String code = domain == null ? null : blank(OppDocument.value(row, domain));
			goals.add(new Goal(level, orEmpty(OppDocument.value(row, text)), code, code == null ? null : label(domain, code),
					Evaluation.of(OppDocument.value(row, evaluation)), row, path,
					last || next == null ? List.of() : goals(row, next, index + 1, path + "/", block),
					last && next != null ? actions(row, next, path + "/") : List.of()));
		}
		return List.copyOf(goals);
	}

	private static List<Action> actions(EObject owner, Branch rows, String prefix) {
		Leaf actor = leafNamed(rows.children(), Slots.ACTOR);
		Leaf action = leafNamed(rows.children(), Slots.ACTION);
		Leaf criterion = leafNamed(rows.children(), Slots.CRITERION);
		List<Action> actions = new ArrayList<>();
		List<EObject> objects = OppDocument.objects(owner, rows);
		for (int i = 0; i < objects.size(); i++) {
			EObject row = objects.get(i);
			String code = blank(OppDocument.value(row, actor));
			actions.add(new Action(code, code == null ? null : label(actor, code), orEmpty(OppDocument.value(row, action)),
					criterion == null ? null : OppDocument.value(row, criterion), row, prefix + rows.name() + "[" + (i + 1) + "]"));
		}
		return List.copyOf(actions);
	}

	/** The label of a choice's code; the code itself when the format does not know it. */
	private static String label(Leaf leaf, String code) {
		for (ChoiceOption option : leaf.options()) {
			if (option.getCode().equals(code)) {
				return option.getLabel() != null ? option.getLabel() : code;
			}
		}
		return code;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
