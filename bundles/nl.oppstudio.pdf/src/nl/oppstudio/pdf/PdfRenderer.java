package nl.oppstudio.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.image.loader.batik.ImageConverterSVG2G2D;
import org.apache.fop.image.loader.batik.ImageLoaderFactorySVG;
import org.apache.fop.image.loader.batik.PreloaderSVG;
import org.apache.xmlgraphics.image.loader.spi.ImageImplRegistry;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.pdf.internal.BundledFonts;
import nl.oppstudio.pdf.internal.FoWriter;
import nl.oppstudio.pdf.internal.FopEvents;
import nl.oppstudio.pdf.internal.FoWriter.Mode;
import nl.oppstudio.pdf.internal.Messages;
import nl.oppstudio.pdf.internal.ParsedFonts;

/**
 * The entry point of the PDF step: tagged PDF/A-2a and PDF/UA-1 from a document and its format. Create
 * one and reuse it: it holds the FOP factory, whose set-up (fonts) costs far more than a page.
 * Thread-safe.
 */
public final class PdfRenderer {

	private final FopFactory fopFactory;
	private final Supplier<List<FigureProvider>> figures;

	private PdfRenderer(FopFactory fopFactory, Supplier<List<FigureProvider>> figures) {
		this.fopFactory = fopFactory;
		this.figures = figures;
	}

	/**
	 * A renderer with the bundled fonts, embedded in every PDF, and the figures of the providers that are
	 * plugged in, asked at each rendering ({@link FigureProviders#available()}: DS services in the window,
	 * the ServiceLoader on the command line).
	 */
	public static PdfRenderer create() {
		return create(FigureProviders::available);
	}

	/** A renderer that places the figures of the given providers (diagrams) after the elements they belong to. */
	public static PdfRenderer create(List<FigureProvider> figures) {
		List<FigureProvider> fixed = List.copyOf(figures);
		return create(() -> fixed);
	}

	private static PdfRenderer create(Supplier<List<FigureProvider>> figures) {
		try (InputStream configuration = new ByteArrayInputStream(
				BundledFonts.fopConfiguration().getBytes(StandardCharsets.UTF_8))) {
			FopConfParser parser = new FopConfParser(configuration, URI.create("opp-font:/"),
					BundledFonts.resourceResolver());
			FopFactory factory = parser.getFopFactoryBuilder().build();
			registerSvg(factory);
			return new PdfRenderer(factory, figures);
		} catch (SAXException | IOException e) {
			throw new IllegalStateException(Messages.configurationInvalid, e);
		}
	}

	/**
	 * Registers FOP's SVG image support by hand: inside OSGi, XML Graphics looks for image loaders only
	 * in its own bundle and would not find FOP's (logos and diagrams are SVG).
	 */
	private static void registerSvg(FopFactory factory) {
		ImageImplRegistry registry = factory.getImageManager().getRegistry();
		registry.registerPreloader(new PreloaderSVG());
		registry.registerLoaderFactory(new ImageLoaderFactorySVG());
		registry.registerConverter(new ImageConverterSVG2G2D());
	}

	/**
	 * Renders a small page to nothing, so that the first real rendering does not pay for loading FOP and
	 * reading the fonts; worth it on a spare thread while other work (reading a format) goes on.
	 */
	public PdfRenderer warmUp() {
		byte[] fo = ("<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" xml:lang=\"nl\"><fo:layout-master-set>"
				+ "<fo:simple-page-master master-name=\"A4\" page-width=\"210mm\" page-height=\"297mm\"><fo:region-body/>"
				+ "</fo:simple-page-master></fo:layout-master-set><fo:declarations><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
				+ "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" "
				+ "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">OPP</rdf:li>"
				+ "</rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta></fo:declarations>"
				+ "<fo:page-sequence master-reference=\"A4\"><fo:flow flow-name=\"xsl-region-body\">"
				+ "<fo:block font-family=\"" + BundledFonts.FAMILY + "\" role=\"H1\" font-weight=\"bold\">OPP</fo:block>"
				+ "<fo:block font-family=\"" + BundledFonts.FAMILY + "\" hyphenate=\"true\">ontwikkelingsperspectief</fo:block>"
				+ "</fo:flow></fo:page-sequence></fo:root>").getBytes(StandardCharsets.UTF_8);
		try {
			renderFo(fo, OutputStream.nullOutputStream());
		} catch (PdfException e) {
			// only a warm-up: a real rendering reports the same problem with its document
		}
		return this;
	}

	/** The XSL-FO of a document, as UTF-8 bytes. */
	public byte[] toFo(OppDocument document) throws PdfException {
		return fo(document, Mode.FULL).fo();
	}

	/** Renders a document as PDF onto a stream. */
	public Rendering render(OppDocument document, OutputStream out) throws PdfException {
		FoWriter.Result fo = fo(document, Mode.FULL);
		return rendering(fo, out);
	}

	/** Renders a document as PDF into a file, atomically. */
	public Rendering render(OppDocument document, Path target) throws PdfException, IOException {
		return renderTo(fo(document, Mode.FULL), target, true);
	}

	/** Renders an empty form of the format, to fill in on paper. */
	public Rendering renderBlank(Format format, Path target) throws PdfException, IOException {
		return renderTo(fo(Documents.create(format), Mode.BLANK), target, false);
	}

	/** Renders an empty form of the format onto a stream (the Studio's preview without an example). */
	public Rendering renderBlank(Format format, OutputStream out) throws PdfException {
		return rendering(fo(Documents.create(format), Mode.BLANK), out);
	}

	/**
	 * Renders the format's extract (a handelingswijzer: the parts a teacher needs on one page) of a
	 * document; a warning says when it does not fit on one page.
	 *
	 * @throws PdfException when the format declares no {@code uittreksel}
	 */
	public Rendering renderExtract(OppDocument document, Path target) throws PdfException, IOException {
		if (Formats.extract(document.format()) == null) {
			throw new PdfException(NLS.bind(Messages.noExtract, document.format().getId()), null);
		}
		Rendering rendering = renderTo(fo(document, Mode.EXTRACT), target, true);
		if (rendering.pages() <= 1) {
			return rendering;
		}
		List<String> warnings = new java.util.ArrayList<>(rendering.warnings());
		warnings.add(NLS.bind(Messages.extractTooLong, rendering.pages()));
		return new Rendering(rendering.pages(), warnings);
	}

	/** The FO; any failure on the way (a figure provider, the document's state) is a PdfException. */
	private FoWriter.Result fo(OppDocument document, Mode mode) throws PdfException {
		try {
			return FoWriter.write(document, mode == Mode.BLANK ? null : Lifecycle.state(document).label(), mode, figures.get());
		} catch (RuntimeException e) {
			throw new PdfException(NLS.bind(Messages.foFailed, e.getMessage()), e);
		}
	}

	/**
	 * Renders FO into a file, atomically: a failed rendering leaves no file behind. A pupil's PDF
	 * ({@code personal}) is owner-only; a blank form is not.
	 */
	private Rendering renderTo(FoWriter.Result fo, Path target, boolean personal) throws PdfException, IOException {
		Rendering[] rendering = new Rendering[1];
		AtomicFiles.Writer writer = out -> {
			try {
				rendering[0] = rendering(fo, out);
			} catch (PdfException e) {
				throw new IOException(e);
			}
		};
		try {
			if (personal) {
				AtomicFiles.writePrivate(target, writer);
			} else {
				AtomicFiles.write(target, writer);
			}
		} catch (IOException e) {
			if (e.getCause() instanceof PdfException pdf) {
				throw pdf;
			}
			throw e;
		}
		return rendering[0];
	}

	/** Renders the FO; the warnings are the writer's and what FOP reported (an image it could not read…). */
	private Rendering rendering(FoWriter.Result fo, OutputStream out) throws PdfException {
		FopEvents events = new FopEvents();
		int pages = renderFo(fo.fo(), out, events);
		List<String> warnings = new java.util.ArrayList<>(fo.warnings());
		warnings.addAll(events.warnings());
		return new Rendering(pages, warnings);
	}

	/**
	 * Renders ready XSL-FO and returns the number of pages; public so that benchmarks can compare against
	 * raw FOP. The title comes from the FO's XMP metadata, as PDF/UA wants it.
	 */
	public int renderFo(byte[] fo, OutputStream out) throws PdfException {
		return renderFo(fo, out, new FopEvents());
	}

	private int renderFo(byte[] fo, OutputStream out, FopEvents events) throws PdfException {
		// The bundled fonts come parsed from a set that only this rendering uses meanwhile; a set is given
		// back only after a rendering that went well.
		ParsedFonts fonts = ParsedFonts.borrow();
		try {
			FOUserAgent userAgent = fopFactory.newFOUserAgent();
			userAgent.getEventBroadcaster().addEventListener(events);
			userAgent.setCreator("OPP Studio");
			userAgent.setProducer("OPP Studio");
			Fop fop;
			// Setting up a rendering reads FOP's configuration, a DOM tree, which is not safe to read from two
			// threads at once (seen as "font without font-triplet" or an NPE in Xerces): one at a time. It is
			// a small part of a rendering (under 1 % of its time, measured with JFR).
			synchronized (fopFactory) {
				userAgent.setDocumentHandlerOverride(fonts.pdfDocumentHandler(userAgent));
				fop = fopFactory.newFop(MimeConstants.MIME_PDF, userAgent, out);
			}
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			// Within OSGi a SAXParser feeding FOP's handler works where Transformer + SAXResult does not.
			factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(fo)), fop.getDefaultHandler());
			int pages = fop.getResults() == null ? 0 : fop.getResults().getPageCount();
			ParsedFonts.release(fonts);
			return pages;
		} catch (SAXException | ParserConfigurationException | IOException | RuntimeException e) {
			throw new PdfException(NLS.bind(Messages.pdfFailed, e.getMessage()), e);
		}
	}
}
