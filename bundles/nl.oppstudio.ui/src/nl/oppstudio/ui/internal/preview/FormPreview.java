package nl.oppstudio.ui.internal.preview;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.document.ExampleDocuments;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.Form;
import nl.oppstudio.forms.FormPane;
import nl.oppstudio.forms.FormSession;
import nl.oppstudio.forms.spi.Renderers;
import nl.oppstudio.ui.WidgetIds;

/**
 * The "Formulier" tab: the form of the format as the OPP Editor shows it, filled with the folder's example
 * document of the format (fitted to the format as it is now), else empty. Each update builds the form anew
 * (only the page shown is rendered) and keeps the page and the scroll position. Nothing is ever saved.
 */
public final class FormPreview {

	private final Composite content;
	private final Label note;
	private final Composite holder;
	private final Renderers renderers = Renderers.standard();
	private final ExampleDocuments examples = new ExampleDocuments(FormPreview::read);
	private Form form;
	private FormPane pane;
	private long lastMillis;
	private String breakdown = "";

	FormPreview(Composite content) {
		this.content = content;
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		content.setLayout(layout);
		note = new Label(content, SWT.WRAP);
		note.setData(WidgetIds.KEY, PreviewIds.FORM_NOTE);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		holder = new Composite(content, SWT.NONE);
		holder.setData(WidgetIds.KEY, PreviewIds.FORM);
		holder.setLayout(new FillLayout());
		holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		content.addDisposeListener(event -> disposeForm());
	}

	/** Reads a format file from disk (the example's own format, to move its values to the new one). */
	static FormatResolver.CheckedFormat read(Path file) {
		LoadedFormat loaded = FormatLoader.create().load(file);
		return new FormatResolver.CheckedFormat(file, loaded.format(), loaded.diagnostics());
	}

	void show(Path file, Format format) {
		long start = System.nanoTime();
		String page = null;
		Point origin = null;
		if (pane != null && pane.view().currentPage() != null) {
			page = pane.view().currentPage().path();
			ScrolledComposite scrolled = shownPage();
			origin = scrolled == null ? null : scrolled.getOrigin();
		}
		ExampleDocuments.Fitted fitted;
		try {
			fitted = examples.example(file.toAbsolutePath().getParent(), format);
		} catch (RuntimeException e) {
			note(NLS.bind(Messages.formProblem, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
			return;
		}
		long fittedAt = System.nanoTime();
		long formAt;
		long paneAt;
		holder.setRedraw(false);
		try {
			disposeForm();
			FormSession session = new FormSession(fitted.document(), fitted.source() != null ? fitted.source() : file);
			session.setDate(LocalDate.now());
			form = Form.of(session);
			formAt = System.nanoTime();
			pane = new FormPane(holder, form, renderers);
			pane.setNavigationShare(35); // a narrow pane: the form needs the room
			holder.layout(true, true);
			paneAt = System.nanoTime();
			ContainerNode target = null;
			for (ContainerNode candidate : form.pages()) {
				if (candidate.path().equals(page)) {
					target = candidate;
				}
			}
			if (target == null && !form.pages().isEmpty()) {
				target = form.pages().get(0);
			}
			if (target != null) {
				pane.showPage(target);
			}
			ScrolledComposite scrolled = shownPage();
			if (scrolled != null && origin != null) {
				scrolled.setOrigin(origin);
			}
		} finally {
			holder.setRedraw(true);
		}
		String text = fitted.note() != null ? fitted.note()
				: fitted.source() != null ? NLS.bind(Messages.formExample, fitted.source().getFileName())
						: Messages.formEmpty;
		note(text);
		long end = System.nanoTime();
		lastMillis = (end - start) / 1_000_000;
		breakdown = "fit " + (fittedAt - start) / 1_000_000 + ", form " + (formAt - fittedAt) / 1_000_000 + ", pane "
				+ (paneAt - formAt) / 1_000_000 + ", page " + (end - paneAt) / 1_000_000;
	}

	private void note(String text) {
		if (!text.equals(note.getText())) {
			note.setText(text);
			content.layout(true);
		}
	}

	/** The scrolled composite of the page shown, or {@code null}. */
	private ScrolledComposite shownPage() {
		if (pane == null) {
			return null;
		}
		Control stack = pane.view().control();
		if (stack instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (child instanceof ScrolledComposite scrolled && child.getVisible()) {
					return scrolled;
				}
			}
		}
		return null;
	}

	void clear() {
		disposeForm();
		note.setText("");
	}

	private void disposeForm() {
		if (pane != null && !pane.control().isDisposed()) {
			pane.control().dispose();
		}
		if (form != null) {
			form.dispose();
		}
		pane = null;
		form = null;
	}

	/** The form pane shown, or {@code null} (for tests). */
	public FormPane pane() {
		return pane;
	}

	/** The path of the page shown ({@code ""} for the first of a form without sections), or {@code null}. */
	public String currentPage() {
		return pane == null || pane.view().currentPage() == null ? null : pane.view().currentPage().path();
	}

	/** Shows the form's page at {@code index} (for tests). */
	public void showPage(int index) {
		pane.showPage(form.pages().get(index));
	}

	/** The vertical scroll position of the page shown (for tests). */
	public int scrollY() {
		ScrolledComposite scrolled = shownPage();
		return scrolled == null ? 0 : scrolled.getOrigin().y;
	}

	/** Scrolls the page shown (for tests). */
	public void scrollTo(int y) {
		ScrolledComposite scrolled = shownPage();
		if (scrolled != null) {
			scrolled.setOrigin(0, y);
		}
	}

	/** Where the time of the last update went (for the measurement). */
	public String breakdown() {
		return breakdown;
	}

	/** How long the last update took, in milliseconds (for the measurement of the live preview). */
	public long lastMillis() {
		return lastMillis;
	}
}
