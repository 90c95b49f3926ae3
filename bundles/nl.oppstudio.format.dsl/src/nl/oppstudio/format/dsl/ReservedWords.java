package nl.oppstudio.format.dsl;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;

/**
 * The reserved words of the format language (docs/format-language.md §3.1): every keyword that looks like a
 * name but that the rule {@code Name} does not allow. Read from the grammar, never listed by hand; used by the
 * editor's rename and by the Word import's names.
 */
public final class ReservedWords {

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private ReservedWords() {
	}

	public static Set<String> of(Grammar grammar) {
		Set<String> allowed = new LinkedHashSet<>();
		AbstractRule nameRule = GrammarUtil.findRuleForName(grammar, "Name");
		if (nameRule instanceof ParserRule rule) {
			for (Keyword keyword : GrammarUtil.containedKeywords(rule)) {
				allowed.add(keyword.getValue());
			}
		}
		Set<String> reserved = new LinkedHashSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar)) {
			if (WORD.matcher(keyword).matches() && !allowed.contains(keyword)) {
				reserved.add(keyword);
			}
		}
		return Collections.unmodifiableSet(reserved);
	}
}
