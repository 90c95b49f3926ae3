package nl.oppstudio.editor.internal.update;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.oppstudio.core.FileUrls;

/**
 * The generated editor's branding, from the system properties of its {@code configuration/config.ini}
 * (docs/distribution.md): the name in the window title and the about box, the about text, the logo.
 */
public final class Branding {

	public static final String NAME = "nl.oppstudio.editor.name";
	public static final String ABOUT = "nl.oppstudio.editor.about";
	public static final String LOGO = "nl.oppstudio.editor.logo";

	private Branding() {
	}

	/** The branded name, else "OPP Editor". */
	public static String name() {
		String name = System.getProperty(NAME);
		return name == null || name.isBlank() ? "OPP Editor" : name.strip();
	}

	/** The about text, else a general one. */
	public static String about() {
		String about = System.getProperty(ABOUT);
		return about == null || about.isBlank() ? Messages.aboutDefault : about.strip();
	}

	/** The logo file (relative to the install folder unless absolute), or {@code null} when none is set or found. */
	public static Path logo() {
		String logo = System.getProperty(LOGO);
		if (logo == null || logo.isBlank()) {
			return null;
		}
		Path file = Path.of(logo.strip());
		if (!file.isAbsolute()) {
			file = installFolder().resolve(file);
		}
		return Files.isRegularFile(file) ? file : null;
	}

	/** The editor's install folder ({@code osgi.install.area}), else the working directory. */
	static Path installFolder() {
		return FileUrls.installArea().orElseGet(() -> Path.of("").toAbsolutePath());
	}
}
