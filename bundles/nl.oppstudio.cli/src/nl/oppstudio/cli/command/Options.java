package nl.oppstudio.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * The options ({@code --name value}) and files of one command; {@code values} keeps the last value of an
 * option, {@code all} every value of one that may be repeated.
 */
record Options(Map<String, String> values, List<String> flags, List<Path> files, Map<String, List<String>> all) {

	/** Parses arguments; {@code known} lists the options that take a value. */
	static Options parse(List<String> args, List<String> known) {
		return parse(args, known, List.of());
	}

	/** Parses arguments; {@code known} take a value, {@code knownFlags} stand alone. */
	static Options parse(List<String> args, List<String> known, List<String> knownFlags) {
		Map<String, String> values = new HashMap<>();
		Map<String, List<String>> all = new HashMap<>();
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
				all.computeIfAbsent(arg, a -> new ArrayList<>()).add(args.get(i));
			} else {
				files.add(Path.of(arg));
			}
		}
		return new Options(values, flags, files, all);
	}

	/** Every value given for a repeatable option, in order; empty when none. */
	List<String> every(String option) {
		return all.getOrDefault(option, List.of());
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
