package nl.oppstudio.bench;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import nl.oppstudio.pdf.PdfRenderer;

/**
 * Issue 6's speed targets: a 5-page OPP with two diagrams, our whole pipeline (read the document, write
 * the FO, FOP) against raw FOP rendering the same FO; and 1,000 such PDFs over all cores. Usage:
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
		for (int i = 0; i < 40; i++) {
			renderer.render(Documents.load(fivePages, format), OutputStream.nullOutputStream());
			renderer.renderFo(fo, OutputStream.nullOutputStream());
		}
		for (int i = 0; i < rounds; i++) {
			long t0 = System.nanoTime();
			renderer.render(Documents.load(fivePages, format), OutputStream.nullOutputStream());
			long t1 = System.nanoTime();
			renderer.renderFo(fo, OutputStream.nullOutputStream());
			long t2 = System.nanoTime();
			pipeline[i] = t1 - t0;
			raw[i] = t2 - t1;
		}
		double pipelineMs = median(pipeline) / 1e6;
		double rawMs = median(raw) / 1e6;
		System.out.printf(Locale.ROOT, "one %d-page PDF: pipeline %.1f ms, raw FOP %.1f ms (medians of %d), ratio %.2f%n",
				pages, pipelineMs, rawMs, rounds, pipelineMs / rawMs);

		// Many PDFs: read, render and write each atomically, one task per document over all cores.
		Path out = Files.createDirectories(folder.resolve("pdf"));
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		List<Future<Integer>> jobs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Path target = out.resolve(String.format(Locale.ROOT, "opp-%04d.pdf", i));
			jobs.add(pool.submit(() -> renderer.render(Documents.load(fivePages, format), target).pages()));
		}
		long totalPages = 0;
		for (Future<Integer> job : jobs) {
			totalPages += job.get();
		}
		long elapsed = System.nanoTime() - start;
		pool.shutdown();
		System.out.printf(Locale.ROOT, "%d PDFs (%d pages) on %d threads: %.1f s, %.1f ms per PDF%n", count, totalPages,
				threads, elapsed / 1e9, elapsed / 1e6 / count);
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
