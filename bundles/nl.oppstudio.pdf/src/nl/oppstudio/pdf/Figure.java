package nl.oppstudio.pdf;

import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.pdf.internal.Messages;

/**
 * A picture placed in the PDF under a format element, such as a diagram of the goal hierarchy or the
 * planning cycle: SVG (vector, preferred) or PNG bytes, with the alternative text that PDF/UA requires
 * and a caption shown under it.
 */
public record Figure(byte[] image, String mediaType, String altText, String caption) {

	public static final String SVG = "image/svg+xml";
	public static final String PNG = "image/png";

	public Figure {
		Objects.requireNonNull(image, "image");
		if (!SVG.equals(mediaType) && !PNG.equals(mediaType)) {
			throw new IllegalArgumentException(NLS.bind(Messages.figureType, mediaType));
		}
		if (altText == null || altText.isBlank()) {
			throw new IllegalArgumentException(Messages.figureAltText);
		}
	}
}
