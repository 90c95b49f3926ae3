package nl.oppstudio.bench;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.Figure;
import nl.oppstudio.pdf.FigureProvider;
import nl.oppstudio.pdf.PdfBatch;
import nl.oppstudio.pdf.PdfRenderer;

/**
 * Issue 6's speed targets: a 5-page OPP with two diagrams, our whole pipeline (read the document, write
 * the FO, FOP) against raw FOP rendering the same FO; and 1,000 such PDFs through {@link PdfBatch}, on one
 * thread and then over all cores. Usage:
 * {@code PdfBenchmark FORMAT DOCUMENT [count] [keep-folder]}. The 5-page document is the example with
 * its long answers lengthened; the two diagrams are SVG figures standing in for the diagram step's.
 */
public final class PdfBenchmark {

	private static final String PARAGRAPH = "Sem oefent vier keer per week twintig minuten met RALFI-lezen bij de "
			+ "remedial teacher. De leerkracht biedt de zaakvakteksten vooraf auditief aan, zodat Sem de inhoud kan "
			+ "volgen zonder op het technisch lezen vast te lopen. Ouders lezen thuis dagelijks een kwartier samen "
			+ "met Sem en houden een leeslogboek bij dat elke maand wordt besproken.\n";

	private PdfBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Format format = FormatLoader.create().load(Path.of(args[0])).format();
		int count = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
		PdfRenderer renderer = PdfRenderer.create(List.of(diagrams()));
		Path folder = args.length > 3 ? Files.createDirectories(Path.of(args[3])) : Files.createTempDirectory("opp-pdf-bench");

		OppDocument document = Documents.load(Path.of(args[1]), format);
		// One paragraph more in one long answer at a time, round the answers, until the PDF has 5 pages.
		List<SchemaNode.Leaf> answers = document.schema().leaves().stream()
				.filter(leaf -> leaf.kind() == SchemaNode.ValueKind.LONG_TEXT).toList();
		int[] paragraphs = new int[answers.size()];
		for (int i = 0; renderer.render(document, OutputStream.nullOutputStream()).pages() < 5; i++) {
			int answer = i % answers.size();
			document.setValue(answers.get(answer), PARAGRAPH.repeat(++paragraphs[answer]).strip());
		}
		Path fivePages = folder.resolve("vijf-paginas.opp");
		Documents.save(document, fivePages);
		byte[] fo = renderer.toFo(Documents.load(fivePages, format));
		int pages = renderer.render(Documents.load(fivePages, format), OutputStream.nullOutputStream()).pages();
		System.out.printf(Locale.ROOT, "document: %s, %d pages, 2 diagrams, FO %d bytes%n", fivePages, pages, fo.length);

		// Whole pipeline against raw FOP on the same FO, alternating, after a warm-up.
		int rounds = 60;
		long[] pipeline = new long[rounds];
		long[] raw = new long[rounds];
		long[] pipelineCpu = new long[rounds];
		java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int i = 0; i < 40; i++) {
			renderer.render(Documents.load(fivePages, format), OutputStream.nullOutputStream());
			renderer.renderFo(fo, OutputStream.nullOutputStream());
		}
		for (int i = 0; i < rounds; i++) {
			long c0 = cpu.getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			renderer.render(Documents.load(fivePages, format), OutputStream.nullOutputStream());
			long t1 = System.nanoTime();
			pipelineCpu[i] = cpu.getCurrentThreadCpuTime() - c0;
			renderer.renderFo(fo, OutputStream.nullOutputStream());
			long t2 = System.nanoTime();
			pipeline[i] = t1 - t0;
			raw[i] = t2 - t1;
		}
		double pipelineMs = median(pipeline) / 1e6;
		double rawMs = median(raw) / 1e6;
		System.out.printf(Locale.ROOT,
				"one %d-page PDF: pipeline %.1f ms, raw FOP %.1f ms (medians of %d), ratio %.2f; pipeline CPU %.1f ms%n",
				pages, pipelineMs, rawMs, rounds, pipelineMs / rawMs, median(pipelineCpu) / 1e6);

		// Many PDFs through the batch entry point of `opp render` (read, render, write atomically, one task
		// per document), first on one thread, then on every core: the scaling from 1 to N threads.
		int threads = Runtime.getRuntime().availableProcessors();
		List<PdfBatch.Job> jobs = new ArrayList<>();
		Path out = Files.createDirectories(folder.resolve("pdf"));
		for (int i = 0; i < count; i++) {
			jobs.add(new PdfBatch.Job(fivePages, format, out.resolve(String.format(Locale.ROOT, "opp-%04d.pdf", i))));
		}
		double oneThread = batch(renderer, jobs, 1);
		double allThreads = batch(renderer, jobs, threads);
		System.out.printf(Locale.ROOT, "scaling from 1 to %d threads: %.2f× (ideal %d×)%n", threads, oneThread / allThreads,
				threads);
	}

	/** Renders every job through {@link PdfBatch} on {@code threads} threads; prints and returns the seconds. */
	private static double batch(PdfRenderer renderer, List<PdfBatch.Job> jobs, int threads) throws InterruptedException {
		long[] pages = new long[1];
		int[] failed = new int[1];
		// CPU time of the whole process (GC and compiler included): on a busy machine it shows the work
		// done where wall time also shows what other processes took.
		long cpuStart = processCpuNanos();
		long start = System.nanoTime();
		PdfBatch.Summary summary = PdfBatch.render(renderer, jobs, PdfBatch.Mode.FULL, threads, (result, done, total) -> {
			pages[0] += result.pages();
			if (result.failed()) {
				failed[0]++;
				System.err.println(result.failure());
			}
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuMs = (processCpuNanos() - cpuStart) / 1e6;
		System.out.printf(Locale.ROOT, "%d PDFs (%d pages) on %d thread%s: %.1f s, %.1f ms per PDF; CPU %.1f ms per PDF%s%n",
				summary.made(), pages[0], threads, threads == 1 ? "" : "s", seconds, seconds * 1e3 / jobs.size(),
				cpuMs / jobs.size(), failed[0] > 0 ? " (" + failed[0] + " failed)" : "");
		return seconds;
	}

	private static long processCpuNanos() {
		return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
	}

	/** Two SVG diagrams: a goal hierarchy after the goals, a planning cycle after the cycle. */
	static FigureProvider diagrams() {
		return (document, element) -> switch (kind(element)) {
		case "doelen" -> List.of(new Figure(goalTree().getBytes(StandardCharsets.UTF_8), Figure.SVG,
				"Doelenboom: het doel voor het einde van het schooljaar met twee tussendoelen", "Figuur 1. Doelen"));
		case "cyclus" -> List.of(new Figure(cycle().getBytes(StandardCharsets.UTF_8), Figure.SVG,
				"Planningscyclus: vaststelling, tussenevaluatie, evaluatie met ouders", "Figuur 2. Planning"));
		default -> List.of();
		};
	}

	private static String kind(Element element) {
		return element instanceof GoalsBlock ? "doelen" : element instanceof CycleBlock ? "cyclus" : "";
	}

	private static String goalTree() {
		StringBuilder svg = new StringBuilder(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"150\" viewBox=\"0 0 420 150\">");
		box(svg, 140, 10, "Einde schooljaar: AVI E4");
		box(svg, 20, 100, "Januari: AVI M4");
		box(svg, 260, 100, "Voorleessoftware");
		svg.append("<path d=\"M210 50 L90 100 M210 50 L330 100\" stroke=\"#1f4e79\" fill=\"none\"/></svg>");
		return svg.toString();
	}

	private static String cycle() {
		StringBuilder svg = new StringBuilder(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"70\" viewBox=\"0 0 420 70\">");
		box(svg, 0, 15, "Vaststelling");
		box(svg, 145, 15, "Tussenevaluatie");
		box(svg, 290, 15, "Evaluatie");
		svg.append("<path d=\"M130 35 L145 35 M275 35 L290 35\" stroke=\"#1f4e79\"/></svg>");
		return svg.toString();
	}

	private static void box(StringBuilder svg, int x, int y, String text) {
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"130\" height=\"40\" rx=\"6\" fill=\"#eef3f8\" stroke=\"#1f4e79\"/>"
						+ "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" font-family=\"DejaVu Sans\">%s</text>",
				x, y, x + 65, y + 24, text));
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
