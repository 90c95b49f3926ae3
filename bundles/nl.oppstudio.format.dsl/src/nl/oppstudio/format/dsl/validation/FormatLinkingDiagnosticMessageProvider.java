package nl.oppstudio.format.dsl.validation;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import nl.oppstudio.format.model.FormatPackage;

/**
 * Dutch messages for names that point at nothing: an unknown base format, field, section or element
 * of the extract.
 */
public class FormatLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		String message;
		if (context.getReference() == FormatPackage.Literals.FORMAT__BASE) {
			message = NLS.bind(Messages.unknownBase, name);
		} else if (context.getReference() == FormatPackage.Literals.FIELD_REFERENCE__FIELD) {
			message = NLS.bind(Messages.unknownField, name);
		} else if (context.getReference() == FormatPackage.Literals.EXTRACT__ELEMENTS) {
			message = NLS.bind(Messages.unknownExtractElement, name);
		} else {
			message = NLS.bind(Messages.unknownElement, name);
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}
}
