package nl.oppstudio.document.internal;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Limits;
import nl.oppstudio.core.Severity;

/**
 * One streaming pass over a document's bytes before EMF reads it: a DOCTYPE (entities, external
 * references), too many elements, too deep nesting or one value longer than {@link Limits} allows is
 * refused with a located message, in memory bounded by the nesting depth and time linear in the file.
 */
public final class XmlLimits {

	public static final String TOO_LARGE = "nl.oppstudio.document.tooLarge";
	public static final String TOO_MANY_ELEMENTS = "nl.oppstudio.document.tooManyElements";
	public static final String TOO_DEEP = "nl.oppstudio.document.tooDeep";
	public static final String VALUE_TOO_LONG = "nl.oppstudio.document.valueTooLong";

	private XmlLimits() {
	}

	/** What makes the file too large to read, or {@code null}. */
	public static Diagnostic checkSize(Path file, long bytes) {
		if (bytes <= Limits.MAX_DOCUMENT_BYTES) {
			return null;
		}
		return Diagnostic.error(file, TOO_LARGE,
				NLS.bind(Messages.documentTooLarge, Limits.size(bytes), Limits.size(Limits.MAX_DOCUMENT_BYTES)));
	}

	/**
	 * The first limit the XML breaks, located, or {@code null} when it keeps them all (or is too broken to
	 * tell: the full read reports that with its own message).
	 */
	public static Diagnostic check(Path file, byte[] content) {
		Diagnostic tooLarge = checkSize(file, content.length);
		if (tooLarge != null) {
			return tooLarge;
		}
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
		XMLStreamReader reader = null;
		try {
			reader = DocumentReadErrors.isUtf8(content) ? factory.createXMLStreamReader(new ByteArrayInputStream(content))
					: factory.createXMLStreamReader(new java.io.StringReader(DocumentReadErrors.undecodable(content)));
			Deque<String> path = new ArrayDeque<>();
			int elements = 0;
			long text = 0;
			int textLine = 0;
			int textColumn = 0;
			while (reader.hasNext()) {
				int event = reader.next();
				switch (event) {
				case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION -> {
					Location at = reader.getLocation();
					return located(file, at, DocumentReadErrors.HOSTILE, Messages.documentDoctype);
				}
				case XMLStreamConstants.START_ELEMENT -> {
					Location at = reader.getLocation();
					path.addLast(reader.getLocalName());
					if (++elements > Limits.MAX_XML_ELEMENTS) {
						return located(file, at, TOO_MANY_ELEMENTS,
								NLS.bind(Messages.documentTooManyElements, Limits.number(Limits.MAX_XML_ELEMENTS)));
					}
					if (path.size() > Limits.MAX_XML_DEPTH) {
						return located(file, at, TOO_DEEP, NLS.bind(Messages.documentTooDeep, Limits.MAX_XML_DEPTH));
					}
					for (int i = 0; i < reader.getAttributeCount(); i++) {
						int length = reader.getAttributeValue(i).length();
						if (length > Limits.MAX_VALUE_CHARS) {
							return located(file, at, VALUE_TOO_LONG, NLS.bind(Messages.documentValueTooLong,
									where(path) + "/@" + reader.getAttributeLocalName(i), Limits.number(Limits.MAX_VALUE_CHARS)));
						}
					}
					text = 0;
					textLine = at.getLineNumber();
					textColumn = at.getColumnNumber();
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					text += reader.getTextLength();
					if (text > Limits.MAX_VALUE_CHARS) {
						// said as soon as the text passes the limit: the rest of it is never counted nor held
						return new Diagnostic(Severity.ERROR, NLS.bind(Messages.documentValueTooLong, where(path),
								Limits.number(Limits.MAX_VALUE_CHARS)), file, textLine, textColumn, where(path), VALUE_TOO_LONG);
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					path.pollLast();
					text = 0;
				}
				default -> {
					// comments, processing instructions: nothing to count
				}
				}
			}
		} catch (XMLStreamException | RuntimeException e) {
			String message = String.valueOf(e.getMessage());
			if (message.contains("DOCTYPE") || message.toLowerCase(java.util.Locale.ROOT).contains("entit")) {
				Location at = e instanceof XMLStreamException stream ? stream.getLocation() : null;
				return located(file, at, DocumentReadErrors.HOSTILE, Messages.documentDoctype);
			}
			return null; // not well-formed: the full read says where
		} finally {
			if (reader != null) {
				try {
					reader.close();
				} catch (XMLStreamException e) {
					// nothing held
				}
			}
		}
		return null;
	}

	/**
	 * What {@link #check} found in a document about to be saved, as the reason a save refuses it: one Dutch
	 * sentence that names the field when there is one (never its value).
	 */
	public static String describeForSave(Diagnostic pastLimit) {
		if (VALUE_TOO_LONG.equals(pastLimit.code()) && pastLimit.path() != null) {
			return NLS.bind(Messages.saveValueTooLong, pastLimit.path(), Limits.number(Limits.MAX_VALUE_CHARS));
		}
		if (TOO_MANY_ELEMENTS.equals(pastLimit.code())) {
			return NLS.bind(Messages.saveTooManyElements, Limits.number(Limits.MAX_XML_ELEMENTS));
		}
		if (TOO_LARGE.equals(pastLimit.code())) {
			return NLS.bind(Messages.saveTooLarge, Limits.size(Limits.MAX_DOCUMENT_BYTES));
		}
		return NLS.bind(Messages.saveUnreadable, pastLimit.message());
	}

	/** The element's path without the root ({@code leerling/naam}), as validation names values. */
	private static String where(Deque<String> path) {
		return path.size() <= 1 ? String.join("/", path) : String.join("/", path.stream().skip(1).toList());
	}

	private static Diagnostic located(Path file, Location at, String code, String message) {
		int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
		int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
		return new Diagnostic(Severity.ERROR, message, file, line, column, null, code);
	}
}
