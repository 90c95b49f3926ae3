package nl.oppstudio.document.internal;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.model.Format;

/** Turns what EMF and the XML parser throw while reading a document into a located Dutch message. */
public final class DocumentReadErrors {

	public static final String MISSING = "nl.oppstudio.document.missing";
	public static final String UNREADABLE = "nl.oppstudio.document.unreadable";
	public static final String NOT_A_DOCUMENT = "nl.oppstudio.document.notADocument";
	public static final String OTHER_FORMAT = "nl.oppstudio.document.otherFormat";
	public static final String MALFORMED = "nl.oppstudio.document.malformed";
	public static final String HOSTILE = "nl.oppstudio.document.hostile";

	private static final String NAMESPACE_PREFIX = "urn:oppstudio:format:";

	private DocumentReadErrors() {
	}

	/**
	 * Reads only the root element: is this a document of the given format version? Returns what is
	 * wrong, or {@code null} when the root fits (or the XML is too broken to tell: EMF reports that).
	 */
	public static Diagnostic checkRoot(Path file, byte[] content, Format format, String expectedNamespace) {
		if (!isUtf8(content)) {
			// The JDK's StAX reader prints "[Fatal Error] …" on stderr for bytes it cannot decode (found by
			// fuzzing); EMF's loader reports them with a place, and reads a declared other encoding.
			return null;
		}
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT) {
					String namespace = reader.getNamespaceURI();
					int line = reader.getLocation().getLineNumber();
					int column = reader.getLocation().getColumnNumber();
					if (expectedNamespace.equals(namespace)) {
						return null;
					}
					String expected = "formaat '" + format.getId() + "' versie " + format.getVersion();
					String message = namespace != null && namespace.startsWith(NAMESPACE_PREFIX)
							? "Dit document hoort bij een ander formaat of een andere versie ("
									+ namespace.substring(NAMESPACE_PREFIX.length()).replace(':', ' ') + "); verwacht: "
									+ expected + "."
							: "Dit is geen OPP-document van " + expected + ".";
					return new Diagnostic(Severity.ERROR, message, file, line, column, null,
							namespace != null && namespace.startsWith(NAMESPACE_PREFIX) ? OTHER_FORMAT : NOT_A_DOCUMENT);
				}
			}
		} catch (XMLStreamException e) {
			return null;
		}
		return null;
	}

	/**
	 * Bytes that are no UTF-8 as text for a count of their markup: bad bytes replaced, the XML declaration
	 * blanked (same length, so places stay), since the JDK's StAX reader prints "[Fatal Error] …" on
	 * stderr for bytes or a declaration it cannot decode (found by fuzzing).
	 */
	static String undecodable(byte[] content) {
		String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
		int end = text.startsWith("<?xml") ? text.indexOf("?>") : -1;
		return end < 0 ? text : " ".repeat(end + 2) + text.substring(end + 2);
	}

	static boolean isUtf8(byte[] content) {
		try {
			java.nio.charset.StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
					.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(content));
			return true;
		} catch (java.nio.charset.CharacterCodingException e) {
			return false;
		}
	}

	public static Diagnostic describe(Path file, Format format, Throwable error) {
		Throwable cause = error;
		while (cause instanceof Resource.IOWrappedException || cause instanceof org.eclipse.emf.common.util.WrappedException) {
			if (cause.getCause() == null || cause.getCause() == cause) {
				break;
			}
			cause = cause.getCause();
		}
		if (cause instanceof PackageNotFoundException notFound) {
			return new Diagnostic(Severity.ERROR, "Dit document hoort bij een ander formaat of een andere versie ("
					+ notFound.uri() + "); verwacht: formaat '" + format.getId() + "' versie " + format.getVersion() + ".",
					file, notFound.getLine(), notFound.getColumn(), null, OTHER_FORMAT);
		}
		if (cause instanceof XMIException xmi) {
			return located(file, xmi.getLine(), xmi.getColumn(), xmi.getCause() != null ? xmi.getCause() : xmi);
		}
		if (cause instanceof SAXParseException sax) {
			return located(file, sax.getLineNumber(), sax.getColumnNumber(), sax);
		}
		return Diagnostic.error(file, MALFORMED, "Document kan niet gelezen worden: " + message(cause));
	}

	private static Diagnostic located(Path file, int line, int column, Throwable cause) {
		String text = message(cause);
		boolean hostile = text.contains("DOCTYPE") || text.toLowerCase().contains("entity");
		String message = hostile
				? "Document bevat een DOCTYPE of entiteiten; dat is niet toegestaan (bescherming tegen kwaadaardige XML)."
				: "Document is geen geldige XML: " + text;
		return new Diagnostic(Severity.ERROR, message, file, Math.max(line, 0), Math.max(column, 0), null,
				hostile ? HOSTILE : MALFORMED);
	}

	private static String message(Throwable error) {
		String message = error.getMessage();
		return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
	}
}
