package nl.oppstudio.diagram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.oppstudio.diagram.internal.CycleDescription;
import nl.oppstudio.diagram.internal.GoalDescription;
import nl.oppstudio.diagram.internal.Layouts;
import nl.oppstudio.diagram.internal.Messages;
import nl.oppstudio.diagram.internal.PngWriter;
import nl.oppstudio.diagram.internal.SvgWriter;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.LegalFacts;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.format.model.Phase;

/**
 * The diagrams of a document or format, laid out and ready to draw: the goal hierarchy of each
 * {@code doelen} block and the planning cycle of each {@code cyclus} block, as {@link Scene}s; and a
 * scene as SVG, PNG or words. Headless and thread-safe (every call makes its own scenes).
 */
public final class Diagrams {

	private Diagrams() {
	}

	/** The goal diagram of every {@code doelen} block of the document, in the format's order. */
	public static List<Scene> goals(OppDocument document) {
		List<Scene> scenes = new ArrayList<>();
		String outflow = GoalDescription.outflow(document);
		for (GoalTree.Block block : GoalTree.of(document)) {
			scenes.add(goals(block, outflow, document.pupilName()));
		}
		return scenes;
	}

	/** The goal diagram of one {@code doelen} block of the document. */
	public static Scene goals(OppDocument document, GoalsBlock block) {
		for (GoalTree.Block each : GoalTree.of(document)) {
			if (each.element() == block) {
				return goals(each, GoalDescription.outflow(document), document.pupilName());
			}
		}
		throw new IllegalArgumentException(block.getName());
	}

	/**
	 * The goal diagram of a block's goals: {@code outflow} is the uitstroomperspectief in words ("" when not
	 * filled in, {@code null} when the format has none), {@code pupil} the name in the alt text.
	 */
	public static Scene goals(GoalTree.Block block, String outflow, String pupil) {
		Scene scene = GoalDescription.describe(block, outflow, pupil);
		Layouts.tree(scene, GoalDescription.right(block.element()));
		return scene;
	}

	/** The smallest size, in points, at which the PDF may print a diagram's 9 pt text (scaled to the column). */
	public static final double MIN_PRINTED_TEXT = 7;

	/**
	 * The goal diagram of a block for a page {@code maxWidth} points wide (the PDF's text column): ELK
	 * layered while, scaled down to that width, its text prints at {@link #MIN_PRINTED_TEXT} or more; else
	 * the compact indented tree, which is as wide as the deepest branch whatever the number of children,
	 * so that it prints at 100 %. The one place where that choice is made; the editor's view keeps the
	 * layered layout (it zooms and pans).
	 */
	public static Scene goals(GoalTree.Block block, String outflow, String pupil, double maxWidth) {
		Scene scene = goals(block, outflow, pupil);
		if (!readable(scene, maxWidth)) {
			Layouts.compact(scene);
		}
		return scene;
	}

	/** Whether the scene, scaled down to {@code maxWidth} points, prints its text at {@link #MIN_PRINTED_TEXT} or more. */
	public static boolean readable(Scene scene, double maxWidth) {
		return scene.width() <= maxWidth * nl.oppstudio.diagram.internal.Boxes.TEXT_SIZE / MIN_PRINTED_TEXT;
	}

	/**
	 * A goal scene cut into figures at most {@code maxHeight} points tall for the PDF (itself when it fits);
	 * a layered scene is first laid out compactly. Each part lists its own nodes in its alt text, with
	 * "(deel i van n)" after the title; the uitstroomperspectief is on the first.
	 */
	public static List<Scene> parts(Scene scene, double maxHeight) {
		if (scene.height() <= maxHeight) {
			return List.of(scene);
		}
		String head = GoalDescription.altHead(scene);
		Layouts.compact(scene);
		List<Scene> parts = Layouts.split(scene, maxHeight);
		for (int i = 0; i < parts.size(); i++) {
			Scene part = parts.get(i);
			List<String> words = part.nodes().stream().map(Node::alt).filter(java.util.Objects::nonNull).toList();
			part.altText(org.eclipse.osgi.util.NLS.bind(Messages.partOf, new Object[] { head, i + 1, parts.size() })
					+ ": " + String.join("; ", words));
		}
		return parts;
	}

	/** The cycle diagram of every {@code cyclus} block of the document, with its states at {@code at}. */
	public static List<Scene> cycle(OppDocument document, LocalDate at) {
		List<Scene> scenes = new ArrayList<>();
		for (CycleBlock block : blocks(document.schema().outline(), CycleBlock.class, new ArrayList<>())) {
			scenes.add(cycle(document, block, at));
		}
		return scenes;
	}

	/** The cycle diagram of one block of the document: its phases' dates and states at {@code at}. */
	public static Scene cycle(OppDocument document, CycleBlock block, LocalDate at) {
		Map<Phase, Planning.PhaseStatus> statuses = new HashMap<>();
		for (Planning.PhaseStatus status : Planning.status(document, at)) {
			if (status.phase().eContainer() == block) {
				statuses.put(status.phase(), status);
			}
		}
		Scene scene = CycleDescription.describe(block, document.pupilName(), statuses, paths(document.schema(), block));
		Layouts.ellipse(scene);
		return scene;
	}

	/** The cycle diagram of every {@code cyclus} block of a format, without dates or states. */
	public static List<Scene> cycle(Format format) {
		DocumentSchema schema = DocumentSchema.of(format);
		List<Scene> scenes = new ArrayList<>();
		for (CycleBlock block : blocks(schema.outline(), CycleBlock.class, new ArrayList<>())) {
			Scene scene = CycleDescription.describe(block, null, Map.of(), paths(schema, block));
			Layouts.ellipse(scene);
			scenes.add(scene);
		}
		return scenes;
	}

	/** A laid-out scene as a standalone SVG 1.1 document (sizes in points), the same bytes for the same scene. */
	public static String svg(Scene scene) {
		return SvgWriter.write(scene, altText(scene));
	}

	/** The most pixels a PNG gets (40 million, about 160 MB while drawn): a larger one is drawn at a lower scale. */
	public static final long MAX_PNG_PIXELS = 40_000_000L;

	/** The scale {@link #png} uses for {@code scale}: the same, or lower when the PNG would pass {@link #MAX_PNG_PIXELS}. */
	public static double pngScale(Scene scene, double scale) {
		double area = Math.max(1, scene.width()) * Math.max(1, scene.height());
		double most = Math.sqrt(MAX_PNG_PIXELS / area);
		return scale * scale * area <= MAX_PNG_PIXELS ? scale : Math.floor(most * 100) / 100;
	}

	/**
	 * A laid-out scene as PNG, {@code scale} pixels per point, drawn as the SVG; at {@link #pngScale} when
	 * that is lower (callers tell the user).
	 */
	public static byte[] png(Scene scene, double scale) {
		return PngWriter.write(scene, pngScale(scene, scale));
	}

	/** The scene in Dutch words, in reading order: the figure's alternative text. */
	public static String altText(Scene scene) {
		return scene.altText().isBlank() ? scene.title() : scene.altText();
	}

	private static Map<Phase, String> paths(DocumentSchema schema, CycleBlock block) {
		Map<Phase, String> paths = new HashMap<>();
		for (Leaf leaf : schema.leaves()) {
			Phase phase = LegalFacts.phaseOf(leaf);
			if (phase != null && phase.eContainer() == block) {
				paths.put(phase, leaf.path());
			}
		}
		return paths;
	}

	/** The document's {@code cyclus} blocks in the format's order (its {@code doelen} blocks: {@link GoalTree#of}). */
	public static List<CycleBlock> cycleBlocks(OppDocument document) {
		return blocks(document.schema().outline(), CycleBlock.class, new ArrayList<>());
	}

	/** The distinct blocks of a type in an outline, in order. */
	static <T> List<T> blocks(List<SchemaNode> nodes, Class<T> type, List<T> into) {
		for (SchemaNode node : nodes) {
			if (type.isInstance(node.element()) && !into.contains(node.element())) {
				into.add(type.cast(node.element()));
			}
			if (node instanceof Branch branch) {
				blocks(branch.children(), type, into);
			}
		}
		return into;
	}
}
