package nl.oppstudio.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.window.ApplicationWindow;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.editor.internal.Messages;
import nl.oppstudio.editor.internal.NewDocumentDialog;
import nl.oppstudio.editor.internal.OverviewTab;
import nl.oppstudio.editor.internal.document.CsvImportDialog;
import nl.oppstudio.editor.internal.document.DocumentTab;
import nl.oppstudio.editor.internal.Widgets;
import nl.oppstudio.editor.internal.update.AboutDialog;
import nl.oppstudio.editor.internal.update.Branding;
import nl.oppstudio.editor.internal.update.HelpMenu;
import nl.oppstudio.editor.internal.update.Updates;
import nl.oppstudio.update.FormatUpdates;
import nl.oppstudio.update.InstalledFormats;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;

/**
 * The OPP Editor's window on a folder of OPPs: the tab "Overzicht" lists them, and each opened
 * document gets a closable tab made by the {@link DocumentTabFactory} (a placeholder until the form
 * is set). A plain JFace window, no workbench. Use on the UI thread: {@link #open(Path)}, then run the
 * display's event loop until {@code getShell()} is disposed.
 */
public final class EditorWindow extends ApplicationWindow {

	/** The editor's own formats (format bundles and their updates); looked in after a document's folder. */
	private InstalledFormats installed = InstalledFormats.ofRunningEditor();
	private final FormatResolver formats = new FormatResolver(EditorWindow::readFormat, format -> {
	}, () -> installed.formatFolders());
	private final EditorContext context = new EditorContext() {
		@Override
		public Path folder() {
			return folder;
		}

		@Override
		public FormatResolver formats() {
			return formats;
		}

		@Override
		public void openDocument(Path file) {
			EditorWindow.this.openDocument(file);
		}

		@Override
		public void refreshOverview() {
			if (overview != null && !overview.control().isDisposed()) {
				overview.refresh();
			}
		}

		@Override
		public List<Path> installedFormatFiles() {
			return installed.activeFormatFiles();
		}

		@Override
		public boolean asks() {
			return asks;
		}
	};
	private boolean asks = true;
	private final Updates updates = new Updates(new Updates.Host() {
		@Override
		public Shell shell() {
			return getShell();
		}

		@Override
		public InstalledFormats installed() {
			return installed;
		}

		@Override
		public FormatResolver formats() {
			return formats;
		}

		@Override
		public List<DocumentTab> openDocuments() {
			List<DocumentTab> open = new ArrayList<>();
			for (CTabItem item : tabs.getItems()) {
				if (item.getControl() != null) {
					DocumentTab.of(item.getControl()).ifPresent(open::add);
				}
			}
			return open;
		}

		@Override
		public void reopen(Path file) {
			for (CTabItem item : tabs.getItems()) {
				if (file.toAbsolutePath().normalize().equals(item.getData(EditorIds.FILE_KEY))) {
					item.dispose();
				}
			}
			openDocument(file);
		}

		@Override
		public void refreshOverview() {
			context.refreshOverview();
		}
	});
	private Composite notice;
	/** The data key of a tab whose title is its file's name, until the overview knows the pupil. */
	private static final String FALLBACK_TITLE = "opp.fallbackTitle";

	private DocumentTabFactory tabFactory = DocumentTab::create;
	private Path folder = Path.of("").toAbsolutePath();
	private CTabFolder tabs;
	private OverviewTab overview;

	public EditorWindow() {
		super(null);
	}

	/** Sets the installed formats (tests, or another user data folder); before {@link #open(Path)}. */
	public void setInstalledFormats(InstalledFormats formats) {
		this.installed = formats;
	}

	/**
	 * Without a user at the window ({@code -exportPdf}): documents open as they are on disk, without the
	 * questions of recovery and migration, and no update check at start. Before {@link #open(Path)}.
	 */
	public void setUnattended(boolean unattended) {
		this.asks = !unattended;
	}

	/** The installed formats the window uses. */
	public InstalledFormats installedFormats() {
		return installed;
	}

	/** The format step's loader, as the command line uses it (never throws for bad content). */
	private static FormatResolver.CheckedFormat readFormat(Path file) {
		LoadedFormat loaded = FormatLoader.create().load(file);
		return new FormatResolver.CheckedFormat(file, loaded.format(), loaded.diagnostics());
	}

	/** Sets what makes a document's tab; before {@link #open(Path)} or between documents. */
	public void setDocumentTabFactory(DocumentTabFactory factory) {
		this.tabFactory = factory == null ? DocumentTab::create : factory;
	}

	/** Opens the window on a folder and starts reading its OPPs in the background; does not block. */
	public int open(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
		setBlockOnOpen(false);
		int result = open();
		// the menu bar once the window is laid out: made before, it took the diagram's share beside the form
		Shell shell = getShell();
		HelpMenu.create(shell, updates, () -> new AboutDialog(shell, installed.ids().stream()
				.map(id -> installed.active(id).orElse(null)).filter(java.util.Objects::nonNull).toList()).open());
		return result;
	}

	/** What document tabs get: the folder, the formats, a refresh of the overview. */
	public EditorContext context() {
		return context;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.windowTitle, Branding.name(), folder));
		java.nio.file.Path logo = Branding.logo();
		if (logo != null) {
			try {
				org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), logo.toString());
				shell.setImage(image);
				shell.addListener(SWT.Dispose, e -> image.dispose());
			} catch (RuntimeException e) {
				// a logo SWT cannot read (SVG): the window without its own icon
			}
		}
	}

	/** Closing the window asks for each document with unsaved changes, as closing its tab does. */
	@Override
	protected void handleShellCloseEvent() {
		for (CTabItem item : tabs.getItems()) {
			Control control = item.getControl();
			if (control != null && !DocumentTab.of(control).map(DocumentTab::mayClose).orElse(true)) {
				tabs.setSelection(item);
				return;
			}
		}
		super.handleShellCloseEvent();
	}

	/** The tabs (overview first), for tests. */
	public CTabFolder tabs() {
		return tabs;
	}

	/**
	 * Wide enough for every column of the overview on a usual screen; at least 1240 × 720 (the form's
	 * pages are laid out for that, also on a small virtual screen in the tests).
	 */
	@Override
	protected Point getInitialSize() {
		org.eclipse.swt.graphics.Rectangle screen = getShell().getDisplay().getPrimaryMonitor().getClientArea();
		return new Point(Math.max(1240, Math.min(1640, screen.width - 40)), Math.max(720, Math.min(900, screen.height - 40)));
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite content = new Composite(parent, SWT.NONE);
		notice = Widgets.id(new Composite(content, SWT.NONE), EditorIds.UPDATE_NOTICE);
		notice.setVisible(false);
		tabs = Widgets.id(new CTabFolder(content, SWT.BORDER | SWT.FLAT), EditorIds.TABS);
		content.setLayout(new NoticeLayout());
		CTabItem item = Widgets.id(new CTabItem(tabs, SWT.NONE), EditorIds.OVERVIEW_TAB);
		item.setText(Messages.overviewTab);
		overview = new OverviewTab(tabs, folder, formats, this::openDocument, this::newDocument,
				() -> CsvImportDialog.run(getShell(), context, null));
		overview.setLoadedListener(this::retitle);
		item.setControl(overview.control());
		tabs.setSelection(item);
		Display display = parent.getDisplay();
		Listener refreshKey = (Event e) -> {
			if (e.keyCode == SWT.F5 && e.widget instanceof Control control && control.getShell() == getShell()) {
				overview.refresh();
				e.doit = false;
			}
		};
		display.addFilter(SWT.KeyDown, refreshKey);
		content.addListener(SWT.Dispose, e -> display.removeFilter(SWT.KeyDown, refreshKey));
		// Read once the event loop runs: a document opened at start (-open) reads its format first.
		display.asyncExec(() -> {
			if (!overview.control().isDisposed()) {
				overview.refresh();
			}
		});
		overview.table().setFocus();
		if (asks) {
			updates.checkAtStart(this::showNotice);
		}
		return content;
	}

	/** The bar above the tabs: an update was found at start; "Bekijken…" shows it, the cross hides the bar. */
	private void showNotice(List<FormatUpdates.Update> found) {
		if (notice == null || notice.isDisposed()) {
			return;
		}
		for (Control child : notice.getChildren()) {
			child.dispose();
		}
		notice.setLayout(new GridLayout(3, false));
		Label text = new Label(notice, SWT.NONE);
		text.setText(NLS.bind(nl.oppstudio.editor.internal.update.Messages.noticeText, found.get(0).name(),
				found.get(0).version()));
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button show = Widgets.id(new Button(notice, SWT.PUSH), EditorIds.UPDATE_NOTICE_SHOW);
		show.setText(nl.oppstudio.editor.internal.update.Messages.noticeShow);
		Button close = new Button(notice, SWT.PUSH | SWT.FLAT);
		close.setText("×");
		close.setToolTipText(nl.oppstudio.editor.internal.update.Messages.noticeClose);
		Widgets.named(close, nl.oppstudio.editor.internal.update.Messages.noticeClose);
		show.addListener(SWT.Selection, e -> {
			hideNotice();
			updates.offer(found);
		});
		close.addListener(SWT.Selection, e -> hideNotice());
		notice.setVisible(true);
		notice.getParent().layout(true, true);
	}

	private void hideNotice() {
		if (notice != null && !notice.isDisposed()) {
			notice.setVisible(false);
			notice.getParent().layout(true, true);
		}
	}

	/** The tabs fill the window (as a FillLayout would), below the notice when it is shown. */
	private final class NoticeLayout extends Layout {
		@Override
		protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
			Point size = tabs.computeSize(wHint, hHint, flushCache);
			if (notice.isVisible()) {
				size.y += notice.computeSize(wHint, SWT.DEFAULT, flushCache).y;
			}
			return size;
		}

		@Override
		protected void layout(Composite composite, boolean flushCache) {
			org.eclipse.swt.graphics.Rectangle area = composite.getClientArea();
			int top = 0;
			if (notice.isVisible()) {
				top = Math.min(area.height, notice.computeSize(area.width, SWT.DEFAULT, flushCache).y);
				notice.setBounds(area.x, area.y, area.width, top);
			}
			tabs.setBounds(area.x, area.y + top, area.width, area.height - top);
		}
	}

	/** The menu Help's updates (for tests: the same as its items). */
	public Updates updates() {
		return updates;
	}

	/**
	 * Opens a document in its own tab, or selects its tab when it is open already.
	 *
	 * @return the document's tab
	 */
	public CTabItem openDocument(Path file) {
		Path target = file.toAbsolutePath().normalize();
		for (CTabItem item : tabs.getItems()) {
			if (target.equals(item.getData(EditorIds.FILE_KEY))) {
				tabs.setSelection(item);
				return item;
			}
		}
		CTabItem item = Widgets.id(new CTabItem(tabs, SWT.CLOSE), EditorIds.DOCUMENT_TAB);
		item.setData(EditorIds.FILE_KEY, target);
		String title = title(target);
		item.setText(title);
		if (title.equals(fileTitle(target))) {
			item.setData(FALLBACK_TITLE, title); // the pupil's name replaces it once the overview is read
		}
		item.setToolTipText(target.toString());
		Control control = tabFactory.create(tabs, target, context);
		item.setControl(control);
		item.addListener(SWT.Dispose, e -> {
			if (control != null && !control.isDisposed()) {
				control.dispose();
			}
		});
		tabs.setSelection(item);
		return item;
	}

	/** Tabs opened before the overview was read get the pupil's name when it is known. */
	private void retitle() {
		for (CTabItem item : tabs.getItems()) {
			if (item.getData(EditorIds.FILE_KEY) instanceof Path file && item.getData(FALLBACK_TITLE) != null) {
				String title = title(file);
				if (!title.equals(item.getText()) && item.getText().equals(item.getData(FALLBACK_TITLE))) {
					item.setText(title);
					item.setData(FALLBACK_TITLE, null);
				}
			}
		}
	}

	/** A tab's title: the pupil's name as the overview read it, else the file's name. */
	private String title(Path file) {
		if (overview != null) {
			for (OverviewTab.Row row : overview.rows()) {
				if (row.file().toAbsolutePath().normalize().equals(file) && !row.pupil().isEmpty()) {
					return row.pupil();
				}
			}
		}
		return fileTitle(file);
	}

	private static String fileTitle(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".opp") ? name.substring(0, name.length() - 4) : name;
	}

	/** "Nieuw OPP…": asks pupil, school type and format, creates the document, and opens it. */
	private void newDocument() {
		NewDocumentDialog dialog = new NewDocumentDialog(getShell(), folder, formats, installed.activeFormatFiles());
		if (dialog.open() == NewDocumentDialog.OK && dialog.created() != null) {
			overview.refresh();
			openDocument(dialog.created()).setText(dialog.pupil());
		}
	}
}
