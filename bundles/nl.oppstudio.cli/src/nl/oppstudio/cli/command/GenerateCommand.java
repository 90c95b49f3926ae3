package nl.oppstudio.cli.command;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.generator.EditorGenerator;
import nl.oppstudio.generator.EditorGenerator.Platform;
import nl.oppstudio.generator.GenerateException;

/**
 * {@code opp generate}: an installable OPP Editor for one format, per platform, with its update repository
 * (docs/distribution.md). The product comes from the system property {@value #PRODUCT} ({@code ./opp} sets it).
 */
public final class GenerateCommand implements Command {

	/** The system property naming the installed OPP Studio product. */
	public static final String PRODUCT = "nl.oppstudio.product";

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String help() {
		return Messages.helpGenerate;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("-o", "--naam", "--logo", "--over", "--update-locatie", "--platform"));
		if (options.files().size() != 1) {
			throw new UsageException(Messages.generateOneFormat);
		}
		Path output = Path.of(options.required("-o"));
		Set<Platform> platforms = platforms(options.values().get("--platform"));
		URI updates = updateLocation(options.values().get("--update-locatie"));
		Instant time = time(System.getenv(EditorGenerator.SOURCE_DATE_EPOCH));
		String product = System.getProperty(PRODUCT, "");
		if (product.isBlank()) {
			console.err.println("opp: " + Messages.generateNoProduct);
			return Exit.USAGE;
		}
		String logo = options.values().get("--logo");
		EditorGenerator.Request request = new EditorGenerator.Request(options.files().get(0), output,
				new EditorGenerator.Branding(options.values().get("--naam"), logo == null ? null : Path.of(logo),
						options.values().get("--over")),
				updates, platforms, time);
		try {
			EditorGenerator generator = EditorGenerator.of(Path.of(product));
			EditorGenerator.Result result = generator.generate(request, step -> console.out.println(step));
			summary(result, output, console);
			return Exit.OK;
		} catch (GenerateException e) {
			if (!e.diagnostics().isEmpty()) {
				console.print(e.diagnostics());
				console.err.println(e.getMessage());
				return Exit.FOUND_ERRORS;
			}
			console.err.println("opp: " + e.getMessage());
			return Exit.USAGE;
		}
	}

	/** {@code linux,windows,macos}; all when not given. */
	static Set<Platform> platforms(String text) {
		Set<Platform> result = EnumSet.noneOf(Platform.class);
		if (text == null) {
			return EnumSet.allOf(Platform.class);
		}
		for (String word : text.split(",")) {
			switch (word.strip().toLowerCase(Locale.ROOT)) {
			case "linux" -> result.add(Platform.LINUX_X86_64);
			case "windows" -> result.add(Platform.WINDOWS_X86_64);
			case "macos", "mac" -> result.add(Platform.MACOS_AARCH64);
			default -> throw new UsageException(NLS.bind(Messages.generateUnknownPlatform, word.strip()));
			}
		}
		return result;
	}

	/** EditorGenerator.updateLocation, its Dutch refusal as a usage error. */
	static URI updateLocation(String text) {
		try {
			return EditorGenerator.updateLocation(text);
		} catch (GenerateException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/** EditorGenerator.timestamp, its Dutch refusal as a usage error. */
	static Instant time(String epoch) {
		try {
			return EditorGenerator.timestamp(epoch);
		} catch (GenerateException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static void summary(EditorGenerator.Result result, Path output, Console console) {
		List<Path> files = new ArrayList<>();
		files.add(result.formatBundle());
		try (DirectoryStream<Path> repository = Files.newDirectoryStream(result.repository(), "*.{jar,index}")) {
			repository.forEach(files::add);
		} catch (IOException e) {
			// the repository's files are left out of the summary
		}
		files.sort(null);
		for (Map.Entry<Platform, Path> archive : result.archives().entrySet()) {
			files.add(archive.getValue());
		}
		console.out.println(NLS.bind(Messages.generateDone, output));
		for (Path file : files) {
			long size;
			try {
				size = Files.size(file);
			} catch (IOException e) {
				size = 0;
			}
			console.out.println(String.format(Locale.ROOT, "  %-60s %s", output.toAbsolutePath().normalize()
					.relativize(file.toAbsolutePath().normalize()), size(size)));
		}
		int jars = 0;
		try (DirectoryStream<Path> plugins = Files.newDirectoryStream(result.repository().resolve("plugins"), "*.jar")) {
			for (Path ignored : plugins) {
				jars++;
			}
		} catch (IOException e) {
			// counted as none
		}
		console.out.println(NLS.bind(Messages.generateRepositoryBundles, jars));
	}

	/** "812 kB", "41,3 MB". */
	static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
		}
		return String.format(Locale.forLanguageTag("nl"), "%.1f MB", bytes / (1024.0 * 1024.0));
	}
}
