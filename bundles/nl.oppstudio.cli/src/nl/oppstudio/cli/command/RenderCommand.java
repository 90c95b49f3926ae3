package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Anonymizer;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.pdf.PdfBatch;
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
		Options options = Options.parse(args, List.of("--format", "-o"), List.of("--blank", "--leeg", "--uittreksel", "--anoniem"));
		Path target = Path.of(options.required("-o"));
		boolean blank = options.has("--blank") || options.has("--leeg");
		boolean extract = options.has("--uittreksel");
		if (blank && extract) {
			throw new UsageException(Messages.renderBlankAndExtract);
		}
		// FOP is set up on the second core while the format is read on this one. It then warms up there
		// on a tiny FO while this thread renders: the two share FOP's first-use work (docs/benchmarks.md).
		CompletableFuture<PdfRenderer> starting = CompletableFuture.supplyAsync(PdfRenderer::create);
		starting.thenAcceptAsync(PdfRenderer::warmUp);
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
		if (blank && options.has("--anoniem")) {
			throw new UsageException(Messages.renderAnonymousBlank);
		}
		if (blank) {
			return renderBlank(format, target, starting.join(), console);
		}
		if (options.has("--anoniem")) {
			if (options.files().size() != 1 || Files.isDirectory(target) || options.required("-o").endsWith("/")) {
				throw new UsageException(Messages.renderAnonymousOne);
			}
			return renderAnonymous(options, extract, target, starting, console);
		}
		if (options.files().isEmpty()) {
			throw new UsageException(Messages.renderNothing);
		}
		if (extract && format != null && Formats.extract(format) == null) {
			console.err.println(NLS.bind(Messages.fileError, formatFile, Messages.renderNoExtract));
			return Exit.USAGE;
		}
		DocumentFiles.Listing listing = DocumentFiles.list(options.files(), console);
		if (listing == null) {
			return Exit.USAGE;
		}
		List<DocumentFiles.Entry> files = listing.entries();
		boolean toFolder = files.size() > 1 || files.get(0).folder() != null || Files.isDirectory(target)
				|| options.required("-o").endsWith("/");
		if (toFolder) {
			try {
				Files.createDirectories(target);
			} catch (IOException e) {
				console.err.println(NLS.bind(Messages.folderCannotBeMade, target, e.getMessage()));
				return Exit.USAGE;
			}
		}
		// Each document's format is found and read once, here, while FOP is still being set up. Only paths
		// and the formats are kept: each document is read when its turn comes, and forgotten after.
		PdfBatch.Mode mode = extract ? PdfBatch.Mode.EXTRACT : PdfBatch.Mode.FULL;
		List<PdfBatch.Job> jobs = new ArrayList<>();
		List<Diagnostic> unresolved = new ArrayList<>();
		for (DocumentFiles.Entry entry : files) {
			Path file = entry.file();
			FormatResolver.Resolution resolution = console.formats.resolve(file, formatFile == null ? null : Path.of(formatFile));
			if (resolution.format() == null) {
				unresolved.add(resolution.problem());
				continue;
			}
			Path pdf = target;
			if (toFolder) {
				// A document found in a folder keeps its place below that folder: two pupils' files of the same
				// name in two schools' folders give two PDFs.
				Path folder = target;
				if (entry.folder() != null && entry.folder().relativize(file).getParent() != null) {
					folder = target.resolve(entry.folder().relativize(file).getParent().toString());
					try {
						Files.createDirectories(folder);
					} catch (IOException e) {
						console.err.println(NLS.bind(Messages.folderCannotBeMade, folder, e.getMessage()));
						return Exit.USAGE;
					}
				}
				pdf = PdfBatch.target(folder, file, mode);
			}
			jobs.add(new PdfBatch.Job(file, resolution.format(), pdf));
		}
		int code = renderAll(jobs, unresolved, mode, starting.join(), console);
		return listing.unreadableFolders() > 0 ? Math.max(code, Exit.USAGE) : code;
	}

	/**
	 * {@code --anoniem}: the PDF of an anonymous copy (issue 16, AVG); prints what was replaced, never the
	 * original values. The document itself is only read.
	 */
	private static int renderAnonymous(Options options, boolean extract, Path target,
			CompletableFuture<PdfRenderer> starting, Console console) {
		Console.Loaded loaded = console.document(options);
		if (loaded == null) {
			return Exit.USAGE;
		}
		if (extract && Formats.extract(loaded.document().format()) == null) {
			console.err.println(NLS.bind(Messages.fileError, loaded.file(), Messages.renderNoExtract));
			return Exit.USAGE;
		}
		Anonymizer.Result anonymous = Anonymizer.anonymize(loaded.document());
		console.out.println(NLS.bind(Messages.renderAnonymousTitle, loaded.file()));
		for (Anonymizer.Replacement line : anonymous.report()) {
			console.out.println(NLS.bind(Messages.renderAnonymousLine, new Object[] { line.path(), line.what(), line.count() }));
		}
		if (anonymous.report().isEmpty()) {
			console.out.println(Messages.renderAnonymousNothing);
		}
		try {
			PdfRenderer renderer = starting.join();
			Rendering rendering = extract ? renderer.renderExtract(anonymous.copy(), target)
					: renderer.render(anonymous.copy(), target);
			console.out.println(Messages.renderWritten + target + " (" + Console.pages(rendering.pages()) + ")"
					+ warnings(rendering));
		} catch (IOException e) {
			console.cannotWrite(target, e);
			return Exit.USAGE;
		} catch (PdfException e) {
			console.err.println(NLS.bind(Messages.fileError, target, e.getMessage()));
			return Exit.USAGE;
		}
		console.out.println(Messages.renderAnonymousCheck);
		if (anonymous.namesSomeone().test(target.getFileName().toString())) {
			// the copy has no names, but a file name sem-de-vries-anoniem.pdf would tell whose it is (finding 34)
			console.err.println(NLS.bind(Messages.renderAnonymousFileName, target.getFileName()));
		}
		return Exit.OK;
	}

	private static int renderBlank(Format format, Path target, PdfRenderer renderer, Console console) {
		try {
			Rendering rendering = renderer.renderBlank(format, target);
			console.out.println(NLS.bind(Messages.renderBlankWritten, target, Console.pages(rendering.pages()))
					+ warnings(rendering));
			return Exit.OK;
		} catch (IOException e) {
			console.cannotWrite(target, e);
			return Exit.USAGE;
		} catch (PdfException e) {
			console.err.println(NLS.bind(Messages.fileError, target, e.getMessage()));
			return Exit.USAGE;
		}
	}

	/**
	 * Renders the jobs through the PDF step's batch, which reports and skips a broken document itself;
	 * the documents without a usable format are reported as skipped first.
	 */
	private static int renderAll(List<PdfBatch.Job> jobs, List<Diagnostic> unresolved, PdfBatch.Mode mode,
			PdfRenderer renderer, Console console) {
		int total = jobs.size() + unresolved.size();
		boolean many = total > 1;
		for (int i = 0; i < unresolved.size(); i++) {
			console.out.println((many ? "[" + (i + 1) + "/" + total + "] " : "") + unresolved.get(i) + Messages.skipped);
		}
		int skipped = unresolved.size();
		Progress progress = new Progress(console.err, total);
		progress.advance(skipped);
		PdfBatch.Summary summary;
		try {
			summary = PdfBatch.render(renderer, jobs, mode, 0, (result, done, all) -> {
				progress.clear();
				console.out.println((many ? "[" + (skipped + done) + "/" + total + "] " : result.failed() ? "" : Messages.renderWritten)
							+ (result.failed() ? result.failure() + Messages.skipped
									: result.pdf() + " (" + Console.pages(result.pages()) + ")" + result.warnings().stream()
											.map(w -> Messages.warningPrefix + w).collect(Collectors.joining())));
				progress.advance(skipped + done);
			});
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Exit.USAGE;
		}
		progress.end();
		if (many) {
			console.out.println(NLS.bind(Messages.renderMade, summary.made(), total));
			console.out.println(NLS.bind(Messages.batchSummary,
					new Object[] { total, summary.made(), summary.failed(), skipped, progress.elapsed() }));
		}
		return summary.failed() + skipped > 0 ? Exit.USAGE : Exit.OK;
	}

	private static String warnings(Rendering rendering) {
		return rendering.warnings().stream().map(w -> Messages.warningPrefix + w).collect(Collectors.joining());
	}
}
