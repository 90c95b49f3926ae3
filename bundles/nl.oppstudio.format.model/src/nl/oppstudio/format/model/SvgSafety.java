package nl.oppstudio.format.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Is an SVG (a logo) safe to embed? An SVG is a program as much as a picture: it may run scripts, react
 * to events, fetch other files or the network, and carry a DOCTYPE with entities. A logo may do none of
 * that; the check-format error and the renderer's refusal both come from here.
 */
public final class SvgSafety {

	/** What makes an SVG unsafe. */
	public enum Kind {
		/** a DOCTYPE (entities, an external DTD) */
		DOCTYPE,
		/** a {@code <script>} or {@code <foreignObject>} element */
		SCRIPT,
		/** an event attribute such as {@code onload} */
		EVENT,
		/** a reference to anything outside the SVG: {@code href}, {@code url(…)}, {@code @import} */
		EXTERNAL,
		/** not well-formed XML */
		DAMAGED
	}

	/**
	 * The first problem found.
	 *
	 * @param kind   what is wrong
	 * @param detail the element, attribute or reference, for the message (may be empty)
	 */
	public record Problem(Kind kind, String detail) {
	}

	private static final class Found extends SAXException {
		private static final long serialVersionUID = 1L;
		private final transient Problem problem;

		Found(Problem problem) {
			super(problem.kind().name());
			this.problem = problem;
		}
	}

	private SvgSafety() {
	}

	/** The first reason the SVG is unsafe, or {@code null} when it is a self-contained picture. */
	public static Problem problem(byte[] svg) {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(svg)), new DefaultHandler() {
				private boolean inStyle;
				private final StringBuilder style = new StringBuilder(); // a <style>'s text may come in several chunks

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
					String element = localName.toLowerCase(Locale.ROOT);
					if (element.equals("script") || element.equals("foreignobject") || element.equals("handler")) {
						throw new Found(new Problem(Kind.SCRIPT, "<" + qName + ">"));
					}
					inStyle = element.equals("style");
					style.setLength(0);
					for (int i = 0; i < attributes.getLength(); i++) {
						String name = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
						String value = attributes.getValue(i).strip();
						if (name.startsWith("on")) {
							throw new Found(new Problem(Kind.EVENT, attributes.getQName(i)));
						}
						if ((name.equals("href") || name.equals("src")) && !isInternal(value)) {
							throw new Found(new Problem(Kind.EXTERNAL, value));
						}
						String external = externalUrl(value);
						if (external != null) {
							throw new Found(new Problem(Kind.EXTERNAL, external));
						}
					}
				}

				@Override
				public void endElement(String uri, String localName, String qName) throws SAXException {
					if (inStyle) { // the whole text at once: 'url(' or '@import' split over two chunks is still seen
						String text = style.toString();
						String external = externalUrl(text);
						if (external != null || text.toLowerCase(Locale.ROOT).contains("@import")) {
							throw new Found(new Problem(Kind.EXTERNAL, external != null ? external : "@import"));
						}
					}
					inStyle = false;
					style.setLength(0);
				}

				@Override
				public void characters(char[] ch, int start, int length) {
					if (inStyle) {
						style.append(ch, start, length);
					}
				}
			});
		} catch (Found found) {
			return found.problem;
		} catch (SAXException e) {
			String message = String.valueOf(e.getMessage());
			return message.contains("DOCTYPE") ? new Problem(Kind.DOCTYPE, "<!DOCTYPE>") : new Problem(Kind.DAMAGED, "");
		} catch (IOException | ParserConfigurationException | RuntimeException e) {
			return new Problem(Kind.DAMAGED, "");
		}
		return null;
	}

	/** A reference within the SVG itself ({@code #id}) or an embedded raster image. */
	private static boolean isInternal(String value) {
		return value.startsWith("#") || value.startsWith("data:image/png") || value.startsWith("data:image/jpeg");
	}

	/** The first {@code url(…)} in a value that is not {@code url(#id)}, or {@code null}. */
	private static String externalUrl(String original) {
		// CSS function names are case-insensitive (URL(…), Url(…)); a CSS escape (u\72 l(…)) spells any of them
		String value = original.toLowerCase(Locale.ROOT);
		if (value.indexOf('\\') >= 0) { // also @\69mport
			return original.strip();
		}
		int at = value.indexOf("url(");
		while (at >= 0) {
			String rest = value.substring(at + 4).strip();
			if (rest.startsWith("'") || rest.startsWith("\"")) {
				rest = rest.substring(1).strip();
			}
			if (!isInternal(rest)) {
				int end = rest.indexOf(')');
				return "url(" + (end < 0 ? rest : rest.substring(0, end));
			}
			at = value.indexOf("url(", at + 4);
		}
		return null;
	}
}
