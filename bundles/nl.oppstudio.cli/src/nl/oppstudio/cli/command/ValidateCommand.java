package nl.oppstudio.cli.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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
		Map<Path, List<Diagnostic>> results = new LinkedHashMap<>();
		boolean unreadable = false;
		for (Path file : options.files()) {
			FormatResolver.Resolution resolution = console.formats.resolve(file, given);
			Format format = resolution.format();
			if (format == null) {
				console.printProblem(resolution);
				results.put(file, List.of(resolution.problem()));
				unreadable = true;
				continue;
			}
			try {
				OppDocument document = Documents.load(file, format);
				List<Diagnostic> diagnostics = new ArrayList<>(Documents.validate(document, file, at));
				if (countPages && format.getPagesMax() > 0) {
					try {
						Diagnostic pages = PageTarget.check(pageCounter.join(), document, file);
						if (pages != null) {
							diagnostics.add(pages);
						}
					} catch (PdfException | RuntimeException e) {
						diagnostics.add(new Diagnostic(Severity.WARNING, NLS.bind(Messages.pagesUnknown, e.getMessage()), file, 0,
								0, null, PageTarget.CODE));
					}
				}
				results.put(file, diagnostics);
			} catch (DocumentException e) {
				results.put(file, List.of(e.diagnostic()));
				unreadable = true;
			}
		}
		List<Diagnostic> all = results.values().stream().flatMap(List::stream).toList();
		int code = unreadable ? Exit.USAGE : Diagnostic.anyError(all) ? Exit.FOUND_ERRORS : Exit.OK;
		if (options.has("--json")) {
			console.out.println(Json.validationReport(results, at));
			return code;
		}
		if (options.has("--sarif")) {
			console.out.println(Sarif.report(all));
			return code;
		}
		console.print(all);
		int files = options.files().size();
		int result = console.summary(all, files == 1 ? Messages.theDocument : NLS.bind(Messages.nDocuments, files));
		if (files > 1) {
			long failing = results.values().stream().filter(Diagnostic::anyError).count();
			console.out.println(NLS.bind(Messages.documentsWithErrors, new Object[] { failing, files, at }));
		}
		return unreadable ? Exit.USAGE : result;
	}
}
