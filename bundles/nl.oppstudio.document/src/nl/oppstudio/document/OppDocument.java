package nl.oppstudio.document;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.FieldType;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Section;

/**
 * One filled-in OPP: an instance of its format's {@link DocumentSchema}. Values are text as stored:
 * dates as {@code yyyy-MM-dd}, choices as option codes.
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

	/** The value of a field, or {@code null} when it is not filled in. */
	public String value(Section section, Field field) {
		EObject sectionObject = (EObject) root.eGet(schema.referenceOf(section));
		return sectionObject == null ? null : (String) sectionObject.eGet(schema.attributeOf(field));
	}

	/** Sets (or, with {@code null}, clears) the value of a field. */
	public void setValue(Section section, Field field, String value) {
		EReference reference = schema.referenceOf(section);
		EObject sectionObject = (EObject) root.eGet(reference);
		if (sectionObject == null) {
			sectionObject = schema.ePackage().getEFactoryInstance().create(reference.getEReferenceType());
			root.eSet(reference, sectionObject);
		}
		sectionObject.eSet(schema.attributeOf(field), value);
	}

	/** Finds a section and field by name and returns its value, if filled in. */
	public Optional<String> value(String sectionName, String fieldName) {
		for (Section section : format().getSections()) {
			if (section.getName().equals(sectionName)) {
				for (Field field : section.getFields()) {
					if (field.getName().equals(fieldName)) {
						return Optional.ofNullable(value(section, field));
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The pupil's name: the first text field of the first section (the format metamodel does not
	 * mark it yet), or an empty string.
	 */
	public String pupilName() {
		for (Section section : format().getSections()) {
			for (Field field : section.getFields()) {
				if (field.getType() == FieldType.TEXT) {
					String value = value(section, field);
					return value == null ? "" : value.strip();
				}
			}
			break;
		}
		return "";
	}
}
