package nl.oppstudio.document;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.Format;

/**
 * One filled-in OPP: an instance of its format's {@link DocumentSchema}. Values are text as stored:
 * dates as {@code yyyy-MM-dd}, choices as option codes, yes/no as {@code ja}/{@code nee}.
 */
public final class OppDocument {

	private final DocumentSchema schema;
	private final EObject root;

	OppDocument(DocumentSchema schema, EObject root) {
		this.schema = schema;
		this.root = root;
	}

	public DocumentSchema schema() {
		return schema;
	}

	public Format format() {
		return schema.format();
	}

	/** The EMF object behind the document, for editors and databinding. */
	public EObject root() {
		return root;
	}

	/** The pupil's school type as recorded on the document ({@code po}, {@code vso} …), or {@code null}. */
	public String schoolType() {
		return (String) root.eGet(schema.schoolTypeAttribute());
	}

	public void setSchoolType(String schoolType) {
		root.eSet(schema.schoolTypeAttribute(), schoolType);
	}

	/** The objects of a branch inside {@code parent}: none, one, or the rows of a repeating branch. */
	@SuppressWarnings("unchecked")
	public static List<EObject> objects(EObject parent, Branch branch) {
		if (parent == null) {
			return List.of();
		}
		Object value = parent.eGet(branch.reference());
		if (branch.repeating()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	/** The value of a leaf inside {@code owner}, or {@code null}; several choices are joined by ", ". */
	public static String value(EObject owner, Leaf leaf) {
		if (owner == null) {
			return null;
		}
		Object value = owner.eGet(leaf.attribute());
		if (leaf.kind() == ValueKind.MULTIPLE_CHOICE) {
			List<?> values = (List<?>) value;
			return values.isEmpty() ? null : String.join(", ", values.stream().map(String::valueOf).toList());
		}
		return (String) value;
	}

	/** The value at a path such as {@code leerling/naam} (first row of repeating groups), if filled in. */
	public Optional<String> value(String path) {
		Leaf leaf = schema.leaf(path);
		return leaf == null ? Optional.empty() : Optional.ofNullable(value(ownerOf(path, false), leaf));
	}

	/** The value of a leaf (first row of repeating groups), or {@code null}. */
	public String value(Leaf leaf) {
		return value(ownerOf(leaf.path(), false), leaf);
	}

	/** Sets (or, with {@code null}, clears) a value; creates the branches on its way (first rows). */
	public void setValue(Leaf leaf, String value) {
		EObject owner = ownerOf(leaf.path(), true);
		if (leaf.kind() == ValueKind.MULTIPLE_CHOICE) {
			@SuppressWarnings("unchecked")
			List<String> values = (List<String>) owner.eGet(leaf.attribute());
			values.clear();
			if (value != null) {
				for (String part : value.split(",")) {
					values.add(part.strip());
				}
			}
		} else {
			owner.eSet(leaf.attribute(), value);
		}
	}

	/** The object that holds the leaf at {@code path}; with {@code create}, makes missing branches. */
	@SuppressWarnings("unchecked")
	private EObject ownerOf(String path, boolean create) {
		EObject current = root;
		List<SchemaNode> nodes = schema.outline();
		String[] steps = path.split("/");
		for (int i = 0; i < steps.length - 1 && current != null; i++) {
			Branch branch = branchNamed(nodes, steps[i]);
			List<EObject> objects = objects(current, branch);
			EObject next = objects.isEmpty() ? null : objects.get(0);
			if (next == null && create) {
				next = schema.ePackage().getEFactoryInstance().create(branch.eClass());
				if (branch.repeating()) {
					((List<EObject>) current.eGet(branch.reference())).add(next);
				} else {
					current.eSet(branch.reference(), next);
				}
			}
			current = next;
			nodes = branch.children();
		}
		return current;
	}

	private static Branch branchNamed(List<SchemaNode> nodes, String name) {
		for (SchemaNode node : nodes) {
			if (node instanceof Branch branch && branch.name().equals(name)) {
				return branch;
			}
		}
		throw new IllegalArgumentException("Geen onderdeel '" + name + "' in dit formaat");
	}

	/** The pupil's name: the first short text of the document's first branch, or an empty string. */
	public String pupilName() {
		Leaf leaf = pupilNameLeaf();
		String value = leaf == null ? null : value(leaf);
		return value == null ? "" : value.strip();
	}

	/** Sets the pupil's name, where {@link #pupilName()} reads it; {@code false} when the format has no place. */
	public boolean setPupilName(String name) {
		Leaf leaf = pupilNameLeaf();
		if (leaf != null) {
			setValue(leaf, name);
		}
		return leaf != null;
	}

	/** Where {@link #pupilName()} reads the name: the first short text of the first branch, or {@code null}. */
	Leaf pupilNameLeaf() {
		for (SchemaNode node : schema.outline()) {
			if (node instanceof Branch branch) {
				for (SchemaNode child : branch.children()) {
					if (child instanceof Leaf leaf && leaf.kind() == ValueKind.TEXT) {
						return leaf;
					}
				}
				return null;
			}
		}
		return null;
	}
}
