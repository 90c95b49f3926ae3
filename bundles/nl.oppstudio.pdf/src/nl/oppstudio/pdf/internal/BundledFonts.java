package nl.oppstudio.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * The DejaVu fonts that every PDF embeds, read from the jasperreports-fonts artefact on the class
 * path (or, in OSGi, from its bundle): nothing depends on fonts of the machine. The Dutch hyphenation
 * patterns come the same way from the OFFO artefact.
 */
public final class BundledFonts {

	/** The font family to name in XSL-FO. */
	public static final String FAMILY = "DejaVu Sans";

	private static final String SCHEME = "opp-font";
	private static final String HYPHENATION_SCHEME = "opp-hyph";
	/** Where the OFFO artefact keeps FOP's compiled hyphenation patterns ({@code nl.hyp}). */
	private static final String HYPHENATION_FOLDER = "hyph/";
	private static final String FONT_PACKAGE = "net/sf/jasperreports/fonts/dejavu/";

	private BundledFonts() {
	}

	/**
	 * FOP configuration: tagged PDF/A-2a and PDF/UA-1, Dutch hyphenation, the four DejaVu Sans faces
	 * embedded, no font cache, no system fonts.
	 */
	public static String fopConfiguration() {
		return """
				<fop version="1.0">
				  <accessibility>true</accessibility>
				  <hyphenation-base>%s:/</hyphenation-base>
				  <use-cache>false</use-cache>
				  <renderers>
				    <renderer mime="application/pdf">
				      <version>1.7</version>
				      <pdf-a-mode>PDF/A-2a</pdf-a-mode>
				      <pdf-ua-mode>PDF/UA-1</pdf-ua-mode>
				      <fonts>
				        %s
				        %s
				        %s
				        %s
				      </fonts>
				    </renderer>
				  </renderers>
				</fop>
				""".formatted(HYPHENATION_SCHEME, font("DejaVuSans.ttf", "normal", "normal"), font("DejaVuSans-Bold.ttf", "normal", "bold"),
				font("DejaVuSans-Oblique.ttf", "italic", "normal"),
				font("DejaVuSans-BoldOblique.ttf", "italic", "bold"));
	}

	private static String font(String file, String style, String weight) {
		return "<font kerning=\"yes\" embed-url=\"" + SCHEME + ":" + file + "\"><font-triplet name=\"" + FAMILY
				+ "\" style=\"" + style + "\" weight=\"" + weight + "\"/></font>";
	}

	/**
	 * Opens a font file: from the class path when OPP Studio runs as plain Java, else from the fonts
	 * bundle (its font folder is no Java package, so OSGi does not export it).
	 */
	static InputStream open(String path) throws IOException {
		InputStream stream = BundledFonts.class.getClassLoader().getResourceAsStream(path);
		if (stream == null) {
			java.net.URL entry = OsgiFonts.find(path);
			stream = entry == null ? null : entry.openStream();
		}
		return stream;
	}

	/** Resolves {@code opp-font:} URIs to the bundled fonts; everything else as FOP does by default. */
	public static ResourceResolver resourceResolver() {
		ResourceResolver fallback = ResourceResolverFactory.createDefaultResourceResolver();
		return new ResourceResolver() {
			@Override
			public Resource getResource(URI uri) throws IOException {
				if (SCHEME.equals(uri.getScheme())) {
					String name = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
					InputStream font = open(FONT_PACKAGE + name);
					if (font == null) {
						throw new IOException("Lettertype ontbreekt in OPP Studio: " + name);
					}
					return new Resource(font);
				}
				if (HYPHENATION_SCHEME.equals(uri.getScheme())) {
					String name = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
					InputStream patterns = open(HYPHENATION_FOLDER + name);
					if (patterns == null) {
						throw new IOException("Afbreekpatronen ontbreken in OPP Studio: " + name);
					}
					return new Resource(patterns);
				}
				return fallback.getResource(uri);
			}

			@Override
			public OutputStream getOutputStream(URI uri) throws IOException {
				return fallback.getOutputStream(uri);
			}
		};
	}
}
