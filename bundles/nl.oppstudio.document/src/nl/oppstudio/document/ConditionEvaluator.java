package nl.oppstudio.document;

import java.math.BigDecimal;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.BooleanLiteral;
import nl.oppstudio.format.model.Comparison;
import nl.oppstudio.format.model.Expression;
import nl.oppstudio.format.model.FieldReference;
import nl.oppstudio.format.model.LogicalExpression;
import nl.oppstudio.format.model.LogicalOperator;
import nl.oppstudio.format.model.NotExpression;
import nl.oppstudio.format.model.NumberLiteral;
import nl.oppstudio.format.model.SchoolTypeExpression;
import nl.oppstudio.format.model.SchoolTypeLiteral;
import nl.oppstudio.format.model.StringLiteral;

/**
 * Evaluates a format's conditions ({@code zichtbaar wanneer}, {@code verplicht wanneer}) on a document.
 * An empty field makes a comparison false; the format checker has already type-checked conditions. A
 * field is read from the object the condition is evaluated in (a table row, for a row's own fields) or
 * its containers, else from the document (first rows).
 */
final class ConditionEvaluator {

	private final OppDocument document;
	private EObject context;

	public ConditionEvaluator(OppDocument document) {
		this.document = document;
	}

	/** Whether the condition holds; {@code null} (no condition) holds. */
	public boolean holds(Expression condition) {
		return holds(condition, null);
	}

	/** Whether the condition holds with fields read from {@code context} and its containers first. */
	public boolean holds(Expression condition, EObject context) {
		if (condition == null) {
			return true;
		}
		this.context = context;
		try {
			return Boolean.TRUE.equals(evaluate(condition));
		} catch (StackOverflowError e) {
			// the last line of defence: FormatLimits refuses such a format before it is parsed (issue 16)
			return false;
		} finally {
			this.context = null;
		}
	}

	private Object evaluate(Expression expression) {
		if (expression instanceof LogicalExpression) {
			// 'a of b of c' nests to the left, one level per operator: walked along, not recursed (issue 16)
			java.util.ArrayDeque<LogicalExpression> chain = new java.util.ArrayDeque<>();
			Expression leftmost = expression;
			while (leftmost instanceof LogicalExpression logical) {
				chain.push(logical);
				leftmost = logical.getLeft();
			}
			boolean value = Boolean.TRUE.equals(evaluate(leftmost));
			while (!chain.isEmpty()) {
				LogicalExpression logical = chain.pop();
				if (logical.getOperator() == LogicalOperator.AND) {
					value = value && Boolean.TRUE.equals(evaluate(logical.getRight()));
				} else {
					value = value || Boolean.TRUE.equals(evaluate(logical.getRight()));
				}
			}
			return value;
		}
		if (expression instanceof NotExpression not) {
			return !Boolean.TRUE.equals(evaluate(not.getOperand()));
		}
		if (expression instanceof Comparison comparison) {
			return compare(comparison);
		}
		if (expression instanceof BooleanLiteral literal) {
			return literal.isValue();
		}
		if (expression instanceof StringLiteral literal) {
			return literal.getValue();
		}
		if (expression instanceof NumberLiteral literal) {
			return literal.getValue();
		}
		if (expression instanceof SchoolTypeLiteral literal) {
			return literal.getValue().getLiteral();
		}
		if (expression instanceof SchoolTypeExpression) {
			return document.schoolType();
		}
		if (expression instanceof FieldReference reference) {
			Leaf leaf = document.schema().leafOf(reference.getField());
			String value = leaf == null ? null : valueOf(leaf);
			return value == null ? null : typed(leaf, value.strip());
		}
		return null;
	}

	private String valueOf(Leaf leaf) {
		for (EObject owner = context; owner != null; owner = owner.eContainer()) {
			if (leaf.attribute().getEContainingClass() == owner.eClass()) {
				return OppDocument.value(owner, leaf);
			}
		}
		return document.value(leaf);
	}

	private static Object typed(Leaf leaf, String value) {
		if (leaf.kind() == ValueKind.YES_NO) {
			return "ja".equals(value);
		}
		if (leaf.kind() == ValueKind.NUMBER || leaf.kind() == ValueKind.LEVEL) {
			try {
				return new BigDecimal(value.replace(',', '.').replace("%", ""));
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return value;
	}

	private boolean compare(Comparison comparison) {
		Object left = evaluate(comparison.getLeft());
		Object right = evaluate(comparison.getRight());
		if (left == null || right == null) {
			return false;
		}
		int order;
		if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
			order = a.compareTo(b);
		} else if (left instanceof String a && right instanceof String b) {
			order = a.compareTo(b);
		} else {
			order = Objects.equals(left, right) ? 0 : 1;
		}
		return switch (comparison.getOperator()) {
		case EQ -> order == 0;
		case NE -> order != 0;
		case LT -> order < 0;
		case LE -> order <= 0;
		case GT -> order > 0;
		case GE -> order >= 0;
		};
	}
}
