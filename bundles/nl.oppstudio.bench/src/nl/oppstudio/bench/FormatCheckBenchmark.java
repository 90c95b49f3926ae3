package nl.oppstudio.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.FormatStandaloneSetup;
import nl.oppstudio.format.dsl.LoadedFormat;

/**
 * Issue 4's speed target: parse + link + all checks of a 1,000-line format, median warm, against a bare
 * parse + link of the same text. Warm-up first, then both measured interleaved so that they see the
 * same machine. Usage: {@code FormatCheckBenchmark [lines] [iterations]}.
 */
public final class FormatCheckBenchmark {

	private FormatCheckBenchmark() {
	}

	public static void main(String[] args) {
		int lines = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 500;
		String text = GeneratedFormat.ofLines(lines);
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		Path file = Path.of("benchmark.oppformat");
		FormatLoader loader = FormatLoader.create();
		Injector injector = new FormatStandaloneSetup().createInjectorAndDoEMFRegistration();

		LoadedFormat first = loader.load(file, bytes);
		if (Diagnostic.anyError(first.diagnostics())) {
			throw new IllegalStateException("generated format has errors: " + first.diagnostics());
		}
		long start = System.nanoTime();
		while (System.nanoTime() - start < 5_000_000_000L) {
			loader.load(file, bytes);
			parseAndLink(injector, bytes);
		}
		long[] full = new long[iterations];
		long[] bare = new long[iterations];
		for (int i = 0; i < iterations; i++) {
			long t0 = System.nanoTime();
			loader.load(file, bytes);
			long t1 = System.nanoTime();
			parseAndLink(injector, bytes);
			long t2 = System.nanoTime();
			full[i] = t1 - t0;
			bare[i] = t2 - t1;
		}
		Arrays.sort(full);
		Arrays.sort(bare);
		System.out.printf(Locale.ROOT, "format: %d lines, %d bytes; %d iterations after 5 s warm-up%n",
				text.split("\n").length, bytes.length, iterations);
		print("parse + link", bare);
		print("parse + link + all checks", full);
		System.out.printf(Locale.ROOT, "ratio (median): %.2f%n", (double) median(full) / median(bare));
	}

	private static void parseAndLink(Injector injector, byte[] bytes) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/benchmark.oppformat"));
		try {
			resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		EcoreUtil.resolveAll(resource);
	}

	private static long median(long[] sorted) {
		return sorted[sorted.length / 2];
	}

	private static void print(String what, long[] sorted) {
		System.out.printf(Locale.ROOT, "%-28s median %6.2f ms   p90 %6.2f ms   min %6.2f ms%n", what,
				median(sorted) / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[0] / 1e6);
	}
}
