package nl.oppstudio.format.dsl.validation;

import java.util.Locale;
import java.util.Optional;

import nl.oppstudio.core.EditDistance;

/**
 * The existing name nearest to a misspelt one, by edit distance, for "bedoelt u …?"
 * messages. Only a near name is suggested: at most one edit for a short name, up to three for a long path.
 */
public final class NearestName {

	private NearestName() {
	}

	/** The candidate nearest to {@code text}, ignoring case; empty when none is near enough. */
	public static Optional<String> nearest(String text, Iterable<String> candidates) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String wanted = text.toLowerCase(Locale.ROOT);
		int allowed = allowedDistance(text);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			if (candidate == null || candidate.isEmpty() || candidate.equals(text)
					|| Math.abs(candidate.length() - text.length()) > Math.min(allowed, bestDistance)) {
				continue; // never nearer than the difference in length: no need to compute
			}
			int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
			if (distance < bestDistance || distance == bestDistance && better(candidate, best)) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
	}

	/** How many edits still count as a typing error: a quarter of the length, at least 1, at most 3. */
	static int allowedDistance(String text) {
		return Math.min(3, Math.max(1, text.length() / 4));
	}

	/** Among equally near candidates the shorter wins, then the alphabetically first: stable output. */
	private static boolean better(String candidate, String best) {
		return best == null || candidate.length() < best.length()
				|| candidate.length() == best.length() && candidate.compareTo(best) < 0;
	}

	/**
	 * The edit distance: insertions, deletions, substitutions and swaps of two neighbouring letters
	 * ({@code strat} for {@code start}), each one edit (optimal string alignment).
	 */
	public static int distance(String a, String b) {
		return EditDistance.between(a, b);
	}

}
