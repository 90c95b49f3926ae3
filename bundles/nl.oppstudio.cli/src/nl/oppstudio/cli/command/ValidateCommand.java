package nl.oppstudio.cli.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.PageTarget;
import nl.oppstudio.pdf.PdfException;
import nl.oppstudio.pdf.PdfRenderer;

/** {@code opp validate}: checks documents against their format, the law and the process. */
public final class ValidateCommand implements Command {

	/** The code of a document whose check failed unexpectedly (review finding 21). */
	public static final String INTERNAL_ERROR = "nl.oppstudio.cli.internal";

	/** Page counts laid out at once: FOP takes tens of MB a document, so not one per core on a big server (finding 22). */
	static final int PAGE_LAYOUTS = pageLayouts(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());

	private final java.util.function.Consumer<Path> beforeCheck;
	private final java.util.concurrent.Semaphore layouts = new java.util.concurrent.Semaphore(PAGE_LAYOUTS);

	public ValidateCommand() {
		this(file -> {
		});
	}

	/** For tests: {@code beforeCheck} runs in each document's check, before it is read (a failure there is the document's). */
	public ValidateCommand(java.util.function.Consumer<Path> beforeCheck) {
		this.beforeCheck = beforeCheck;
	}

	/** How many page layouts may run at once: one per core, but at most one per 128 MB of heap, at least one. */
	public static int pageLayouts(int cores, long maxMemory) {
		return (int) Math.max(1, Math.min(cores, maxMemory / (128L << 20)));
	}

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String help() {
		return Messages.helpValidate;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--format", "--at"), List.of("--json", "--sarif", "--zonder-paginas"));
		if (options.files().isEmpty()) {
			throw new UsageException(Messages.validateNoDocuments);
		}
		boolean countPages = !options.has("--zonder-paginas");
		// Counting pages means laying documents out: FOP is set up on the second core while formats are
		// read, then warms up there while this thread lays out (as in render).
		CompletableFuture<PdfRenderer> pageCounter = countPages ? CompletableFuture.supplyAsync(PdfRenderer::create) : null;
		if (pageCounter != null) {
			pageCounter.thenAcceptAsync(PdfRenderer::warmUp);
		}
		LocalDate at = Console.referenceDate(options.values().get("--at"));
		Path given = options.values().containsKey("--format") ? Path.of(options.values().get("--format")) : null;
		if (given != null && console.format(given.toString()) == null) {
			return Exit.USAGE;
		}
		DocumentFiles.Listing listing = DocumentFiles.list(options.files(), console);
		if (listing == null) {
			return Exit.USAGE;
		}
		List<DocumentFiles.Entry> files = listing.entries();
		boolean machine = options.has("--json") || options.has("--sarif");
		// JSON and SARIF are one report, so their findings are kept; plain text is printed per document and
		// forgotten, so that a whole SWV (20,000 documents) is checked in bounded memory.
		Map<Path, List<Diagnostic>> results = machine ? new LinkedHashMap<>() : null;
		Progress progress = new Progress(console.err, files.size());
		long errors = 0;
		long remarks = 0;
		int failing = 0;
		int skipped = 0;
		int done = 0;
		// Many documents are checked on every core, a bounded window ahead of the one being printed: the
		// output keeps the documents' order, and memory holds at most the window's findings.
		int threads = files.size() > 1 ? Runtime.getRuntime().availableProcessors() : 1;
		ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemons()) : null;
		Deque<Future<Outcome>> window = new ArrayDeque<>();
		Iterator<DocumentFiles.Entry> next = files.iterator();
		try {
			while (next.hasNext() || !window.isEmpty()) {
				while (next.hasNext() && window.size() < 4 * threads) {
					Path one = next.next().file();
					Callable<Outcome> task = () -> check(one, given, at, pageCounter, console);
					window.add(pool != null ? pool.submit(task) : CompletableFuture.completedFuture(call(task)));
				}
				Outcome outcome = join(window.removeFirst());
				Path file = outcome.file();
				List<Diagnostic> diagnostics = outcome.diagnostics();
				if (outcome.skipped()) {
					skipped++;
				} else if (Diagnostic.anyError(diagnostics)) {
					failing++;
				}
				long errorsHere = diagnostics.stream().filter(Diagnostic::isError).count();
				errors += errorsHere;
				remarks += diagnostics.size() - errorsHere;
				if (machine) {
					results.put(file, diagnostics);
				} else {
					progress.clear();
					console.print(diagnostics);
				}
				progress.advance(++done);
			}
		} finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
		progress.end();
		boolean unreadable = skipped > 0 || listing.unreadableFolders() > 0;
		int code = unreadable ? Exit.USAGE : errors > 0 ? Exit.FOUND_ERRORS : Exit.OK;
		if (options.has("--json")) {
			console.out.println(Json.validationReport(results, at));
			return code;
		}
		if (options.has("--sarif")) {
			console.out.println(Sarif.report(results.values().stream().flatMap(List::stream).toList()));
			return code;
		}
		int count = files.size();
		int result = console.summary(errors, remarks, count == 1 ? Messages.theDocument : NLS.bind(Messages.nDocuments, count));
		if (count > 1) {
			console.out.println(NLS.bind(Messages.documentsWithErrors, new Object[] { failing + skipped, count, at }));
			console.out.println(NLS.bind(Messages.batchSummary,
					new Object[] { count, count - failing - skipped, failing, skipped, progress.elapsed() }));
		}
		return unreadable ? Exit.USAGE : result;
	}

	/** What checking one document gave; skipped when it has no usable format or cannot be read. */
	private record Outcome(Path file, List<Diagnostic> diagnostics, boolean skipped) {
	}

	private static Outcome call(Callable<Outcome> task) {
		try {
			return task.call();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static Outcome join(Future<Outcome> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
	}

	/** Daemon threads, so that the checks never keep the process alive. */
	private static ThreadFactory daemons() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "opp-validate-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * Checks one document. Whatever goes wrong unexpectedly in it (a bug: a RuntimeException, a
	 * StackOverflowError) is this document's problem, in Dutch and without a stack trace, and the run goes on
	 * to the next document and its summary (review finding 21). The failure's kind is named, never its
	 * message, which may hold a value of the document.
	 */
	private Outcome check(Path file, Path given, LocalDate at, CompletableFuture<PdfRenderer> pageCounter, Console console) {
		try {
			beforeCheck.accept(file);
			return checkOne(file, given, at, pageCounter, console);
		} catch (RuntimeException | StackOverflowError | NoClassDefFoundError | ExceptionInInitializerError e) {
			return new Outcome(file, List.of(new Diagnostic(Severity.ERROR,
					NLS.bind(Messages.validateInternalError, e.getClass().getSimpleName()), file, 0, 0, null, INTERNAL_ERROR)), true);
		}
	}

	private Outcome checkOne(Path file, Path given, LocalDate at, CompletableFuture<PdfRenderer> pageCounter,
			Console console) {
		FormatResolver.Resolution resolution = console.formats.resolve(file, given);
		Format format = resolution.format();
		if (format == null) {
			return new Outcome(file, List.of(resolution.problem()), true);
		}
		try {
			OppDocument document = Documents.load(file, format);
			List<Diagnostic> diagnostics = new ArrayList<>(Documents.validate(document, file, at));
			if (pageCounter != null && format.getPagesMax() > 0) {
				try {
					Diagnostic pages;
					layouts.acquireUninterruptibly();
					try {
						pages = PageTarget.check(pageCounter.join(), document, file);
					} finally {
						layouts.release();
					}
					if (pages != null) {
						diagnostics.add(pages);
					}
				} catch (PdfException | RuntimeException e) {
					diagnostics.add(new Diagnostic(Severity.WARNING, NLS.bind(Messages.pagesUnknown, e.getMessage()), file, 0, 0,
							null, PageTarget.CODE));
				}
			}
			return new Outcome(file, diagnostics, false);
		} catch (DocumentException e) {
			return new Outcome(file, List.of(e.diagnostic()), true);
		}
	}
}
