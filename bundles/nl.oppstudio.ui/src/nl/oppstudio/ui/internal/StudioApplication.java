package nl.oppstudio.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.ui.StudioWindow;
import nl.oppstudio.ui.internal.editor.FormatEditor;

/**
 * Starts OPP Studio: {@code -folder PATH} (else the working directory) and optionally {@code -open
 * FILE.oppformat} among the application arguments. No workbench: one JFace window, shown before any
 * format is read.
 */
public final class StudioApplication implements IApplication {

	/** A system property for the benchmarks: when {@code true}, the start's phases are told on standard error. */
	public static final String TIMING = "nl.oppstudio.studio.timing";
	/** With this system property, the Studio prints when the opened format is checked and shown, then stops. */
	public static final String BENCHMARK = "nl.oppstudio.studio.benchmark";

	private volatile Display display;

	@Override
	public Object start(IApplicationContext context) {
		quietLogging();
		String[] args = Platform.getApplicationArgs();
		Display.setAppName("OPP Studio");
		display = new Display();
		try {
			long application = System.currentTimeMillis();
			warmUp();
			StudioWindow window = new StudioWindow();
			Path folder = folderFrom(args);
			window.openFolder(folder);
			long shown = System.currentTimeMillis();
			Path format = fileFrom(args);
			FormatEditor editor = format == null ? null : window.openEditor(format);
			if (Boolean.getBoolean(BENCHMARK)) {
				reportReady(window, editor, application, shown);
				return EXIT_OK;
			}
			context.applicationRunning();
			while (display.readAndDispatch()) {
				// the first paint, before the time is told
			}
			if (Boolean.getBoolean(TIMING)) {
				long start = Long.getLong("eclipse.startTime", application);
				System.err.printf("OPP Studio: OSGi %d ms, venster %d ms, getekend %d ms na de start%n", application - start,
						shown - start, System.currentTimeMillis() - start);
			}
			Shell shell = window.getShell();
			while (shell != null && !shell.isDisposed()) {
				try {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				} catch (RuntimeException | LinkageError e) {
					// one failing action must not take the window and the open formats with it
					failed(shell, e);
				}
			}
			return EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/** Loads the format language on the second core while the window is made (a head start only). */
	private static void warmUp() {
		Thread warm = new Thread(() -> {
			try {
				FormatLoader.create();
			} catch (RuntimeException | LinkageError e) {
				// the editor loads it again and says what is wrong
			}
		}, "OPP Studio: taal laden");
		warm.setDaemon(true);
		warm.start();
	}

	/**
	 * Prints {@code opp.studio.ready=MS}, from the JVM's start to the opened format checked and painted
	 * (or the window painted, without {@code -open}), and the phases.
	 */
	private void reportReady(StudioWindow window, FormatEditor editor, long application, long shown) {
		window.getShell().update();
		while (display.readAndDispatch()) {
			// the format's text painted and editable, before its first check
		}
		long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
		System.out.println("opp.studio.text=" + (System.currentTimeMillis() - jvmStart));
		long limit = System.currentTimeMillis() + 60_000;
		while (editor != null && !editor.control().isDisposed() && !editor.isChecked() && System.currentTimeMillis() < limit) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		window.getShell().update();
		while (display.readAndDispatch()) {
			// paint what is queued
		}
		long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
		long now = System.currentTimeMillis();
		System.out.println("opp.studio.ready=" + (now - jvm));
		System.out.println("opp.studio.phases=" + (application - jvm) + " " + (shown - application) + " " + (now - shown));
		window.getShell().dispose();
	}

	/** Says in Dutch that an action failed (the details go to standard error); the window stays open. */
	private static void failed(Shell shell, Throwable e) {
		System.err.println("OPP Studio: " + e);
		e.printStackTrace();
		if (!shell.isDisposed()) {
			MessageDialog.openError(shell, Messages.failedTitle,
					NLS.bind(Messages.failed, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		}
	}

	/**
	 * Xtext logs through log4j, which without a configuration prints "log4j:WARN No appenders" on every
	 * start; only its errors matter, said briefly (as on the command line).
	 */
	private static void quietLogging() {
		nl.oppstudio.core.QuietLogging.prepare();
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.setLevel(Level.ERROR);
			root.addAppender(new ConsoleAppender(new PatternLayout("OPP Studio: %m%n"), ConsoleAppender.SYSTEM_ERR));
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

	/** The folder of {@code -folder PATH}, else the folder of {@code -open FILE}, else the working directory. */
	static Path folderFrom(String[] args) {
		String value = value(args, "-folder");
		if (value != null) {
			Path folder = Path.of(value).toAbsolutePath().normalize();
			if (Files.isDirectory(folder)) {
				return folder;
			}
		}
		Path file = fileFrom(args);
		if (file != null && file.getParent() != null && Files.isDirectory(file.getParent())) {
			return file.getParent();
		}
		return Path.of("").toAbsolutePath();
	}

	/** The format of {@code -open FILE.oppformat}, or {@code null}. */
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
