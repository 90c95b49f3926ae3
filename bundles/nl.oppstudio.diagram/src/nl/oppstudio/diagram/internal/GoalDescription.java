package nl.oppstudio.diagram.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.diagram.DiagramKind;
import nl.oppstudio.diagram.Edge;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeRole;
import nl.oppstudio.diagram.NodeState;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.DiagramDirection;
import nl.oppstudio.format.model.DiagramLevel;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.GoalLevel;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.format.model.OutflowBlock;

/**
 * The description of the goal diagram: which nodes and edges a {@code doelen} block gives. The root is
 * the uitstroomperspectief (when the format has one and the block's diagram shows it), then the goals
 * level by level, then under a goal of the last level its actions per actor. A level the block's diagram
 * hides is left out and what hangs under it moves up. Each node is sized (text wrapped as the PDF
 * measures) and styled by its evaluation; the alt text lists everything in reading order.
 */
public final class GoalDescription {

	/** The id of the root node. */
	public static final String OUTFLOW_ID = "uitstroom";

	private final GoalsBlock element;
	private final Styles styles;
	private final List<DiagramLevel> shown;
	private final Scene scene;
	private final List<String> alt = new ArrayList<>();

	private GoalDescription(GoalsBlock element, String pupil) {
		this.element = element;
		DiagramStyle style = element.getDiagram();
		this.styles = Styles.of(style);
		this.shown = style == null ? List.of() : style.getShown();
		String label = element.getLabel() != null ? element.getLabel() : Messages.goalsTitle;
		this.scene = new Scene(DiagramKind.GOALS, label);
		alt.add(pupil == null || pupil.isBlank() ? label : NLS.bind(Messages.goalsOf, label, pupil));
	}

	/** The start of a goal scene's alt text, before ": " and the nodes' words (the title, with the pupil). */
	public static String altHead(Scene scene) {
		String tail = ": " + String.join("; ", scene.nodes().stream().map(Node::alt).toList());
		String alt = scene.altText();
		return alt.endsWith(tail) ? alt.substring(0, alt.length() - tail.length()) : scene.title();
	}

	/** Whether the block's diagram grows to the right (else down). */
	public static boolean right(GoalsBlock element) {
		return element.getDiagram() != null && element.getDiagram().getDirection() == DiagramDirection.RIGHT;
	}

	/**
	 * The scene of one block (not laid out): {@code outflow} is the uitstroomperspectief in words, or
	 * {@code null} when the format has none.
	 */
	public static Scene describe(GoalTree.Block block, String outflow, String pupil) {
		GoalDescription description = new GoalDescription(block.element(), pupil);
		return description.build(block, outflow);
	}

	private boolean shows(DiagramLevel level) {
		return shown.isEmpty() || shown.contains(level);
	}

	private Scene build(GoalTree.Block block, String outflow) {
		Node root = null;
		if (outflow != null && shows(DiagramLevel.UITSTROOM)) {
			// its element is the block's (in the format): which block a menu on it adds to
			root = new Node(OUTFLOW_ID, NodeRole.OUTFLOW, block.element(), null, null).caption(Messages.outflowCaption)
					.text(outflow.isBlank() ? Messages.outflowNone : outflow);
			add(root, List.of());
			alt.add(NLS.bind(Messages.altOutflow, root.text()));
			root.alt(alt.get(alt.size() - 1));
		}
		int number = 0;
		for (GoalTree.Goal goal : block.goals()) {
			goal(goal, root, String.valueOf(++number));
		}
		actions(block.actions(), root, "");
		scene.altText(alt.get(0) + ": " + String.join("; ", alt.subList(1, alt.size())));
		return scene;
	}

	private void goal(GoalTree.Goal goal, Node parent, String number) {
		Node under = parent;
		DiagramLevel level = level(goal.level());
		if (shows(level)) {
			String id = goal.path() != null ? goal.path() : "doel:" + number;
			String text = goal.text() == null || goal.text().isBlank() ? Messages.noText : goal.text().strip();
			NodeState state = state(goal.evaluation());
			Node node = new Node(id, NodeRole.GOAL, goal.row(), goal.path(), parent)
					.caption(goal.level() != null && goal.level().getLabel() != null ? goal.level().getLabel() : levelWord(level))
					.text(text).state(state);
			if (goal.domainLabel() != null || goal.domain() != null) {
				node.domain(NLS.bind(Messages.domain, goal.domainLabel() != null ? goal.domainLabel() : goal.domain()));
			}
			add(node, List.of());
			if (parent != null) {
				scene.add(new Edge(parent, node, false));
			}
			alt.add(NLS.bind(Messages.altState, NLS.bind(Messages.altItemNumbered,
					new Object[] { levelWord(level), number, text }), evaluationWord(goal.evaluation())));
			node.alt(alt.get(alt.size() - 1));
			under = node;
		}
		int child = 0;
		for (GoalTree.Goal sub : goal.goals()) {
			goal(sub, under, number + "." + ++child);
		}
		actions(goal.actions(), under, number);
	}

	private void actions(List<GoalTree.Action> actions, Node parent, String number) {
		if (!shows(DiagramLevel.ACTIES)) {
			return;
		}
		int index = 0;
		for (GoalTree.Action action : actions) {
			index++;
			String id = action.path() != null ? action.path() : "actie:" + number + "/" + index;
			String text = action.text() == null || action.text().isBlank() ? Messages.noText : action.text().strip();
			String actor = action.actorLabel() != null ? action.actorLabel() : action.actor();
			Node node = new Node(id, NodeRole.ACTION, action.row(), action.path(), parent)
					.caption(actor != null ? actor : Messages.actionCaption).text(text);
			List<String> details = action.criterion() == null || action.criterion().isBlank() ? List.of()
					: List.of(NLS.bind(Messages.criterion, action.criterion().strip()));
			add(node, details);
			if (parent != null) {
				scene.add(new Edge(parent, node, false));
			}
			String what = actor != null ? NLS.bind(Messages.actionAlt, actor.toLowerCase(java.util.Locale.ROOT))
					: Messages.actionCaption.toLowerCase(java.util.Locale.ROOT);
			alt.add(NLS.bind(Messages.altItem, what, text + (details.isEmpty() ? "" : " (" + details.get(0) + ")")));
			node.alt(alt.get(alt.size() - 1));
		}
	}

	private void add(Node node, List<String> details) {
		node.style(styles.style(node.role(), node.state()));
		Boxes.size(node, details);
		scene.add(node);
	}

	private static DiagramLevel level(GoalLevel level) {
		if (level == null || level.getHorizon() == null) {
			return DiagramLevel.KORTE_TERMIJN;
		}
		return switch (level.getHorizon()) {
		case UITSTROOM -> DiagramLevel.UITSTROOM;
		case LANGE_TERMIJN -> DiagramLevel.LANGE_TERMIJN;
		case KORTE_TERMIJN -> DiagramLevel.KORTE_TERMIJN;
		};
	}

	private static String levelWord(DiagramLevel level) {
		return switch (level) {
		case UITSTROOM -> Messages.levelOutflow;
		case LANGE_TERMIJN -> Messages.levelLongTerm;
		default -> Messages.levelShortTerm;
		};
	}

	/** The node state of an evaluation. */
	public static NodeState state(GoalTree.Evaluation evaluation) {
		if (evaluation == null) {
			return NodeState.NOT_EVALUATED;
		}
		return switch (evaluation) {
		case ACHIEVED -> NodeState.ACHIEVED;
		case PARTLY -> NodeState.PARTLY;
		case NOT_ACHIEVED -> NodeState.NOT_ACHIEVED;
		case OPEN -> NodeState.NOT_EVALUATED;
		};
	}

	private static String evaluationWord(GoalTree.Evaluation evaluation) {
		return switch (evaluation == null ? GoalTree.Evaluation.OPEN : evaluation) {
		case ACHIEVED -> Messages.evaluationAchieved;
		case PARTLY -> Messages.evaluationPartly;
		case NOT_ACHIEVED -> Messages.evaluationNotAchieved;
		case OPEN -> Messages.evaluationOpen;
		};
	}

	/**
	 * The document's uitstroomperspectief in words (niveau and bestemming by their labels), "" when not
	 * filled in, {@code null} when the format has no {@code uitstroom} block.
	 */
	public static String outflow(OppDocument document) {
		Branch block = uitstroom(document.schema().outline());
		if (block == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (SchemaNode child : block.children()) {
			if (child instanceof Leaf leaf && (leaf.name().equals("niveau") || leaf.name().equals("bestemming"))) {
				String value = document.value(leaf);
				if (value != null && !value.isBlank()) {
					parts.add(label(leaf, value));
				}
			}
		}
		return String.join(" \u00b7 ", parts);
	}

	private static String label(Leaf leaf, String code) {
		for (ChoiceOption option : leaf.options()) {
			if (code.equals(option.getCode())) {
				return option.getLabel() != null ? option.getLabel() : code;
			}
		}
		return code;
	}

	private static Branch uitstroom(List<SchemaNode> nodes) {
		for (SchemaNode node : nodes) {
			if (node instanceof Branch branch) {
				if (branch.element() instanceof OutflowBlock) {
					return branch;
				}
				Branch found = uitstroom(branch.children());
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
