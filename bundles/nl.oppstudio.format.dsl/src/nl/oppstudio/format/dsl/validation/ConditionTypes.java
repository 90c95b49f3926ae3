package nl.oppstudio.format.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.format.model.BooleanLiteral;
import nl.oppstudio.format.model.ChoiceType;
import nl.oppstudio.format.model.Comparison;
import nl.oppstudio.format.model.ComparisonOperator;
import nl.oppstudio.format.model.DateType;
import nl.oppstudio.format.model.Expression;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.FieldReference;
import nl.oppstudio.format.model.FieldType;
import nl.oppstudio.format.model.LevelType;
import nl.oppstudio.format.model.LogicalExpression;
import nl.oppstudio.format.model.NotExpression;
import nl.oppstudio.format.model.NumberLiteral;
import nl.oppstudio.format.model.NumberType;
import nl.oppstudio.format.model.SchoolTypeExpression;
import nl.oppstudio.format.model.SchoolTypeLiteral;
import nl.oppstudio.format.model.StringLiteral;
import nl.oppstudio.format.model.TextType;
import nl.oppstudio.format.model.YesNoType;

/** Type checking of conditions: what may be compared with what, and what is a yes/no statement. */
final class ConditionTypes {

	/** The types a part of a condition can have. */
	enum Type {
		YES_NO("ja/nee"), TEXT("tekst"), NUMBER("een getal"), DATE("een datum"), CHOICE("een keuze"),
		SCHOOL_TYPE("een onderwijssoort"), OTHER("dit veld"),
		/** A name that points at nothing: its linking error says enough, so it fits anywhere. */
		UNKNOWN("onbekend");

		final String label;

		Type(String label) {
			this.label = label;
		}
	}

	interface Reporter {
		void report(String message, EObject where, String code);
	}

	private final Reporter reporter;

	ConditionTypes(Reporter reporter) {
		this.reporter = reporter;
	}

	/** Checks a whole condition: it must be a yes/no statement, and each part well typed. */
	void checkCondition(Expression condition) {
		if (!isYesNo(typeOf(condition))) {
			reporter.report(Messages.conditionNotBoolean, condition, FormatIssueCodes.CONDITION_TYPE);
		}
	}

	Type typeOf(Expression expression) {
		if (expression instanceof LogicalExpression) {
			// 'a of b of c' nests to the left, one level per operator: walked along, not recursed (issue 16)
			java.util.ArrayDeque<LogicalExpression> chain = new java.util.ArrayDeque<>();
			Expression leftmost = expression;
			while (leftmost instanceof LogicalExpression logical) {
				chain.push(logical);
				leftmost = logical.getLeft();
			}
			requireYesNo(leftmost);
			while (!chain.isEmpty()) {
				requireYesNo(chain.pop().getRight());
			}
			return Type.YES_NO;
		}
		if (expression instanceof NotExpression not) {
			requireYesNo(not.getOperand());
			return Type.YES_NO;
		}
		if (expression instanceof Comparison comparison) {
			checkComparison(comparison);
			return Type.YES_NO;
		}
		if (expression instanceof BooleanLiteral) {
			return Type.YES_NO;
		}
		if (expression instanceof StringLiteral) {
			return Type.TEXT;
		}
		if (expression instanceof NumberLiteral) {
			return Type.NUMBER;
		}
		if (expression instanceof SchoolTypeExpression || expression instanceof SchoolTypeLiteral) {
			return Type.SCHOOL_TYPE;
		}
		if (expression instanceof FieldReference reference) {
			Field field = reference.getField();
			return field == null || field.eIsProxy() ? Type.UNKNOWN : typeOf(field);
		}
		return Type.OTHER;
	}

	static Type typeOf(Field field) {
		FieldType type = field == null || field.eIsProxy() ? null : field.getType();
		if (type instanceof YesNoType) {
			return Type.YES_NO;
		}
		if (type instanceof TextType) {
			return Type.TEXT;
		}
		if (type instanceof NumberType || type instanceof LevelType) {
			return Type.NUMBER;
		}
		if (type instanceof DateType) {
			return Type.DATE;
		}
		if (type instanceof ChoiceType) {
			return Type.CHOICE;
		}
		return Type.OTHER;
	}

	private void requireYesNo(Expression expression) {
		if (expression != null && !isYesNo(typeOf(expression))) {
			reporter.report(Messages.conditionNotBoolean, expression, FormatIssueCodes.CONDITION_TYPE);
		}
	}

	private void checkComparison(Comparison comparison) {
		Type left = typeOf(comparison.getLeft());
		Type right = typeOf(comparison.getRight());
		if (left == Type.UNKNOWN || right == Type.UNKNOWN) {
			return;
		}
		boolean ordering = comparison.getOperator() != ComparisonOperator.EQ
				&& comparison.getOperator() != ComparisonOperator.NE;
		if (ordering && !(left == Type.NUMBER && right == Type.NUMBER || left == Type.DATE && right == Type.TEXT)) {
			reporter.report(Messages.conditionOrder, comparison, FormatIssueCodes.CONDITION_TYPE);
			return;
		}
		if (!compatible(left, right)) {
			reporter.report(NLS.bind(Messages.conditionType, left.label, right.label), comparison,
					FormatIssueCodes.CONDITION_TYPE);
			return;
		}
		checkOptionCode(comparison.getLeft(), comparison.getRight());
		checkOptionCode(comparison.getRight(), comparison.getLeft());
	}

	private static boolean isYesNo(Type type) {
		return type == Type.YES_NO || type == Type.UNKNOWN;
	}

	private static boolean compatible(Type left, Type right) {
		if (left == right) {
			return left != Type.OTHER;
		}
		return left == Type.CHOICE && right == Type.TEXT || left == Type.TEXT && right == Type.CHOICE
				|| left == Type.DATE && right == Type.TEXT || left == Type.TEXT && right == Type.DATE;
	}

	/** {@code groep = "groep9"}: the text must be a code of the choice field. */
	private void checkOptionCode(Expression side, Expression other) {
		if (side instanceof FieldReference reference && reference.getField() != null
				&& reference.getField().getType() instanceof ChoiceType choice && other instanceof StringLiteral literal
				&& choice.getOptions().stream().noneMatch(option -> option.getCode().equals(literal.getValue()))) {
			reporter.report(NLS.bind(Messages.conditionUnknownOption, reference.getField().getName(), literal.getValue()),
					literal, FormatIssueCodes.CONDITION_UNKNOWN_OPTION);
		}
	}
}
