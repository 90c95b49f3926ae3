package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.format.dsl.InstalledExamples;
import nl.oppstudio.format.dsl.NewFormats;
import nl.oppstudio.format.model.SchoolType;

/** {@code opp new-format}: a new format in a folder, from the legal minimum, a copy of a format or of a shipped
 * example, or empty. */
public final class NewFormatCommand implements Command {

	@Override
	public String name() {
		return "new-format";
	}

	@Override
	public String help() {
		return NLS.bind(Messages.helpNewFormat, String.join(", ", InstalledExamples.ids()));
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--id", "--naam", "--soort", "--voor", "--van", "-o"));
		if (!options.files().isEmpty()) {
			throw new UsageException(Messages.newFormatNoFiles);
		}
		Path folder = Path.of(options.required("-o"));
		String from = options.values().getOrDefault("--van", NewFormats.BASE_ID);
		boolean example = InstalledExamples.ids().contains(from);
		String kind = options.values().getOrDefault("--soort", example ? InstalledExamples.kind(from).orElse("opp") : "opp");
		List<SchoolType> types = new ArrayList<>();
		String voor = options.values().get("--voor");
		if (voor != null) {
			for (String code : voor.split(",")) {
				SchoolType type = SchoolType.get(code.strip());
				if (type == null) {
					throw new UsageException(NLS.bind(Messages.newUnknownSchoolType, code.strip()));
				}
				if (!types.contains(type)) {
					types.add(type);
				}
			}
		}
		NewFormats.Spec spec = new NewFormats.Spec(options.required("--id"), options.required("--naam"), kind, types);
		String problem = NewFormats.checkSpec(spec).orElse(null);
		if (problem != null) {
			throw new UsageException(problem);
		}
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new UsageException(NLS.bind(Messages.newFormatNotAFolder, folder));
		}
		problem = NewFormats.checkId(spec.id(), Files.isDirectory(folder) ? folder : null).orElse(null);
		if (problem != null) {
			console.err.println(NLS.bind(Messages.fileError, folder, problem));
			return Exit.USAGE;
		}
		NewFormats.Start start;
		if (from.equals(NewFormats.BASE_ID)) {
			start = new NewFormats.Base();
		} else if (from.equals("leeg")) {
			start = new NewFormats.Empty();
		} else if (example) {
			start = new NewFormats.Example(from);
		} else {
			Path source = Path.of(from);
			try {
				start = new NewFormats.Copy(source, Files.readString(source, StandardCharsets.UTF_8));
			} catch (IOException e) {
				console.err.println(NLS.bind(Messages.fileError, source, Messages.newFormatUnreadable));
				return Exit.USAGE;
			}
		}
		try {
			Path written = NewFormats.write(folder, start, spec);
			console.out.println(NLS.bind(Messages.newFormatWritten, written));
			return Exit.OK;
		} catch (FileAlreadyExistsException e) {
			console.err.println(NLS.bind(Messages.fileError, e.getFile(), Messages.newFormatExists));
			return Exit.USAGE;
		} catch (IllegalArgumentException e) {
			console.err.println(NLS.bind(Messages.fileError, from, e.getMessage()));
			return Exit.USAGE;
		} catch (IOException e) {
			console.cannotWrite(folder, e);
			return Exit.USAGE;
		}
	}
}
