package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.NewDocuments;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.SchoolType;

/** {@code opp new}: a new, empty OPP of a format, in the state concept. */
public final class NewCommand implements Command {

	@Override
	public String name() {
		return "new";
	}

	@Override
	public String help() {
		return Messages.helpNew;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--format", "--pupil", "--school-type", "-o"));
		if (!options.files().isEmpty()) {
			throw new UsageException(Messages.newNoFiles);
		}
		Path target = Path.of(options.required("-o"));
		if (Files.exists(target)) {
			console.err.println(NLS.bind(Messages.fileError, target, Messages.newExists));
			return Exit.USAGE;
		}
		Format format = console.format(options.required("--format"));
		if (format == null) {
			return Exit.USAGE;
		}
		String schoolType = options.values().get("--school-type");
		if (schoolType != null && SchoolType.get(schoolType) == null) {
			throw new UsageException(NLS.bind(Messages.newUnknownSchoolType, schoolType));
		}
		OppDocument document = NewDocuments.create(format, options.required("--pupil"), schoolType);
		try {
			Documents.saveNew(document, target); // never replaces a file made meanwhile (finding 9)
		} catch (java.nio.file.FileAlreadyExistsException e) {
			console.err.println(NLS.bind(Messages.fileError, target, Messages.newExists));
			return Exit.USAGE;
		} catch (IOException e) {
			console.cannotWrite(target, e);
			return Exit.USAGE;
		}
		console.out.println(NLS.bind(Messages.newWritten, target));
		return Exit.OK;
	}
}
