package nl.oppstudio.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/** The options ({@code --name value}) and files of one command. */
record Options(Map<String, String> values, List<String> flags, List<Path> files) {

	/** Parses arguments; {@code known} lists the options that take a value. */
	static Options parse(List<String> args, List<String> known) {
		return parse(args, known, List.of());
	}

	/** Parses arguments; {@code known} take a value, {@code knownFlags} stand alone. */
	static Options parse(List<String> args, List<String> known, List<String> knownFlags) {
		Map<String, String> values = new HashMap<>();
		List<String> flags = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("-") && arg.length() > 1) {
				if (knownFlags.contains(arg)) {
					flags.add(arg);
					continue;
				}
				if (!known.contains(arg)) {
					throw new UsageException(NLS.bind(Messages.unknownOption, arg));
				}
				if (i + 1 >= args.size()) {
					throw new UsageException(NLS.bind(Messages.optionNeedsValue, arg));
				}
				values.put(arg, args.get(++i));
			} else {
				files.add(Path.of(arg));
			}
		}
		return new Options(values, flags, files);
	}

	boolean has(String flag) {
		return flags.contains(flag);
	}

	String required(String option) {
		String value = values.get(option);
		if (value == null) {
			throw new UsageException(NLS.bind(Messages.optionMissing, option));
		}
		return value;
	}
}
