package nl.oppstudio.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.ETypedElement;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;

/**
 * The document schema of one format version: a dynamic EPackage whose instances are documents, and
 * the {@link SchemaNode outline} that says what each part means. The root class {@value #ROOT} holds
 * one element per member of the format; the namespace names the format id and version, so a
 * document says which format it fills in.
 */
public final class DocumentSchema {

	/** Name of the root class, and of the root element of a {@code *.opp} file. */
	public static final String ROOT = "Document";
	/** Namespace prefix of documents. */
	public static final String PREFIX = "opp";
	/** The root's XML attribute with the pupil's school type (po, vso …), which conditions may test. */
	public static final String SCHOOL_TYPE = "schooltype";
	/** The element of each entry of the document's append-only log (transitions, consents). */
	public static final String LOG = "logboek";
	/** The element of each value a migration kept without a place in the new version. */
	public static final String ARCHIVE = "archief";
	/** The fields of an archive entry: where the value was, from which version, the value, why. */
	public static final List<String> ARCHIVE_FIELDS = List.of("pad", "versie", "waarde", "reden");
	/** The fields of a log entry, in the order they are hashed. */
	public static final List<String> LOG_FIELDS = List.of("volgnummer", "tijdstip", "handeling", "van", "naar", "door",
			"rol", "besluit", "wijze", "opmerking", "inhoud", "vorige", "hash");

	private final Format format;
	private final EPackage ePackage;
	private final EClass rootClass;
	private final EAttribute schoolType;
	private final EReference log;
	private final EReference archive;
	private final List<SchemaNode> outline;
	private final Map<String, Leaf> leavesByPath = new LinkedHashMap<>();
	private final Map<Field, Leaf> leavesByField = new IdentityHashMap<>();
	private final Map<String, Integer> classNames = new LinkedHashMap<>();

	private DocumentSchema(Format format) {
		this.format = format;
		ePackage = EcoreFactory.eINSTANCE.createEPackage();
		ePackage.setName(PREFIX);
		ePackage.setNsPrefix(PREFIX);
		ePackage.setNsURI(namespaceOf(format.getId(), format.getVersion()));
		rootClass = newClass(ROOT);
		schoolType = EcoreFactory.eINSTANCE.createEAttribute();
		schoolType.setName(SCHOOL_TYPE);
		schoolType.setEType(EcorePackage.Literals.ESTRING);
		ExtendedMetaData.INSTANCE.setFeatureKind(schoolType, ExtendedMetaData.ATTRIBUTE_FEATURE);
		rootClass.getEStructuralFeatures().add(schoolType);
		outline = Collections.unmodifiableList(nodes(rootClass, "", Formats.effectiveMembers(format)));
		log = recordList(LOG, "Logregel", LOG_FIELDS);
		archive = recordList(ARCHIVE, "Archiefregel", ARCHIVE_FIELDS);
	}

	/** Holds a format's schema on the format itself, so that it lives exactly as long as the format. */
	private static final class Holder extends org.eclipse.emf.common.notify.impl.AdapterImpl {
		final DocumentSchema schema;

		Holder(DocumentSchema schema) {
			this.schema = schema;
		}
	}

	/**
	 * The schema of a format (one that checks without errors), derived once per loaded format: documents
	 * of one format share one EPackage.
	 */
	public static DocumentSchema of(Format format) {
		synchronized (format) {
			for (org.eclipse.emf.common.notify.Adapter adapter : format.eAdapters()) {
				if (adapter instanceof Holder holder) {
					return holder.schema;
				}
			}
			DocumentSchema schema = new DocumentSchema(format);
			format.eAdapters().add(new Holder(schema));
			return schema;
		}
	}

	/** The namespace of documents of a format version: {@code urn:oppstudio:format:ID:VERSION}. */
	public static String namespaceOf(String formatId, String version) {
		return "urn:oppstudio:format:" + formatId + ":" + version;
	}

	private List<SchemaNode> nodes(EClass owner, String parentPath, List<Element> elements) {
		OwnerBuilder builder = new OwnerBuilder(owner, parentPath);
		return elements.stream().map(element -> Slots.of(element, builder)).toList();
	}

	/** Adds the nodes of one owner (the root, or a branch's class) to the schema. */
	private final class OwnerBuilder implements Slots.Builder {
		private final EClass owner;
		private final String path;

		OwnerBuilder(EClass owner, String path) {
			this.owner = owner;
			this.path = path;
		}

		@Override
		public Leaf leaf(Element from, String name, String label, ValueKind kind,
				List<nl.oppstudio.format.model.ChoiceOption> options, boolean required) {
			return addLeaf(owner, path, from, name, label, kind, options, required);
		}

		@Override
		public Branch branch(Element from, String name, String label, boolean repeating,
				java.util.function.Function<Slots.Builder, List<SchemaNode>> children) {
			return addBranch(owner, path, from, name, label, repeating, children);
		}

		@Override
		public List<SchemaNode> members(List<Element> members) {
			return nodes(owner, path, members);
		}
	}

	private Leaf addLeaf(EClass owner, String parentPath, Element element, String name, String label, ValueKind kind,
			List<nl.oppstudio.format.model.ChoiceOption> options, boolean required) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(EcorePackage.Literals.ESTRING);
		if (kind == ValueKind.MULTIPLE_CHOICE) {
			attribute.setUpperBound(ETypedElement.UNBOUNDED_MULTIPLICITY);
		}
		ExtendedMetaData.INSTANCE.setFeatureKind(attribute, ExtendedMetaData.ELEMENT_FEATURE);
		owner.getEStructuralFeatures().add(attribute);
		Leaf leaf = new Leaf(element, name, label, path(parentPath, name), attribute, kind, List.copyOf(options), required);
		leavesByPath.put(leaf.path(), leaf);
		if (element instanceof Field field && name.equals(field.getName())) {
			leavesByField.put(field, leaf);
		}
		return leaf;
	}

	private Branch addBranch(EClass owner, String parentPath, Element element, String name, String label,
			boolean repeating, java.util.function.Function<Slots.Builder, List<SchemaNode>> children) {
		EClass eClass = newClass("Sectie_" + name);
		EReference reference = EcoreFactory.eINSTANCE.createEReference();
		reference.setName(name);
		reference.setEType(eClass);
		reference.setContainment(true);
		if (repeating) {
			reference.setUpperBound(ETypedElement.UNBOUNDED_MULTIPLICITY);
		}
		owner.getEStructuralFeatures().add(reference);
		String path = path(parentPath, name);
		List<SchemaNode> nested = children.apply(new OwnerBuilder(eClass, path));
		return new Branch(element, name, label, path, eClass, reference, repeating, List.copyOf(nested));
	}

	/** A list of records of string fields at the end of the root (the log, the archive). */
	private EReference recordList(String name, String className, List<String> fields) {
		EClass record = newClass(className);
		for (String field : fields) {
			EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
			attribute.setName(field);
			attribute.setEType(EcorePackage.Literals.ESTRING);
			ExtendedMetaData.INSTANCE.setFeatureKind(attribute, ExtendedMetaData.ELEMENT_FEATURE);
			record.getEStructuralFeatures().add(attribute);
		}
		EReference list = EcoreFactory.eINSTANCE.createEReference();
		list.setName(rootClass.getEStructuralFeature(name) == null ? name : "opp" + name);
		list.setEType(record);
		list.setContainment(true);
		list.setUpperBound(ETypedElement.UNBOUNDED_MULTIPLICITY);
		rootClass.getEStructuralFeatures().add(list);
		return list;
	}

	private EClass newClass(String name) {
		int count = classNames.merge(name, 1, Integer::sum);
		EClass eClass = EcoreFactory.eINSTANCE.createEClass();
		eClass.setName(count == 1 ? name : name + "_" + count);
		ePackage.getEClassifiers().add(eClass);
		return eClass;
	}

	private static String path(String parent, String name) {
		return parent.isEmpty() ? name : parent + "/" + name;
	}

	public Format format() {
		return format;
	}

	public EPackage ePackage() {
		return ePackage;
	}

	public EClass rootClass() {
		return rootClass;
	}

	/** The root's school type attribute. */
	public EAttribute schoolTypeAttribute() {
		return schoolType;
	}

	/** The root's list of log entries. */
	public EReference logReference() {
		return log;
	}

	/** The class of a log entry, with one string attribute per {@link #LOG_FIELDS field}. */
	public EClass logEntryClass() {
		return log.getEReferenceType();
	}

	/** The root's list of archived values (kept by migrations). */
	public EReference archiveReference() {
		return archive;
	}

	/** The class of an archive entry, with one string attribute per {@link #ARCHIVE_FIELDS field}. */
	public EClass archiveEntryClass() {
		return archive.getEReferenceType();
	}

	/** The structure of documents, in format order. */
	public List<SchemaNode> outline() {
		return outline;
	}

	/** Every leaf, in format order. */
	public List<Leaf> leaves() {
		return List.copyOf(leavesByPath.values());
	}

	/** The leaf at a path such as {@code leerling/naam}, or {@code null}. */
	public Leaf leaf(String path) {
		return leavesByPath.get(path);
	}

	/** The leaf that holds a field's value, or {@code null} (person and consent fields are branches). */
	public Leaf leafOf(Field field) {
		return leavesByField.get(field);
	}
}
