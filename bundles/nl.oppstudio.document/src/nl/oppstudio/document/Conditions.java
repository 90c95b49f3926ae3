package nl.oppstudio.document;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Expression;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.FieldReference;
import nl.oppstudio.format.model.SignaturesBlock;

/**
 * What a format's conditions say on a document: whether an element shows ({@code zichtbaar wanneer})
 * and whether a value is required ({@code verplicht}, {@code verplicht wanneer}), judged exactly as
 * validation judges them. The owner is the object that holds the element: for the fields of a table
 * row, that row, so that a condition on a row's own field reads that row.
 */
public final class Conditions {

	private final ConditionEvaluator evaluator;

	private Conditions(OppDocument document) {
		this.evaluator = new ConditionEvaluator(document);
	}

	public static Conditions of(OppDocument document) {
		return new Conditions(document);
	}

	/** Whether {@code element} shows in {@code owner} (or in the document's first rows when {@code null}). */
	public boolean visible(Element element, EObject owner) {
		return evaluator.holds(element.getVisibleWhen(), owner);
	}

	/** Whether the value of {@code leaf} in {@code owner} must be filled in. */
	public boolean required(Leaf leaf, EObject owner) {
		if (leaf.required()) {
			return true;
		}
		Element element = leaf.element();
		return element.getRequiredWhen() != null && leafIsMain(leaf)
				&& evaluator.holds(element.getRequiredWhen(), owner);
	}

	/** The fields that the conditions of {@code element} read: a change of one may change what shows. */
	public static Set<Field> reads(Element element) {
		Set<Field> fields = new LinkedHashSet<>();
		collect(element.getVisibleWhen(), fields);
		collect(element.getRequiredWhen(), fields);
		return fields;
	}

	private static void collect(Expression expression, Set<Field> fields) {
		if (expression == null) {
			return;
		}
		if (expression instanceof FieldReference reference) {
			fields.add(reference.getField());
		}
		expression.eAllContents().forEachRemaining(object -> {
			if (object instanceof FieldReference reference) {
				fields.add(reference.getField());
			}
		});
	}

	/**
	 * A field's own value (not a part of a person or consent) is what "verplicht wanneer" makes required;
	 * of an {@code ondertekening} block, the signatures of its first moment (as {@code verplicht} does).
	 */
	private static boolean leafIsMain(Leaf leaf) {
		if (leaf.element() instanceof SignaturesBlock block) {
			String[] steps = leaf.path().split("/");
			return !block.getMoments().isEmpty() && steps.length >= 3
					&& steps[steps.length - 3].equals(block.getMoments().get(0).getName());
		}
		return leaf.element() instanceof Field field && leaf.name().equals(field.getName());
	}
}
