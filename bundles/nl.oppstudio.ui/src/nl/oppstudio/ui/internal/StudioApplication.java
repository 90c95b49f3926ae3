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
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts OPP Studio on a folder: {@code -folder PATH} among the application arguments, else the working directory. */
public final class StudioApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		quietLogging();
		StudioFolder.set(folderFrom(Platform.getApplicationArgs()));
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/**
	 * Xtext logs through log4j, which without a configuration prints "log4j:WARN No appenders" on every
	 * start; only its errors matter, said briefly (as on the command line).
	 */
	private static void quietLogging() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.setLevel(Level.ERROR);
			root.addAppender(new ConsoleAppender(new PatternLayout("OPP Studio: %m%n"), ConsoleAppender.SYSTEM_ERR));
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}

	static Path folderFrom(String[] args) {
		for (int i = 0; i < args.length - 1; i++) {
			if ("-folder".equals(args[i])) {
				Path folder = Path.of(args[i + 1]).toAbsolutePath().normalize();
				if (Files.isDirectory(folder)) {
					return folder;
				}
			}
		}
		return Path.of("").toAbsolutePath();
	}
}
