package nl.oppstudio.forms;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.forms.internal.Frames;
import nl.oppstudio.forms.internal.Messages;
import nl.oppstudio.forms.spi.Renderers;

/**
 * A form with its navigation and its problems: the pages on the left, each with its state (complete,
 * errors, not required); the page in the middle; below it the problems of {@code opp validate}, where a
 * double-click or Enter jumps to the field.
 */
public final class FormPane {

	/** Data key values of the pane's widgets (on {@link #KEY}), for tests and screenshots. */
	public static final String KEY = "nl.oppstudio.forms.id", PAGES = "pages", PROBLEMS = "problems",
			PROBLEM_SUMMARY = "problemSummary";

	/** The least width of the pages' names, in pixels: about 40 characters. */
	private static final int PAGES_WIDTH = 260;
	private final Form form;
	private final SashForm sash;
	private final TableViewer pages;
	private final FormView view;
	private final TableViewer problems;
	private final Label summary;
	/** The pages' width in pixels ({@code -1} until the pane is first laid out), and the sash's width then. */
	private int pagesWidth = -1;
	private int sashWidth = -1;
	private int navigationShare = 45;
	private int fitted = -1;
	private boolean fitting;
	private final FormListener listener = new FormListener() {
		@Override
		public void stateChanged() {
			refresh();
		}
	};

	public FormPane(Composite parent, Form form, Renderers renderers) {
		this.form = form;
		sash = new SashForm(parent, SWT.HORIZONTAL);
		pages = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		pages.getTable().setData(KEY, PAGES);
		Frames.accessibleName(pages.getTable(), Messages.pagesName);
		TableViewerColumn pageColumn = new TableViewerColumn(pages, SWT.NONE);
		pageColumn.getColumn().setWidth(PAGES_WIDTH);
		pageColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				ContainerNode page = (ContainerNode) element;
				return "  ".repeat(form.depth(page)) + mark(PageState.of(page)) + " " + page.label();
			}

			@Override
			public String getToolTipText(Object element) {
				return stateText((ContainerNode) element);
			}

			@Override
			public Color getForeground(Object element) {
				PageState state = PageState.of((ContainerNode) element);
				return sash.getDisplay().getSystemColor(state == PageState.ERRORS ? SWT.COLOR_RED
						: state == PageState.HIDDEN ? SWT.COLOR_DARK_GRAY : SWT.COLOR_LIST_FOREGROUND);
			}
		});
		pages.setContentProvider(ArrayContentProvider.getInstance());
		pages.setInput(form.pages());
		pageColumn.getColumn().setWidth(pageNamesWidth());
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(pages);

		SashForm right = new SashForm(sash, SWT.VERTICAL);
		view = new FormView(right, form, renderers);
		Composite bottom = new Composite(right, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		bottom.setLayout(layout);
		summary = new Label(bottom, SWT.WRAP);
		summary.setData(KEY, PROBLEM_SUMMARY);
		GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		summaryData.widthHint = 100; // wraps in a narrow pane (the Studio's preview) instead of being cut off
		summary.setLayoutData(summaryData);
		Composite tableHolder = new Composite(bottom, SWT.NONE);
		tableHolder.setLayout(new FillLayout());
		tableHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		problems = new TableViewer(tableHolder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		problems.getTable().setData(KEY, PROBLEMS);
		problems.getTable().setHeaderVisible(true);
		Frames.accessibleName(problems.getTable(), Messages.problemsName);
		problemColumn(Messages.problemSeverity, 80, d -> d.severity().label());
		problemColumn(Messages.problemWhere, 300, this::where);
		problemColumn(Messages.problemMessage, 620, Diagnostic::message);
		problems.setContentProvider(ArrayContentProvider.getInstance());
		right.setWeights(78, 22);
		sash.setWeights(27, 73);
		// the pages keep their width (names up to about 40 characters, or what the user dragged them to)
		// when the pane is resized, beside a diagram too; the form takes the rest
		sash.addListener(SWT.Resize, event -> event.display.asyncExec(() -> {
			if (!sash.isDisposed()) {
				fitPages(); // after the resize: GTK ignores sizes set while it allocates
			}
		}));
		pages.getTable().addListener(SWT.Resize, event -> {
			int width = sash.getClientArea().width;
			if (!fitting && width > 0 && width == sashWidth && pages.getTable().getSize().x != fitted) {
				pagesWidth = pages.getTable().getSize().x; // the user moved the divider
			}
		});

		pages.addSelectionChangedListener(event -> {
			Object page = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (page instanceof ContainerNode container && container != view.currentPage()) {
				view.showPage(container);
			}
		});
		problems.addOpenListener(event -> {
			Object problem = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (problem instanceof Diagnostic diagnostic) {
				reveal(diagnostic);
			}
		});
		form.addListener(listener);
		sash.addDisposeListener(event -> form.removeListener(listener));
		if (!form.pages().isEmpty()) {
			pages.setSelection(new StructuredSelection(form.pages().get(0)));
		}
		refresh();
	}

	private void problemColumn(String title, int width, java.util.function.Function<Diagnostic, String> text) {
		TableViewerColumn column = new TableViewerColumn(problems, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Diagnostic) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((Diagnostic) element).severity() == Severity.ERROR ? sash.getDisplay().getSystemColor(SWT.COLOR_RED) : null;
			}
		});
	}

	/** Where a problem is, in words: the page and the field. */
	private String where(Diagnostic diagnostic) {
		FormNode node = form.nodeOf(diagnostic);
		ContainerNode page = form.pageOf(node);
		if (node == form.root()) {
			return Messages.wholeDocument;
		}
		return node == page ? page.label() : page.label() + " › " + node.label();
	}

	private static String mark(PageState state) {
		return switch (state) {
		case ERRORS -> "✗";
		case WARNINGS -> "!";
		case COMPLETE -> "✓";
		case NOT_REQUIRED -> "○";
		case HIDDEN -> "–";
		};
	}

	private static String stateText(ContainerNode page) {
		return switch (PageState.of(page)) {
		case ERRORS -> NLS.bind(Messages.pageErrors, page.allDiagnostics().stream().filter(Diagnostic::isError).count());
		case WARNINGS -> Messages.pageWarnings;
		case COMPLETE -> Messages.pageComplete;
		case NOT_REQUIRED -> Messages.pageNotRequired;
		case HIDDEN -> Messages.pageHidden;
		};
	}

	private void refresh() {
		if (sash.isDisposed()) {
			return;
		}
		pages.refresh();
		List<Diagnostic> diagnostics = form.diagnostics();
		if (!diagnostics.equals(problems.getInput())) {
			problems.setInput(diagnostics);
		}
		long errors = diagnostics.stream().filter(Diagnostic::isError).count();
		long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
		long infos = diagnostics.size() - errors - warnings;
		String text = diagnostics.isEmpty() ? Messages.noProblems
				: infos == 0 ? NLS.bind(Messages.problemCount, errors, warnings)
						: NLS.bind(Messages.problemCountInfo, new Object[] { errors, warnings, infos });
		if (!text.equals(summary.getText())) {
			summary.setText(text);
			summary.requestLayout(); // a longer text than the first one is not cut off
		}
	}

	public Control control() {
		return sash;
	}

	/** The width the list of pages on the left wants, in pixels (its names not cut off). */
	public int navigationWidth() {
		return pagesWidth >= 0 ? pagesWidth : pages.getTable().computeTrim(0, 0, pages.getTable().getColumn(0).getWidth(), 0).width;
	}

	/** The width of the longest page name as the list shows it (at least {@link #PAGES_WIDTH}), in pixels. */
	private int pageNamesWidth() {
		Table table = pages.getTable();
		GC gc = new GC(table);
		try {
			gc.setFont(table.getFont());
			int widest = PAGES_WIDTH;
			for (ContainerNode page : form.pages()) {
				String text = "  ".repeat(form.depth(page)) + mark(PageState.COMPLETE) + " " + page.label();
				widest = Math.max(widest, gc.textExtent(text).x + 16); // the cell's margins
			}
			return widest;
		} finally {
			gc.dispose();
		}
	}

	/**
	 * The most of the pane's width the list of pages may take, in percent: 45 by default; less where the
	 * pane is narrow and the form needs the room (the Studio's preview).
	 */
	public void setNavigationShare(int percent) {
		navigationShare = Math.max(10, Math.min(60, percent));
		fitPages();
	}

	/** Gives the pages their width (at most {@link #setNavigationShare the share} of the pane) and the form the rest. */
	private void fitPages() {
		int width = sash.getClientArea().width;
		if (width <= 0) {
			return;
		}
		sashWidth = width;
		int nav = Math.min(navigationWidth(), width * navigationShare / 100);
		fitting = true;
		try {
			sash.setWeights(Math.max(1, nav), Math.max(1, width - nav - sash.getSashWidth()));
			fitted = pages.getTable().getSize().x;
		} finally {
			fitting = false;
		}
	}

	public FormView view() {
		return view;
	}

	public Form form() {
		return form;
	}

	/** Shows a page and selects it in the navigation. */
	public void showPage(ContainerNode page) {
		pages.setSelection(new StructuredSelection(page), true);
		view.showPage(page);
	}

	/** Jumps to the field a problem is about. */
	public void reveal(Diagnostic diagnostic) {
		FormNode node = form.nodeOf(diagnostic);
		pages.setSelection(new StructuredSelection(form.pageOf(node)), true);
		view.reveal(node);
		problems.setSelection(new StructuredSelection(diagnostic), true);
	}

	/** Jumps to the next error (or warning) after the selected one, wrapping round; {@code false} when there is none. */
	public boolean nextProblem() {
		List<Diagnostic> diagnostics = form.diagnostics();
		if (diagnostics.isEmpty()) {
			return false;
		}
		Object selected = problems.getStructuredSelection().getFirstElement();
		int start = selected == null ? -1 : diagnostics.indexOf(selected);
		reveal(diagnostics.get((start + 1) % diagnostics.size()));
		return true;
	}
}
