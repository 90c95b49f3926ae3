package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.CsvImport;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.SchoolType;

/** {@code opp import-csv}: a concept OPP per pupil from a CSV export of the school's administration. */
public final class ImportCsvCommand implements Command {

	@Override
	public String name() {
		return "import-csv";
	}

	@Override
	public String help() {
		return Messages.helpImportCsv;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--format", "-o", "--column", "--school-type"));
		if (options.files().size() != 1) {
			throw new UsageException(Messages.importCsvOneFile);
		}
		Path folder = Path.of(options.required("-o"));
		String schoolType = options.values().get("--school-type");
		if (schoolType != null && SchoolType.get(schoolType) == null) {
			throw new UsageException(NLS.bind(Messages.newUnknownSchoolType, schoolType));
		}
		Format format = console.format(options.required("--format"));
		if (format == null) {
			return Exit.USAGE;
		}
		CsvImport.Table table;
		try {
			table = CsvImport.read(options.files().get(0));
		} catch (DocumentException e) {
			console.err.println(e.diagnostic());
			return Exit.USAGE;
		}
		DocumentSchema schema = DocumentSchema.of(format);
		CsvImport.Mapping mapping = CsvImport.proposeMapping(table, schema);
		for (String column : options.every("--column")) {
			int equals = column.lastIndexOf('=');
			if (equals <= 0) {
				throw new UsageException(NLS.bind(Messages.importCsvBadColumn, column));
			}
			mapping = mapping.with(column.substring(0, equals).strip(), column.substring(equals + 1));
		}
		List<String> wrong = CsvImport.check(table, mapping, schema);
		if (!wrong.isEmpty()) {
			wrong.forEach(problem -> console.err.println(NLS.bind(Messages.fileError, table.file(), problem)));
			return Exit.USAGE;
		}
		console.out.println(NLS.bind(Messages.importCsvMapping, new Object[] { table.file(), table.encoding(),
				table.separator() == '\t' ? "tab" : String.valueOf(table.separator()) }));
		for (String header : table.headers()) {
			String path = mapping.path(header);
			Leaf leaf = path == null ? null : schema.leaf(path);
			console.out.println(leaf == null ? NLS.bind(Messages.importCsvUnused, header)
					: NLS.bind(Messages.importCsvMapped, new Object[] { header, path, leaf.label() }));
		}
		CsvImport.Created created = CsvImport.create(table, mapping, format, schoolType);
		List<CsvImport.Written> written;
		try {
			written = CsvImport.write(created.pupils(), folder);
		} catch (IOException e) {
			console.cannotWrite(folder, e);
			return Exit.USAGE;
		}
		for (CsvImport.Written one : written) {
			console.out.println(NLS.bind(Messages.importCsvWritten, new Object[] { one.file(), one.pupil().name(),
					one.pupil().line() }));
		}
		console.print(created.problems());
		long skipped = created.problems().stream().filter(Diagnostic::isError).count();
		console.out.println(NLS.bind(Messages.importCsvSummary, new Object[] { written.size(), folder, skipped }));
		return skipped == 0 ? Exit.OK : Exit.FOUND_ERRORS;
	}
}
