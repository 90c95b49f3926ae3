package nl.oppstudio.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.internal.BundledFonts;
import nl.oppstudio.pdf.internal.FoWriter;

/**
 * The entry point of the PDF step. Create one and reuse it: it holds the FOP factory, whose set-up
 * (fonts) costs far more than a page. Thread-safe.
 */
public final class PdfRenderer {

	private final FopFactory fopFactory;

	private PdfRenderer(FopFactory fopFactory) {
		this.fopFactory = fopFactory;
	}

	/** A renderer with the bundled DejaVu fonts, embedded in every PDF. */
	public static PdfRenderer create() {
		try (InputStream configuration = new ByteArrayInputStream(
				BundledFonts.fopConfiguration().getBytes(StandardCharsets.UTF_8))) {
			FopConfParser parser = new FopConfParser(configuration, URI.create("opp-font:/"),
					BundledFonts.resourceResolver());
			return new PdfRenderer(parser.getFopFactoryBuilder().build());
		} catch (SAXException | IOException e) {
			throw new IllegalStateException("FOP-configuratie van OPP Studio is ongeldig", e);
		}
	}

	/** The XSL-FO of a document, as UTF-8 bytes. */
	public byte[] toFo(OppDocument document) {
		return FoWriter.write(document, Lifecycle.state(document).label(), false);
	}

	/** Renders a document as PDF onto a stream; returns the number of pages. */
	public int render(OppDocument document, OutputStream out) throws PdfException {
		return renderFo(toFo(document), out);
	}

	/** Renders a document as PDF into a file, atomically; returns the number of pages. */
	public int render(OppDocument document, Path target) throws PdfException, IOException {
		return renderTo(toFo(document), target);
	}

	/** Renders an empty form of the format, to fill in on paper; returns the number of pages. */
	public int renderBlank(Format format, Path target) throws PdfException, IOException {
		return renderTo(FoWriter.write(Documents.create(format), null, true), target);
	}

	/** Renders FO into a file, atomically: a failed rendering leaves no file behind. */
	private int renderTo(byte[] fo, Path target) throws PdfException, IOException {
		int[] pages = new int[1];
		try {
			AtomicFiles.write(target, out -> {
				try {
					pages[0] = renderFo(fo, out);
				} catch (PdfException e) {
					throw new IOException(e);
				}
			});
		} catch (IOException e) {
			if (e.getCause() instanceof PdfException pdf) {
				throw pdf;
			}
			throw e;
		}
		return pages[0];
	}

	/**
	 * Renders ready XSL-FO and returns the number of pages; public so that benchmarks can compare against
	 * raw FOP. The title comes from the FO's XMP metadata, as PDF/UA wants it.
	 */
	public int renderFo(byte[] fo, OutputStream out) throws PdfException {
		try {
			FOUserAgent userAgent = fopFactory.newFOUserAgent();
			userAgent.setCreator("OPP Studio");
			userAgent.setProducer("OPP Studio");
			Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, userAgent, out);
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			// Within OSGi a SAXParser feeding FOP's handler works where Transformer + SAXResult does not.
			factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(fo)), fop.getDefaultHandler());
			return fop.getResults() == null ? 0 : fop.getResults().getPageCount();
		} catch (SAXException | ParserConfigurationException | IOException | RuntimeException e) {
			throw new PdfException("PDF kan niet gemaakt worden: " + e.getMessage(), e);
		}
	}
}
