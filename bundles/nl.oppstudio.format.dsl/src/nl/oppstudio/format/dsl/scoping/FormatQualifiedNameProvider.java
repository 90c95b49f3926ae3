package nl.oppstudio.format.dsl.scoping;

import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import nl.oppstudio.format.model.Format;

/**
 * Names formats by their id (not their display name), so that {@code breidt uit "swv-basis"} finds a
 * base format and fields are named {@code format-id.sectie.veld}; inside a format, {@code sectie.veld}.
 */
public class FormatQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	protected QualifiedName qualifiedName(Format format) {
		return format.getId() == null || format.getId().isEmpty() ? null : QualifiedName.create(format.getId());
	}
}
