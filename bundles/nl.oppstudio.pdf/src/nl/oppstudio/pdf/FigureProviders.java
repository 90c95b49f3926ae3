package nl.oppstudio.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import nl.oppstudio.pdf.internal.FigureProviderRegistry;

/**
 * Finds the {@link FigureProvider}s that are plugged in, so a diagram bundle contributes figures without
 * the PDF step knowing it (docs/pdf.md). In OSGi (the window, the tests) they are the services registered
 * under {@code nl.oppstudio.pdf.FigureProvider}, tracked by Declarative Services; on the command line,
 * plain Java on one class path, they are the classes named in
 * {@code META-INF/services/nl.oppstudio.pdf.FigureProvider} of any jar.
 */
public final class FigureProviders {

	/** Found once per process: the class path does not change. */
	private static final class OnClassPath {
		static final List<FigureProvider> PROVIDERS = load(FigureProviders.class.getClassLoader());
	}

	private FigureProviders() {
	}

	/** The providers plugged in now: the DS-bound services in OSGi, else those the ServiceLoader finds. */
	public static List<FigureProvider> available() {
		return FigureProviderRegistry.active() ? FigureProviderRegistry.bound() : OnClassPath.PROVIDERS;
	}

	/**
	 * The providers named in {@code META-INF/services/nl.oppstudio.pdf.FigureProvider} that {@code loader}
	 * sees. One that cannot be loaded or made is left out: it costs its figures, not the PDF.
	 */
	public static List<FigureProvider> load(ClassLoader loader) {
		List<FigureProvider> providers = new ArrayList<>();
		var found = ServiceLoader.load(FigureProvider.class, loader).iterator();
		while (true) {
			try {
				if (!found.hasNext()) {
					break;
				}
				providers.add(found.next());
			} catch (ServiceConfigurationError e) {
				// a provider named but not loadable; the next one may be fine
			}
		}
		return List.copyOf(providers);
	}
}
