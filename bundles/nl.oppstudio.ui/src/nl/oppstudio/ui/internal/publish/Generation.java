package nl.oppstudio.ui.internal.publish;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.generator.EditorGenerator;
import nl.oppstudio.generator.GenerateException;

/**
 * What "Editor publiceren…" generates with: the installed product's {@link EditorGenerator}, or a test's
 * stand-in that records the request.
 */
@FunctionalInterface
public interface Generation {

	/** Generates; called off the UI thread. */
	EditorGenerator.Result generate(EditorGenerator.Request request, EditorGenerator.Progress progress)
			throws GenerateException;

	/** Why generating is not possible here (Dutch), or {@code null} when it is. */
	default String unavailable() {
		return null;
	}

	/**
	 * The generator of the running product: the folder in the system property {@code nl.oppstudio.product},
	 * else the OSGi install area. Never fails: when the product has no generator kit
	 * ({@link EditorGenerator#of} refuses it, docs/distribution.md) the result says so through
	 * {@link #unavailable()}.
	 */
	static Generation installed() {
		Path product = productFolder();
		String problem = null;
		EditorGenerator generator = null;
		if (product == null) {
			problem = NLS.bind(Messages.kitMissing, Messages.productUnknown);
		} else {
			try {
				generator = EditorGenerator.of(product);
			} catch (GenerateException e) {
				problem = NLS.bind(Messages.kitMissing, e.getMessage());
			}
		}
		String why = problem;
		EditorGenerator found = generator;
		return new Generation() {
			@Override
			public EditorGenerator.Result generate(EditorGenerator.Request request, EditorGenerator.Progress progress)
					throws GenerateException {
				if (found == null) {
					throw new GenerateException(why, java.util.List.of());
				}
				return found.generate(request, progress);
			}

			@Override
			public String unavailable() {
				return why;
			}
		};
	}

	/** The product folder, or {@code null} when neither the property nor the install area names one. */
	static Path productFolder() {
		String property = System.getProperty("nl.oppstudio.product");
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		return nl.oppstudio.core.FileUrls.installArea().orElse(null);
	}
}
