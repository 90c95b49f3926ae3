package nl.oppstudio.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

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
		StudioFolder.set(folderFrom(Platform.getApplicationArgs()));
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new StudioWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
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
