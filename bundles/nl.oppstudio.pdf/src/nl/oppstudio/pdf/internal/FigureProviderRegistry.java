package nl.oppstudio.pdf.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.oppstudio.pdf.FigureProvider;

/**
 * The {@link FigureProvider} services of an OSGi runtime, kept by Declarative Services
 * ({@code OSGI-INF/nl.oppstudio.pdf.figureProviders.xml}: a dynamic reference, any number): a diagram
 * bundle that registers one is bound when it starts and unbound when it stops. Outside OSGi nothing
 * activates it, and {@link nl.oppstudio.pdf.FigureProviders} uses the ServiceLoader instead.
 */
public final class FigureProviderRegistry {

	private static final List<FigureProvider> BOUND = new CopyOnWriteArrayList<>();
	private static volatile boolean active;

	/** Called by DS; the component has no state of its own. */
	public FigureProviderRegistry() {
	}

	/** Whether DS runs the component: then the bound services are the providers. */
	public static boolean active() {
		return active;
	}

	/** The providers bound now, in the order they came. */
	public static List<FigureProvider> bound() {
		return List.copyOf(BOUND);
	}

	void activate() {
		active = true;
	}

	void deactivate() {
		active = false;
	}

	void add(FigureProvider provider) {
		BOUND.add(provider);
	}

	void remove(FigureProvider provider) {
		BOUND.remove(provider);
	}
}
