package nl.oppstudio.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.CIDFontType;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.truetype.FontFileReader;
import org.apache.fop.fonts.truetype.OFFontLoader;
import org.apache.fop.fonts.truetype.TTFFile;
import org.apache.fop.render.intermediate.EventProducingFilter;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFRendererConfig.PDFRendererConfigParser;
import org.apache.fop.render.pdf.PDFRendererConfigurator;

/**
 * The bundled fonts, parsed once and reused. FOP parses every font a rendering uses anew (its metrics,
 * character map and OpenType tables), which cost about a fifth of a rendering. A set of parsed fonts
 * serves one rendering at a time, since FOP's OpenType tables fill caches as they are used; a pool
 * hands out the sets, so there are never more than renderings run at once. Each rendering still gets
 * fresh font objects (they record the characters used, for the subset to embed), built from the parsed
 * ones as FOP's own loader builds them ({@code OFFontLoader}), so the PDF is the same byte for byte.
 */
public final class ParsedFonts {

	/** Parsed sets not in use. */
	private static final ConcurrentLinkedDeque<ParsedFonts> FREE = new ConcurrentLinkedDeque<>();

	/** A face as parsed: the same file reads differently with or without kerning and OpenType tables. */
	private record Key(URI uri, boolean kerning, boolean advanced) {
	}

	/** The parsed faces of this set; only one rendering at a time uses them. */
	private final Map<Key, Parsed> faces = new HashMap<>();

	/** A parsed TrueType file with its embedded SVG glyphs (FOP keeps them in a protected field). */
	private static final class Parsed extends TTFFile {
		Parsed(boolean useKerning, boolean useAdvanced) {
			super(useKerning, useAdvanced);
		}

		Map<Integer, org.apache.fop.fonts.truetype.SVGGlyphData> svgGlyphs() {
			return svgs;
		}
	}

	private ParsedFonts() {
	}

	/** A set for one rendering: a free one, else a new (empty) one. Give it back with {@link #release}. */
	public static ParsedFonts borrow() {
		ParsedFonts set = FREE.pollFirst();
		return set != null ? set : new ParsedFonts();
	}

	/** Gives a set back after a rendering that went well; after a failure, simply drop it. */
	public static void release(ParsedFonts set) {
		FREE.addFirst(set);
	}

	/**
	 * FOP's PDF output for one rendering, configured as FOP configures it, but with this set's fonts: give
	 * it to {@link FOUserAgent#setDocumentHandlerOverride}. Reads FOP's configuration (a DOM tree, not
	 * safe to read from two threads at once), like {@code newFop}.
	 */
	public IFDocumentHandler pdfDocumentHandler(FOUserAgent agent) throws FOPException {
		PDFDocumentHandler handler = new PDFDocumentHandler(new IFContext(agent)) {
			@Override
			public IFDocumentHandlerConfigurator getConfigurator() {
				return new PDFRendererConfigurator(getUserAgent(), new PDFRendererConfigParser()) {
					@Override
					protected FontCollection createCollectionFromFontList(InternalResourceResolver resolver,
							List<EmbedFontInfo> fonts) {
						return collection(resolver, fonts, agent);
					}
				};
			}
		};
		handler.getConfigurator().configure(handler);
		return new EventProducingFilter(handler, agent);
	}

	/**
	 * The font collection FOP sets up for one rendering: the configured faces, each a {@link LazyFont}
	 * that is built from this set's parsed face when the rendering first needs it.
	 */
	public FontCollection collection(InternalResourceResolver resolver, List<EmbedFontInfo> fonts, FOUserAgent userAgent) {
		boolean complexScripts = userAgent.isComplexScriptFeaturesEnabled();
		return new FontCollection() {
			@Override
			public int setup(int start, FontInfo fontInfo) {
				int number = start;
				for (EmbedFontInfo font : fonts) {
					String name = "F" + number++;
					fontInfo.addMetrics(name, reusable(font) ? new PooledFont(font, resolver, complexScripts, ParsedFonts.this)
							: new LazyFont(font, resolver, complexScripts));
					for (FontTriplet triplet : font.getFontTriplets()) {
						fontInfo.addFontProperties(name, triplet);
					}
				}
				return number;
			}
		};
	}

	/** Only what the bundled fonts are: embedded TrueType files, one font per file, with their defaults. */
	private static boolean reusable(EmbedFontInfo font) {
		URI uri = font.getEmbedURI();
		return uri != null && font.getMetricsURI() == null && font.getSubFontName() == null && font.isEmbedded()
				&& uri.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")
				&& (font.getEncodingMode() == null || font.getEncodingMode() == EncodingMode.AUTO)
				&& (font.getEmbeddingMode() == null || font.getEmbeddingMode() == EmbeddingMode.AUTO)
				&& !font.getSimulateStyle() && !font.getEmbedAsType1();
	}

	/**
	 * A new font object for one rendering, as {@code OFFontLoader.buildFont} makes it for an embedded
	 * TrueType font (CID, Identity-H), from the parsed face (parsed on first use).
	 */
	MultiByteFont build(URI uri, InternalResourceResolver resolver, boolean useKerning, boolean useAdvanced,
			boolean useSvg) throws IOException {
		Parsed ttf = parsed(uri, resolver, useKerning, useAdvanced);
		// OFFontLoader turns AUTO into SUBSET for TrueType
		MultiByteFont font = new MultiByteFont(resolver, EmbeddingMode.SUBSET);
		font.setIsOTFFile(false);
		font.setTTCName(null);
		font.setSimulateStyle(false);
		font.setFontURI(uri);
		font.setFontName(!ttf.getEmbedFontName().equals("") ? ttf.getEmbedFontName() : ttf.getPostScriptName());
		font.setFullName(ttf.getFullName());
		font.setFamilyNames(ttf.getFamilyNames());
		font.setFontSubFamilyName(ttf.getSubFamilyName());
		font.setCapHeight(ttf.getCapHeight());
		font.setXHeight(ttf.getXHeight());
		font.setAscender(ttf.getLowerCaseAscent());
		font.setDescender(ttf.getLowerCaseDescent());
		font.setFontBBox(ttf.getFontBBox());
		font.setUnderlinePosition(ttf.getUnderlinePosition() - ttf.getUnderlineThickness() / 2);
		font.setUnderlineThickness(ttf.getUnderlineThickness());
		font.setStrikeoutPosition(ttf.getStrikeoutPosition() - ttf.getStrikeoutThickness() / 2);
		font.setStrikeoutThickness(ttf.getStrikeoutThickness());
		font.setFlags(ttf.getFlags());
		font.setStemV(Integer.parseInt(ttf.getStemV()));
		font.setItalicAngle(Integer.parseInt(ttf.getItalicAngle()));
		font.setMissingWidth(0);
		font.setWeight(ttf.getWeightClass());
		font.setCIDType(CIDFontType.CIDTYPE2);
		font.setWidthArray(ttf.getWidths());
		font.setBBoxArray(ttf.getBoundingBoxes());
		font.setCMap(ttf.getCMaps().toArray(new CMapSegment[0]));
		if (useSvg) {
			font.setSVG(ttf.svgGlyphs());
		}
		if (ttf.getKerning() != null && useKerning) {
			for (Map.Entry<Integer, Map<Integer, Integer>> kerning : ttf.getKerning().entrySet()) {
				font.putKerningEntry(kerning.getKey(), kerning.getValue());
			}
		}
		if (useAdvanced) {
			font.setGDEF(ttf.getGDEF());
			font.setGSUB(ttf.getGSUB());
			font.setGPOS(ttf.getGPOS());
		}
		if (!ttf.isEmbeddable()) {
			throw new IOException("The font " + uri + " is not embeddable due to a licensing restriction.");
		}
		font.setEmbedURI(uri);
		return font;
	}

	private Parsed parsed(URI uri, InternalResourceResolver resolver, boolean useKerning, boolean useAdvanced)
			throws IOException {
		Key key = new Key(uri, useKerning, useAdvanced);
		Parsed ttf = faces.get(key);
		if (ttf == null) {
			try (InputStream in = resolver.getResource(uri)) {
				FontFileReader reader = new FontFileReader(in);
				String header = OFFontLoader.readHeader(reader);
				ttf = new Parsed(useKerning, useAdvanced);
				if (!ttf.readFont(reader, header, (String) null)) {
					throw new IOException("The font does not have a Unicode cmap table: " + uri);
				}
			}
			faces.put(key, ttf);
		}
		return ttf;
	}
}
