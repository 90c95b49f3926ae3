package nl.oppstudio.format.model;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

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

	/** The days within which a plan is adopted: six weeks (Handreiking OPP 3.2). */
	public static final int SIX_WEEKS_IN_DAYS = 42;

	/** Whether an element is the handelingsdeel: a section marked so, or any member tagged {@code wet handelingsdeel}. */
	public static boolean isHandelingsdeel(Element element) {
		return element instanceof Section section && section.isHandelingsdeel()
				|| element.getLegalTags().contains(LegalTag.HANDELINGSDEEL);
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

	/**
	 * The format and its bases, nearest first ({@code breidt uit}); a cycle of bases is cut off and an
	 * unresolved base ends the chain.
	 */
	public static List<Format> withBases(Format format) {
		List<Format> chain = new ArrayList<>();
		Set<Format> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Format each = format; each != null && !each.eIsProxy() && seen.add(each); each = each.getBase()) {
			chain.add(each);
		}
		return List.copyOf(chain);
	}

	/**
	 * The house style the format's documents are printed in. Each value comes from the format's own
	 * {@code huisstijl}, else from its base's (and so on), else from {@link ResolvedHouseStyle#DEFAULT}.
	 * A margin given for one side beats {@code marges N mm} of the same format. The logo and its text
	 * go together, from the nearest format that names a logo; its path is resolved against that
	 * format's folder.
	 */
	public static ResolvedHouseStyle houseStyle(Format format) {
		List<Format> chain = withBases(format);
		Path logo = null;
		String logoText = null;
		for (Format each : chain) {
			HouseStyle style = each.getHouseStyle();
			if (style != null && style.getLogo() != null) {
				logo = resolveInside(each, style.getLogo());
				logoText = logo == null ? null : style.getLogoText();
				break;
			}
		}
		ResolvedHouseStyle defaults = ResolvedHouseStyle.DEFAULT;
		return new ResolvedHouseStyle(logo, logoText, first(chain, HouseStyle::getColour, defaults.colour()),
				first(chain, HouseStyle::getFontFamily, defaults.fontFamily()),
				first(chain, HouseStyle::getFontSize, defaults.fontSize()),
				first(chain, side(HouseStyle::getMarginLeft), defaults.marginLeft()),
				first(chain, side(HouseStyle::getMarginRight), defaults.marginRight()),
				first(chain, side(HouseStyle::getMarginTop), defaults.marginTop()),
				first(chain, side(HouseStyle::getMarginBottom), defaults.marginBottom()));
	}

	private static Function<HouseStyle, BigDecimal> side(Function<HouseStyle, BigDecimal> side) {
		return style -> side.apply(style) != null ? side.apply(style) : style.getMargin();
	}

	private static <T> T first(List<Format> chain, Function<HouseStyle, T> value, T fallback) {
		for (Format each : chain) {
			if (each.getHouseStyle() != null && value.apply(each.getHouseStyle()) != null) {
				return value.apply(each.getHouseStyle());
			}
		}
		return fallback;
	}

	/**
	 * A path written in a format, resolved against the folder of the format's file: {@code null} when the
	 * format has no absolute file location (parsed from a string, in memory) or the path is not a valid
	 * path on this system. An absolute path stays as it is. The file need not exist.
	 */
	public static Path resolve(Format format, String path) {
		Path folder = folder(format);
		if (folder == null || path == null) {
			return null;
		}
		try {
			return folder.resolve(path).normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/**
	 * {@link #resolve(Format, String)}, but {@code null} also when the path leads out of the format's
	 * {@link #trustedRoot trusted folder}: with {@code ..}, as an absolute path elsewhere, or through a
	 * symbolic link to a file outside it. A logo is never read from anywhere else.
	 */
	public static Path resolveInside(Format format, String path) {
		Path file = resolve(format, path);
		return file != null && isInside(trustedRoot(folder(format)), file) ? file : null;
	}

	/**
	 * The folder whose files a format in {@code folder} may use: its own folder, and the folder above it as
	 * long as that folder holds formats itself ({@code *.oppformat}), so that the versions in
	 * {@code versies/} may share {@code ../logo.svg} with the formats beside that folder. A format on its own
	 * (a download, a folder of other things) stays limited to its own folder. {@code null} for {@code null}.
	 */
	public static Path trustedRoot(Path folder) {
		if (folder == null) {
			return null;
		}
		Path root = folder.toAbsolutePath().normalize();
		for (Path parent = root.getParent(); parent != null && holdsFormats(parent); parent = parent.getParent()) {
			root = parent;
		}
		return root;
	}

	private static boolean holdsFormats(Path folder) {
		try (java.nio.file.DirectoryStream<Path> formats = java.nio.file.Files.newDirectoryStream(folder, "*.oppformat")) {
			for (Path format : formats) {
				if (java.nio.file.Files.isRegularFile(format, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					return true;
				}
			}
			return false;
		} catch (java.io.IOException | RuntimeException e) {
			return false;
		}
	}

	/**
	 * Whether {@code file} lies in {@code folder} or below it, also after following symbolic links (of the
	 * file and of the folder) when the file exists.
	 */
	public static boolean isInside(Path folder, Path file) {
		if (folder == null || file == null) {
			return false;
		}
		Path normalFolder = folder.toAbsolutePath().normalize();
		Path normalFile = file.toAbsolutePath().normalize();
		if (!normalFile.startsWith(normalFolder)) {
			return false;
		}
		try {
			if (java.nio.file.Files.exists(normalFile)) {
				return normalFile.toRealPath().startsWith(normalFolder.toRealPath());
			}
		} catch (java.io.IOException | RuntimeException e) {
			return false;
		}
		return true;
	}

	/** The folder of the format's file, or {@code null} when it has no absolute file location. */
	public static Path folder(EObject object) {
		Resource resource = object.eResource();
		if (resource == null || resource.getURI() == null) {
			return null;
		}
		URI uri = CommonPlugin.resolve(resource.getURI());
		if (!uri.isFile() || uri.isRelative()) {
			return null;
		}
		try {
			return Path.of(uri.toFileString()).toAbsolutePath().getParent();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** The extract ({@code uittreksel}) of the format, else of its nearest base that has one; or {@code null}. */
	public static Extract extract(Format format) {
		for (Format each : withBases(format)) {
			if (each.getExtract() != null) {
				return each.getExtract();
			}
		}
		return null;
	}

	/**
	 * The elements of the format's effective extract, in its order, as they stand in the format's effective
	 * structure: when a derived format replaces a member its base's extract names, the derived one is
	 * given. Unresolved references are left out; empty when there is no extract.
	 */
	public static List<Element> extractElements(Format format) {
		Extract extract = extract(format);
		if (extract == null) {
			return List.of();
		}
		Map<List<String>, Element> byPath = new LinkedHashMap<>();
		for (Element element : allElements(format)) {
			byPath.putIfAbsent(path(element), element);
		}
		List<Element> result = new ArrayList<>();
		for (Element element : extract.getElements()) {
			if (element != null && !element.eIsProxy()) {
				Element effective = byPath.getOrDefault(path(element), element);
				if (!result.contains(effective)) {
					result.add(effective);
				}
			}
		}
		return List.copyOf(result);
	}

	/** The names of an element and its containers, from just below its format down to itself. */
	public static List<String> path(Element element) {
		List<String> names = new ArrayList<>();
		for (EObject each = element; each != null && !(each instanceof Format); each = each.eContainer()) {
			if (each instanceof Element named) {
				names.add(0, named.getName());
			}
		}
		return names;
	}
}
