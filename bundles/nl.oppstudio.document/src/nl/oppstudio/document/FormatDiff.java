package nl.oppstudio.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.DiagramDirection;
import nl.oppstudio.format.model.DiagramLevel;
import nl.oppstudio.format.model.DiagramPlacement;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.format.model.ResolvedHouseStyle;
import nl.oppstudio.format.model.NumberType;
import nl.oppstudio.format.model.SignaturesBlock;

/**
 * What changed between two versions of a format, seen from their documents: every value's place
 * (path), kind, options, requiredness and range. Each change is classified by what it means for the
 * documents of the old version, and the version bump is checked against it (semantic versioning: a
 * breaking change needs a new major version, a change that needs migration a new minor version).
 */
public final class FormatDiff {

	/** What a change means for existing documents. */
	public enum Impact {
		COMPATIBLE("compatibel"), NEEDS_MIGRATION("vraagt migratie"), BREAKING("brekend");

		private final String label;

		Impact(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One change: its impact, the document path it concerns, and a Dutch description. */
	public record Change(Impact impact, String path, String description) {
	}

	/** All changes, and whether the version bump fits the worst of them. */
	public record Result(String oldVersion, String newVersion, List<Change> changes, Impact worst, String versionProblem) {
	}

	private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+).*");

	private FormatDiff() {
	}

	public static Result compare(Format older, Format newer) {
		Map<String, Leaf> before = byPath(DocumentSchema.of(older));
		Map<String, Leaf> after = byPath(DocumentSchema.of(newer));
		List<Change> changes = new ArrayList<>();
		Set<String> movedTo = new java.util.HashSet<>();
		for (Leaf old : before.values()) {
			Leaf now = after.get(old.path());
			if (now == null) {
				// A new element that declares `was "old.path"` takes its values, as opp migrate does.
				Leaf renamed = after.values().stream().filter(l -> !before.containsKey(l.path()) && declaresWas(l, old.path()))
						.findFirst().orElse(null);
				if (renamed != null && movedTo.add(renamed.path())) {
					changes.add(new Change(Impact.NEEDS_MIGRATION, old.path(), "hernoemd naar " + renamed.path() + " (was)"));
					continue;
				}
				// A signature (who, when) belongs to its party and moment: another party's cell is no new place for it.
				Leaf moved = old.element() instanceof SignaturesBlock ? null
						: after.values().stream().filter(l -> !before.containsKey(l.path()) && l.name().equals(old.name())
								&& l.kind() == old.kind()).findFirst().orElse(null);
				if (moved != null && movedTo.add(moved.path())) {
					changes.add(new Change(Impact.NEEDS_MIGRATION, old.path(), "verplaatst naar " + moved.path()));
				} else {
					changes.add(new Change(Impact.BREAKING, old.path(), "verwijderd ('" + old.label() + "'): waarden van "
							+ "bestaande documenten hebben geen plaats meer"));
				}
				continue;
			}
			compareLeaf(old, now, changes);
		}
		for (Leaf now : after.values()) {
			if (!before.containsKey(now.path()) && !movedTo.contains(now.path())) {
				changes.add(now.required()
						? new Change(Impact.NEEDS_MIGRATION, now.path(), "toegevoegd en verplicht ('" + now.label()
								+ "'): bestaande documenten moeten het nog invullen")
						: new Change(Impact.COMPATIBLE, now.path(), "toegevoegd ('" + now.label() + "')"));
			}
		}
		comparePresentation(older, newer, changes);
		compareDiagrams(older, newer, changes);
		changes.sort(Comparator.comparing((Change c) -> c.impact()).reversed().thenComparing(Change::path));
		Impact worst = changes.stream().map(Change::impact).max(Comparator.naturalOrder()).orElse(Impact.COMPATIBLE);
		return new Result(older.getVersion(), newer.getVersion(), List.copyOf(changes), worst,
				versionProblem(older.getVersion(), newer.getVersion(), worst, !changes.isEmpty()));
	}

	/** House style and extract change how a PDF looks, never what a document holds: compatible. */
	private static void comparePresentation(Format older, Format newer, List<Change> changes) {
		ResolvedHouseStyle before = Formats.houseStyle(older);
		ResolvedHouseStyle after = Formats.houseStyle(newer);
		List<String> style = new ArrayList<>();
		if (!before.colour().equalsIgnoreCase(after.colour())) {
			style.add("kleur " + before.colour() + " wordt " + after.colour());
		}
		if (!before.fontFamily().equals(after.fontFamily()) || before.fontSize().compareTo(after.fontSize()) != 0) {
			style.add("lettertype " + before.fontFamily() + " " + before.fontSize().toPlainString() + " pt wordt "
					+ after.fontFamily() + " " + after.fontSize().toPlainString() + " pt");
		}
		if (before.marginLeft().compareTo(after.marginLeft()) != 0 || before.marginRight().compareTo(after.marginRight()) != 0
				|| before.marginTop().compareTo(after.marginTop()) != 0
				|| before.marginBottom().compareTo(after.marginBottom()) != 0) {
			style.add("marges gewijzigd");
		}
		if (!java.util.Objects.equals(fileName(before.logo()), fileName(after.logo()))
				|| !java.util.Objects.equals(before.logoText(), after.logoText())) {
			style.add(after.hasLogo() ? "ander logo (" + fileName(after.logo()) + ")" : "geen logo meer");
		}
		if (!style.isEmpty()) {
			changes.add(new Change(Impact.COMPATIBLE, "huisstijl", String.join("; ", style)));
		}
		List<String> extractBefore = Formats.extractElements(older).stream().map(e -> String.join(".", Formats.path(e))).toList();
		List<String> extractAfter = Formats.extractElements(newer).stream().map(e -> String.join(".", Formats.path(e))).toList();
		String labelBefore = Formats.extract(older) == null ? null : Formats.extract(older).getLabel();
		String labelAfter = Formats.extract(newer) == null ? null : Formats.extract(newer).getLabel();
		if (!extractBefore.equals(extractAfter) || !java.util.Objects.equals(labelBefore, labelAfter)) {
			changes.add(new Change(Impact.COMPATIBLE, "uittreksel", labelAfter == null ? "uittreksel vervalt"
					: "'" + labelAfter + "' toont " + (extractAfter.isEmpty() ? "niets" : String.join(", ", extractAfter))));
		}
	}

	/**
	 * A block's {@code diagram { … }} changes how its diagram looks and where the PDF puts it, never what a
	 * document holds: compatible. Compared per doelen or cyclus block that both versions have, setting by
	 * setting, with what is left out at its default.
	 */
	private static void compareDiagrams(Format older, Format newer, List<Change> changes) {
		Map<String, Element> before = diagramBlocks(older);
		for (Map.Entry<String, Element> now : diagramBlocks(newer).entrySet()) {
			Element old = before.get(now.getKey());
			if (old == null) {
				continue;
			}
			Map<String, String> a = diagramSettings(old);
			Map<String, String> b = diagramSettings(now.getValue());
			Set<String> keys = new java.util.LinkedHashSet<>(a.keySet());
			keys.addAll(b.keySet());
			List<String> differences = new ArrayList<>();
			for (String key : keys) {
				String x = a.getOrDefault(key, "standaard");
				String y = b.getOrDefault(key, "standaard");
				if (!x.equals(y)) {
					differences.add(key + " " + x + " wordt " + y);
				}
			}
			if (!differences.isEmpty()) {
				changes.add(new Change(Impact.COMPATIBLE, now.getKey() + "/diagram", "diagram van '"
						+ Formats.label(now.getValue()) + "': " + String.join("; ", differences)));
			}
		}
	}

	private static Map<String, Element> diagramBlocks(Format format) {
		Map<String, Element> blocks = new TreeMap<>();
		for (Element element : Formats.allElements(format)) {
			if (element instanceof GoalsBlock || element instanceof CycleBlock) {
				blocks.put(String.join("/", Formats.path(element)), element);
			}
		}
		return blocks;
	}

	/** The effective settings of a block's diagram, in the order the language writes them. */
	private static Map<String, String> diagramSettings(Element block) {
		DiagramStyle style = block instanceof GoalsBlock goals ? goals.getDiagram() : ((CycleBlock) block).getDiagram();
		Map<String, String> settings = new java.util.LinkedHashMap<>();
		if (block instanceof GoalsBlock) {
			settings.put("richting", style == null ? DiagramDirection.DOWN.getLiteral() : style.getDirection().getLiteral());
			settings.put("toon", style == null || style.getShown().isEmpty() ? "alle niveaus"
					: String.join(", ", style.getShown().stream().map(DiagramLevel::getLiteral).toList()));
		}
		if (style != null) {
			Map<String, String> colours = new TreeMap<>();
			style.getColours().stream().filter(c -> c.getState() != null)
					.forEach(c -> colours.put("kleur " + c.getState().getLiteral(), String.valueOf(c.getColour()).toLowerCase(java.util.Locale.ROOT)));
			settings.putAll(colours);
		}
		settings.put("pdf", style == null ? DiagramPlacement.AFTER_BLOCK.getLiteral() : style.getPlacement().getLiteral());
		return settings;
	}

	private static String fileName(java.nio.file.Path path) {
		return path == null ? null : path.getFileName().toString();
	}

	private static void compareLeaf(Leaf old, Leaf now, List<Change> changes) {
		String path = old.path();
		if (old.kind() != now.kind()) {
			String description = "soort gewijzigd van " + old.kind() + " naar " + now.kind();
			if (Conversions.lossless(old.kind(), now.kind())) {
				changes.add(new Change(Impact.COMPATIBLE, path, description));
			} else if (Conversions.convertible(old.kind(), now.kind())) {
				changes.add(new Change(Impact.NEEDS_MIGRATION, path, description + " (omgezet waar de waarde dat toelaat)"));
				return;
			} else {
				changes.add(new Change(Impact.BREAKING, path, description));
				return;
			}
		}
		if (!Objects.equals(old.label(), now.label())) {
			changes.add(new Change(Impact.COMPATIBLE, path, "label '" + old.label() + "' wordt '" + now.label() + "'"));
		}
		Set<String> oldCodes = codes(old.options());
		Set<String> newCodes = codes(now.options());
		for (String removed : oldCodes) {
			if (!newCodes.contains(removed)) {
				changes.add(new Change(Impact.BREAKING, path, "optie '" + removed + "' vervalt"));
			}
		}
		for (String added : newCodes) {
			if (!oldCodes.contains(added)) {
				changes.add(new Change(Impact.COMPATIBLE, path, "optie '" + added + "' toegevoegd"));
			}
		}
		if (!old.required() && now.required()) {
			changes.add(new Change(Impact.NEEDS_MIGRATION, path, "wordt verplicht (aangescherpt)"));
		} else if (old.required() && !now.required()) {
			changes.add(new Change(Impact.COMPATIBLE, path, "niet meer verplicht"));
		}
		if (old.element() instanceof Field oldField && oldField.getType() instanceof NumberType oldRange
				&& now.element() instanceof Field newField && newField.getType() instanceof NumberType newRange
				&& (tighter(oldRange.getMin(), newRange.getMin(), true) || tighter(oldRange.getMax(), newRange.getMax(), false))) {
			changes.add(new Change(Impact.NEEDS_MIGRATION, path, "bereik aangescherpt"));
		}
	}

	/** Whether a leaf's own element says {@code was "a.b"} for the old path {@code a/b}. */
	private static boolean declaresWas(Leaf leaf, String oldPath) {
		String was = leaf.element().getRenamedFrom();
		return was != null && leaf.element().getName() != null && leaf.element().getName().equals(leaf.name())
				&& was.replace('.', '/').equals(oldPath);
	}

	private static boolean tighter(java.math.BigDecimal old, java.math.BigDecimal now, boolean lower) {
		if (now == null) {
			return false;
		}
		if (old == null) {
			return true;
		}
		return lower ? now.compareTo(old) > 0 : now.compareTo(old) < 0;
	}

	private static String versionProblem(String oldVersion, String newVersion, Impact worst, boolean changed) {
		Matcher o = SEMVER.matcher(oldVersion == null ? "" : oldVersion);
		Matcher n = SEMVER.matcher(newVersion == null ? "" : newVersion);
		if (!o.matches() || !n.matches()) {
			return "versies zijn geen semantische versies";
		}
		int[] a = { Integer.parseInt(o.group(1)), Integer.parseInt(o.group(2)), Integer.parseInt(o.group(3)) };
		int[] b = { Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2)), Integer.parseInt(n.group(3)) };
		boolean major = b[0] > a[0];
		boolean minor = major || b[0] == a[0] && b[1] > a[1];
		boolean patch = minor || b[0] == a[0] && b[1] == a[1] && b[2] > a[2];
		// Before 1.0.0, semantic versioning lets a minor bump carry breaking changes.
		boolean initial = a[0] == 0;
		if (!patch) {
			return changed ? "de nieuwe versie " + newVersion + " is niet hoger dan " + oldVersion : null;
		}
		if (worst == Impact.BREAKING && !major && !(initial && minor)) {
			return "brekende wijzigingen vragen een nieuwe hoofdversie (" + (a[0] + 1) + ".0.0), niet " + newVersion;
		}
		if (worst == Impact.NEEDS_MIGRATION && !minor) {
			return "wijzigingen die migratie vragen, vragen minstens een nieuwe minor-versie (" + a[0] + "." + (a[1] + 1)
					+ ".0), niet " + newVersion;
		}
		return null;
	}

	private static Map<String, Leaf> byPath(DocumentSchema schema) {
		Map<String, Leaf> leaves = new TreeMap<>();
		schema.leaves().forEach(leaf -> leaves.put(leaf.path(), leaf));
		return leaves;
	}

	private static Set<String> codes(List<ChoiceOption> options) {
		return options.stream().map(ChoiceOption::getCode).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}
}
