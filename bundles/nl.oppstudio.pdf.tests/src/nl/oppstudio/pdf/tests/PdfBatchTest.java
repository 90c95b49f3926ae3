package nl.oppstudio.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.Documents;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.PageTarget;
import nl.oppstudio.pdf.PdfBatch;
import nl.oppstudio.pdf.PdfBatch.Job;
import nl.oppstudio.pdf.PdfBatch.Mode;
import nl.oppstudio.pdf.PdfBatch.Result;
import nl.oppstudio.pdf.PdfBatch.Summary;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 11: the batch entry point renders many documents over a pool, skips and reports a broken one
 * without stopping the others, names the PDFs, reports progress once per document; the page rule
 * ({@code pdf.omvang}) sits beside it.
 */
class PdfBatchTest {

	private static Format format;
	private static PdfRenderer renderer;

	@TempDir
	Path temp;

	@BeforeAll
	static void setUp() {
		format = TestFormats.example();
		renderer = PdfRenderer.create();
	}

	/** Every progress call, by document file name; a second call for a document fails the test. */
	private static final class Recorder implements PdfBatch.Progress {
		final Map<String, Result> results = Collections.synchronizedMap(new TreeMap<>());
		final List<Integer> done = Collections.synchronizedList(new ArrayList<>());
		int total = -1;

		@Override
		public void finished(Result result, int count, int all) {
			Result before = results.put(result.document().getFileName().toString(), result);
			assertNull(before, "twice reported: " + result.document());
			done.add(count);
			total = all;
		}
	}

	@Test
	void brokenDocumentsAreSkippedAndReportedWhileTheOthersAreWritten() throws Exception {
		Path a = Files.copy(Examples.file(Examples.DOCUMENT), temp.resolve("anna.opp"));
		Path b = Files.copy(Examples.file(Examples.DOCUMENT), temp.resolve("bram.opp"));
		Path badXml = Files.writeString(temp.resolve("kapot.opp"), "<opp:Document");
		Path noFormat = Files.copy(Examples.file(Examples.DOCUMENT), temp.resolve("zonder-formaat.opp"));
		Path folder = Files.createDirectories(temp.resolve("pdf"));
		List<Job> jobs = new ArrayList<>();
		for (Path document : List.of(a, badXml, b, noFormat)) {
			jobs.add(new Job(document, document == noFormat ? null : format, PdfBatch.target(folder, document, Mode.FULL)));
		}
		Recorder progress = new Recorder();

		Summary summary = PdfBatch.render(renderer, jobs, Mode.FULL, 2, progress);

		assertEquals(new Summary(2, 2), summary);
		assertEquals(4, progress.total);
		assertEquals(List.of(1, 2, 3, 4), progress.done, "progress counts every document once, in order");
		assertEquals(List.of("anna.opp", "bram.opp", "kapot.opp", "zonder-formaat.opp"), List.copyOf(progress.results.keySet()));
		for (String name : List.of("anna", "bram")) {
			Result made = progress.results.get(name + ".opp");
			assertFalse(made.failed(), String.valueOf(made.failure()));
			assertEquals(folder.resolve(name + ".pdf"), made.pdf());
			try (PDDocument pdf = Loader.loadPDF(made.pdf().toFile())) {
				assertEquals(made.pages(), pdf.getNumberOfPages());
				assertTrue(made.pages() > 0);
			}
		}
		Result broken = progress.results.get("kapot.opp");
		assertTrue(broken.failed());
		assertEquals(Severity.ERROR, broken.failure().severity());
		assertEquals(badXml, broken.failure().file());
		assertFalse(Files.exists(folder.resolve("kapot.pdf")), "a skipped document leaves no PDF");
		Result lost = progress.results.get("zonder-formaat.opp");
		assertTrue(lost.failed());
		assertEquals(PdfBatch.NO_FORMAT, lost.failure().code());
		assertEquals(noFormat + ": fout: geen formaat gevonden in dezelfde map", lost.failure().toString());
		assertFalse(Files.exists(folder.resolve("zonder-formaat.pdf")));
		try (var files = Files.list(folder)) {
			assertEquals(List.of("anna.pdf", "bram.pdf"), files.map(f -> f.getFileName().toString()).sorted().toList(),
					"no temporary files left behind");
		}
	}

	@Test
	void oneThreadRendersOnTheCallersThreadInOrder() throws Exception {
		Path a = Files.copy(Examples.file(Examples.DOCUMENT), temp.resolve("a.opp"));
		Path broken = Files.writeString(temp.resolve("b.opp"), "geen xml");
		List<String> order = new ArrayList<>();
		Thread caller = Thread.currentThread();
		Summary summary = PdfBatch.render(renderer,
				List.of(new Job(broken, format, temp.resolve("b.pdf")), new Job(a, format, temp.resolve("a.pdf"))),
				Mode.FULL, 1, (result, done, total) -> {
					assertEquals(caller, Thread.currentThread());
					order.add(done + "/" + total + " " + result.document().getFileName() + (result.failed() ? " overgeslagen" : ""));
				});
		assertEquals(new Summary(1, 1), summary);
		assertEquals(List.of("1/2 b.opp overgeslagen", "2/2 a.opp"), order);
		assertTrue(Files.size(temp.resolve("a.pdf")) > 0);
	}

	@Test
	void extractsAreNamedAfterTheirDocumentAndNeedAnExtractInTheFormat() throws Exception {
		assertEquals(temp.resolve("sem-de-vries.pdf"), PdfBatch.target(temp, Path.of("x/sem-de-vries.opp"), Mode.FULL));
		assertEquals(temp.resolve("sem-de-vries-uittreksel.pdf"),
				PdfBatch.target(temp, Path.of("x/sem-de-vries.opp"), Mode.EXTRACT));
		assertEquals(temp.resolve("notities.txt.pdf"), PdfBatch.target(temp, Path.of("notities.txt"), Mode.FULL));

		Format withoutExtract = TestFormats.write(temp, "zonder.oppformat", Files.readString(Examples.file(Examples.FORMAT))
				.replaceAll("(?s)uittreksel \"Handelingswijzer\" \\{.*?\\}\\s*\\n", "")).format();
		assertNull(nl.oppstudio.format.model.Formats.extract(withoutExtract), "test set-up: the extract is gone");
		Path document = Examples.file(Examples.DOCUMENT);
		Path folder = Files.createDirectories(temp.resolve("uit"));
		Recorder progress = new Recorder();
		Summary summary = PdfBatch.render(renderer, List.of(new Job(document, format, PdfBatch.target(folder, document,
				Mode.EXTRACT))), Mode.EXTRACT, 2, progress);
		assertEquals(new Summary(1, 0), summary);
		Result extract = progress.results.get("sem-de-vries.opp");
		assertEquals(1, extract.pages());
		assertTrue(Files.exists(folder.resolve("sem-de-vries-uittreksel.pdf")));

		Path other = Files.copy(document, temp.resolve("ander.opp"));
		Recorder refused = new Recorder();
		PdfBatch.render(renderer, List.of(new Job(other, withoutExtract, PdfBatch.target(folder, other, Mode.EXTRACT))),
				Mode.EXTRACT, 1, refused);
		Diagnostic why = refused.results.get("ander.opp").failure();
		assertNotNull(why);
		assertTrue(why.message().endsWith("heeft geen uittreksel"), why.message());
	}

	@Test
	void thePageRuleWarnsBeforeTheOtherWarningsAndInValidation() throws Exception {
		Format strict = TestFormats.write(temp, "kort.oppformat", Files.readString(Examples.file(Examples.FORMAT))
				.replace("omvang 2 tot 5 paginas", "omvang 1 tot 1 paginas")).format();
		assertNull(PageTarget.warning(strict, 1));
		assertEquals("Als PDF beslaat dit OPP 2 pagina's; het formaat noemt als omvang 1 tot 1 pagina's.",
				PageTarget.warning(strict, 2));
		assertNull(PageTarget.warning(format, 5), "the example allows 2 to 5");

		Path document = Examples.file(Examples.DOCUMENT);
		Recorder progress = new Recorder();
		PdfBatch.render(renderer, List.of(new Job(document, strict, temp.resolve("lang.pdf"))), Mode.FULL, 1, progress);
		Result result = progress.results.get("sem-de-vries.opp");
		assertEquals(2, result.pages());
		assertEquals(PageTarget.warning(strict, 2), result.warnings().get(0));
		assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("Logo niet gevonden")),
				"the copied format lost its logo: " + result.warnings());

		Diagnostic check = PageTarget.check(renderer, Documents.load(document, strict), document);
		assertNotNull(check);
		assertEquals(PageTarget.CODE, check.code());
		assertEquals("pdf.omvang", check.code());
		assertEquals(Severity.WARNING, check.severity());
		assertNull(PageTarget.check(renderer, Documents.load(document, format), document));
	}
}
