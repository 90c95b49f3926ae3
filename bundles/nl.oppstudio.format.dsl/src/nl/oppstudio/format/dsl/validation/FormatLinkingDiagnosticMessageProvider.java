package nl.oppstudio.format.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import nl.oppstudio.format.model.ChoiceType;
import nl.oppstudio.format.model.Comparison;
import nl.oppstudio.format.model.Expression;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.FieldReference;
import nl.oppstudio.format.model.FormatPackage;
import nl.oppstudio.format.model.FormatPackage.Literals;

/**
 * Dutch messages for names that point at nothing: an unknown base format, field, section, phase or
 * element of the extract. When the scope holds a name near the misspelt one, the message asks "bedoelt
 * u …?" and carries that name as issue data, for the quick fix.
 */
public class FormatLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	/** An ID of the grammar; keywords that may be names are lower-case words, so they match too. */
	private static final Pattern NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
	/** The keywords with a hyphen that the grammar's rule Name accepts. */
	private static final Set<String> HYPHENATED_NAMES = Set.of("start-ondersteuning", "start-schooljaar",
			"einde-schooljaar");

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		EReference reference = context.getReference();
		String option = optionWithoutQuotes(context);
		if (option != null) {
			return new DiagnosticMessage(NLS.bind(Messages.optionWithoutQuotes, name, option), Severity.ERROR,
					FormatIssueCodes.UNKNOWN_NAME_SUGGESTION, '"' + name + '"');
		}
		Optional<String> near = nearest(context);
		if (near.isPresent()) {
			String template = reference == Literals.FORMAT__BASE ? Messages.unknownBaseNear
					: reference == Literals.FIELD_REFERENCE__FIELD ? Messages.unknownFieldNear
					: reference == Literals.EXTRACT__ELEMENTS ? Messages.unknownExtractElementNear
					: isPhase(reference) ? Messages.unknownPhaseNear : Messages.unknownElementNear;
			return new DiagnosticMessage(NLS.bind(template, name, near.get()), Severity.ERROR,
					FormatIssueCodes.UNKNOWN_NAME_SUGGESTION, near.get());
		}
		String message;
		if (reference == Literals.FORMAT__BASE) {
			message = NLS.bind(Messages.unknownBase, name);
		} else if (reference == Literals.FIELD_REFERENCE__FIELD) {
			message = NLS.bind(Messages.unknownField, name);
		} else if (reference == Literals.EXTRACT__ELEMENTS) {
			message = NLS.bind(Messages.unknownExtractElement, name);
		} else if (isPhase(reference)) {
			message = NLS.bind(Messages.unknownPhase, name);
		} else {
			message = NLS.bind(Messages.unknownElement, name);
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}

	/**
	 * {@code wanneer leerling.groep = groep8}: an option code without quotes reads as a field. When the
	 * other side of the comparison is a choice field with that option, the name of that field.
	 */
	private static String optionWithoutQuotes(ILinkingDiagnosticContext context) {
		if (context.getReference() != Literals.FIELD_REFERENCE__FIELD
				|| !(context.getContext() instanceof FieldReference reference)
				|| !(reference.eContainer() instanceof Comparison comparison)) {
			return null;
		}
		Expression other = comparison.getLeft() == reference ? comparison.getRight() : comparison.getLeft();
		// the other side as linked so far, never resolved from here: resolving it could come back to this one
		if (other instanceof FieldReference otherReference
				&& otherReference.eGet(Literals.FIELD_REFERENCE__FIELD, false) instanceof Field field) {
			if (!field.eIsProxy() && field.getType() instanceof ChoiceType choice
					&& choice.getOptions().stream().anyMatch(o -> context.getLinkText().equals(o.getCode()))) {
				return field.getName();
			}
		}
		return null;
	}

	private static boolean isPhase(EReference reference) {
		return reference.getEReferenceType() == FormatPackage.Literals.PHASE;
	}

	/** The name nearest to the link text among those the scope offers at this place. */
	private Optional<String> nearest(ILinkingDiagnosticContext context) {
		if (scopeProvider == null || context.getContext() == null) {
			return Optional.empty();
		}
		try {
			IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
			List<String> names = new ArrayList<>();
			for (IEObjectDescription description : scope.getAllElements()) {
				String candidate = description.getName().toString(".");
				if (fits(context.getReference(), description.getEClass())
						&& (context.getReference() == Literals.FORMAT__BASE || isWritablePath(candidate))) {
					names.add(candidate);
				}
			}
			return NearestName.nearest(context.getLinkText(), names);
		} catch (RuntimeException e) {
			return Optional.empty(); // a broken model near a syntax error: no suggestion rather than none at all
		}
	}

	/**
	 * Whether a path can be written in a format: its segments are names. A format id with a hyphen (the
	 * global name {@code swv-test.sectie.veld}) cannot, so it is never suggested.
	 */
	private static boolean isWritablePath(String path) {
		for (String segment : path.split("\\.")) {
			if (!NAME.matcher(segment).matches() && !HYPHENATED_NAMES.contains(segment)) {
				return false;
			}
		}
		return true;
	}

	/** Consent can only be given on a sectie or deel; suggest nothing else there. */
	private static boolean fits(EReference reference, EClass type) {
		if (reference == Literals.CONSENT_TYPE__ON) {
			return Literals.SECTION.isSuperTypeOf(type) || Literals.PART.isSuperTypeOf(type);
		}
		return true;
	}
}
