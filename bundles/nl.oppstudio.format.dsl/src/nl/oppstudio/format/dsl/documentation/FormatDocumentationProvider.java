package nl.oppstudio.format.dsl.documentation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;

import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;

/** The hover text of an element: its label and its help text ({@code uitleg}), as the form will show them. */
public class FormatDocumentationProvider implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject object) {
		if (object instanceof Element element) {
			String label = "**" + Formats.label(element) + "**";
			return element.getHelp() == null ? label : label + "\n\n" + element.getHelp();
		}
		if (object instanceof Format format) {
			return "**" + (format.getName() != null ? format.getName() : format.getId()) + "**, versie "
					+ format.getVersion() + " (" + Formats.kind(format) + ")";
		}
		return null;
	}
}
