package nl.oppstudio.document;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.Element;

/**
 * One node of a document's structure, derived from the format: a {@link Branch} (a section, group,
 * block, person or consent) holds nodes; a {@link Leaf} holds one value. Validation, PDF and editor all
 * walk this outline, so they agree on what a document contains.
 */
public sealed interface SchemaNode permits SchemaNode.Branch, SchemaNode.Leaf {

	/** The format element this node comes from (for a block's parts: the block). */
	Element element();

	/** The XML element name, unique among its siblings. */
	String name();

	/** What users read. */
	String label();

	/** Where it is in a document, e.g. {@code leerling/naam}. */
	String path();

	/** A node that holds other nodes; repeating ones hold rows. */
	record Branch(Element element, String name, String label, String path, EClass eClass, EReference reference,
			boolean repeating, List<SchemaNode> children) implements SchemaNode {
	}

	/** A node that holds one value (several for a multiple choice). */
	record Leaf(Element element, String name, String label, String path, EAttribute attribute, ValueKind kind,
			List<ChoiceOption> options, boolean required) implements SchemaNode {
	}

	/** How a value is written and checked. */
	enum ValueKind {
		TEXT, LONG_TEXT, DATE, NUMBER, YES_NO, CHOICE, MULTIPLE_CHOICE, LEVEL, ATTACHMENT
	}
}
