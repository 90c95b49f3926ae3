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
	 * The members of a format as its documents see them. Without a base: its own members. With a base
	 * ({@code breidt uit}): a member of the same name replaces the base's (relabel, tighten); new members
	 * stand where the format declares them; the base's other members keep their order, each placed
	 * before the next base member the format replaces, the rest at the end. Nothing the base has is
	 * dropped. A cycle of bases is cut off.
	 */
	public static List<Element> effectiveMembers(Format format) {
		return effectiveMembers(format, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static List<Element> effectiveMembers(Format format, Set<Format> seen) {
		Format base = format.getBase();
		if (!seen.add(format) || base == null || base.eIsProxy()) {
			return List.copyOf(format.getMembers());
		}
		List<Element> inherited = effectiveMembers(base, seen);
		Map<String, Element> own = new LinkedHashMap<>();
		format.getMembers().forEach(member -> own.put(member.getName(), member));
		List<Element> result = new ArrayList<>();
		int next = 0;
		for (Element member : format.getMembers()) {
			int replaced = indexOf(inherited, member.getName());
			if (replaced >= next) {
				for (; next < replaced; next++) {
					if (!own.containsKey(inherited.get(next).getName())) {
						result.add(inherited.get(next));
					}
				}
				next = replaced + 1;
			}
			result.add(member);
		}
		for (; next < inherited.size(); next++) {
			if (!own.containsKey(inherited.get(next).getName())) {
				result.add(inherited.get(next));
			}
		}
		return List.copyOf(result);
	}

	private static int indexOf(List<Element> elements, String name) {
		for (int i = 0; i < elements.size(); i++) {
			if (elements.get(i).getName() != null && elements.get(i).getName().equals(name)) {
				return i;
			}
		}
		return -1;
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
