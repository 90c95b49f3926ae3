package nl.oppstudio.format.dsl.formatting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Pair;

import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Format;

/**
 * Lays a format out the way the examples are written: one element per line, the contents of every
 * block indented by a tab, a blank line between top-level members; in the header the house style and the
 * extract start on a line of their own, one setting per line, and then the format's brace does too; a
 * block's {@code diagram { … }} is laid out the same way.
 */
public class FormatFormatter extends AbstractFormatter2 {

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			resource.getContents().forEach(document::format);
			return;
		}
		if (!(object instanceof Format format)) {
			return;
		}
		List<EObject> all = new ArrayList<>();
		all.add(format);
		format.eAllContents().forEachRemaining(all::add);
		for (EObject each : all) {
			for (Pair<ISemanticRegion, ISemanticRegion> braces : textRegionExtensions.regionFor(each).keywordPairs("{", "}")) {
				document.interior(braces, it -> it.indent());
				document.prepend(braces.getValue(), it -> it.newLine());
			}
		}
		if (format.getHouseStyle() != null || format.getExtract() != null) {
			ISemanticRegion open = textRegionExtensions.regionFor(format).keyword("{");
			if (open != null) {
				document.prepend(open, it -> it.setNewLines(1));
			}
		}
		for (EObject each : java.util.Arrays.asList(format.getHouseStyle(), format.getExtract())) {
			if (each != null) {
				for (String keyword : List.of("logo", "kleur", "lettertype", "marges", "toon")) {
					textRegionExtensions.regionFor(each).keywords(keyword)
							.forEach(region -> document.prepend(region, it -> it.setNewLines(1)));
				}
			}
		}
		for (EObject each : all) {
			if (each instanceof DiagramStyle) {
				for (String keyword : List.of("richting", "toon", "pdf")) {
					textRegionExtensions.regionFor(each).keywords(keyword)
							.forEach(region -> document.prepend(region, it -> it.setNewLines(1)));
				}
			}
		}
		int topLevel = 0;
		for (EObject each : all) {
			String keyword = firstKeyword(each);
			ISemanticRegion start = keyword.isEmpty() ? null : textRegionExtensions.regionFor(each).keyword(keyword);
			if (start != null) {
				int lines = each instanceof Element && each.eContainer() == format && topLevel++ > 0 ? 2 : 1;
				document.prepend(start, it -> it.setNewLines(lines));
			}
		}
	}

	private static String firstKeyword(EObject object) {
		return switch (object.eClass().getName()) {
		case "Part" -> "deel";
		case "Section" -> "sectie";
		case "Group" -> "groep";
		case "Field" -> "veld";
		case "FactorsBlock" -> "factoren";
		case "NeedsBlock" -> "behoeften";
		case "OutflowBlock" -> "uitstroom";
		case "GoalsBlock" -> "doelen";
		case "CycleBlock" -> "cyclus";
		case "PupilViewBlock" -> "hoorrecht";
		case "OogoBlock" -> "oogo";
		case "SignaturesBlock" -> "ondertekening";
		case "SignatureParty" -> "partij";
		case "SignatureMoment" -> "moment";
		case "ChoiceOption" -> "optie";
		case "GoalLevel" -> "niveau";
		case "Phase" -> "fase";
		case "HouseStyle" -> "huisstijl";
		case "Extract" -> "uittreksel";
		case "DiagramStyle" -> "diagram";
		case "DiagramColour" -> "kleur";
		default -> "";
		};
	}
}
