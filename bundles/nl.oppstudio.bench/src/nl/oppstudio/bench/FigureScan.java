package nl.oppstudio.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.oppstudio.document.Documents;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.FigureProviders;
import nl.oppstudio.pdf.PdfRenderer;

/**
 * What finding figure providers costs the command line (issue 11): {@code PdfRenderer.create()} looks
 * for them once per process with the ServiceLoader, which asks every jar of the class path for
 * {@code META-INF/services/nl.oppstudio.pdf.FigureProvider}. Measured in a cold JVM where it happens in
 * {@code opp render}: after the renderer is set up and has rendered one document (without that look-up).
 * Usage: {@code FigureScan FORMAT DOCUMENT}.
 */
public final class FigureScan {

	private FigureScan() {
	}

	public static void main(String[] args) throws Exception {
		Format format = FormatLoader.create().load(Path.of(args[0])).format();
		long start = System.nanoTime();
		PdfRenderer.create(List.of()).render(Documents.load(Path.of(args[1]), format), new ByteArrayOutputStream());
		long rendered = System.nanoTime();
		int found = FigureProviders.load(FigureScan.class.getClassLoader()).size();
		long scanned = System.nanoTime();
		System.out.printf(Locale.ROOT, "set-up and first rendering %.0f ms; then the look-up for figure providers %.2f ms "
				+ "(%d found)%n", (rendered - start) / 1e6, (scanned - rendered) / 1e6, found);
	}
}
