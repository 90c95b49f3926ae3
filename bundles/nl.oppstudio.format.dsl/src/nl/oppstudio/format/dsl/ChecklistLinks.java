package nl.oppstudio.format.dsl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.rules.Checklist;

/**
 * The Handreiking checklist of a format ({@link Checklist}), each point with the place in the format text
 * of the member it is about, so that an editor can jump there. Needs a format read from text (its Xtext
 * node model); a format from the cache has no places.
 */
public final class ChecklistLinks {

	/**
	 * One point and where its member is: {@code file} (this format or a base), {@code offset} and
	 * {@code length} in characters (the member's name, else the whole member); {@code file} is
	 * {@code null} and {@code memberLabel} empty when the point is about no member.
	 */
	public record Link(Checklist.Item item, String memberLabel, Path file, int offset, int length) {
		public boolean hasPlace() {
			return file != null;
		}
	}

	/** The score and its points with their places. */
	public record Result(int score, int max, List<Link> links) {
	}

	private ChecklistLinks() {
	}

	/** Scores the format on the checklist and locates each point's member. */
	public static Result of(Format format) {
		Checklist.Result checklist = Checklist.evaluate(format);
		List<Link> links = new ArrayList<>();
		for (Checklist.Item item : checklist.items()) {
			links.add(link(item));
		}
		return new Result(checklist.score(), checklist.max(), List.copyOf(links));
	}

	private static Link link(Checklist.Item item) {
		EObject member = item.member();
		if (member == null) {
			return new Link(item, "", null, 0, 0);
		}
		String label = Formats.label((nl.oppstudio.format.model.Element) member);
		Path file = fileOf(member.eResource());
		INode node = NodeModelUtils.findActualNodeFor(member);
		if (file == null || node == null) {
			return new Link(item, label == null ? "" : label, null, 0, 0);
		}
		int offset = node.getOffset();
		int length = node.getLength();
		EStructuralFeature name = member.eClass().getEStructuralFeature("name");
		if (name != null) {
			List<INode> names = NodeModelUtils.findNodesForFeature(member, name);
			if (!names.isEmpty()) {
				offset = names.get(0).getOffset();
				length = names.get(0).getLength();
			}
		}
		return new Link(item, label == null ? "" : label, file, offset, length);
	}

	private static Path fileOf(Resource resource) {
		if (resource == null || resource.getURI() == null || !resource.getURI().isFile()) {
			return null;
		}
		return Path.of(resource.getURI().toFileString());
	}
}
