package nl.oppstudio.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeRole;
import nl.oppstudio.diagram.ui.internal.Messages;
import nl.oppstudio.document.GoalEdits;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Actor;

/**
 * The edits of the goal diagram, as {@link GoalEdits} commands on a document: a goal's or action's text,
 * a goal under the uitstroomperspectief, a sub-goal under a goal of a level before the last, an action per
 * actor under a goal of the last level, moving an action to another last-level goal, removing. The
 * document is read again (through {@link GoalTree}) for each question, so it is always the current one.
 */
public final class GoalEditing implements DiagramEditing {

	private final OppDocument document;
	private final EditingDomain domain;

	public GoalEditing(OppDocument document, EditingDomain domain) {
		this.document = document;
		this.domain = domain;
	}

	/** Where a node's element is in the goal tree: its block and goal, or its action. */
	private record Place(GoalTree.Block block, GoalTree.Goal goal, GoalTree.Action action) {
	}

	private Place place(Node node) {
		List<GoalTree.Block> blocks = GoalTree.of(document);
		if (node.role() == NodeRole.OUTFLOW) {
			return blocks.isEmpty() ? null : new Place(blocks.get(0), null, null);
		}
		Object element = node.element();
		if (element == null) {
			return null;
		}
		for (GoalTree.Block block : blocks) {
			for (GoalTree.Action action : block.actions()) {
				if (action.row() == element) {
					return new Place(block, null, action);
				}
			}
			for (GoalTree.Goal goal : GoalTree.allGoals(block)) {
				if (goal.row() == element) {
					return new Place(block, goal, null);
				}
				for (GoalTree.Action action : goal.actions()) {
					if (action.row() == element) {
						return new Place(block, goal, action);
					}
				}
			}
		}
		return null;
	}

	@Override
	public boolean canEditText(Node node) {
		Place place = place(node);
		return place != null && (place.goal() != null || place.action() != null);
	}

	@Override
	public Command setText(Node node, String text) {
		Place place = place(node);
		if (place == null) {
			return null;
		}
		if (place.action() != null) {
			return GoalEdits.setActionText(domain, place.action(), text);
		}
		return place.goal() == null ? null : GoalEdits.setGoalText(domain, place.goal(), text);
	}

	@Override
	public List<Choice> additions(Node node) {
		Place place = place(node);
		if (place == null || place.action() != null) {
			return List.of();
		}
		GoalTree.Block block = place.block();
		int levels = block.element().getLevels().size();
		List<Choice> choices = new ArrayList<>();
		if (place.goal() == null) {
			if (levels > 0) {
				choices.add(new Choice(null, Messages.addGoal, () -> GoalEdits.addGoal(domain, document, block, null)));
			} else {
				for (Actor actor : actors(block)) {
					choices.add(new Choice(Messages.addAction, label(actor),
							() -> GoalEdits.addAction(domain, document, block, actor.getLiteral(), null)));
				}
			}
			return choices;
		}
		GoalTree.Goal goal = place.goal();
		if (block.element().getLevels().indexOf(goal.level()) < levels - 1) {
			choices.add(new Choice(null, Messages.addSubgoal, () -> GoalEdits.addGoal(domain, goal, null)));
		} else {
			for (Actor actor : actors(block)) {
				choices.add(new Choice(Messages.addAction, label(actor), () -> GoalEdits.addAction(domain, goal, actor.getLiteral(), null)));
			}
		}
		return choices;
	}

	@Override
	public List<Choice> moves(Node node) {
		Place place = place(node);
		if (place == null || place.action() == null || place.goal() == null) {
			return List.of();
		}
		List<Choice> choices = new ArrayList<>();
		int last = place.block().element().getLevels().size() - 1;
		for (GoalTree.Goal goal : GoalTree.allGoals(place.block())) {
			if (goal.row() != place.goal().row() && place.block().element().getLevels().indexOf(goal.level()) == last) {
				String text = goal.text().isBlank() ? Messages.noText : goal.text();
				if (text.length() > 50) {
					text = text.substring(0, 49) + "…";
				}
				String level = goal.level() != null && goal.level().getLabel() != null ? goal.level().getLabel() + ": " : "";
				GoalTree.Action action = place.action();
				choices.add(new Choice(Messages.moveTo, level + text, () -> GoalEdits.moveAction(domain, action, goal)));
			}
		}
		return choices;
	}

	@Override
	public Command remove(Node node) {
		Place place = place(node);
		if (place == null) {
			return null;
		}
		if (place.action() != null) {
			return GoalEdits.remove(domain, place.action());
		}
		return place.goal() == null ? null : GoalEdits.remove(domain, place.goal());
	}

	private static List<Actor> actors(GoalTree.Block block) {
		return block.element().getActors().isEmpty() ? Actor.VALUES : block.element().getActors();
	}

	/** The actor as the menu names it: "Leerling", "Ouders" … */
	private static String label(Actor actor) {
		String literal = actor.getLiteral();
		return literal.substring(0, 1).toUpperCase(Locale.ROOT) + literal.substring(1);
	}
}
