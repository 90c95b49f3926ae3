package nl.oppstudio.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.oppstudio.document.GoalTree.Action;
import nl.oppstudio.document.internal.Messages;
import nl.oppstudio.document.GoalTree.Block;
import nl.oppstudio.document.GoalTree.Evaluation;
import nl.oppstudio.document.GoalTree.Goal;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.format.model.Actor;

/**
 * Edits of a document's goal hierarchy as EMF commands: each method returns one {@link Command} (a
 * compound one where an edit has several steps) for the caller to execute on the domain's command
 * stack, so that undo and redo cover it. Missing containers (the block, its section) are created as
 * part of the command. Goals and actions are those of a {@link GoalTree} read before the edit; read
 * the tree again afterwards.
 */
public final class GoalEdits {

	private GoalEdits() {
	}

	/** What a {@link Choice} does. */
	public enum Kind {
		/** Adds a goal of the first level to the block. */
		GOAL,
		/** Adds a goal of the next level under a goal. */
		SUB_GOAL,
		/** Adds an action for {@link Choice#actor()} (under a last-level goal, or to a block without levels). */
		ACTION,
		/** Moves an action to {@link Choice#target()}. */
		MOVE
	}

	/**
	 * One edit the goal hierarchy allows at a place (for a menu): its kind, the actor of an action to add,
	 * the goal an action moves to, and the command, made when it is chosen.
	 */
	public record Choice(Kind kind, Actor actor, Goal target, Supplier<Command> command) {
	}

	/**
	 * What can be added at a place of a block: at its top ({@code goal} {@code null}) a goal of the first
	 * level, or in a block without levels an action per actor; under a goal of a level before the last a
	 * sub-goal; under a goal of the last level an action per actor (the format's actors, else all).
	 */
	public static List<Choice> additions(EditingDomain domain, OppDocument document, Block block, Goal goal) {
		int levels = block.element().getLevels().size();
		List<Actor> actors = block.element().getActors().isEmpty() ? Actor.VALUES : block.element().getActors();
		List<Choice> choices = new ArrayList<>();
		if (goal == null) {
			if (levels > 0) {
				choices.add(new Choice(Kind.GOAL, null, null, () -> addGoal(domain, document, block, null)));
			} else {
				for (Actor actor : actors) {
					choices.add(new Choice(Kind.ACTION, actor, null, () -> addAction(domain, document, block, actor.getLiteral(), null)));
				}
			}
		} else if (block.element().getLevels().indexOf(goal.level()) < levels - 1) {
			choices.add(new Choice(Kind.SUB_GOAL, null, null, () -> addGoal(domain, goal, null)));
		} else {
			for (Actor actor : actors) {
				choices.add(new Choice(Kind.ACTION, actor, null, () -> addAction(domain, goal, actor.getLiteral(), null)));
			}
		}
		return choices;
	}

	/** Where an action under {@code owner} can be moved: every other goal of the block's last level, in order. */
	public static List<Choice> moves(EditingDomain domain, Block block, Goal owner, Action action) {
		List<Choice> choices = new ArrayList<>();
		if (owner == null || action == null) {
			return choices; // an action directly in a block without levels has no other goal to go to
		}
		int last = block.element().getLevels().size() - 1;
		for (Goal goal : GoalTree.allGoals(block)) {
			if (goal.row() != owner.row() && block.element().getLevels().indexOf(goal.level()) == last) {
				choices.add(new Choice(Kind.MOVE, null, goal, () -> moveAction(domain, action, goal)));
			}
		}
		return choices;
	}

	/** Sets a goal's text ({@code doel}); {@code null} or empty clears it. */
	public static Command setGoalText(EditingDomain domain, Goal goal, String text) {
		return set(domain, goal.row(), Slots.GOAL_TEXT, emptyToNull(text));
	}

	/** Sets a goal's domain by its code; {@code null} clears it. Unexecutable where the format has no domains. */
	public static Command setGoalDomain(EditingDomain domain, Goal goal, String code) {
		return set(domain, goal.row(), Slots.GOAL_DOMAIN, emptyToNull(code));
	}

	/** Sets a goal's evaluation; {@link Evaluation#OPEN} clears it (nog niet geëvalueerd). */
	public static Command setEvaluation(EditingDomain domain, Goal goal, Evaluation evaluation) {
		return set(domain, goal.row(), Slots.GOAL_EVALUATION, evaluation.code());
	}

	/** Sets an action's text ({@code actie}). */
	public static Command setActionText(EditingDomain domain, Action action, String text) {
		return set(domain, action.row(), Slots.ACTION, emptyToNull(text));
	}

	/** Sets an action's criterium; unexecutable where the format has no criterium. */
	public static Command setCriterion(EditingDomain domain, Action action, String text) {
		return set(domain, action.row(), Slots.CRITERION, emptyToNull(text));
	}

	/** Sets who carries out an action (an actor's code). */
	public static Command setActor(EditingDomain domain, Action action, String actor) {
		return set(domain, action.row(), Slots.ACTOR, emptyToNull(actor));
	}

	/**
	 * Adds a goal of the first level at the end of a block, with {@code text} (may be {@code null}); creates
	 * the block (and the sections it is in) when missing. Unexecutable for a block without levels.
	 */
	public static Command addGoal(EditingDomain domain, OppDocument document, Block block, String text) {
		if (block.element().getLevels().isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Owner owner = owner(document, block);
		EObject row = newRow(owner.object, Slots.GOAL_TEXT, text, null);
		return owner.add(domain, rows(owner.object, Slots.GOAL_TEXT), row);
	}

	/** Adds a goal of the next level at the end of {@code parent}'s; unexecutable under the last level. */
	public static Command addGoal(EditingDomain domain, Goal parent, String text) {
		EReference rows = rows(parent.row(), Slots.GOAL_TEXT);
		if (rows == null) {
			return UnexecutableCommand.INSTANCE;
		}
		return new AddCommand(domain, parent.row(), rows, newRow(parent.row(), Slots.GOAL_TEXT, text, null));
	}

	/** Adds an action for {@code actor} at the end of a last-level goal's; unexecutable on other goals. */
	public static Command addAction(EditingDomain domain, Goal goal, String actor, String text) {
		EReference rows = rows(goal.row(), Slots.ACTION);
		if (rows == null) {
			return UnexecutableCommand.INSTANCE;
		}
		return new AddCommand(domain, goal.row(), rows, newRow(goal.row(), Slots.ACTION, text, actor));
	}

	/** Adds an action to a block without levels (creating the block when missing). */
	public static Command addAction(EditingDomain domain, OppDocument document, Block block, String actor, String text) {
		if (!block.element().getLevels().isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Owner owner = owner(document, block);
		EReference rows = rows(owner.object, Slots.ACTION);
		if (rows == null) {
			return UnexecutableCommand.INSTANCE;
		}
		return owner.add(domain, rows, newRow(owner.object, Slots.ACTION, text, actor));
	}

	/** Removes a goal with its sub-goals and actions. */
	public static Command remove(EditingDomain domain, Goal goal) {
		return removeRow(domain, goal.row());
	}

	/** Removes an action. */
	public static Command remove(EditingDomain domain, Action action) {
		return removeRow(domain, action.row());
	}

	/** Moves an action to the end of another last-level goal's actions (in the same goal: to its end). */
	public static Command moveAction(EditingDomain domain, Action action, Goal target) {
		EObject row = action.row();
		EReference rows = rows(target.row(), Slots.ACTION);
		if (rows == null || row.eContainer() == null) {
			return UnexecutableCommand.INSTANCE;
		}
		if (row.eContainer() == target.row()) {
			return new MoveCommand(domain, target.row(), rows, row, list(target.row(), rows).size() - 1);
		}
		CompoundCommand move = new CompoundCommand(0, Messages.goalMoveAction);
		move.append(new RemoveCommand(domain, row.eContainer(), row.eContainmentFeature(), row));
		move.append(new AddCommand(domain, target.row(), rows, row));
		return move;
	}

	/** Moves a goal within its list (among the goals of its parent or block) to {@code index} (from 0). */
	public static Command move(EditingDomain domain, Goal goal, int index) {
		return moveRow(domain, goal.row(), index);
	}

	/** Moves an action within its goal's actions to {@code index} (from 0). */
	public static Command move(EditingDomain domain, Action action, int index) {
		return moveRow(domain, action.row(), index);
	}

	private static Command moveRow(EditingDomain domain, EObject row, int index) {
		if (row.eContainer() == null || index < 0
				|| index >= list(row.eContainer(), (EReference) row.eContainmentFeature()).size()) {
			return UnexecutableCommand.INSTANCE;
		}
		return new MoveCommand(domain, row.eContainer(), row.eContainmentFeature(), row, index);
	}

	private static Command removeRow(EditingDomain domain, EObject row) {
		if (row == null || row.eContainer() == null) {
			return UnexecutableCommand.INSTANCE;
		}
		return new RemoveCommand(domain, row.eContainer(), row.eContainmentFeature(), row);
	}

	private static Command set(EditingDomain domain, EObject row, String name, String value) {
		EStructuralFeature feature = row == null ? null : row.eClass().getEStructuralFeature(name);
		if (!(feature instanceof EAttribute)) {
			return UnexecutableCommand.INSTANCE;
		}
		return new SetCommand(domain, row, feature, value == null ? SetCommand.UNSET_VALUE : value);
	}

	/** The repeating reference of {@code owner} whose rows have the attribute {@code leaf}, or {@code null}. */
	private static EReference rows(EObject owner, String leaf) {
		for (EReference reference : owner.eClass().getEReferences()) {
			if (reference.isContainment() && reference.isMany()
					&& reference.getEReferenceType().getEStructuralFeature(leaf) != null) {
				return reference;
			}
		}
		return null;
	}

	/** A new row of the list in {@code owner} holding {@code leaf}, with its text (and actor) set. */
	private static EObject newRow(EObject owner, String leaf, String text, String actor) {
		EClass eClass = rows(owner, leaf).getEReferenceType();
		EObject row = EcoreUtil.create(eClass);
		if (text != null && !text.isEmpty()) {
			row.eSet(eClass.getEStructuralFeature(leaf), text);
		}
		if (actor != null && eClass.getEStructuralFeature(Slots.ACTOR) != null) {
			row.eSet(eClass.getEStructuralFeature(Slots.ACTOR), actor);
		}
		return row;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> list(EObject owner, EReference reference) {
		return (List<EObject>) owner.eGet(reference);
	}

	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	/**
	 * The block's object, existing or new; when new, the top of the missing chain and where it goes, so
	 * that adding to it attaches the whole chain in one command.
	 */
	private record Owner(EObject object, EObject attachTo, EReference attachAt, EObject top) {

		/** Adds the row; the command's affected object and result is the new row, also when a chain is attached. */
		Command add(EditingDomain domain, EReference rows, EObject row) {
			if (top == null) {
				return new AddCommand(domain, object, rows, row);
			}
			list(object, rows).add(row); // the chain is not in the document yet
			Command attach = attachAt.isMany() ? new AddCommand(domain, attachTo, attachAt, top)
					: new SetCommand(domain, attachTo, attachAt, top);
			return new CommandWrapper(attach) {
				@Override
				public Collection<?> getAffectedObjects() {
					return List.of(row);
				}

				@Override
				public Collection<?> getResult() {
					return List.of(row);
				}
			};
		}
	}

	/** Finds the block's object along its path, or prepares the missing objects on its way. */
	private static Owner owner(OppDocument document, Block block) {
		if (block.object() != null) {
			return new Owner(block.object(), null, null, null);
		}
		EObject current = document.root();
		List<SchemaNode> nodes = document.schema().outline();
		EObject attachTo = null;
		EReference attachAt = null;
		EObject top = null;
		List<String> steps = new ArrayList<>(List.of(block.path().split("/")));
		for (String step : steps) {
			int bracket = step.indexOf('[');
			String name = bracket < 0 ? step : step.substring(0, bracket);
			int index = bracket < 0 ? 0 : Integer.parseInt(step.substring(bracket + 1, step.length() - 1)) - 1;
			Branch branch = branchNamed(nodes, name);
			List<EObject> objects = top == null ? OppDocument.objects(current, branch) : List.of();
			EObject next;
			if (index < objects.size()) {
				next = objects.get(index);
			} else {
				next = EcoreUtil.create(branch.eClass());
				if (top == null) {
					attachTo = current;
					attachAt = branch.reference();
					top = next;
				} else if (branch.repeating()) {
					list(current, branch.reference()).add(next);
				} else {
					current.eSet(branch.reference(), next);
				}
			}
			current = next;
			nodes = branch.children();
		}
		return new Owner(current, attachTo, attachAt, top);
	}

	private static Branch branchNamed(List<SchemaNode> nodes, String name) {
		for (SchemaNode node : nodes) {
			if (node instanceof Branch branch && branch.name().equals(name)) {
				return branch;
			}
		}
		throw new IllegalArgumentException("no part '" + name + "' in this format"); // a path not of this document
	}
}
