package nl.oppstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.format.dsl.ide.editing.FormatEditing;
import nl.oppstudio.ui.internal.FolderContext;
import nl.oppstudio.ui.internal.preview.PreviewPanel;

/**
 * Issue 14: from a keystroke to an updated form preview on the largest example format (target under
 * 250 ms). The examples are copied to a temporary folder, so the form is filled with the format's
 * example document as in the Studio. One character is typed into a label and taken back, alternately;
 * each keystroke is {@link FormatEditing#update} and {@link PreviewPanel#show} (the form, the cycle
 * diagram and the checklist; the PDF is made only while its tab is shown), then the pending events
 * (layout, paint). Usage: {@code PreviewBenchmark EXAMPLES_FOLDER [iterations]}.
 */
public final class PreviewBenchmark {

	private PreviewBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path examples = Path.of(args.length > 0 ? args[0] : "dsl-examples");
		int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 40;
		Path folder = Files.createTempDirectory("opp-preview-bench");
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		Path largest;
		try (Stream<Path> formats = Files.list(folder)) {
			largest = formats.filter(f -> f.toString().endsWith(".oppformat"))
					.max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
		}
		String text = Files.readString(largest);
		int at = text.indexOf("veld ");
		at = text.indexOf('"', at) + 2;
		String[] versions = { text, text.substring(0, at) + "x" + text.substring(at) };

		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(700, 900);
		PreviewPanel panel = new PreviewPanel(shell, new FolderContext(() -> folder, () -> shell));
		shell.open();
		FormatEditing editing = FormatEditing.open(largest, text);
		long[] update = new long[iterations];
		long[] preview = new long[iterations];
		long[] total = new long[iterations];
		for (int i = -10; i < iterations; i++) {
			long t0 = System.nanoTime();
			FormatEditing.Snapshot snapshot = editing.update(versions[Math.floorMod(i, 2)]);
			long t1 = System.nanoTime();
			panel.show(largest, snapshot.loaded());
			while (display.readAndDispatch()) {
				// layout and paint, as the window's event loop would
			}
			long t2 = System.nanoTime();
			if (i >= 0) {
				update[i] = t1 - t0;
				preview[i] = t2 - t1;
				total[i] = t2 - t0;
			}
		}
		System.out.printf(Locale.ROOT,
				"form preview of %s (%d lines), %d keystrokes after 10 warm-up:%n  update:  %s%n  preview: %s%n"
						+ "  keystroke to updated preview: %s%n",
				largest.getFileName(), text.split("\n").length, iterations, stats(update), stats(preview), stats(total));
		display.dispose();
	}



	private static String stats(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "median %.1f ms, p90 %.1f ms, max %.1f ms", sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[sorted.length - 1] / 1e6);
	}
}
