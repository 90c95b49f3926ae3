package nl.oppstudio.pdf.internal;

import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds a font or hyphenation file inside OSGi: in whichever bundle holds it (the symbolic name
 * of a wrapped artefact may differ between the product and a test runtime, its content does not).
 */
final class OsgiFonts {

	private OsgiFonts() {
	}

	static URL find(String path) {
		try {
			Bundle self = FrameworkUtil.getBundle(OsgiFonts.class);
			if (self == null) {
				return null;
			}
			// A bundle that is not started has no context; the system bundle always has one.
			BundleContext context = self.getBundleContext() != null ? self.getBundleContext()
					: self.adapt(org.osgi.framework.wiring.BundleWiring.class) == null ? null
							: self.adapt(org.osgi.framework.wiring.BundleWiring.class).getBundle().getBundleContext();
			if (context == null) {
				context = FrameworkUtil.getBundle(Bundle.class) == null ? null
						: FrameworkUtil.getBundle(Bundle.class).getBundleContext();
			}
			if (context == null) {
				return null;
			}
			for (Bundle bundle : context.getBundles()) {
				URL entry = bundle.getEntry(path);
				if (entry != null) {
					return entry;
				}
			}
		} catch (NoClassDefFoundError e) {
			// plain Java without OSGi on the class path
		}
		return null;
	}
}
