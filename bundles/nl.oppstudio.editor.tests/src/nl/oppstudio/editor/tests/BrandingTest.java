package nl.oppstudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.editor.internal.update.Branding;

/** The branding from config.ini (review of issue 15, B4, B7, B8): texts as written, the logo beside an odd install folder. */
class BrandingTest {

	@TempDir
	Path temp;

	/** The test runtime's own install area, put back after each test. */
	private final String area = System.getProperty("osgi.install.area");

	@AfterEach
	void clear() {
		System.clearProperty(Branding.ABOUT);
		System.clearProperty(Branding.LOGO);
		if (area == null) {
			System.clearProperty("osgi.install.area");
		} else {
			System.setProperty("osgi.install.area", area);
		}
	}

	@Test
	void theAboutTextIsShownAsWritten() {
		System.setProperty(Branding.ABOUT, "Zie C:\\nieuw\\handleiding.pdf\nof bel ons.");
		assertEquals("Zie C:\\nieuw\\handleiding.pdf\nof bel ons.", Branding.about());
	}

	@Test
	void theDefaultAboutTextHasASingleQuote() {
		assertTrue(Branding.about().contains("OPP's"), Branding.about());
		assertFalse(Branding.about().contains("''"), Branding.about());
	}

	@Test
	void theLogoIsFoundInAnInstallFolderWithOddCharacters() throws Exception {
		Path install = Files.createDirectories(temp.resolve("OPP Editor #2 [100%]"));
		Files.write(install.resolve("logo.png"), new byte[] { 1 });
		System.setProperty("osgi.install.area", "file:" + install + "/");
		System.setProperty(Branding.LOGO, "logo.png");
		assertEquals(install.resolve("logo.png"), Branding.logo());
	}
}
