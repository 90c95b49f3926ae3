package nl.oppstudio.ui.internal.preview;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.document.ExampleDocuments;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.pdf.PdfPages;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.ui.WidgetIds;

/**
 * The "PDF" tab: the PDF of the example document (or the blank form) as page images, made on a
 * background thread a moment after the last change; the last pages stay while a new one is made.
 */
final class PdfPreview {

	/** How long the text must rest before a new PDF is made. */
	static final int DEBOUNCE_MS = 600;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final Composite content;
	private final Label status;
	private final ScrolledComposite scrolled;
	private final Composite pages;
	private final List<Image> images = new ArrayList<>();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "OPP Studio PDF-voorbeeld");
		thread.setDaemon(true);
		return thread;
	});
	/** Touched only by the worker thread. */
	private PdfRenderer renderer;
	private final ExampleDocuments examples = new ExampleDocuments(FormPreview::read);
	private int generation;
	private Runnable pending;
	/** The format of the pages shown; {@code null} while they are out of date. */
	private Format shown;

	PdfPreview(Composite content) {
		this.content = content;
		content.setLayout(new GridLayout(1, false));
		status = new Label(content, SWT.NONE);
		status.setData(WidgetIds.KEY, PreviewIds.PDF_STATUS);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status.setText(Messages.pdfWaiting);
		scrolled = new ScrolledComposite(content, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		scrolled.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		pages = new Composite(scrolled, SWT.NONE);
		pages.setData(WidgetIds.KEY, PreviewIds.PDF_PAGES);
		pages.setLayout(new GridLayout(1, false));
		scrolled.setContent(pages);
		pages.setBackground(content.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
	}

	Control control() {
		return content;
	}

	/** The format changed while the tab is not shown: the next show makes a new PDF. */
	void stale() {
		shown = null;
	}

	/** Makes the PDF of the format a moment from now, unless another change comes first. */
	void show(Path file, Format format) {
		if (format == shown) {
			return;
		}
		Display display = content.getDisplay();
		if (pending != null) {
			display.timerExec(-1, pending);
		}
		int mine = ++generation;
		pending = () -> {
			pending = null;
			if (content.isDisposed() || mine != generation) {
				return;
			}
			status.setText(Messages.pdfBusy);
			Path folder = file.toAbsolutePath().getParent();
			worker.execute(() -> render(display, mine, folder, format));
		};
		display.timerExec(DEBOUNCE_MS, pending);
	}

	/** On the worker: the PDF and its pages, then handed to the UI thread. */
	private void render(Display display, int mine, Path folder, Format format) {
		List<byte[]> png;
		String failure = null;
		try {
			if (renderer == null) {
				renderer = PdfRenderer.create();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ExampleDocuments.Fitted fitted = examples.example(folder, format);
			if (fitted.source() != null) {
				renderer.render(fitted.document(), out);
			} else {
				renderer.renderBlank(format, out);
			}
			png = PdfPages.png(out.toByteArray(), PdfPages.SCREEN_DPI);
		} catch (Exception | LinkageError e) {
			png = List.of();
			failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		}
		List<byte[]> result = png;
		String problem = failure;
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (content.isDisposed() || mine != generation) {
					return;
				}
				if (problem != null) {
					status.setText(NLS.bind(Messages.pdfFailed, problem));
				} else {
					showPages(result);
					shown = format;
					status.setText(NLS.bind(Messages.pdfUpdated, LocalTime.now().format(TIME)));
				}
				content.layout(true);
			});
		}
	}

	private void showPages(List<byte[]> png) {
		Point origin = scrolled.getOrigin();
		for (Control child : pages.getChildren()) {
			child.dispose();
		}
		images.forEach(Image::dispose);
		images.clear();
		int number = 0;
		for (byte[] bytes : png) {
			Image image = new Image(content.getDisplay(), new ByteArrayInputStream(bytes));
			images.add(image);
			Label page = new Label(pages, SWT.NONE);
			page.setImage(image);
			page.setData(WidgetIds.KEY, PreviewIds.PDF_PAGE);
			page.setToolTipText(NLS.bind(Messages.pdfPage, ++number));
			page.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
		}
		pages.layout(true);
		scrolled.setMinSize(pages.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		scrolled.setOrigin(origin);
	}

	/** The number of page images shown (for tests). */
	int pageCount() {
		return images.size();
	}

	void clear() {
		generation++;
		shown = null;
		for (Control child : pages.getChildren()) {
			child.dispose();
		}
		images.forEach(Image::dispose);
		images.clear();
		status.setText(Messages.pdfWaiting);
	}

	void dispose() {
		worker.shutdownNow();
		images.forEach(Image::dispose);
		images.clear();
	}
}
