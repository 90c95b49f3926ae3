package nl.oppstudio.versions.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;

/**
 * Renames between two versions of a format that documents would otherwise lose: a field that is gone
 * and a new field of the same kind with the same name (moved), label or options. Each becomes a
 * {@code was "old.path"} hint in the new text, which {@code opp migrate} and {@code FormatDiff} follow.
 */
public final class RenameHints {

	/** A hint: the field at {@code newPath} was {@code oldPath} (both as documents name them, with /). */
	public record Hint(String oldPath, String newPath, String label, int offset) {

		/** The value written after {@code was}: the old path with dots. */
		public String wasValue() {
			return oldPath.replace('/', '.');
		}
	}

	private RenameHints() {
	}

	/**
	 * The hints from {@code older} to {@code newer}; {@code newer} must have been parsed from text (its
	 * node model gives where each hint goes). Only unique matches count: two look-alikes make no hint.
	 */
	public static List<Hint> find(Format older, Format newer) {
		Map<String, Leaf> before = byPath(DocumentSchema.of(older));
		Map<String, Leaf> after = byPath(DocumentSchema.of(newer));
		Set<String> declared = new HashSet<>();
		for (Leaf leaf : after.values()) {
			if (leaf.element().getRenamedFrom() != null) {
				declared.add(leaf.element().getRenamedFrom().replace('.', '/'));
			}
		}
		List<Leaf> removed = before.values().stream()
				.filter(l -> !after.containsKey(l.path()) && ownField(l) && !declared.contains(l.path())).toList();
		List<Leaf> added = after.values().stream().filter(l -> !before.containsKey(l.path()) && ownField(l)
				&& l.element().getRenamedFrom() == null && l.element().eResource() == newer.eResource()).toList();
		List<Hint> hints = new ArrayList<>();
		Set<Leaf> used = new HashSet<>();
		for (Leaf gone : removed) {
			List<Leaf> alike = added.stream().filter(l -> !used.contains(l) && looksAlike(gone, l)).toList();
			if (alike.size() != 1 || removed.stream().filter(r -> looksAlike(r, alike.get(0))).count() != 1) {
				continue;
			}
			Leaf now = alike.get(0);
			ICompositeNode node = NodeModelUtils.findActualNodeFor(now.element());
			if (node == null) {
				continue;
			}
			used.add(now);
			hints.add(new Hint(gone.path(), now.path(), now.label(), node.getEndOffset()));
		}
		return hints;
	}

	/** {@code text} with each hint written at the end of its field (the text {@code newer} was parsed from). */
	public static String apply(String text, List<Hint> hints) {
		StringBuilder result = new StringBuilder(text);
		hints.stream().sorted((a, b) -> Integer.compare(b.offset(), a.offset())).forEach(hint -> {
			int at = Math.min(hint.offset(), result.length());
			while (at > 0 && Character.isWhitespace(result.charAt(at - 1))) {
				at--;
			}
			result.insert(at, " was \"" + hint.wasValue() + "\"");
		});
		return result.toString();
	}

	private static boolean ownField(Leaf leaf) {
		return leaf.element() instanceof Field field && field.getName().equals(leaf.name());
	}

	private static boolean looksAlike(Leaf a, Leaf b) {
		if (a.kind() != b.kind()) {
			return false;
		}
		if (a.name().equals(b.name()) || a.label() != null && !a.label().isBlank() && Objects.equals(a.label(), b.label())) {
			return true;
		}
		List<String> codesA = codes(a.options());
		return !codesA.isEmpty() && codesA.equals(codes(b.options()));
	}

	private static List<String> codes(List<ChoiceOption> options) {
		return options.stream().map(ChoiceOption::getCode).toList();
	}

	private static Map<String, Leaf> byPath(DocumentSchema schema) {
		Map<String, Leaf> leaves = new TreeMap<>();
		schema.leaves().forEach(leaf -> leaves.put(leaf.path(), leaf));
		return leaves;
	}
}
