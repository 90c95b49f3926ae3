package nl.oppstudio.editor.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.editor.EditorWindow;
import nl.oppstudio.editor.internal.update.Branding;
import nl.oppstudio.update.InstalledFormats;
import nl.oppstudio.update.UpdateRun;

/**
 * Starts the OPP Editor: {@code -folder PATH} (else the working directory) and optionally
 * {@code -open FILE.opp} among the application arguments. No workbench: one JFace window. Without the event
 * loop: {@code -exportPdf OUT.pdf} (with {@code -open}) writes the document's PDF and stops, {@code -updateFormats
 * [-updateFrom URL] [-yes]} updates the formats ({@link UpdateRun}); both end with an exit code (docs/distribution.md).
 */
public final class EditorApplication implements IApplication {

	/** A system property for the benchmarks: when {@code true}, the start's phases are told on standard error. */
	public static final String TIMING = "nl.oppstudio.editor.timing";

	private volatile Display display;

	@Override
	public Object start(IApplicationContext context) {
		quietLogging();
		String[] args = Platform.getApplicationArgs();
		if (java.util.List.of(args).contains("-updateFormats")) {
			// no window: all logic is the updater's
			return Integer.valueOf(UpdateRun.run(args, InstalledFormats.ofRunningEditor(), System.out, System.err));
		}
		Display.setAppName(Branding.name());
		display = new Display();
		try {
			long application = System.currentTimeMillis();
			EditorWindow window = new EditorWindow();
			String pdf = value(args, "-exportPdf");
			if (pdf != null) {
				return Integer.valueOf(exportPdf(window, folderFrom(args), fileFrom(args), Path.of(pdf), System.out, System.err));
			}
			Path opened = fileFrom(args);
			if (opened != null) {
				readAhead(window, opened);
			}
			window.open(folderFrom(args));
			long shown = System.currentTimeMillis();
			Path document = fileFrom(args);
			if (document != null) {
				window.openDocument(document);
			}
			if (Boolean.getBoolean(BENCHMARK)) {
				reportShown(window, application, shown, System.currentTimeMillis());
				return EXIT_OK;
			}
			context.applicationRunning();
			while (display.readAndDispatch()) {
				// the first paint, before the time is told
			}
			if (Boolean.getBoolean(TIMING)) {
				long start = Long.getLong("eclipse.startTime", application);
				System.err.printf("OPP Editor: OSGi %d ms, venster %d ms, document %d ms na de start%n", application - start,
						shown - start, System.currentTimeMillis() - start);
			}
			Shell shell = window.getShell();
			while (shell != null && !shell.isDisposed()) {
				try {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				} catch (RuntimeException | LinkageError e) {
					// one failing action must not take the window and the open documents with it
					failed(shell, e);
				}
			}
			return EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/**
	 * {@code -exportPdf OUT.pdf -open DOC.opp}: opens the document in the window, exports its PDF as the menu does
	 * (without dialogs), closes the window. Returns 0, or 1 with a Dutch message on {@code err}.
	 */
	public static int exportPdf(EditorWindow window, Path folder, Path document, Path out, java.io.PrintStream stdout,
			java.io.PrintStream err) {
		if (document == null) {
			err.println(Messages.exportNeedsDocument);
			return 1;
		}
		Display current = Display.getCurrent();
		window.setUnattended(true);
		window.open(document.getParent() != null ? document.getParent() : folder);
		try {
			if (!Files.isRegularFile(document)) {
				err.println(org.eclipse.osgi.util.NLS.bind(Messages.exportCannotOpen, document, Messages.documentMissingShort));
				return 1;
			}
			org.eclipse.swt.custom.CTabItem item = window.openDocument(document);
			var tab = nl.oppstudio.editor.internal.document.DocumentTab.of(item.getControl());
			if (tab.isEmpty() || tab.get().session() == null) {
				var resolution = window.context().formats().resolve(document, null);
				err.println(org.eclipse.osgi.util.NLS.bind(Messages.exportCannotOpen, document,
						resolution.problem() != null ? resolution.problem().message() : Messages.documentMissingShort));
				return 1;
			}
			Path target = out.toAbsolutePath().normalize();
			boolean[] finished = { false };
			Path[] written = { null };
			tab.get().exportPdf("PLAN", target, file -> {
				written[0] = file;
				finished[0] = true;
			}, err::println);
			while (!finished[0] && !window.getShell().isDisposed()) {
				if (!current.readAndDispatch()) {
					current.sleep();
				}
			}
			if (written[0] == null) {
				return 1;
			}
			stdout.println(org.eclipse.osgi.util.NLS.bind(Messages.exportDone, written[0]));
			return 0;
		} finally {
			window.close();
		}
	}

	/** Says in Dutch that an action failed (the details go to standard error); the window stays open. */
	private static void failed(Shell shell, Throwable e) {
		System.err.println("OPP Editor: " + e);
		e.printStackTrace();
		if (!shell.isDisposed()) {
			org.eclipse.jface.dialogs.MessageDialog.openError(shell, Messages.failedTitle,
					org.eclipse.osgi.util.NLS.bind(Messages.failed, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		}
	}

	/** With this system property, the editor prints when the document's form is on screen, then stops (releng/bench/editor.sh). */
	static final String BENCHMARK = "nl.oppstudio.editor.benchmark";

	/**
	 * Prints {@code opp.editor.shown=MS}, from the JVM's start to the form painted, and the phases: OSGi
	 * up to the application, the window with its overview, the document's tab made, its first paint.
	 */
	private void reportShown(EditorWindow window, long application, long windowShown, long opened) {
		window.getShell().update();
		while (display.readAndDispatch()) {
			// paint what is queued
		}
		long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
		long now = System.currentTimeMillis();
		System.out.println("opp.editor.shown=" + (now - jvm));
		System.out.println("opp.editor.phases=" + (application - jvm) + " " + (windowShown - application) + " "
				+ (opened - windowShown) + " " + (now - opened));
		window.getShell().dispose();
	}

	/**
	 * Reads the document to open on the second core while the window is made: its format is then in the
	 * window's resolver, and the classes of loading, validating and the form are loaded when its tab needs
	 * them. Only a head start: the tab reads the document itself and reports any problem.
	 */
	private static void readAhead(EditorWindow window, Path document) {
		Thread reader = new Thread(() -> {
			try {
				var resolution = window.context().formats().resolve(document, null);
				if (resolution.format() != null) {
					var loaded = nl.oppstudio.document.Documents.load(document, resolution.format());
					nl.oppstudio.forms.Form.of(new nl.oppstudio.forms.FormSession(loaded, document)).dispose();
				}
			} catch (Exception | LinkageError e) {
				// the tab reads the document again and says what is wrong
			}
		}, "OPP Editor: document vooraf lezen");
		reader.setDaemon(true);
		reader.start();
	}

	/** Xtext logs through log4j: only its errors, said briefly (as in OPP Studio). */
	private static void quietLogging() {
		nl.oppstudio.core.QuietLogging.prepare();
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.setLevel(Level.ERROR);
			root.addAppender(new ConsoleAppender(new PatternLayout("OPP Editor: %m%n"), ConsoleAppender.SYSTEM_ERR));
		}
	}

	@Override
	public void stop() {
		Display current = display;
		if (current != null && !current.isDisposed()) {
			current.asyncExec(() -> {
				for (Shell shell : current.getShells()) {
					shell.dispose();
				}
			});
		}
	}

	/** The folder of {@code -folder PATH}, else the working directory. */
	static Path folderFrom(String[] args) {
		String value = value(args, "-folder");
		if (value != null) {
			Path folder = Path.of(value).toAbsolutePath().normalize();
			if (Files.isDirectory(folder)) {
				return folder;
			}
		}
		return Path.of("").toAbsolutePath();
	}

	/** The document of {@code -open FILE.opp}, or {@code null}. */
	static Path fileFrom(String[] args) {
		String value = value(args, "-open");
		return value == null ? null : Path.of(value).toAbsolutePath().normalize();
	}

	private static String value(String[] args, String option) {
		for (int i = 0; i < args.length - 1; i++) {
			if (option.equals(args[i])) {
				return args[i + 1];
			}
		}
		return null;
	}
}
