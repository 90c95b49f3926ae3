package nl.oppstudio.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.internal.DocumentReadErrors;
import nl.oppstudio.document.internal.XmlLimits;
import nl.oppstudio.document.rules.LawRules;
import nl.oppstudio.format.model.Format;

/**
 * The entry point of the document step: create, load, save and validate {@code *.opp} files of a
 * format. Loading never half-reads silently and saving never leaves a half-written file.
 */
public final class Documents {

	/** The file extension of documents, without the dot. */
	public static final String EXTENSION = "opp";

	private Documents() {
	}

	/** A new, empty document of the format. */
	public static OppDocument create(Format format) {
		DocumentSchema schema = DocumentSchema.of(format);
		EObject root = schema.ePackage().getEFactoryInstance().create(schema.rootClass());
		newResource(schema, null).getContents().add(root);
		return new OppDocument(schema, root);
	}

	/**
	 * Loads a document of the given format.
	 *
	 * @throws DocumentException when the file is missing, not well-formed, hostile (DTDs, external
	 *                           entities), past a {@link nl.oppstudio.core.Limits limit} (size, elements,
	 *                           depth, one value's length) or of another format
	 */
	public static OppDocument load(Path file, Format format) throws DocumentException {
		byte[] content;
		try {
			Diagnostic tooLarge = XmlLimits.checkSize(file, Files.size(file));
			if (tooLarge != null) {
				throw new DocumentException(tooLarge, null);
			}
			content = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new DocumentException(Diagnostic.error(file, DocumentReadErrors.MISSING,
					"Document bestaat niet: " + file), e);
		} catch (IOException e) {
			throw new DocumentException(Diagnostic.error(file, DocumentReadErrors.UNREADABLE,
					"Document kan niet gelezen worden: " + file + " (" + e.getMessage() + ")"), e);
		}
		Diagnostic hostile = XmlLimits.check(file, content);
		if (hostile != null) {
			throw new DocumentException(hostile, null);
		}
		DocumentSchema schema = DocumentSchema.of(format);
		Diagnostic wrongRoot = DocumentReadErrors.checkRoot(file, content, format, schema.ePackage().getNsURI());
		if (wrongRoot != null) {
			throw new DocumentException(wrongRoot, null);
		}
		content = OldGoals.upgrade(content, schema, file); // goals written before they repeated
		Resource resource = newResource(schema, file);
		try {
			resource.load(new ByteArrayInputStream(content), loadOptions());
		} catch (IOException | RuntimeException e) {
			throw new DocumentException(DocumentReadErrors.describe(file, format, e), e);
		} catch (StackOverflowError e) {
			// found by fuzzing: EMF recurses without end on unknown content under some foreign namespaces
			throw new DocumentException(Diagnostic.error(file, DocumentReadErrors.UNREADABLE,
					"Document kan niet gelezen worden: de inhoud is te diep of in een kring genest."), null);
		}
		if (resource.getContents().isEmpty()
				|| resource.getContents().get(0).eClass() != schema.rootClass()) {
			throw new DocumentException(Diagnostic.error(file, DocumentReadErrors.NOT_A_DOCUMENT,
					"Dit is geen OPP-document van formaat '" + format.getId() + "'."), null);
		}
		return new OppDocument(schema, resource.getContents().get(0));
	}

	/**
	 * Saves a document atomically: to a temporary file beside {@code file}, then renamed into place. The
	 * version it replaces is kept beside it as {@code FILE.bak}.
	 *
	 * @throws IOException also when the document is past a {@link nl.oppstudio.core.Limits limit} that
	 *                     {@link #load} would refuse (a value too long, too many parts): its message is one
	 *                     Dutch sentence naming the field, and nothing is written
	 */
	public static void save(OppDocument document, Path file) throws IOException {
		byte[] content = serialize(document, file);
		boolean restored = false;
		if (Files.isRegularFile(file)) {
			restored = Ledger.isItsBackup(file); // the file was put back from its .bak
			Path backup = file.resolveSibling(file.getFileName() + ".bak");
			AtomicFiles.writePrivate(backup, file, out -> Files.copy(file, out));
		}
		AtomicFiles.writePrivate(file, out -> out.write(content));
		recordInLedger(document, file, restored);
	}

	/**
	 * Writes the document to another file (a recovery file, a copy) atomically, without a backup and
	 * without changing where the document belongs; refused as {@link #save} refuses.
	 */
	public static void writeCopy(OppDocument document, Path file) throws IOException {
		byte[] content = serialize(document, file);
		AtomicFiles.writePrivate(file, out -> out.write(content));
	}

	/**
	 * Saves a new document atomically under a name that must be free: an existing file is never replaced.
	 * Refused as {@link #save} refuses.
	 *
	 * @throws java.nio.file.FileAlreadyExistsException when {@code file} exists
	 */
	public static void saveNew(OppDocument document, Path file) throws IOException {
		byte[] content = serialize(document, file);
		AtomicFiles.createPrivate(file, out -> out.write(content));
		recordInLedger(document, file, false);
	}

	/**
	 * The document's bytes, checked by the very pass {@link #load} makes ({@link XmlLimits}): a document that
	 * could not be read back is never written (issue 16, review #15).
	 */
	private static byte[] serialize(OppDocument document, Path file) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		document.root().eResource().save(bytes, saveOptions());
		byte[] content = bytes.toByteArray();
		Diagnostic pastLimit = XmlLimits.check(file, content);
		if (pastLimit != null) {
			throw new IOException(XmlLimits.describeForSave(pastLimit));
		}
		return content;
	}

	/**
	 * The document is on disk: a ledger that cannot be written now stays one save behind, which
	 * {@code opp audit} accepts (its entry is a prefix of the log), so the save itself has not failed.
	 */
	private static void recordInLedger(OppDocument document, Path file, boolean restored) {
		try {
			Ledger.record(document, file, restored);
		} catch (IOException | RuntimeException e) {
			// one save behind; the next save catches up
		}
	}

	/**
	 * A detached copy of a document in memory; the original is untouched. For an anonymous copy, and for the
	 * editor's PDF: a snapshot taken on the UI thread and rendered on another while the user types on, with
	 * no copy of the pupil's document in a file anywhere (review finding 30).
	 */
	public static OppDocument copyOf(OppDocument document) {
		EObject root = org.eclipse.emf.ecore.util.EcoreUtil.copy(document.root());
		newResource(document.schema(), null).getContents().add(root);
		return new OppDocument(document.schema(), root);
	}

	/** Checks a document against its format and the law, judged today. */
	public static List<Diagnostic> validate(OppDocument document, Path file) {
		return validate(document, file, LocalDate.now());
	}

	/**
	 * Checks a document against its format (required values, conditions, types) and against the law and
	 * the process (six weeks, consent and OOGO before vaststelling, hoorrecht, yearly evaluation …),
	 * with deadlines judged at {@code at}.
	 */
	public static List<Diagnostic> validate(OppDocument document, Path file, LocalDate at) {
		List<Diagnostic> diagnostics = new ArrayList<>(new DocumentValidator(document, file).validate());
		diagnostics.addAll(new LawRules(document, file, at).check());
		return List.copyOf(diagnostics);
	}

	private static Resource newResource(DocumentSchema schema, Path file) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(schema.ePackage().getNsURI(), schema.ePackage());
		// A document reads nothing but itself: EMF would fetch a namespace it does not know from its URI
		// (found by fuzzing: http://, file: …, a request leaving the machine when a document is opened).
		resourceSet.setURIConverter(new org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl(
				List.of(new NoExternalResources()), List.of()));
		URI uri = file == null ? URI.createURI("memory:/document." + EXTENSION)
				: URI.createFileURI(file.toAbsolutePath().toString());
		XMLResource resource = new XMLResourceImpl(uri);
		resourceSet.getResources().add(resource);
		return resource;
	}

	/** Refuses to open any URI: a document never makes EMF read another file or a URL. */
	private static final class NoExternalResources extends org.eclipse.emf.ecore.resource.impl.URIHandlerImpl {
		@Override
		public boolean canHandle(URI uri) {
			return true;
		}

		@Override
		public java.io.InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("Een OPP-document leest geen andere bestanden of adressen: " + uri);
		}

		@Override
		public java.io.OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("Een OPP-document schrijft geen andere bestanden of adressen: " + uri);
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return false;
		}
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		// Content the schema does not know is kept (and written back), not dropped.
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		// Hostile XML: no DOCTYPE, hence no entity expansion and no external entities.
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		return options;
	}
}
