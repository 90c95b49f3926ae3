package nl.oppstudio.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an image once before FOP gets it: FOP fails on some broken images with an internal error
 * instead of an event, and a broken logo must cost the logo, not the PDF.
 */
final class Images {

	private Images() {
	}

	/** Whether PNG or JPEG bytes decode, or SVG bytes are well-formed XML (no DTD or external entities). */
	static boolean readable(byte[] image, boolean svg) {
		try {
			if (svg) {
				SAXParserFactory factory = SAXParserFactory.newInstance();
				factory.setNamespaceAware(true);
				factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
				factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
				factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
				factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(image)), new DefaultHandler());
				return true;
			}
			return ImageIO.read(new ByteArrayInputStream(image)) != null;
		} catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
			return false;
		}
	}
}
