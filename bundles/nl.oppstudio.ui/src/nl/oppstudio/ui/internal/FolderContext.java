package nl.oppstudio.ui.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Shell;

/**
 * A Studio context without the Studio's window, for a part shown on its own (tests, benchmarks): a
 * folder and a shell, no open format, and nothing to open, reveal, save or refresh. Override what the
 * part needs.
 */
public class FolderContext implements StudioContext {

	private final Supplier<Path> folder;
	private final Supplier<Shell> shell;

	/** Both are asked each time, so that the folder and the shell may be made after the context (a test's fields). */
	public FolderContext(Supplier<Path> folder, Supplier<Shell> shell) {
		this.folder = folder;
		this.shell = shell;
	}

	@Override
	public Path folder() {
		return folder.get();
	}

	@Override
	public Shell shell() {
		return shell.get();
	}

	@Override
	public Optional<Path> activeFormat() {
		return Optional.empty();
	}

	@Override
	public Optional<String> textOf(Path file) {
		return Optional.empty();
	}

	@Override
	public void open(Path file) {
	}

	@Override
	public void reveal(Path file, int offset, int length) {
	}

	@Override
	public boolean saveAll() {
		return true;
	}

	@Override
	public void refresh() {
	}
}
