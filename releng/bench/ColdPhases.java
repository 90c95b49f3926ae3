import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.pdf.PdfRenderer;

/**
 * The phases of one cold {@code opp render}, timed in one fresh JVM (see releng/bench/cold-phases.sh):
 * JVM to main, FOP set-up, FOP warm-up, format load, document load, the first render. "serial" runs
 * them one after another (to see each cost); "overlap" warms FOP on another thread as the command line
 * does, and reports the wall time to the PDF.
 */
public final class ColdPhases {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	private static long last;
	private static long lastCpu;

	/** Wall time and this thread's CPU time since the last phase; CPU time says more on a busy machine. */
	private static void phase(String name) {
		long now = System.nanoTime();
		long cpu = THREADS.getCurrentThreadCpuTime();
		System.out.printf("%-22s %6.0f ms wall %6.0f ms cpu%n", name, (now - last) / 1e6, (cpu - lastCpu) / 1e6);
		last = now;
		lastCpu = cpu;
	}

	public static void main(String[] args) throws Exception {
		long inMain = System.currentTimeMillis();
		long toMain = inMain - ManagementFactory.getRuntimeMXBean().getStartTime();
		long begin = System.nanoTime();
		last = begin;
		lastCpu = THREADS.getCurrentThreadCpuTime();
		System.out.printf("%-22s %6d ms wall (process CPU so far %d ms)%n", "JVM to main", toMain,
				ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L));
		boolean overlap = "overlap".equals(args[0]);
		Path format = Path.of(args[1]);
		Path document = Path.of(args[2]);
		Path pdf = Path.of(args[3]);
		PdfRenderer renderer;
		LoadedFormat loaded;
		if (overlap) {
			CompletableFuture<PdfRenderer> starting = CompletableFuture.supplyAsync(() -> PdfRenderer.create().warmUp());
			loaded = FormatLoader.create().load(format);
			phase("format (FOP beside)");
			renderer = starting.join();
			phase("wait for FOP");
		} else {
			renderer = PdfRenderer.create();
			phase("PdfRenderer.create");
			renderer.warmUp();
			phase("warmUp");
			loaded = FormatLoader.create().load(format);
			phase("format");
		}
		if (!loaded.isUsable()) {
			throw new IllegalStateException(loaded.diagnostics().toString());
		}
		OppDocument doc = Documents.load(document, loaded.format());
		phase("document");
		if (args.length > 4 && "again".equals(args[4])) {
			renderer.toFo(doc);
			phase("first FO only");
		}
		renderer.render(doc, pdf);
		phase("first render");
		if (args.length > 4 && "again".equals(args[4])) {
			renderer.render(doc, pdf);
			phase("second render");
		}
		System.out.printf("%-22s %6.0f ms wall (+ JVM to main), process CPU %d ms%n", "total", (System.nanoTime() - begin) / 1e6,
				ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L));
	}
}
