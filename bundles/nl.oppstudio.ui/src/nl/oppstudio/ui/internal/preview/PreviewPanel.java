package nl.oppstudio.ui.internal.preview;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.StudioContext;

/**
 * The live preview beside the format editor: the form as the OPP Editor shows it, the PDF, the
 * planning-cycle diagram and the checklist score. {@link #show} is called on the UI thread after each
 * update of the text without syntax errors; the preview keeps the last good state otherwise.
 */
public final class PreviewPanel {

	private final Composite root;
	private final StackLayout stack = new StackLayout();
	private final Label empty;
	private final CTabFolder tabs;
	private final FormPreview form;
	private final PdfPreview pdf;
	private final CyclePreview cycle;
	private final ChecklistPreview checklist;
	private Path file;
	private Format format;

	public PreviewPanel(Composite parent, StudioContext context) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(stack);
		empty = new Label(root, SWT.WRAP);
		empty.setText(Messages.noFormat);
		empty.setData(WidgetIds.KEY, PreviewIds.EMPTY);
		tabs = new CTabFolder(root, SWT.BORDER | SWT.FLAT);
		tabs.setData(WidgetIds.KEY, PreviewIds.TABS);
		form = new FormPreview(tab(Messages.tabForm));
		pdf = new PdfPreview(tab(Messages.tabPdf));
		cycle = new CyclePreview(tab(Messages.tabCycle));
		checklist = new ChecklistPreview(tab(Messages.tabChecklist), context);
		tabs.setSelection(0);
		// the PDF is made only while its tab is shown: no work for what nobody looks at
		tabs.addListener(SWT.Selection, event -> {
			if (tabs.getSelection() != null && tabs.getSelection().getControl() == pdf.control() && format != null) {
				pdf.show(file, format);
			}
		});
		stack.topControl = empty;
		root.addDisposeListener(event -> pdf.dispose());
	}

	private Composite tab(String title) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		Composite content = new Composite(tabs, SWT.NONE);
		item.setControl(content);
		return content;
	}

	/** The panel's control, for layout. */
	public Control control() {
		return root;
	}

	/** Shows the preview of the format in {@code file} as last read (without syntax errors). */
	public void show(Path file, LoadedFormat loaded) {
		if (root.isDisposed() || loaded == null || loaded.format() == null || loaded.hasSyntaxErrors()) {
			return; // the last good state stays
		}
		this.file = file;
		this.format = loaded.format();
		if (stack.topControl != tabs) {
			stack.topControl = tabs;
			root.layout(true);
		}
		form.show(file, format);
		cycle.show(format);
		checklist.show(file, format);
		if (tabs.getSelection() != null && tabs.getSelection().getControl() == pdf.control()) {
			pdf.show(file, format);
		} else {
			pdf.stale();
		}
	}

	/** No format is open: the preview is emptied. */
	public void clear() {
		if (root.isDisposed()) {
			return;
		}
		file = null;
		format = null;
		form.clear();
		pdf.clear();
		cycle.clear();
		checklist.clear();
		stack.topControl = empty;
		root.layout(true);
	}

	/** The tabs (for tests). */
	CTabFolder tabs() {
		return tabs;
	}

	/** The form part (for tests and measurements). */
	public FormPreview form() {
		return form;
	}
}
