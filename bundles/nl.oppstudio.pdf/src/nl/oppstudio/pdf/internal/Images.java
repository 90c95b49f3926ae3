package nl.oppstudio.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.format.model.SvgSafety;

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

	/**
	 * A self-contained picture ({@link SvgSafety}): no DOCTYPE, script, event attribute or reference to
	 * anything outside itself, so that Batik neither runs nor fetches anything while FOP renders.
	 */
	private static String svgProblem(byte[] image) {
		SvgSafety.Problem problem = SvgSafety.problem(image);
		if (problem == null) {
			return null;
		}
		return switch (problem.kind()) {
		case DAMAGED -> Messages.imageDamaged;
		case EXTERNAL -> NLS.bind(Messages.imageExternal, problem.detail());
		case DOCTYPE, SCRIPT, EVENT -> NLS.bind(Messages.imageActive, problem.detail());
		};
	}
}
