package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.DocumentLocks;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.Migration;
import nl.oppstudio.format.model.Format;

/** {@code opp migrate}: moves documents to a new version of their format, keeping what has no place. */
public final class MigrateCommand implements Command {

	@Override
	public String name() {
		return "migrate";
	}

	@Override
	public String help() {
		return Messages.helpMigrate;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--to", "--from", "--report"));
		if (options.files().isEmpty()) {
			throw new UsageException(Messages.migrateNoDocuments);
		}
		Format newer = console.format(options.required("--to"));
		if (newer == null) {
			return Exit.USAGE;
		}
		String fromFile = options.values().get("--from");
		StringBuilder report = new StringBuilder();
		boolean failed = false;
		for (Path file : options.files()) {
			FormatResolver.Resolution older = console.formats.resolve(file, fromFile == null ? null : Path.of(fromFile));
			if (older.format() == null) {
				if (!FormatResolver.FORMAT_ERRORS.equals(older.problem().code())) {
					console.err.println(NLS.bind(Messages.fileError, file, Messages.migrateOldFormatNotFound));
				}
				failed = true;
				continue;
			}
			DocumentLocks.Lock lock = console.lock(file, "migrate");
			if (lock == null) {
				failed = true;
				continue;
			}
			try (lock) {
				Migration.Result result = Migration.migrate(Documents.load(file, older.format()), newer, OffsetDateTime.now());
				Documents.save(result.document(), file);
				report.append(NLS.bind(Messages.migrateDone, new Object[] { file, older.format().getVersion(),
						newer.getVersion(), result.moved().size(), result.archived().size() })).append('\n');
				result.moved().forEach(line -> report.append(NLS.bind(Messages.migrateMoved, line)).append('\n'));
				result.archived().forEach(a -> report
						.append(NLS.bind(Messages.migrateArchived, new Object[] { a.path(), a.value(), a.reason() }))
						.append('\n'));
			} catch (DocumentException e) {
				console.err.println(e.diagnostic());
				failed = true;
			} catch (IOException e) {
				console.cannotWrite(file, e);
				failed = true;
			}
		}
		console.out.print(report);
		String reportFile = options.values().get("--report");
		if (reportFile != null) {
			try {
				AtomicFiles.write(Path.of(reportFile), stream -> stream.write(report.toString().getBytes(StandardCharsets.UTF_8)));
			} catch (IOException e) {
				console.err.println(NLS.bind(Messages.migrateReportUnwritable, reportFile, e.getMessage()));
				return Exit.USAGE;
			}
		}
		return failed ? Exit.USAGE : Exit.OK;
	}
}
