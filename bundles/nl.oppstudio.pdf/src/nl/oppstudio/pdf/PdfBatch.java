package nl.oppstudio.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.WriteErrors;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.pdf.internal.Messages;

/**
 * Renders many documents at once, each into its own PDF, over a pool of threads: the entry point for
 * {@code opp render} with several documents and for the window's "PDF's maken". A broken document (its
 * XML, its format missing, FOP failing on it) is skipped and reported; it never stops the others. Every
 * finished document, made or skipped, is reported to a {@link Progress} as it finishes.
 * <p>
 * A full PDF also gets the page rule's warning ({@link PageTarget}) when it has more pages than its
 * format allows.
 */
public final class PdfBatch {

	/** The code of a document that is skipped because no format was found for it. */
	public static final String NO_FORMAT = "pdf.geenFormaat";
	/** The code of a document that is skipped because its rendering failed. */
	public static final String FAILED = "pdf.mislukt";

	/** What to make of each document: the whole plan, or the format's one-page extract. */
	public enum Mode {
		FULL, EXTRACT
	}

	/**
	 * One document to render: its file, its format ({@code null} when none was found: the document is
	 * then reported as skipped) and the PDF to write.
	 */
	public record Job(Path document, Format format, Path pdf) {
		public Job {
			Objects.requireNonNull(document, "document");
			Objects.requireNonNull(pdf, "pdf");
		}
	}

	/**
	 * What became of one document: the PDF written with its number of pages and its warnings (in Dutch,
	 * the page rule's first), or, when it was skipped, why ({@code failure}, an error diagnostic whose
	 * line reads {@code file: fout: reason}).
	 */
	public record Result(Path document, Path pdf, int pages, List<String> warnings, Diagnostic failure) {
		public Result {
			warnings = List.copyOf(warnings);
		}

		/** {@code true} when the document was skipped and no PDF was written. */
		public boolean failed() {
			return failure != null;
		}
	}

	/** How many PDFs were made and how many documents were skipped. */
	public record Summary(int made, int failed) {
		public int total() {
			return made + failed;
		}
	}

	/**
	 * Told of every document as it finishes. Calls come one at a time (never two at once), from the
	 * batch's threads, in the order the documents finish; {@code done} counts from 1 to {@code total}.
	 */
	@FunctionalInterface
	public interface Progress {
		void finished(Result result, int done, int total);
	}

	private PdfBatch() {
	}

	/**
	 * Where a document's PDF goes in a folder: {@code NAME.pdf}, or {@code NAME-uittreksel.pdf} for an
	 * extract, where NAME is the document's file name without {@code .opp}.
	 */
	public static Path target(Path folder, Path document, Mode mode) {
		String name = document.getFileName().toString().replaceFirst("\\.opp$", "");
		return folder.resolve(name + (mode == Mode.EXTRACT ? "-uittreksel.pdf" : ".pdf"));
	}

	/**
	 * Renders every job on up to {@code threads} threads ({@code 0} or less: one per processor) and
	 * returns how many were made. Each PDF is written atomically: a skipped document leaves no file.
	 * Interrupting the calling thread stops the batch: documents not yet started are not rendered.
	 */
	public static Summary render(PdfRenderer renderer, List<Job> jobs, Mode mode, int threads, Progress progress)
			throws InterruptedException {
		Objects.requireNonNull(renderer, "renderer");
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(progress, "progress");
		int total = jobs.size();
		AtomicInteger failed = new AtomicInteger();
		int[] done = new int[1];
		Object lock = new Object();
		int workers = Math.max(1, Math.min(total, threads > 0 ? threads : Runtime.getRuntime().availableProcessors()));
		if (workers == 1) {
			// One document (or one thread): on the calling thread, without a pool to start.
			for (Job job : jobs) {
				if (Thread.interrupted()) {
					throw new InterruptedException();
				}
				Result result = renderOne(renderer, job, mode);
				if (result.failed()) {
					failed.incrementAndGet();
				}
				progress.finished(result, ++done[0], total);
			}
			return new Summary(total - failed.get(), failed.get());
		}
		ExecutorService pool = Executors.newFixedThreadPool(workers, daemons());
		try {
			List<Future<?>> futures = new ArrayList<>(total);
			for (Job job : jobs) {
				futures.add(pool.submit(() -> {
					Result result = renderOne(renderer, job, mode);
					if (result.failed()) {
						failed.incrementAndGet();
					}
					synchronized (lock) {
						progress.finished(result, ++done[0], total);
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		} catch (ExecutionException e) {
			// renderOne catches every failure of a document: this is the progress callback failing
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
		return new Summary(total - failed.get(), failed.get());
	}

	/** Reads, checks and renders one document; whatever goes wrong becomes the result's failure. */
	private static Result renderOne(PdfRenderer renderer, Job job, Mode mode) {
		Path file = job.document();
		Format format = job.format();
		if (format == null) {
			return failure(job, Diagnostic.error(file, NO_FORMAT, Messages.noFormat));
		}
		if (mode == Mode.EXTRACT && Formats.extract(format) == null) {
			return failure(job, Diagnostic.error(file, FAILED, NLS.bind(Messages.noExtractBatch, format.getId())));
		}
		try {
			OppDocument document = Documents.load(file, format);
			Rendering rendering = mode == Mode.EXTRACT ? renderer.renderExtract(document, job.pdf())
					: renderer.render(document, job.pdf());
			List<String> warnings = new ArrayList<>();
			String tooLong = mode == Mode.EXTRACT ? null : PageTarget.warning(format, rendering.pages());
			if (tooLong != null) {
				warnings.add(tooLong);
			}
			warnings.addAll(rendering.warnings());
			return new Result(file, job.pdf(), rendering.pages(), warnings, null);
		} catch (DocumentException e) {
			return failure(job, e.diagnostic());
		} catch (PdfException e) {
			return failure(job, Diagnostic.error(file, FAILED, String.valueOf(e.getMessage())));
		} catch (IOException e) {
			return failure(job, Diagnostic.error(job.pdf(), FAILED, WriteErrors.describe(job.pdf(), e)));
		} catch (RuntimeException e) {
			return failure(job, Diagnostic.error(file, FAILED, NLS.bind(Messages.unexpected, e)));
		}
	}

	private static Result failure(Job job, Diagnostic why) {
		return new Result(job.document(), job.pdf(), 0, List.of(), why);
	}

	/** Daemon threads named after the batch, so that a batch never keeps a process alive. */
	private static ThreadFactory daemons() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "opp-pdf-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}
}
