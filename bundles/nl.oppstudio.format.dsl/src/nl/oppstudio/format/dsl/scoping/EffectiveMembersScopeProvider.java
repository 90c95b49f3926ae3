package nl.oppstudio.format.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatPackage.Literals;
import nl.oppstudio.format.model.Formats;

/**
 * Lets conditions, consents and the extract ({@code uittreksel}) name every member of the format's effective structure by its path
 * ({@code sectie.veld}), the base format's members included, so a derived format can point at what it
 * inherits. Everything else resolves as before.
 */
public class EffectiveMembersScopeProvider extends FormatScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		IScope outer = super.getScope(context, reference);
		if (reference != Literals.FIELD_REFERENCE__FIELD && reference != Literals.CONSENT_TYPE__ON
				&& reference != Literals.EXTRACT__ELEMENTS) {
			return outer;
		}
		Format format = EcoreUtil2.getContainerOfType(context, Format.class);
		if (format == null || format.getBase() == null) {
			return outer;
		}
		// once per resource and kind of target (the cache empties when the resource changes): a condition in
		// every section would otherwise walk the whole effective structure again
		EClass type = reference.getEReferenceType();
		List<IEObjectDescription> descriptions = cache.get(Tuples.create(EffectiveMembersScopeProvider.class, format, type),
				context.eResource(), () -> members(format, type));
		return new SimpleScope(outer, descriptions);
	}

	private static List<IEObjectDescription> members(Format format, EClass type) {
		List<IEObjectDescription> descriptions = new ArrayList<>();
		for (Element element : Formats.allElements(format)) {
			if (type.isInstance(element)) {
				QualifiedName path = pathOf(element);
				if (path != null) {
					descriptions.add(EObjectDescription.create(path, element));
				}
			}
		}
		return descriptions;
	}

	/** The element's names from just below its format down to itself. */
	private static QualifiedName pathOf(Element element) {
		List<String> segments = new ArrayList<>();
		for (EObject each = element; each != null && !(each instanceof Format); each = each.eContainer()) {
			if (each instanceof Element named) {
				if (named.getName() == null) {
					return null;
				}
				segments.add(0, named.getName());
			}
		}
		return QualifiedName.create(segments);
	}
}
