package nl.oppstudio.format.dsl.documentation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;

import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Extract;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.HouseStyle;
import nl.oppstudio.format.model.ResolvedHouseStyle;
import nl.oppstudio.format.model.SignaturesBlock;

/**
 * The hover text of an element: its label and its help text ({@code uitleg}), as the form will show them;
 * of a signature grid also who signs and when; of the house style: the values the PDF will use; of an
 * extract: what is on it.
 */
public class FormatDocumentationProvider implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject object) {
		if (object instanceof SignaturesBlock block) {
			String label = "**" + Formats.label(block) + "**" + (block.getHelp() == null ? "" : "\n\n" + block.getHelp());
			return label + "\n\nTekenen: " + String.join(", ", block.getParties().stream()
					.map(p -> p.getLabel() != null ? p.getLabel() : p.getName()).toList()) + "\n\nOp: "
					+ String.join(", ", block.getMoments().stream().map(m -> m.getLabel() != null ? m.getLabel() : m.getName())
							.toList());
		}
		if (object instanceof Element element) {
			String label = "**" + Formats.label(element) + "**";
			return element.getHelp() == null ? label : label + "\n\n" + element.getHelp();
		}
		if (object instanceof Format format) {
			return "**" + (format.getName() != null ? format.getName() : format.getId()) + "**, versie "
					+ format.getVersion() + " (" + Formats.kind(format) + ")";
		}
		if (object instanceof HouseStyle style && style.eContainer() instanceof Format format) {
			ResolvedHouseStyle resolved = Formats.houseStyle(format);
			return "**Huisstijl** (met wat van het basisformaat of de standaard komt)\n\n"
					+ "kleur " + resolved.colour() + ", lettertype " + resolved.fontFamily() + " "
					+ resolved.fontSize().toPlainString() + " pt, marges links " + resolved.marginLeft().toPlainString()
					+ " mm, rechts " + resolved.marginRight().toPlainString() + " mm, boven "
					+ resolved.marginTop().toPlainString() + " mm, onder " + resolved.marginBottom().toPlainString()
					+ " mm" + (style.getLogo() == null ? "" : ", logo " + style.getLogo());
		}
		if (object instanceof Extract extract) {
			return "**Uittreksel " + extract.getLabel() + "** (een pagina): " + String.join(", ",
					extract.getElements().stream().filter(e -> !e.eIsProxy()).map(Formats::label).toList());
		}
		return null;
	}
}
