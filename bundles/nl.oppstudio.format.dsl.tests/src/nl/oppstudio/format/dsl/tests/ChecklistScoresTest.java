package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.rules.Checklist;
import nl.oppstudio.format.rules.Checklist.Item;
import nl.oppstudio.format.rules.Checklist.Status;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 11: the checklist scores in dsl-examples/README.md ("## Checklist scores") are what
 * {@link Checklist} computes for each example format, point by point: the score, and each point "not met"
 * with its reason. The table is read from the README, so README and code cannot drift apart; the
 * verdict of every point (met, not met, cannot tell) is pinned here too.
 */
class ChecklistScoresTest {

	private static final Pattern ROW = Pattern.compile("^\\| `([^`]+\\.oppformat)` \\| (\\d+)/(\\d+) \\| (.*) \\|$");
	private static final Pattern NOT_MET = Pattern.compile("(\\d+) \\(([^()]*)\\)");

	/**
	 * Each point's verdict, points 1 to 15: {@code +} met, {@code -} not met, {@code ?} cannot tell (points
	 * 13 and 15 always; 2, 9 and 12 when the format's help texts or omvang do not settle them).
	 */
	private static final Map<String, String> VERDICTS = Map.of(
			"handreiking-voorbeeld-opp.oppformat", "+?-+++++++++?+?",
			"revius-wijk-opp-light.oppformat", "+++++--++-++?+?",
			"revius-wijk-opp.oppformat", "+++++--+++++?+?",
			"swv-po-groeidocument.oppformat", "++-++--+?--??+?",
			"swv-po-opp-1-4.oppformat", "+++++--+?-++?+?",
			"swv-vo-amsterdam-diemen-opp.oppformat", "+?+++--++-++?+?",
			"swv-voorbeeld-opp.oppformat", "+++++--++-++?+?",
			"wettelijk-minimum.oppformat", "++-++--++-++?+?");

	/** One row of the README's table. */
	private record Row(int score, int max, Map<Integer, String> notMet) {
	}

	private static Map<String, Row> readme() throws IOException {
		Map<String, Row> rows = new TreeMap<>();
		boolean inSection = false;
		for (String line : Files.readAllLines(Examples.file("README.md"))) {
			if (line.startsWith("## ")) {
				inSection = line.equals("## Checklist scores");
				continue;
			}
			Matcher row = ROW.matcher(line);
			if (inSection && row.matches()) {
				Map<Integer, String> notMet = new TreeMap<>();
				Matcher point = NOT_MET.matcher(row.group(4));
				while (point.find()) {
					notMet.put(Integer.valueOf(point.group(1)), point.group(2));
				}
				rows.put(row.group(1), new Row(Integer.parseInt(row.group(2)), Integer.parseInt(row.group(3)), notMet));
			}
		}
		return rows;
	}

	private static String verdicts(Checklist.Result result) {
		return result.items().stream()
				.map(item -> switch (item.status()) {
				case MET -> "+";
				case NOT_MET -> "-";
				case CANNOT_TELL -> "?";
				}).collect(Collectors.joining());
	}

	@Test
	void theReadmeTableIsWhatTheChecklistComputes() throws Exception {
		Map<String, String> expected = new TreeMap<>();
		readme().forEach((name, row) -> expected.put(name, row.score() + "/" + row.max() + " not met " + row.notMet()));
		Map<String, String> computed = new TreeMap<>();
		for (Path file : Examples.all(FormatLoader.EXTENSION)) {
			Checklist.Result result = Checklist.evaluate(TestFormats.load(file));
			Map<Integer, String> notMet = new TreeMap<>();
			for (Item item : result.items()) {
				if (item.status() == Status.NOT_MET) {
					notMet.put(item.number(), item.reason());
				}
			}
			computed.put(file.getFileName().toString(), result.score() + "/" + result.max() + " not met " + notMet);
		}
		assertEquals(expected, computed, "dsl-examples/README.md, Checklist scores: score and points not met per format");
	}

	@Test
	void eachPointsVerdictIsPinned() {
		Map<String, String> computed = new TreeMap<>();
		for (Path file : Examples.all(FormatLoader.EXTENSION)) {
			String name = file.getFileName().toString();
			Checklist.Result result = Checklist.evaluate(TestFormats.load(file));
			computed.put(name, verdicts(result));
			assertEquals(Status.CANNOT_TELL, result.items().get(12).status(), name + ": point 13 is a human judgement");
			assertEquals(Status.CANNOT_TELL, result.items().get(14).status(), name + ": point 15 is a human judgement");
			assertTrue(result.items().stream().filter(item -> item.status() == Status.CANNOT_TELL)
					.allMatch(item -> Set.of(2, 9, 12, 13, 15).contains(item.number())), name + ": " + result.items());
		}
		assertEquals(new TreeMap<>(VERDICTS), computed, "verdicts of points 1-15 (+ met, - not met, ? cannot tell)");
	}
}
