package nl.oppstudio.diagram.tests;

import java.util.ArrayList;
import java.util.List;

import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.GoalTree.Evaluation;
import nl.oppstudio.format.model.FormatFactory;
import nl.oppstudio.format.model.GoalHorizon;
import nl.oppstudio.format.model.GoalLevel;
import nl.oppstudio.format.model.GoalsBlock;

/** Goal trees made up for the tests: a block with two levels, goals with evaluations, actions per actor. */
final class Trees {

	static final Evaluation[] EVALUATIONS = Evaluation.values();
	static final String[] ACTORS = { "school", "ouders", "leerling" };

	private Trees() {
	}

	static GoalsBlock block() {
		GoalsBlock block = FormatFactory.eINSTANCE.createGoalsBlock();
		block.setName("doelen");
		block.setLabel("Doelen");
		block.getLevels().add(level(GoalHorizon.LANGE_TERMIJN, "Doelen einde schooljaar"));
		block.getLevels().add(level(GoalHorizon.KORTE_TERMIJN, "Tussendoelen"));
		return block;
	}

	private static GoalLevel level(GoalHorizon horizon, String label) {
		GoalLevel level = FormatFactory.eINSTANCE.createGoalLevel();
		level.setHorizon(horizon);
		level.setLabel(label);
		return level;
	}

	/**
	 * {@code longTerm} goals, each with {@code shortTerm} goals, each with {@code actions} actions; texts of
	 * varying length (some far too long for five lines), every evaluation in turn.
	 */
	static GoalTree.Block tree(GoalsBlock block, int longTerm, int shortTerm, int actions) {
		List<GoalTree.Goal> goals = new ArrayList<>();
		int counter = 0;
		for (int i = 1; i <= longTerm; i++) {
			List<GoalTree.Goal> under = new ArrayList<>();
			for (int j = 1; j <= shortTerm; j++) {
				List<GoalTree.Action> rows = new ArrayList<>();
				for (int k = 1; k <= actions; k++) {
					String actor = ACTORS[k % ACTORS.length];
					String path = "handelingsdeel/doelen/langeTermijn[" + i + "]/korteTermijn[" + j + "]/acties[" + k + "]";
					rows.add(new GoalTree.Action(actor, capital(actor), "Actie " + i + "." + j + "." + k + ": " + text(++counter),
							k % 2 == 0 ? "Criterium " + i + "." + j + "." + k : null, null, path));
				}
				String path = "handelingsdeel/doelen/langeTermijn[" + i + "]/korteTermijn[" + j + "]";
				under.add(new GoalTree.Goal(block.getLevels().get(1), "Tussendoel " + i + "." + j + ": " + text(++counter),
						null, j % 2 == 0 ? "Leren" : null, EVALUATIONS[(i + j) % EVALUATIONS.length], null, path, List.of(), rows));
			}
			goals.add(new GoalTree.Goal(block.getLevels().get(0), "Doel " + i + ": " + text(++counter), null, null,
					EVALUATIONS[i % EVALUATIONS.length], null, "handelingsdeel/doelen/langeTermijn[" + i + "]", under,
					List.of()));
		}
		return new GoalTree.Block(block, null, "handelingsdeel/doelen", goals, List.of());
	}

	private static String capital(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/** A text of 4 to about 90 words. */
	static String text(int seed) {
		String[] words = { "leest", "dagelijks", "twintig", "minuten", "hardop", "met", "de", "remedial", "teacher",
				"en", "rekent", "sommen", "tot", "honderd", "zelfstandig", "na", "instructie", "Onderwijsondersteuningsbehoefte" };
		StringBuilder text = new StringBuilder();
		int length = 4 + seed * 7 % 90;
		for (int i = 0; i < length; i++) {
			text.append(i == 0 ? "" : " ").append(words[(seed + i * 3) % words.length]);
		}
		return text.toString();
	}

	/** Every goal and action of a tree, depth first. */
	static List<Object> all(GoalTree.Block block) {
		List<Object> all = new ArrayList<>();
		for (GoalTree.Goal goal : block.goals()) {
			collect(goal, all);
		}
		all.addAll(block.actions());
		return all;
	}

	private static void collect(GoalTree.Goal goal, List<Object> into) {
		into.add(goal);
		for (GoalTree.Goal sub : goal.goals()) {
			collect(sub, into);
		}
		into.addAll(goal.actions());
	}
}
