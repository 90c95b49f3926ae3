package nl.oppstudio.ui.internal;

import java.nio.file.Path;

/** The folder the window is open on (one per application run). */
public final class StudioFolder {

	private static volatile Path folder = Path.of("").toAbsolutePath();

	private StudioFolder() {
	}

	public static Path get() {
		return folder;
	}

	static void set(Path newFolder) {
		folder = newFolder;
	}
}
