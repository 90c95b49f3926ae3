package nl.oppstudio.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EObject;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.pdf.PdfException;
import nl.oppstudio.pdf.PdfRenderer;

/**
 * The bytes, decoded by {@link FieldText} into texts of every Unicode plane, controls, bidi and lone
 * surrogates, put in turn into every text field of {@code sem-de-vries.opp} (pupil name, school, goals,
 * actions, factors …). Invariants: the XSL-FO is made without error and is well-formed XML; for one input
 * in {@value #RENDER_ONE_IN} (by a hash of the bytes) FOP also renders it to a PDF (one renderer, so one
 * FopFactory, for all inputs) without error. Full rendering of every input would cost ~0.1 s each.
 */
public final class RenderTarget {

	/** One input in this many is rendered to PDF by FOP; the others only to FO. */
	public static final int RENDER_ONE_IN = 8;

	private static PdfRenderer renderer;

	private RenderTarget() {
	}

	private static synchronized PdfRenderer renderer() {
		if (renderer == null) {
			renderer = PdfRenderer.create();
		}
		return renderer;
	}

	/**
	 * Called by Jazzer once before fuzzing (outside the 1 s limit per input): reads the example format
	 * and runs the seeds, so that loading and instrumenting the classes is not taken for a hang.
	 */
	public static void fuzzerInitialize() {
		try {
			renderer().warmUp().render(Fixtures.exampleDocument(), OutputStream.nullOutputStream());
		} catch (PdfException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		Targets.warmUp(Targets.RENDER);
	}

	public static void fuzzerTestOneInput(byte[] data) {
		OppDocument document = Fixtures.exampleDocument();
		List<String> texts = FieldText.decode(data);
		fill(document.root(), document.schema().outline(), texts, new int[1]);
		byte[] fo;
		try {
			fo = renderer().toFo(document);
		} catch (PdfException e) {
			throw new FuzzFinding("no XSL-FO for field text: " + e.getMessage(), e);
		}
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.newSAXParser().parse(new ByteArrayInputStream(fo), new DefaultHandler());
		} catch (SAXException | IOException | ParserConfigurationException e) {
			throw new FuzzFinding("the XSL-FO is no well-formed XML: " + e.getMessage(), e);
		}
		if (Math.floorMod(Arrays.hashCode(data), RENDER_ONE_IN) == 0) {
			try {
				renderer().render(document, OutputStream.nullOutputStream());
			} catch (PdfException e) {
				throw new FuzzFinding("FOP failed on field text: " + e.getMessage(), e);
			}
		}
	}

	/** Puts the texts, in turn, into every text leaf of every existing object. */
	private static void fill(EObject owner, List<SchemaNode> nodes, List<String> texts, int[] next) {
		for (SchemaNode node : nodes) {
			if (node instanceof Leaf leaf && (leaf.kind() == ValueKind.TEXT || leaf.kind() == ValueKind.LONG_TEXT)) {
				owner.eSet(leaf.attribute(), texts.get(next[0]++ % texts.size()));
			} else if (node instanceof Branch branch) {
				for (EObject object : OppDocument.objects(owner, branch)) {
					fill(object, branch.children(), texts, next);
				}
			}
		}
	}
}
