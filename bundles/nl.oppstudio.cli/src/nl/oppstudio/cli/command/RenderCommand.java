package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

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
		Options options = Options.parse(args, List.of("--format", "-o"), List.of("--blank", "--leeg", "--uittreksel"));
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
		if (formatFile == null) {
			// each document's format is read now, while FOP is still being set up (resolved again from memory below)
			options.files().forEach(file -> console.formats.resolve(file, null));
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

	/**
	 * Renders the documents through the PDF step's batch. A document without a usable format is reported
	 * and skipped first; the others go to the batch, which reports and skips a broken one itself.
	 */
	private static int renderAll(List<Path> files, Path formatFile, Path target, boolean toFolder, boolean extract,
			PdfRenderer renderer, Console console) {
		PdfBatch.Mode mode = extract ? PdfBatch.Mode.EXTRACT : PdfBatch.Mode.FULL;
		boolean many = files.size() > 1;
		List<PdfBatch.Job> jobs = new ArrayList<>();
		int unresolved = 0;
		for (Path file : files) {
			FormatResolver.Resolution resolution = console.formats.resolve(file, formatFile);
			if (resolution.format() == null) {
				unresolved++;
				console.out.println((many ? "[" + unresolved + "/" + files.size() + "] " : "") + resolution.problem()
						+ Messages.skipped);
				continue;
			}
			jobs.add(new PdfBatch.Job(file, resolution.format(), toFolder ? PdfBatch.target(target, file, mode) : target));
		}
		int skipped = unresolved;
		PdfBatch.Summary summary;
		try {
			summary = PdfBatch.render(renderer, jobs, mode, 0, (result, done, total) -> console.out
					.println((many ? "[" + (skipped + done) + "/" + files.size() + "] " : Messages.renderWritten)
							+ (result.failed() ? result.failure() + Messages.skipped
									: result.pdf() + " (" + Console.pages(result.pages()) + ")" + result.warnings().stream()
											.map(w -> Messages.warningPrefix + w).collect(Collectors.joining()))));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Exit.USAGE;
		}
		if (many) {
			console.out.println(NLS.bind(Messages.renderMade, summary.made(), files.size()));
		}
		return summary.failed() + skipped > 0 ? Exit.USAGE : Exit.OK;
	}

	private static String warnings(Rendering rendering) {
		return rendering.warnings().stream().map(w -> Messages.warningPrefix + w).collect(Collectors.joining());
	}
}
