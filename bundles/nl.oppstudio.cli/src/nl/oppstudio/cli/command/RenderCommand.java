package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.pdf.PdfException;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.pdf.Rendering;

/** {@code opp render}: PDFs of documents, an empty form, or a format's one-page extract. */
public final class RenderCommand implements Command {

	@Override
	public String name() {
		return "render";
	}

	@Override
	public String help() {
		return Messages.helpRender;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--format", "-o"), List.of("--blank", "--leeg", "--uittreksel"));
		Path target = Path.of(options.required("-o"));
		boolean blank = options.has("--blank") || options.has("--leeg");
		boolean extract = options.has("--uittreksel");
		if (blank && extract) {
			throw new UsageException(Messages.renderBlankAndExtract);
		}
		// FOP starts up on the second core while the format is read and checked on this one.
		CompletableFuture<PdfRenderer> starting = CompletableFuture.supplyAsync(() -> PdfRenderer.create().warmUp());
		String formatFile = options.values().get("--format");
		Format format = null;
		if (formatFile != null) {
			format = console.format(formatFile);
			if (format == null) {
				return Exit.USAGE;
			}
		} else if (blank) {
			throw new UsageException(Messages.renderBlankNeedsFormat);
		}
		PdfRenderer renderer = starting.join();
		if (blank) {
			try {
				Rendering rendering = renderer.renderBlank(format, target);
				console.out.println(NLS.bind(Messages.renderBlankWritten, target, Console.pages(rendering.pages()))
						+ warnings(rendering));
				return Exit.OK;
			} catch (PdfException | IOException e) {
				console.err.println(NLS.bind(Messages.fileError, target, e.getMessage()));
				return Exit.USAGE;
			}
		}
		if (options.files().isEmpty()) {
			throw new UsageException(Messages.renderNothing);
		}
		if (extract && format != null && Formats.extract(format) == null) {
			console.err.println(NLS.bind(Messages.fileError, formatFile, Messages.renderNoExtract));
			return Exit.USAGE;
		}
		boolean toFolder = options.files().size() > 1 || Files.isDirectory(target) || options.required("-o").endsWith("/");
		if (toFolder) {
			try {
				Files.createDirectories(target);
			} catch (IOException e) {
				console.err.println(NLS.bind(Messages.folderCannotBeMade, target, e.getMessage()));
				return Exit.USAGE;
			}
		}
		return renderAll(options.files(), formatFile == null ? null : Path.of(formatFile), target, toFolder, extract,
				renderer, console);
	}

	private static int renderAll(List<Path> files, Path formatFile, Path target, boolean toFolder, boolean extract,
			PdfRenderer renderer, Console console) {
		AtomicInteger done = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors())));
		try {
			List<Future<?>> jobs = new ArrayList<>();
			for (Path file : files) {
				Path pdf = toFolder ? target.resolve(file.getFileName().toString().replaceFirst("\\.opp$", "")
						+ (extract ? "-uittreksel.pdf" : ".pdf")) : target;
				jobs.add(pool.submit(() -> {
					String line;
					try {
						FormatResolver.Resolution resolution = console.formats.resolve(file, formatFile);
						Format documentFormat = resolution.format();
						if (documentFormat == null) {
							throw new PdfException(resolution.problem().message(), null);
						}
						if (extract && Formats.extract(documentFormat) == null) {
							throw new PdfException(NLS.bind(Messages.renderFormatHasNoExtract, documentFormat.getId()), null);
						}
						OppDocument document = Documents.load(file, documentFormat);
						Rendering rendering = extract ? renderer.renderExtract(document, pdf) : renderer.render(document, pdf);
						String tooLong = extract ? null : PdfRenderer.pageTargetWarning(documentFormat, rendering.pages());
						line = pdf + " (" + Console.pages(rendering.pages()) + ")"
								+ (tooLong != null ? Messages.warningPrefix + tooLong : "") + warnings(rendering);
					} catch (DocumentException e) {
						failed.incrementAndGet();
						line = e.diagnostic() + Messages.skipped;
					} catch (PdfException | IOException e) {
						failed.incrementAndGet();
						line = NLS.bind(Messages.fileError, file, e.getMessage()) + Messages.skipped;
					} catch (RuntimeException e) {
						failed.incrementAndGet();
						line = NLS.bind(Messages.fileUnexpected, file, e) + Messages.skipped;
					}
					synchronized (console.out) {
						console.out.println((files.size() > 1 ? "[" + done.incrementAndGet() + "/" + files.size() + "] "
								: Messages.renderWritten) + line);
					}
				}));
			}
			for (Future<?> job : jobs) {
				job.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Exit.USAGE;
		} catch (ExecutionException e) {
			console.err.println(NLS.bind(Messages.internalError, e.getCause()));
			return Exit.USAGE;
		} finally {
			pool.shutdown();
		}
		if (files.size() > 1) {
			console.out.println(NLS.bind(Messages.renderMade, files.size() - failed.get(), files.size()));
		}
		return failed.get() > 0 ? Exit.USAGE : Exit.OK;
	}

	private static String warnings(Rendering rendering) {
		return rendering.warnings().stream().map(w -> Messages.warningPrefix + w).collect(Collectors.joining());
	}
}
