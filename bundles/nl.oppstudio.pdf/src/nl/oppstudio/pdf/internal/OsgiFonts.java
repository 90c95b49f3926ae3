package nl.oppstudio.pdf.internal;

import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Finds a font file in the fonts bundle when running inside OSGi. */
final class OsgiFonts {

	private static final String FONTS_BUNDLE = "net.sf.jasperreports.fonts";

	private OsgiFonts() {
	}

	static URL find(String path) {
		try {
			Bundle self = FrameworkUtil.getBundle(OsgiFonts.class);
			if (self == null || self.getBundleContext() == null) {
				return null;
			}
			for (Bundle bundle : self.getBundleContext().getBundles()) {
				if (FONTS_BUNDLE.equals(bundle.getSymbolicName())) {
					return bundle.getEntry(path);
				}
			}
		} catch (NoClassDefFoundError e) {
			// plain Java without OSGi on the class path
		}
		return null;
	}
}
