package nl.oppstudio.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.osgi.util.NLS;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Looks at an image once before FOP gets it: FOP fails on some broken images with an internal error
 * instead of an event, and a broken logo must cost the logo, not the PDF. Images are embedded as data,
 * so an SVG may not point at other files or the network.
 */
final class Images {

	/** Larger raster images (in pixels) are refused: decoding them could exhaust memory. */
	private static final long MAX_PIXELS = 40_000_000L;

	private Images() {
	}

	/** Why the image cannot go into the PDF, in Dutch, or {@code null} when it can. */
	static String problem(byte[] image, boolean svg) {
		return svg ? svgProblem(image) : rasterProblem(image);
	}

	/** Reads only a PNG's or JPEG's header: its size, not its pixels. */
	private static String rasterProblem(byte[] image) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Messages.imageDamaged;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				return pixels <= 0 ? Messages.imageDamaged : pixels > MAX_PIXELS ? Messages.imageTooLarge : null;
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			return Messages.imageDamaged;
		}
	}

	/** Well-formed XML without a DTD's external parts, and no reference to anything outside itself. */
	private static String svgProblem(byte[] image) {
		String[] external = new String[1];
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(image)), new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					for (int i = 0; i < attributes.getLength(); i++) {
						String value = attributes.getValue(i).strip();
						if (attributes.getLocalName(i).equals("href") && !value.startsWith("#") && !value.startsWith("data:")) {
							external[0] = value;
						}
					}
				}
			});
		} catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
			return Messages.imageDamaged;
		}
		return external[0] == null ? null : NLS.bind(Messages.imageExternal, external[0]);
	}
}
