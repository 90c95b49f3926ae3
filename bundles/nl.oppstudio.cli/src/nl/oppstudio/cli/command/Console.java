package nl.oppstudio.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.WriteErrors;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.DocumentLocks;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.FormatResolver.CheckedFormat;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;

/**
 * What the commands of one command line share: its output streams, and the formats read so far. A
 * format with errors is reported once, however many documents name it.
 */
public final class Console {

	final InputStream in;
	final PrintStream out;
	final PrintStream err;
	final FormatResolver formats;

	public Console(PrintStream out, PrintStream err) {
		this(System.in, out, err);
	}

	/** With the input the commands that read one use ({@code opp lsp}). */
	public Console(InputStream in, PrintStream out, PrintStream err) {
		this.in = in;
		this.out = out;
		this.err = err;
		this.formats = new FormatResolver(Console::readFormat, this::reportUnusable);
	}

	private static CheckedFormat readFormat(Path file) {
		LoadedFormat loaded = FormatLoader.create().load(file);
		return new CheckedFormat(file, loaded.format(), loaded.diagnostics());
	}

	private void reportUnusable(CheckedFormat format) {
		if (!format.usable()) {
			print(format.diagnostics());
			err.println(NLS.bind(Messages.formatUnusable, format.file()));
		}
	}

	/** A format named on the command line; its problems are printed; {@code null} when unusable. */
	Format format(String file) {
		CheckedFormat checked = formats.read(Path.of(file));
		return checked.usable() ? checked.format() : null;
	}

	/** A document and its format. */
	/** A loaded document; {@code lock} is held when it was loaded to be changed ({@link #documentToChange}). */
	record Loaded(Path file, OppDocument document, DocumentLocks.Lock lock) {
		Loaded(Path file, OppDocument document) {
			this(file, document, null);
		}
	}

	/**
	 * As {@link #document}, for a command that will save it: the lock first, then the load, so that an editor
	 * cannot save in between and have its work replaced by this command's older copy. The caller closes
	 * {@link Loaded#lock()} ({@link #save} does); {@code null} after a printed problem.
	 */
	Loaded documentToChange(Options options, String command) {
		if (options.files().size() != 1) {
			throw new UsageException(Messages.oneDocument);
		}
		Path file = options.files().get(0);
		if (!Files.isRegularFile(file)) {
			return document(options); // says it is not there
		}
		DocumentLocks.Lock lock = lock(file, command);
		if (lock == null) {
			return null;
		}
		Loaded loaded = null;
		try {
			loaded = document(options);
		} finally {
			if (loaded == null) {
				lock.release();
			}
		}
		return loaded == null ? null : new Loaded(loaded.file(), loaded.document(), lock);
	}

	/** The one document of a command, with its format from --format or found beside it; {@code null} after a printed problem. */
	Loaded document(Options options) {
		if (options.files().size() != 1) {
			throw new UsageException(Messages.oneDocument);
		}
		Path file = options.files().get(0);
		String formatFile = options.values().get("--format");
		FormatResolver.Resolution resolution = formats.resolve(file, formatFile == null ? null : Path.of(formatFile));
		if (resolution.format() == null) {
			printProblem(resolution);
			return null;
		}
		try {
			return new Loaded(file, Documents.load(file, resolution.format()));
		} catch (DocumentException e) {
			err.println(e.diagnostic());
			return null;
		}
	}

	/** Why a document has no format; a format with errors was reported when it was read, once. */
	void printProblem(FormatResolver.Resolution resolution) {
		if (!FormatResolver.FORMAT_ERRORS.equals(resolution.problem().code())) {
			err.println(resolution.problem());
		}
	}

	/**
	 * Takes the lock of a document that a command is about to save over (issue 16, two people, one file);
	 * {@code null} after saying who has it open, or that the lock cannot be written.
	 */
	DocumentLocks.Lock lock(Path file, String command) {
		try {
			DocumentLocks.Result result = DocumentLocks.acquire(file, "opp " + command);
			if (!result.acquired()) {
				err.println(NLS.bind(Messages.documentInUse, file, result.holder().describe()));
				return null;
			}
			return result.lock();
		} catch (IOException e) {
			cannotWrite(file, e); // the lock beside it cannot be written: neither can the document
			return null;
		}
	}

	/** Saves a changed document, holding its lock while it writes, and says what changed. */
	int save(Loaded loaded, String message, String command) {
		DocumentLocks.Lock lock = loaded.lock() != null ? loaded.lock() : lock(loaded.file(), command);
		if (lock == null) {
			return Exit.USAGE;
		}
		try (lock) {
			Documents.save(loaded.document(), loaded.file());
		} catch (IOException e) {
			cannotWrite(loaded.file(), e);
			return Exit.USAGE;
		}
		out.println(message);
		return Exit.OK;
	}

	/** Why a file could not be saved, in plain Dutch (disk full, read-only …), and that the old file is unchanged. */
	void cannotWrite(Path file, IOException e) {
		err.println(NLS.bind(Messages.cannotSave, file, WriteErrors.describe(file, e)));
	}

	/** Errors to standard error, the rest to standard output. */
	void print(List<Diagnostic> diagnostics) {
		diagnostics.forEach(d -> (d.isError() ? err : out).println(d));
	}

	/** One line that counts errors and remarks; the exit code that goes with them. */
	int summary(List<Diagnostic> diagnostics, String what) {
		long errors = diagnostics.stream().filter(Diagnostic::isError).count();
		return summary(errors, diagnostics.size() - errors, what);
	}

	/** One line that counts errors and remarks counted elsewhere; the exit code that goes with them. */
	int summary(long errors, long others, String what) {
		String subject = Character.toUpperCase(what.charAt(0)) + what.substring(1);
		String remarks = others + " " + (others == 1 ? Messages.remark : Messages.remarks);
		if (errors == 0) {
			out.println(others == 0 ? NLS.bind(Messages.summaryClean, subject)
					: NLS.bind(Messages.summaryCleanWithRemarks, subject, remarks));
			return Exit.OK;
		}
		out.println(NLS.bind(Messages.summaryErrors,
				new Object[] { subject, errors + " " + (errors == 1 ? Messages.error : Messages.errors), remarks }));
		return Exit.FOUND_ERRORS;
	}

	/** The reference date of --at, or today. */
	static LocalDate referenceDate(String text) {
		if (text == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new UsageException(NLS.bind(Messages.badDate, text));
		}
	}

	/** "1 pagina", "3 pagina's". */
	static String pages(int pages) {
		return pages + " " + (pages == 1 ? Messages.page : Messages.pages);
	}
}
