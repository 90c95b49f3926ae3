package nl.oppstudio.pdf.internal;

import java.awt.Rectangle;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.FontType;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;

/**
 * A bundled font in one rendering: FOP's {@link LazyFont} (FOP's PDF code looks for that class), but
 * its real font is built from a parsed face of {@link ParsedFonts} instead of being read and parsed
 * again. Overrides every public method of LazyFont, so that LazyFont's own loading never runs
 * ({@code PooledFontTest} checks that against the FOP in use).
 */
final class PooledFont extends LazyFont {

	private final URI uri;
	private final InternalResourceResolver resolver;
	private final boolean useKerning;
	private final boolean useAdvanced;
	private final boolean useSvg;
	private final EmbeddingMode embeddingMode;
	private final ParsedFonts set;
	private MultiByteFont real;

	PooledFont(EmbedFontInfo info, InternalResourceResolver resolver, boolean useComplexScripts, ParsedFonts set) {
		super(info, resolver, useComplexScripts);
		this.uri = info.getFontUris().getEmbed();
		this.resolver = resolver;
		this.useKerning = info.getKerning();
		this.useAdvanced = resolver != null ? useComplexScripts : info.getAdvanced();
		this.useSvg = info.getUseSVG();
		this.embeddingMode = info.getEmbeddingMode() != null ? info.getEmbeddingMode() : EmbeddingMode.AUTO;
		this.set = set;
	}

	/** The font of this rendering, built on first use, as LazyFont loads it. */
	private MultiByteFont real() {
		if (real == null) {
			try {
				real = set.build(uri, resolver, useKerning, useAdvanced, useSvg);
			} catch (IOException | RuntimeException e) {
				throw new RuntimeException("Failed to read font file " + uri + " " + e.getMessage(), e);
			}
			real.setEventListener(this.eventListener);
		}
		return real;
	}

	@Override
	public Typeface getRealFont() {
		return real();
	}

	@Override
	public String getEncodingName() {
		return real().getEncodingName();
	}

	@Override
	public char mapChar(char c) {
		return real().mapChar(c);
	}

	@Override
	public boolean hadMappingOperations() {
		return real().hadMappingOperations();
	}

	@Override
	public boolean hasChar(char c) {
		return real().hasChar(c);
	}

	@Override
	public boolean isMultiByte() {
		return real().isMultiByte();
	}

	@Override
	public URI getFontURI() {
		return real().getFontURI();
	}

	@Override
	public String getFontName() {
		return real().getFontName();
	}

	@Override
	public String getEmbedFontName() {
		return real().getEmbedFontName();
	}

	@Override
	public String getFullName() {
		return real().getFullName();
	}

	@Override
	public Set<String> getFamilyNames() {
		return real().getFamilyNames();
	}

	@Override
	public int getMaxAscent(int size) {
		return real().getMaxAscent(size);
	}

	@Override
	public int getAscender(int size) {
		return real().getAscender(size);
	}

	@Override
	public int getCapHeight(int size) {
		return real().getCapHeight(size);
	}

	@Override
	public int getDescender(int size) {
		return real().getDescender(size);
	}

	@Override
	public int getXHeight(int size) {
		return real().getXHeight(size);
	}

	@Override
	public int getUnderlinePosition(int size) {
		return real().getUnderlinePosition(size);
	}

	@Override
	public int getUnderlineThickness(int size) {
		return real().getUnderlineThickness(size);
	}

	@Override
	public int getStrikeoutPosition(int size) {
		return real().getStrikeoutPosition(size);
	}

	@Override
	public int getStrikeoutThickness(int size) {
		return real().getStrikeoutThickness(size);
	}

	@Override
	public int getWidth(int i, int size) {
		return real().getWidth(i, size);
	}

	@Override
	public int[] getWidths() {
		return real().getWidths();
	}

	@Override
	public Rectangle getBoundingBox(int glyphIndex, int size) {
		return real().getBoundingBox(glyphIndex, size);
	}

	@Override
	public boolean hasKerningInfo() {
		return real().hasKerningInfo();
	}

	@Override
	public Map<Integer, Map<Integer, Integer>> getKerningInfo() {
		return real().getKerningInfo();
	}

	@Override
	public boolean hasFeature(int tableType, String script, String language, String feature) {
		return real().hasFeature(tableType, script, language, feature);
	}

	@Override
	public int getCapHeight() {
		return real().getCapHeight();
	}

	@Override
	public int getDescender() {
		return real().getDescender();
	}

	@Override
	public int getAscender() {
		return real().getAscender();
	}

	@Override
	public int getFlags() {
		return real().getFlags();
	}

	@Override
	public boolean isSymbolicFont() {
		return real().isSymbolicFont();
	}

	@Override
	public int[] getFontBBox() {
		return real().getFontBBox();
	}

	@Override
	public int getItalicAngle() {
		return real().getItalicAngle();
	}

	@Override
	public int getStemV() {
		return real().getStemV();
	}

	@Override
	public FontType getFontType() {
		return real().getFontType();
	}

	@Override
	public boolean isEmbeddable() {
		return real().isEmbeddable();
	}

	@Override
	public boolean performsSubstitution() {
		return real().performsSubstitution();
	}

	@Override
	@SuppressWarnings("rawtypes")
	public CharSequence performSubstitution(CharSequence cs, String script, String language, List associations,
			boolean retainControls) {
		return real().performSubstitution(cs, script, language, associations, retainControls);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public CharSequence reorderCombiningMarks(CharSequence cs, int[][] gpa, String script, String language,
			List associations) {
		return real().reorderCombiningMarks(cs, gpa, script, language, associations);
	}

	@Override
	public boolean performsPositioning() {
		return real().performsPositioning();
	}

	@Override
	public int[][] performPositioning(CharSequence cs, String script, String language, int fontSize) {
		return real().performPositioning(cs, script, language, fontSize);
	}

	@Override
	public int[][] performPositioning(CharSequence cs, String script, String language) {
		return real().performPositioning(cs, script, language);
	}

	@Override
	public boolean isSubsetEmbedded() {
		MultiByteFont font = real();
		if (font.isMultiByte() && embeddingMode == EmbeddingMode.FULL) {
			return false;
		}
		return font.isMultiByte();
	}
}
