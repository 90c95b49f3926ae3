package nl.oppstudio.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.eclipse.osgi.util.NLS;

/**
 * The fonts every PDF embeds, read from artefacts on the class path (or, in OSGi, from their bundles):
 * nothing depends on fonts of the machine. DejaVu Sans, Serif and Sans Mono (jasperreports-fonts) are
 * the families a house style may choose; M+ 1p (Japanese and Chinese characters) and Noto Emoji (from
 * asciidoctorj-pdf) follow as fallbacks, character by character. The Dutch hyphenation patterns come
 * the same way from the OFFO artefact.
 */
public final class BundledFonts {

	/** The default font family to name in XSL-FO. */
	public static final String FAMILY = "DejaVu Sans";
	/** Families tried in order for a character the chosen family lacks. */
	public static final List<String> FALLBACK_FAMILIES = List.of("DejaVu Sans", "MPlus1p", "Noto Emoji");

	private static final String SCHEME = "opp-font";
	private static final String HYPHENATION_SCHEME = "opp-hyph";
	/** Where the OFFO artefact keeps FOP's compiled hyphenation patterns ({@code nl.hyp}). */
	private static final String HYPHENATION_FOLDER = "hyph/";
	private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
	/** The fonts folder of the pinned asciidoctorj-pdf artefact (its version is part of the path). */
	private static final String ASCIIDOCTOR = "gems/asciidoctor-pdf-2.3.23/data/fonts/";

	/** The bytes of the font files read so far, by path. */
	private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

	/** One font file registered under a family, style and weight. */
	record Face(String family, String style, String weight, String path) {
	}

	/** Every face, the styled DejaVu families first; fallbacks are registered for all four styles. */
	static final List<Face> FACES = faces();

	private BundledFonts() {
	}

	private static List<Face> faces() {
		List<Face> faces = new ArrayList<>();
		dejaVu(faces, "DejaVu Sans", "DejaVuSans", "Oblique");
		dejaVu(faces, "DejaVu Serif", "DejaVuSerif", "Italic");
		dejaVu(faces, "DejaVu Sans Mono", "DejaVuSansMono", "Oblique");
		for (String style : List.of("normal", "italic")) {
			for (String weight : List.of("normal", "bold")) {
				faces.add(new Face("MPlus1p", style, weight, ASCIIDOCTOR + "mplus1p-regular-fallback.ttf"));
				faces.add(new Face("Noto Emoji", style, weight, ASCIIDOCTOR + "notoemoji-subset.ttf"));
			}
		}
		return List.copyOf(faces);
	}

	private static void dejaVu(List<Face> faces, String family, String file, String slanted) {
		faces.add(new Face(family, "normal", "normal", DEJAVU + file + ".ttf"));
		faces.add(new Face(family, "normal", "bold", DEJAVU + file + "-Bold.ttf"));
		faces.add(new Face(family, "italic", "normal", DEJAVU + file + "-" + slanted + ".ttf"));
		faces.add(new Face(family, "italic", "bold", DEJAVU + file + "-Bold" + slanted + ".ttf"));
	}

	/** The font-family list for XSL-FO: the house style's family, then the fallbacks. */
	public static String familyList(String family) {
		List<String> families = new ArrayList<>(List.of(family));
		FALLBACK_FAMILIES.stream().filter(f -> !f.equals(family)).forEach(families::add);
		return String.join(", ", families);
	}

	/**
	 * FOP configuration: tagged PDF/A-2a and PDF/UA-1, Dutch hyphenation, every face embedded, no font
	 * cache, no system fonts.
	 */
	public static String fopConfiguration() {
		StringBuilder fonts = new StringBuilder();
		for (Face face : FACES) {
			fonts.append("<font kerning=\"yes\" embed-url=\"").append(SCHEME).append(':').append(face.path())
					.append("\"><font-triplet name=\"").append(face.family()).append("\" style=\"").append(face.style())
					.append("\" weight=\"").append(face.weight()).append("\"/></font>\n");
		}
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
				      </fonts>
				    </renderer>
				  </renderers>
				</fop>
				""".formatted(HYPHENATION_SCHEME, fonts);
	}

	/**
	 * Opens a bundled file: from the class path when OPP Studio runs as plain Java, else from whichever
	 * bundle holds it (font folders are no Java packages, so OSGi does not export them).
	 */
	static InputStream open(String path) throws IOException {
		InputStream stream = BundledFonts.class.getClassLoader().getResourceAsStream(path);
		if (stream == null) {
			java.net.URL entry = OsgiFonts.find(path);
			stream = entry == null ? null : entry.openStream();
		}
		return stream;
	}

	/**
	 * Resolves {@code opp-font:} and {@code opp-hyph:} URIs to bundled files and refuses everything else:
	 * images come embedded as data, so a rendering never reads other files or the network (FOP reports a
	 * refused image as an event, which becomes a warning).
	 */
	public static ResourceResolver resourceResolver() {
		return new ResourceResolver() {
			@Override
			public Resource getResource(URI uri) throws IOException {
				if (SCHEME.equals(uri.getScheme())) {
					return new Resource(new ByteArrayInputStream(fontFile(uri.getSchemeSpecificPart().replaceFirst("^/+", ""))));
				}
				if (HYPHENATION_SCHEME.equals(uri.getScheme())) {
					return new Resource(required(HYPHENATION_FOLDER + uri.getSchemeSpecificPart().replaceFirst("^/+", ""),
							Messages.hyphenationMissing));
				}
				throw new IOException(NLS.bind(Messages.noOtherFilesRead, uri));
			}

			@Override
			public OutputStream getOutputStream(URI uri) throws IOException {
				throw new IOException(NLS.bind(Messages.noOtherFilesWritten, uri));
			}
		};
	}

	/**
	 * The bytes of the TrueType file FOP embeds for {@code family} (normal style), for measuring and
	 * drawing text as the PDF will (the diagrams); {@code null} for a family that is not bundled.
	 */
	public static byte[] face(String family, boolean bold) throws IOException {
		for (Face face : FACES) {
			if (face.family().equals(family) && face.style().equals("normal")
					&& face.weight().equals(bold ? "bold" : "normal")) {
				return fontFile(face.path());
			}
		}
		return null;
	}

	/**
	 * A font file's bytes, read from its artefact once per process: FOP reads a font twice in every
	 * rendering that uses it (its metrics, then the subset to embed), and inflating it from the jar each
	 * time cost CPU and serialised the threads on the jar. The files never change while OPP Studio runs.
	 */
	private static byte[] fontFile(String path) throws IOException {
		byte[] bytes = FONT_FILES.get(path);
		if (bytes == null) {
			try (InputStream in = required(path, Messages.fontMissing)) {
				bytes = in.readAllBytes();
			}
			FONT_FILES.putIfAbsent(path, bytes);
		}
		return bytes;
	}

	private static InputStream required(String path, String message) throws IOException {
		InputStream stream = open(path);
		if (stream == null) {
			throw new IOException(NLS.bind(message, path));
		}
		return stream;
	}
}
