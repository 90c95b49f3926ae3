package nl.oppstudio.ui.internal.newformat;

import java.nio.file.Path;

import nl.oppstudio.ui.internal.StudioContext;

/** "Nieuw formaat…": from the base, an example format or empty; asks id, name, kind and school types. */
public final class NewFormatDialog {

	private NewFormatDialog() {
	}

	/** Asks and writes the new format into the Studio's folder; its file, or {@code null} when cancelled. */
	public static Path open(StudioContext context) {
		return null;
	}
}
