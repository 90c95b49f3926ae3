package nl.oppstudio.format.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.internal.FormatResources;
import nl.oppstudio.format.model.Format;

/**
 * The full read of a format: parse, link and check through Xtext. Apart from {@link FormatLoader} so that
 * a format served from the cache never loads Xtext or Guice.
 */
final class XtextFormatReader {

	private static final class Holder {
		static final Injector INJECTOR = new FormatStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	private XtextFormatReader() {
	}

	/** The language's shared injector, created on first use. */
	static Injector injector() {
		return Holder.INJECTOR;
	}

	/** Parses, links and checks format text; {@code file} names it in diagnostics. */
	static LoadedFormat read(Injector injector, Path file, byte[] content) {
		if (!IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().containsKey(FormatLoader.EXTENSION)) {
			// the global registries were reset since the injector was made (Xtext's injector providers in
			// tests restore them after each test): register the language again, cheaply
			new FormatStandaloneSetup().register(injector);
			if (org.eclipse.emf.ecore.EValidator.Registry.INSTANCE.get(nl.oppstudio.format.model.FormatPackage.eINSTANCE) == null) {
				injector.getInstance(nl.oppstudio.format.dsl.validation.FormatValidator.class)
						.register(injector.getInstance(org.eclipse.xtext.validation.EValidatorRegistrar.class));
			}
		}
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(FormatResources.uri(file)); // "file@REV" from git gets the extension
		List<Diagnostic> refusedBases = FormatResources.addBases(resourceSet, file, content);
		try {
			resource.load(new ByteArrayInputStream(content), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException | RuntimeException e) {
			return FormatLoader.failed(file, "Formaat kan niet gelezen worden: " + e.getMessage());
		}
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		List<Diagnostic> diagnostics = new ArrayList<>(refusedBases);
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			diagnostics.add(FormatResources.toDiagnostic(file, issue));
		}
		Format format = resource.getContents().isEmpty() ? null : (Format) resource.getContents().get(0);
		return new LoadedFormat(file, format, List.copyOf(diagnostics));
	}

}
