package nl.oppstudio.ui.internal.git;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

/** Runs version-control work off the UI thread and hands its result back to the UI thread. */
final class Background {

	private Background() {
	}

	/**
	 * Runs {@code work} on a daemon thread; then {@code done} or {@code failed} on the display's thread
	 * (skipped when the display is gone).
	 */
	static <T> void run(Display display, String name, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
		Thread thread = new Thread(() -> {
			T result;
			try {
				result = work.call();
			} catch (Exception e) {
				ui(display, () -> failed.accept(e));
				return;
			}
			ui(display, () -> done.accept(result));
		}, "OPP Studio versiebeheer: " + name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void ui(Display display, Runnable action) {
		if (!display.isDisposed()) {
			display.asyncExec(action);
		}
	}
}
