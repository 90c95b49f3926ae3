package nl.oppstudio.format.dsl.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A small TextMate tokenizer for the subset of the grammar format that the VS Code extension's grammar
 * uses: {@code match}, {@code begin}/{@code end}, {@code patterns}, {@code include} ({@code #name},
 * {@code $self}), {@code repository}, {@code name}, {@code captures}, {@code beginCaptures} and
 * {@code endCaptures}. Line by line, as TextMate does: at each place the earliest match of the current
 * rule's end and its patterns wins, the end first on a tie. The regular expressions are Java's, which
 * agree with Oniguruma on what the grammar uses (look-around, classes, alternation).
 */
public final class TextMate {

	/** A rule of the grammar, its regular expressions compiled. */
	private static final class Rule {
		String name;
		Pattern match;
		Pattern begin;
		Pattern end;
		Map<Integer, String> captures = Map.of();
		Map<Integer, String> beginCaptures = Map.of();
		Map<Integer, String> endCaptures = Map.of();
		final List<Object> patterns = new ArrayList<>(); // Rule or String (an include)
	}

	private final Rule root;
	private final Map<String, Rule> repository = new HashMap<>();
	private final String scopeName;

	/** Reads a grammar from its JSON text. */
	public TextMate(String json) {
		JsonObject grammar = JsonParser.parseString(json).getAsJsonObject();
		scopeName = grammar.get("scopeName").getAsString();
		if (grammar.has("repository")) {
			for (Map.Entry<String, JsonElement> entry : grammar.getAsJsonObject("repository").entrySet()) {
				repository.put(entry.getKey(), rule(entry.getValue().getAsJsonObject()));
			}
		}
		root = new Rule();
		root.name = scopeName;
		addPatterns(root, grammar.getAsJsonArray("patterns"));
	}

	private Rule rule(JsonObject json) {
		for (String key : json.keySet()) {
			if (!List.of("name", "match", "begin", "end", "patterns", "include", "captures", "beginCaptures", "endCaptures", "comment")
					.contains(key)) {
				throw new IllegalArgumentException("not in the subset this tokenizer knows: " + key);
			}
		}
		Rule rule = new Rule();
		rule.name = json.has("name") ? json.get("name").getAsString() : null;
		if (json.has("match")) {
			rule.match = Pattern.compile(json.get("match").getAsString());
		}
		if (json.has("begin")) {
			rule.begin = Pattern.compile(json.get("begin").getAsString());
			rule.end = Pattern.compile(json.get("end").getAsString());
		}
		rule.captures = captures(json.getAsJsonObject("captures"));
		rule.beginCaptures = json.has("beginCaptures") ? captures(json.getAsJsonObject("beginCaptures")) : rule.captures;
		rule.endCaptures = json.has("endCaptures") ? captures(json.getAsJsonObject("endCaptures")) : rule.captures;
		if (json.has("include")) {
			rule.patterns.add(json.get("include").getAsString());
		}
		if (json.has("patterns")) {
			addPatterns(rule, json.getAsJsonArray("patterns"));
		}
		return rule;
	}

	private void addPatterns(Rule rule, JsonArray patterns) {
		for (JsonElement element : patterns) {
			JsonObject object = element.getAsJsonObject();
			if (object.size() == 1 && object.has("include")) {
				rule.patterns.add(object.get("include").getAsString());
			} else {
				rule.patterns.add(rule(object));
			}
		}
	}

	private static Map<Integer, String> captures(JsonObject json) {
		Map<Integer, String> result = new HashMap<>();
		if (json != null) {
			for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
				result.put(Integer.valueOf(entry.getKey()), entry.getValue().getAsJsonObject().get("name").getAsString());
			}
		}
		return result;
	}

	/** The rules that can match inside a rule: includes resolved, containers flattened. */
	private List<Rule> candidates(Rule rule) {
		List<Rule> result = new ArrayList<>();
		collect(rule.patterns, result, 0);
		return result;
	}

	private void collect(List<Object> patterns, List<Rule> into, int depth) {
		if (depth > 20) {
			throw new IllegalStateException("includes nested too deep");
		}
		for (Object pattern : patterns) {
			Rule rule;
			if (pattern instanceof String include) {
				rule = include.equals("$self") ? root : repository.get(include.substring(1));
				if (rule == null) {
					throw new IllegalArgumentException("unknown include " + include);
				}
			} else {
				rule = (Rule) pattern;
			}
			if (rule.match == null && rule.begin == null) {
				collect(rule.patterns, into, depth + 1);
			} else {
				into.add(rule);
			}
		}
	}

	/**
	 * The scopes of each character of the text: for each, the names of the rules and captures around it,
	 * outermost first (the grammar's own scope name first).
	 */
	public List<List<String>> tokenize(String text) {
		List<List<String>> result = new ArrayList<>();
		List<Rule> stack = new ArrayList<>();
		stack.add(root);
		for (String line : text.split("\n", -1)) {
			List<List<String>> scopes = new ArrayList<>();
			for (int i = 0; i < line.length(); i++) {
				scopes.add(null);
			}
			tokenizeLine(line, stack, scopes);
			result.addAll(scopes);
			result.add(List.of(scopeName)); // the line break
		}
		result.remove(result.size() - 1);
		return result;
	}

	private List<String> names(List<Rule> stack) {
		List<String> names = new ArrayList<>();
		for (Rule rule : stack) {
			if (rule.name != null) {
				names.add(rule.name);
			}
		}
		return names;
	}

	private void tokenizeLine(String line, List<Rule> stack, List<List<String>> scopes) {
		int at = 0;
		for (int steps = 0;; steps++) {
			if (steps > 4 * line.length() + 100) {
				throw new IllegalStateException("the grammar loops without moving on in: " + line);
			}
			Rule current = stack.get(stack.size() - 1);
			Matcher best = null;
			Rule bestRule = null;
			boolean bestIsEnd = false;
			if (current.end != null) {
				best = matcher(current.end, line, at);
				bestRule = best == null ? null : current;
				bestIsEnd = best != null;
			}
			for (Rule candidate : candidates(current)) {
				Matcher found = matcher(candidate.match != null ? candidate.match : candidate.begin, line, at);
				if (found == null || candidate.match != null && found.end() == found.start()) {
					continue; // an empty match would not move on
				}
				if (best == null || found.start() < best.start()) {
					best = found;
					bestRule = candidate;
					bestIsEnd = false;
				}
			}
			if (best == null) {
				fill(scopes, at, line.length(), names(stack));
				return;
			}
			fill(scopes, at, best.start(), names(stack));
			if (bestIsEnd) {
				fill(scopes, best.start(), best.end(), names(stack));
				applyCaptures(best, bestRule.endCaptures, names(stack), scopes);
				stack.remove(stack.size() - 1);
			} else if (bestRule.match != null) {
				List<String> names = names(stack);
				if (bestRule.name != null) {
					names.add(bestRule.name);
				}
				fill(scopes, best.start(), best.end(), names);
				applyCaptures(best, bestRule.captures, names, scopes);
			} else {
				stack.add(bestRule);
				fill(scopes, best.start(), best.end(), names(stack));
				applyCaptures(best, bestRule.beginCaptures, names(stack), scopes);
			}
			at = best.end(); // an empty begin or end changed the state: look again from here
		}
	}

	private static Matcher matcher(Pattern pattern, String line, int at) {
		Matcher matcher = pattern.matcher(line);
		matcher.useTransparentBounds(true);
		matcher.useAnchoringBounds(false);
		matcher.region(at, line.length());
		return matcher.find() ? matcher : null;
	}

	private static void fill(List<List<String>> scopes, int from, int to, List<String> names) {
		for (int i = from; i < to; i++) {
			scopes.set(i, List.copyOf(names));
		}
	}

	private static void applyCaptures(Matcher matcher, Map<Integer, String> captures, List<String> outer,
			List<List<String>> scopes) {
		for (Map.Entry<Integer, String> capture : captures.entrySet()) {
			int group = capture.getKey();
			if (group <= matcher.groupCount() && matcher.start(group) >= 0) {
				List<String> names = new ArrayList<>(outer);
				names.add(capture.getValue());
				fill(scopes, matcher.start(group), matcher.end(group), names);
			}
		}
	}
}
