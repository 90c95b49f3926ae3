package nl.oppstudio.diagram.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeRole;
import nl.oppstudio.diagram.ui.internal.Messages;
import nl.oppstudio.document.GoalEdits;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.OppDocument;

/**
 * The edits of the goal diagram, as {@link GoalEdits} commands on a document: a goal's or action's text,
 * what {@link GoalEdits#additions} and {@link GoalEdits#moves} allow (the rules are there, for every
 * client), removing. The document is read again (through {@link GoalTree}) for each question, so it is
 * always the current one.
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
			for (GoalTree.Block block : blocks) {
				if (block.element() == node.element()) {
					return new Place(block, null, null);
				}
			}
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
		List<Choice> choices = new ArrayList<>();
		for (GoalEdits.Choice choice : GoalEdits.additions(domain, document, place.block(), place.goal())) {
			choices.add(switch (choice.kind()) {
			case GOAL -> new Choice(null, Messages.addGoal, choice.command());
			case SUB_GOAL -> new Choice(null, Messages.addSubgoal, choice.command());
			case ACTION -> new Choice(Messages.addAction, GoalTree.actorLabel(choice.actor()), choice.command());
			case MOVE -> throw new IllegalStateException("a move among the additions");
			});
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
		for (GoalEdits.Choice choice : GoalEdits.moves(domain, place.block(), place.goal(), place.action())) {
			GoalTree.Goal goal = choice.target();
			String text = goal.text().isBlank() ? Messages.noText : goal.text();
			if (text.length() > 50) {
				text = text.substring(0, 49) + "…";
			}
			String level = goal.level() != null && goal.level().getLabel() != null ? goal.level().getLabel() + ": " : "";
			choices.add(new Choice(Messages.moveTo, level + text, choice.command()));
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
}
