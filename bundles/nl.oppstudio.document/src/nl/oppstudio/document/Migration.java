package nl.oppstudio.document;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;

/**
 * Moves a document to a new version of its format and loses nothing. A value goes to the same place,
 * or to the element that says where it was ({@code was "sectie.veld"}); a choice code that became
 * another goes to the option that says so ({@code optie nieuw was oud}). A value without a place (or
 * that does not fit) is kept in the document's archive and listed. The log is carried over and the
 * migration recorded in it.
 */
public final class Migration {

	/** A value kept in the archive: where it was, the value, and why it has no place. */
	public record Archived(String path, String value, String reason) {
	}

	/** The migrated document, the values that moved, and the values archived. */
	public record Result(OppDocument document, List<String> moved, List<Archived> archived) {
	}

	private static final Pattern ROW = Pattern.compile("\\[(\\d+)\\]");

	private final Map<String, String> oldValues = new LinkedHashMap<>();
	private final List<String> moved = new ArrayList<>();
	private final List<Archived> archived = new ArrayList<>();
	private final OppDocument target;

	private Migration(OppDocument target) {
		this.target = target;
	}

	public static Result migrate(OppDocument old, Format newFormat, OffsetDateTime at) {
		OppDocument migrated = Documents.create(newFormat);
		Migration migration = new Migration(migrated);
		migration.collect(old.root(), old.schema().outline(), "");
		migrated.setSchoolType(old.schoolType());
		migration.fill(migrated.root(), migrated.schema().outline(), "", "");
		String version = old.format().getVersion();
		for (Map.Entry<String, String> rest : migration.oldValues.entrySet()) {
			migration.archived.add(new Archived(rest.getKey(), rest.getValue(), "geen plaats in versie " + newFormat.getVersion()));
		}
		migration.carryArchive(old);
		for (Archived entry : migration.archived) {
			migration.archive(entry, version);
		}
		Lifecycle.copyLog(old, migrated);
		Lifecycle.recordMigration(migrated, version, newFormat.getVersion(),
				migration.archived.isEmpty() ? null : migration.archived.size() + " waarden in het archief", at);
		return new Result(migrated, List.copyOf(migration.moved), List.copyOf(migration.archived));
	}

	/** Every value of the old document by its path, rows numbered from 1: {@code doelen/acties[2]/door}. */
	private void collect(EObject owner, List<SchemaNode> nodes, String prefix) {
		for (SchemaNode node : nodes) {
			if (node instanceof Leaf leaf) {
				String value = OppDocument.value(owner, leaf);
				if (value != null && !value.isBlank()) {
					oldValues.put(prefix + leaf.name(), value);
				}
			} else if (node instanceof Branch branch) {
				List<EObject> rows = OppDocument.objects(owner, branch);
				for (int row = 0; row < rows.size(); row++) {
					String step = branch.repeating() ? branch.name() + "[" + (row + 1) + "]/" : branch.name() + "/";
					collect(rows.get(row), branch.children(), prefix + step);
				}
			}
		}
	}

	/** Fills the new document's nodes from the old values; {@code oldPrefix} is where they were. */
	@SuppressWarnings("unchecked")
	private void fill(EObject owner, List<SchemaNode> nodes, String newPrefix, String oldPrefix) {
		for (SchemaNode node : nodes) {
			String from = renamedFrom(node.element(), node.name());
			if (node instanceof Leaf leaf) {
				String oldPath = from != null ? from : oldPrefix + leaf.name();
				String value = oldValues.remove(oldPath);
				if (value != null) {
					place(owner, leaf, value, oldPath, newPrefix + leaf.name());
				}
			} else if (node instanceof Branch branch) {
				String oldBranch = from != null ? from : oldPrefix + branch.name();
				if (branch.repeating()) {
					int rows = rows(oldBranch);
					for (int row = 1; row <= rows; row++) {
						EObject object = create(branch);
						((List<EObject>) owner.eGet(branch.reference())).add(object);
						fill(object, branch.children(), newPrefix + branch.name() + "[" + row + "]/", oldBranch + "[" + row + "]/");
					}
				} else {
					EObject object = create(branch);
					owner.eSet(branch.reference(), object);
					fill(object, branch.children(), newPrefix + branch.name() + "/", oldBranch + "/");
					if (object.eContents().isEmpty() && object.eClass().getEAllAttributes().stream().noneMatch(object::eIsSet)) {
						owner.eUnset(branch.reference());
					}
				}
			}
		}
	}

	/** The old path an element declares ({@code was "sectie.veld"}), for its own node only; or {@code null}. */
	private static String renamedFrom(Element element, String nodeName) {
		boolean own = !(element instanceof Field field) || field.getName().equals(nodeName);
		return own && element.getRenamedFrom() != null && element.getName().equals(nodeName)
				? element.getRenamedFrom().replace('.', '/') : null;
	}

	private void place(EObject owner, Leaf leaf, String value, String oldPath, String newPath) {
		String converted = Conversions.convert(value, leaf.kind());
		if (converted == null) {
			archived.add(new Archived(oldPath, value, "past niet in de soort van " + newPath));
			return;
		}
		if (leaf.kind() == ValueKind.CHOICE || leaf.kind() == ValueKind.MULTIPLE_CHOICE) {
			List<String> codes = new ArrayList<>();
			for (String code : value.split(",")) {
				String mapped = mapCode(leaf, code.strip());
				if (mapped == null) {
					archived.add(new Archived(oldPath, code.strip(), "optie bestaat niet meer in " + newPath));
				} else {
					codes.add(mapped);
				}
			}
			if (codes.isEmpty()) {
				return;
			}
			converted = String.join(", ", codes);
		}
		if (leaf.kind() == ValueKind.MULTIPLE_CHOICE) {
			@SuppressWarnings("unchecked")
			List<String> values = (List<String>) owner.eGet(leaf.attribute());
			for (String code : converted.split(",")) {
				values.add(code.strip());
			}
		} else {
			owner.eSet(leaf.attribute(), converted);
		}
		if (!oldPath.equals(newPath)) {
			moved.add(oldPath + " → " + newPath);
		}
	}

	private static String mapCode(Leaf leaf, String code) {
		for (ChoiceOption option : leaf.options()) {
			if (option.getCode().equals(code)) {
				return code;
			}
		}
		for (ChoiceOption option : leaf.options()) {
			if (option.getFormerCodes().contains(code)) {
				return option.getCode();
			}
		}
		return null;
	}

	private int rows(String branchPath) {
		int rows = 0;
		for (String path : oldValues.keySet()) {
			if (path.startsWith(branchPath + "[")) {
				Matcher matcher = ROW.matcher(path.substring(branchPath.length()));
				if (matcher.lookingAt()) {
					rows = Math.max(rows, Integer.parseInt(matcher.group(1)));
				}
			}
		}
		return rows;
	}

	private EObject create(Branch branch) {
		return target.schema().ePackage().getEFactoryInstance().create(branch.eClass());
	}

	@SuppressWarnings("unchecked")
	private void carryArchive(OppDocument old) {
		for (EObject entry : (List<EObject>) old.root().eGet(old.schema().archiveReference())) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (String field : DocumentSchema.ARCHIVE_FIELDS) {
				fields.put(field, (String) entry.eGet(entry.eClass().getEStructuralFeature(field)));
			}
			EObject copy = create(target.schema().archiveEntryClass());
			fields.forEach((name, value) -> copy.eSet(copy.eClass().getEStructuralFeature(name), value));
			((List<EObject>) target.root().eGet(target.schema().archiveReference())).add(copy);
		}
	}

	@SuppressWarnings("unchecked")
	private void archive(Archived entry, String version) {
		EObject object = create(target.schema().archiveEntryClass());
		object.eSet(object.eClass().getEStructuralFeature("pad"), entry.path());
		object.eSet(object.eClass().getEStructuralFeature("versie"), version);
		object.eSet(object.eClass().getEStructuralFeature("waarde"), entry.value());
		object.eSet(object.eClass().getEStructuralFeature("reden"), entry.reason());
		((List<EObject>) target.root().eGet(target.schema().archiveReference())).add(object);
	}

	private EObject create(org.eclipse.emf.ecore.EClass eClass) {
		return target.schema().ePackage().getEFactoryInstance().create(eClass);
	}
}
