package nl.oppstudio.format.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The image formats a logo may have, recognised by the file's first bytes, not by its name. */
public enum ImageFormat {
	PNG("image/png"), JPEG("image/jpeg"), SVG("image/svg+xml");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final int SNIFF = 4096;

	private final String mediaType;

	ImageFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	/** The MIME type, such as {@code image/png}. */
	public String mediaType() {
		return mediaType;
	}

	/**
	 * The format of an image file, or {@code null} when its content is none of PNG, JPEG and SVG.
	 *
	 * @throws IOException when the file cannot be read (missing, a folder, no permission)
	 */
	public static ImageFormat detect(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF);
		}
		return detect(head);
	}

	/** The format of an image given its first bytes (a few kB suffice), or {@code null}. */
	public static ImageFormat detect(byte[] head) {
		if (head.length >= PNG_SIGNATURE.length && Arrays.equals(head, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0,
				PNG_SIGNATURE.length)) {
			return PNG;
		}
		if (head.length >= 3 && head[0] == (byte) 0xff && head[1] == (byte) 0xd8 && head[2] == (byte) 0xff) {
			return JPEG;
		}
		String text = new String(head, StandardCharsets.UTF_8);
		if (text.startsWith("\ufeff")) {
			text = text.substring(1);
		}
		text = text.stripLeading();
		if (text.startsWith("<") && text.contains("<svg")) {
			return SVG;
		}
		return null;
	}
}
