package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.diagram.DiagramKind;
import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;

/**
 * {@code opp diagram}: the goal hierarchy or the planning cycle of a document, or the cycle of a format,
 * as SVG or PNG; each file written to a temporary file and renamed.
 */
public final class DiagramCommand implements Command {

	/** Pixels per point of a PNG: 2, sharp on a screen and in a text processor. */
	private static final double PNG_SCALE = 2;

	@Override
	public String name() {
		return "diagram";
	}

	@Override
	public String help() {
		return Messages.helpDiagram;
	}

	@Override
	public int run(List<String> args, Console console) {
		Options options = Options.parse(args, List.of("--kind", "-o", "--at", "--format"));
		String code = options.values().get("--kind");
		if (code == null) {
			throw new UsageException(Messages.diagramKindMissing);
		}
		DiagramKind kind = DiagramKind.of(code.toLowerCase(Locale.ROOT));
		if (kind == null) {
			throw new UsageException(NLS.bind(Messages.diagramKindUnknown, code));
		}
		Path output = Path.of(options.required("-o"));
		String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean png = name.endsWith(".png");
		if (!png && !name.endsWith(".svg")) {
			throw new UsageException(NLS.bind(Messages.diagramOutput, output));
		}
		LocalDate at = Console.referenceDate(options.values().get("--at"));
		if (options.files().size() != 1) {
			throw new UsageException(Messages.oneDocument);
		}
		Path file = options.files().get(0);
		List<Scene> scenes;
		if (file.toString().endsWith("." + FormatLoader.EXTENSION)) {
			if (kind == DiagramKind.GOALS) {
				console.err.println(NLS.bind(Messages.diagramFormatGoals, file));
				return Exit.USAGE;
			}
			Format format = console.format(file.toString());
			if (format == null) {
				return Exit.USAGE;
			}
			scenes = Diagrams.cycle(format);
		} else {
			Console.Loaded loaded = console.document(options);
			if (loaded == null) {
				return Exit.USAGE;
			}
			scenes = kind == DiagramKind.GOALS ? Diagrams.goals(loaded.document())
					: Diagrams.cycle(loaded.document(), at);
		}
		if (scenes.isEmpty()) {
			console.err.println(NLS.bind(kind == DiagramKind.GOALS ? Messages.diagramNoGoals : Messages.diagramNoCycle, file));
			return Exit.USAGE;
		}
		for (int i = 0; i < scenes.size(); i++) {
			Scene scene = scenes.get(i);
			Path target = i == 0 ? output : numbered(output, i + 1);
			double scale = Diagrams.pngScale(scene, PNG_SCALE);
			if (png && scale < PNG_SCALE) {
				console.out.println(NLS.bind(Messages.diagramScaleLowered, new Object[] { target,
						String.format(Locale.ROOT, "%.2f", scale).replace('.', ','), Diagrams.MAX_PNG_PIXELS / 1_000_000 }));
			}
			byte[] bytes = png ? Diagrams.png(scene, scale) : Diagrams.svg(scene).getBytes(StandardCharsets.UTF_8);
			try {
				AtomicFiles.write(target, out -> out.write(bytes));
			} catch (IOException e) {
				console.cannotWrite(target, e);
				return Exit.USAGE;
			}
			console.out.println(NLS.bind(Messages.diagramWritten,
					new Object[] { target, scene.title(), scene.nodes().size() }));
		}
		return Exit.OK;
	}

	/** {@code uit.svg} → {@code uit-2.svg}. */
	private static Path numbered(Path output, int number) {
		String name = output.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return output.resolveSibling(name.substring(0, dot) + "-" + number + name.substring(dot));
	}
}
