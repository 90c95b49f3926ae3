package nl.oppstudio.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import nl.oppstudio.document.Documents;
import nl.oppstudio.pdf.FigureProvider;
import nl.oppstudio.pdf.FigureProviders;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.pdf.internal.FigureProviderRegistry;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 11: a diagram bundle plugs in figures without the PDF bundle knowing it, through Declarative
 * Services in OSGi (the window) and through the ServiceLoader on the command line.
 */
class FigureProvidersTest {

	@Test
	void theServiceLoaderFindsAProviderNamedInMetaInfServices() throws Exception {
		List<FigureProvider> found = FigureProviders.load(FigureProvidersTest.class.getClassLoader());
		assertEquals(List.of(CaptionFigureProvider.class), found.stream().map(Object::getClass).toList());
		assertTrue(text(PdfRenderer.create(found)).contains(CaptionFigureProvider.SERVICE_LOADER_CAPTION));
		// The PDF bundle's own class loader sees no provider: it knows none.
		assertEquals(List.of(), FigureProviders.load(PdfRenderer.class.getClassLoader()));
	}

	@Test
	void inOsgiTheProvidersAreTheServicesThatDeclarativeServicesBinds() throws Exception {
		assertTrue(FigureProviderRegistry.active(), "the DS component of nl.oppstudio.pdf runs");
		Bundle self = FrameworkUtil.getBundle(FigureProvidersTest.class);
		if (self.getBundleContext() == null) {
			self.start(Bundle.START_TRANSIENT);
		}
		PdfRenderer renderer = PdfRenderer.create(); // made before the provider comes: it asks at each rendering
		String caption = "Figuur van een dienst";
		assertFalse(text(renderer).contains(caption));
		CaptionFigureProvider provider = new CaptionFigureProvider(caption);
		ServiceRegistration<FigureProvider> registration = self.getBundleContext()
				.registerService(FigureProvider.class, provider, null);
		try {
			assertEquals(List.of(provider), FigureProviders.available());
			assertTrue(text(renderer).contains(caption), "the service's figure is in the PDF");
		} finally {
			registration.unregister();
		}
		assertEquals(List.of(), FigureProviders.available(), "unbound when the service goes");
		assertFalse(text(renderer).contains(caption));
	}

	private static String text(PdfRenderer renderer) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		renderer.render(Documents.load(Examples.file(Examples.DOCUMENT), TestFormats.example()), out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			return new PDFTextStripper().getText(pdf);
		}
	}
}
