package nl.oppstudio.document;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Section;

/**
 * The document schema of one format version: a dynamic EPackage whose instances are documents.
 * The root class {@value #ROOT} holds one element per section; a section holds one element per
 * field. The namespace names the format id and version, so a document says which format it fills in.
 */
public final class DocumentSchema {

	/** Name of the root class, and of the root element of a {@code *.opp} file. */
	public static final String ROOT = "Document";
	/** Namespace prefix of documents. */
	public static final String PREFIX = "opp";

	private final Format format;
	private final EPackage ePackage;
	private final EClass rootClass;
	private final Map<Section, EReference> sectionReferences = new LinkedHashMap<>();
	private final Map<Field, EAttribute> fieldAttributes = new LinkedHashMap<>();

	private DocumentSchema(Format format) {
		this.format = format;
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		ePackage = ecore.createEPackage();
		ePackage.setName(PREFIX);
		ePackage.setNsPrefix(PREFIX);
		ePackage.setNsURI(namespaceOf(format.getId(), format.getVersion()));
		rootClass = ecore.createEClass();
		rootClass.setName(ROOT);
		ePackage.getEClassifiers().add(rootClass);
		for (Section section : format.getSections()) {
			EClass sectionClass = ecore.createEClass();
			sectionClass.setName("Sectie_" + section.getName());
			ePackage.getEClassifiers().add(sectionClass);
			for (Field field : section.getFields()) {
				EAttribute attribute = ecore.createEAttribute();
				attribute.setName(field.getName());
				attribute.setEType(EcorePackage.Literals.ESTRING);
				ExtendedMetaData.INSTANCE.setFeatureKind(attribute, ExtendedMetaData.ELEMENT_FEATURE);
				sectionClass.getEStructuralFeatures().add(attribute);
				fieldAttributes.put(field, attribute);
			}
			EReference reference = ecore.createEReference();
			reference.setName(section.getName());
			reference.setEType(sectionClass);
			reference.setContainment(true);
			rootClass.getEStructuralFeatures().add(reference);
			sectionReferences.put(section, reference);
		}
	}

	/** Derives the schema of a format. */
	public static DocumentSchema of(Format format) {
		return new DocumentSchema(format);
	}

	/** The namespace of documents of a format version: {@code urn:oppstudio:format:ID:VERSION}. */
	public static String namespaceOf(String formatId, String version) {
		return "urn:oppstudio:format:" + formatId + ":" + version;
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

	EReference referenceOf(Section section) {
		return sectionReferences.get(section);
	}

	EAttribute attributeOf(Field field) {
		return fieldAttributes.get(field);
	}
}
