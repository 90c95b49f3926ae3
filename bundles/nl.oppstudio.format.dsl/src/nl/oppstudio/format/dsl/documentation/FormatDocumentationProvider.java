package nl.oppstudio.format.dsl.documentation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;

import nl.oppstudio.format.model.DiagramColour;
import nl.oppstudio.format.model.DiagramLevel;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.format.model.Extract;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.HouseStyle;
import nl.oppstudio.format.model.ResolvedHouseStyle;
import nl.oppstudio.format.model.SignaturesBlock;

/**
 * The hover text of an element: its label and its help text ({@code uitleg}), as the form will show them;
 * of a signature grid also who signs and when; of the house style: the values the PDF will use; of an
 * extract: what is on it; of a diagram clause: how the diagram will look, with the defaults for what it leaves
 * out; of one colour: what its state means.
 */
public class FormatDocumentationProvider implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject object) {
		if (object instanceof DiagramStyle style && style.eContainer() instanceof Element block) {
			return diagram(style, block);
		}
		if (object instanceof DiagramColour colour && colour.getState() != null) {
			return NLS.bind(Messages.diagramColour, colour.getState().getLiteral(),
					Messages.meaning("state_", colour.getState().getLiteral()));
		}
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

	private static String diagram(DiagramStyle style, Element block) {
		List<String> lines = new ArrayList<>();
		lines.add(NLS.bind(Messages.diagramTitle, Formats.label(block)));
		if (block instanceof GoalsBlock) {
			boolean written = !org.eclipse.xtext.nodemodel.util.NodeModelUtils
					.findNodesForFeature(style, nl.oppstudio.format.model.FormatPackage.Literals.DIAGRAM_STYLE__DIRECTION).isEmpty();
			String direction = Messages.meaning("direction_", style.getDirection().getLiteral());
			lines.add(NLS.bind(written ? Messages.diagramDirection : Messages.diagramDirectionDefault, direction));
			lines.add(style.getShown().isEmpty() ? Messages.diagramShownAll
					: NLS.bind(Messages.diagramShown, String.join(", ", style.getShown().stream().map(DiagramLevel::getLiteral).toList())));
		}
		lines.add(style.getColours().isEmpty() ? Messages.diagramColoursDefault
				: NLS.bind(Messages.diagramColours, String.join(", ", style.getColours().stream()
						.filter(c -> c.getState() != null).map(c -> c.getState().getLiteral() + " " + c.getColour()).toList())));
		lines.add(NLS.bind(Messages.diagramPlacement, Messages.meaning("placement_", style.getPlacement().getLiteral())));
		return String.join("\n\n", lines);
	}
}
