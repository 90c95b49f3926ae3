package nl.oppstudio.format.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-written queries on formats that every step needs: the effective structure of a format. */
public final class Formats {

	private Formats() {
	}

	/**
	 * The members of a format as its documents see them: the base format's members first (a member
	 * of the same name in this format replaces it: relabel, tighten), then this format's new members.
	 * Nothing the base has is dropped. A cycle of bases is cut off.
	 */
	public static List<Element> effectiveMembers(Format format) {
		return effectiveMembers(format, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static List<Element> effectiveMembers(Format format, Set<Format> seen) {
		if (!seen.add(format)) {
			return List.of();
		}
		Map<String, Element> merged = new LinkedHashMap<>();
		Format base = format.getBase();
		if (base != null && !base.eIsProxy()) {
			for (Element element : effectiveMembers(base, seen)) {
				merged.put(element.getName(), element);
			}
		}
		for (Element element : format.getMembers()) {
			merged.put(element.getName(), element);
		}
		return List.copyOf(merged.values());
	}

	/** Every element of the format's effective structure, depth first, containers before their members. */
	public static List<Element> allElements(Format format) {
		List<Element> result = new ArrayList<>();
		collect(effectiveMembers(format), result);
		return result;
	}

	private static void collect(List<Element> elements, List<Element> result) {
		for (Element element : elements) {
			result.add(element);
			if (element instanceof Container container) {
				collect(container.getMembers(), result);
			}
		}
	}

	/** The label of an element, or its name when it has none. */
	public static String label(Element element) {
		return element.getLabel() != null ? element.getLabel() : element.getName();
	}

	/** The kind of document, {@code opp} when the format does not say. */
	public static String kind(Format format) {
		return format.getKind() == null ? "opp" : format.getKind();
	}
}
