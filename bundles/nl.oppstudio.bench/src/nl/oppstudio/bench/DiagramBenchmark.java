package nl.oppstudio.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.LiveDiagram;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.internal.GoalDescription;
import nl.oppstudio.diagram.internal.Layouts;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatFactory;
import nl.oppstudio.format.model.GoalHorizon;
import nl.oppstudio.format.model.GoalLevel;
import nl.oppstudio.format.model.GoalsBlock;

/**
 * Issue 13's speed targets: layout + SVG of a 200-node goal tree (warm; target below 30 ms), the live
 * diagram's update after one change that keeps the sizes (target below 16 ms) and after one that does
 * not (a new layout), and the SVG size of each example document's diagrams. Usage:
 * {@code DiagramBenchmark EXAMPLES_FOLDER [rounds]}.
 */
public final class DiagramBenchmark {

	private DiagramBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path examples = Path.of(args.length > 0 ? args[0] : "dsl-examples");
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		GoalTree.Block tree = tree(8, 5, 4);

		for (int i = 0; i < rounds / 2; i++) {
			Diagrams.svg(Diagrams.goals(tree, "vmbo", "Sem")); // warm-up
		}
		long[] full = new long[rounds];
		int nodes = 0;
		int bytes = 0;
		for (int i = 0; i < rounds; i++) {
			long t0 = System.nanoTime();
			Scene scene = Diagrams.goals(tree, "vmbo", "Sem");
			String svg = Diagrams.svg(scene);
			full[i] = System.nanoTime() - t0;
			nodes = scene.nodes().size();
			bytes = svg.length();
		}
		report("layout + SVG, " + nodes + " nodes (" + bytes / 1024 + " KB SVG)", full);
		long[] describe = new long[rounds];
		long[] layout = new long[rounds];
		long[] svg = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long t0 = System.nanoTime();
			Scene scene = GoalDescription.describe(tree, "vmbo", "Sem");
			long t1 = System.nanoTime();
			Layouts.tree(scene, false);
			long t2 = System.nanoTime();
			Diagrams.svg(scene);
			long t3 = System.nanoTime();
			describe[i] = t1 - t0;
			layout[i] = t2 - t1;
			svg[i] = t3 - t2;
		}
		report("  of which: describe and measure", describe);
		report("  of which: ELK layered", layout);
		report("  of which: SVG", svg);

		AtomicReference<GoalTree.Block> current = new AtomicReference<>(tree);
		LiveDiagram live = LiveDiagram.goals(current::get, "vmbo", "Sem");
		GoalTree.Evaluation[] evaluations = GoalTree.Evaluation.values();
		long[] same = new long[rounds];
		long[] resized = new long[Math.max(10, rounds / 4)];
		for (int i = 0; i < rounds + rounds / 2; i++) {
			current.set(changed(tree, evaluations[i % evaluations.length], null));
			long t0 = System.nanoTime();
			live.update();
			if (i >= rounds / 2) {
				same[i - rounds / 2] = System.nanoTime() - t0;
			}
		}
		report("live update, one evaluation changed (no new layout)", same);
		for (int i = 0; i < resized.length; i++) {
			current.set(changed(tree, evaluations[0], i % 2 == 0 ? "Kort." : null));
			long t0 = System.nanoTime();
			live.update();
			resized[i] = System.nanoTime() - t0;
		}
		report("live update, one text changed size (nodes below shifted)", resized);
		long[] added = new long[Math.max(10, rounds / 4)];
		for (int i = 0; i < added.length; i++) {
			current.set(i % 2 == 0 ? withoutFirstAction(tree) : tree);
			long t0 = System.nanoTime();
			live.update();
			added[i] = System.nanoTime() - t0;
		}
		report("live update, one action added or removed (new ELK layout)", added);

		Map<String, Format> formats = new HashMap<>();
		List<Path> documents = new ArrayList<>();
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.sorted().toList()) {
				if (file.toString().endsWith("." + FormatLoader.EXTENSION)) {
					Format format = FormatLoader.create().load(file).format();
					if (format != null) {
						formats.put(DocumentSchema.namespaceOf(format.getId(), format.getVersion()), format);
					}
				} else if (file.toString().endsWith("." + Documents.EXTENSION)) {
					documents.add(file);
				}
			}
		}
		LocalDate at = LocalDate.of(2026, 11, 30);
		for (Path file : documents) {
			Format format = FormatResolver.namespaceOf(file).map(formats::get).orElse(null);
			if (format == null) {
				continue;
			}
			OppDocument document = Documents.load(file, format);
			List<String> sizes = new ArrayList<>();
			for (Scene scene : Diagrams.goals(document)) {
				sizes.add("doelen " + scene.nodes().size() + " nodes " + Diagrams.svg(scene).getBytes(StandardCharsets.UTF_8).length / 1024 + " KB");
			}
			for (Scene scene : Diagrams.cycle(document, at)) {
				sizes.add("cyclus " + scene.nodes().size() + " nodes " + Diagrams.svg(scene).getBytes(StandardCharsets.UTF_8).length / 1024 + " KB");
			}
			System.out.printf(Locale.ROOT, "%-44s %s%n", file.getFileName(), String.join(", ", sizes));
		}
	}

	private static void report(String what, long[] times) {
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "%s: median %.2f ms, p90 %.2f ms, max %.2f ms%n", what,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[sorted.length - 1] / 1e6);
	}

	private static GoalTree.Block changed(GoalTree.Block tree, GoalTree.Evaluation evaluation, String text) {
		List<GoalTree.Goal> goals = new ArrayList<>(tree.goals());
		GoalTree.Goal first = goals.get(0);
		goals.set(0, new GoalTree.Goal(first.level(), text != null ? text : first.text(), first.domain(),
				first.domainLabel(), evaluation, first.row(), first.path(), first.goals(), first.actions()));
		return new GoalTree.Block(tree.element(), null, tree.path(), goals, tree.actions());
	}

	/** The tree without the first short-term goal's first action: one node less, so a new layout. */
	private static GoalTree.Block withoutFirstAction(GoalTree.Block tree) {
		List<GoalTree.Goal> goals = new ArrayList<>(tree.goals());
		GoalTree.Goal first = goals.get(0);
		List<GoalTree.Goal> under = new ArrayList<>(first.goals());
		GoalTree.Goal lower = under.get(0);
		under.set(0, new GoalTree.Goal(lower.level(), lower.text(), lower.domain(), lower.domainLabel(), lower.evaluation(),
				lower.row(), lower.path(), lower.goals(), lower.actions().subList(1, lower.actions().size())));
		goals.set(0, new GoalTree.Goal(first.level(), first.text(), first.domain(), first.domainLabel(), first.evaluation(),
				first.row(), first.path(), under, first.actions()));
		return new GoalTree.Block(tree.element(), null, tree.path(), goals, tree.actions());
	}

	/** A made-up tree: long-term goals × short-term goals × actions, texts of varying length. */
	static GoalTree.Block tree(int longTerm, int shortTerm, int actions) {
		GoalsBlock block = FormatFactory.eINSTANCE.createGoalsBlock();
		block.setName("doelen");
		block.setLabel("Doelen");
		GoalLevel upper = FormatFactory.eINSTANCE.createGoalLevel();
		upper.setHorizon(GoalHorizon.LANGE_TERMIJN);
		upper.setLabel("Doelen einde schooljaar");
		GoalLevel lower = FormatFactory.eINSTANCE.createGoalLevel();
		lower.setHorizon(GoalHorizon.KORTE_TERMIJN);
		lower.setLabel("Tussendoelen");
		block.getLevels().add(upper);
		block.getLevels().add(lower);
		GoalTree.Evaluation[] evaluations = GoalTree.Evaluation.values();
		List<GoalTree.Goal> goals = new ArrayList<>();
		int n = 0;
		for (int i = 1; i <= longTerm; i++) {
			List<GoalTree.Goal> under = new ArrayList<>();
			for (int j = 1; j <= shortTerm; j++) {
				List<GoalTree.Action> rows = new ArrayList<>();
				for (int k = 1; k <= actions; k++) {
					rows.add(new GoalTree.Action("school", "School", text(++n), k % 2 == 0 ? "Criterium " + k : null, null,
							"doelen/langeTermijn[" + i + "]/korteTermijn[" + j + "]/acties[" + k + "]"));
				}
				under.add(new GoalTree.Goal(lower, text(++n), null, null, evaluations[(i + j) % evaluations.length], null,
						"doelen/langeTermijn[" + i + "]/korteTermijn[" + j + "]", List.of(), rows));
			}
			goals.add(new GoalTree.Goal(upper, text(++n), null, null, evaluations[i % evaluations.length], null,
					"doelen/langeTermijn[" + i + "]", under, List.of()));
		}
		return new GoalTree.Block(block, null, "doelen", goals, List.of());
	}

	private static String text(int seed) {
		String[] words = { "leest", "dagelijks", "twintig", "minuten", "hardop", "met", "de", "remedial", "teacher",
				"en", "rekent", "sommen", "tot", "honderd", "zelfstandig", "na", "instructie" };
		StringBuilder text = new StringBuilder();
		for (int i = 0, length = 6 + seed * 7 % 40; i < length; i++) {
			text.append(i == 0 ? "" : " ").append(words[(seed + i * 3) % words.length]);
		}
		return text.toString();
	}
}
