package nl.oppstudio.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.ApplicationWindow;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Location;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Problem;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Snapshot;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Symbol;
import nl.oppstudio.ui.internal.FolderTree;
import nl.oppstudio.ui.internal.Messages;
import nl.oppstudio.ui.internal.StudioContext;
import nl.oppstudio.ui.internal.editor.EditorHost;
import nl.oppstudio.ui.internal.editor.FormatEditor;
import nl.oppstudio.ui.internal.editor.ProblemMarks;
import nl.oppstudio.ui.internal.git.VersionMenu;
import nl.oppstudio.ui.internal.publish.PublishEditorDialog;
import nl.oppstudio.ui.internal.newformat.NewFormatDialog;
import nl.oppstudio.ui.internal.preview.PreviewPanel;
import nl.oppstudio.ui.internal.word.WordTemplateImport;

/**
 * The OPP Studio window on a folder: left its formats with their documents and git state; in the
 * middle a tab per open format (the text editor), below it the problems and the references; right the
 * outline of the active format and its live preview. A plain JFace window, no workbench. Use on the UI
 * thread: {@link #openFolder(Path)}, then run the display's event loop until {@code getShell()} is disposed.
 */
public final class StudioWindow extends ApplicationWindow implements StudioContext {

	/** How often open files are compared with the disk, in milliseconds. */
	private static final int DISK_CHECK = 2000;

	private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "OPP Studio: formaat controleren");
		thread.setDaemon(true);
		return thread;
	});
	private final EditorHost host = new Host();
	private Path folder = Path.of("").toAbsolutePath();
	private FolderTree folderTree;
	private CTabFolder tabs;
	private CTabFolder bottom;
	private Table problems;
	private Table references;
	private Tree outline;
	private Label outlineStatus;
	private PreviewPanel preview;
	private Path outlineOf;
	private FormatEditor previewOf;
	private final Runnable diskCheck = this::checkDisk;
	private boolean closing;
	/** The data key of a table's column fitting (a {@link Runnable}). */
	private static final String FIT = "nl.oppstudio.ui.fit";
	/** The panes' shares of the window's width: folder, editor, outline with preview. */
	private static final int FOLDER_WEIGHT = 15;
	private static final int EDITOR_WEIGHT = 45;
	private static final int RIGHT_WEIGHT = 40;
	private final List<TreeItem> toExpand = new ArrayList<>();

	public StudioWindow() {
		super(null);
		addMenuBar();
		addStatusLine();
	}

	/** Opens the window on a folder and starts reading it in the background; does not block. */
	public int openFolder(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
		setBlockOnOpen(false);
		return open();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.windowTitle, folder));
		shell.addListener(SWT.Dispose, e -> {
			closing = true;
			checker.shutdownNow();
		});
		shell.addListener(SWT.Activate, e -> {
			checkDisk();
			if (folderTree != null) {
				folderTree.refresh();
			}
		});
	}

	/** 1600 × 1000 where the screen allows. */
	@Override
	protected Point getInitialSize() {
		Rectangle screen = getShell().getDisplay().getPrimaryMonitor().getClientArea();
		return new Point(Math.max(1000, Math.min(1600, screen.width - 20)), Math.max(700, Math.min(1000, screen.height - 20)));
	}

	@Override
	protected Control createContents(Composite parent) {
		SashForm main = new SashForm(parent, SWT.HORIZONTAL);
		folderTree = new FolderTree(main, folder, this::openFromFolder);

		SashForm middle = new SashForm(main, SWT.VERTICAL);
		tabs = new CTabFolder(middle, SWT.BORDER | SWT.FLAT);
		tabs.setData(WidgetIds.KEY, WidgetIds.EDITOR_TABS);
		tabs.addCTabFolder2Listener(new CTabFolder2Adapter() {
			@Override
			public void close(CTabFolderEvent event) {
				event.doit = mayClose((CTabItem) event.item);
			}
		});
		tabs.addListener(SWT.Selection, e -> activeChanged());
		bottom = new CTabFolder(middle, SWT.BORDER | SWT.FLAT);
		bottom.setData(WidgetIds.KEY, WidgetIds.BOTTOM_TABS);
		problems = table(bottom, WidgetIds.PROBLEMS_TABLE, Messages.problemsTab, new String[] { Messages.problemsColumnSeverity,
				Messages.problemsColumnMessage, Messages.problemsColumnFile, Messages.problemsColumnLine }, new int[] { 110, 0, 210, 60 }, 1);
		references = table(bottom, WidgetIds.REFERENCES_TABLE, Messages.referencesTab, new String[] {
				Messages.referencesColumnFile, Messages.referencesColumnLine, Messages.referencesColumnText }, new int[] { 210, 60, 0 }, 2);
		bottom.setSelection(0);
		problems.addListener(SWT.DefaultSelection, e -> revealRow(e.item));
		references.addListener(SWT.DefaultSelection, e -> revealRow(e.item));
		problemsMenu();
		middle.setWeights(72, 28);

		SashForm right = new SashForm(main, SWT.VERTICAL);
		Composite outlinePane = new Composite(right, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 2;
		outlinePane.setLayout(layout);
		outlineStatus = new Label(outlinePane, SWT.NONE);
		outlineStatus.setData(WidgetIds.KEY, WidgetIds.FORMAT_STATUS);
		outlineStatus.setText(Messages.outlineNone);
		outlineStatus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		outline = new Tree(outlinePane, SWT.SINGLE | SWT.BORDER);
		outline.setData(WidgetIds.KEY, WidgetIds.OUTLINE_TREE);
		outline.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		outline.addListener(SWT.Selection, e -> revealSymbol(e.item, false));
		outline.addListener(SWT.DefaultSelection, e -> revealSymbol(e.item, true));
		Composite previewPane = new Composite(right, SWT.NONE);
		previewPane.setLayout(new FillLayout());
		preview = new PreviewPanel(previewPane, this);
		// the preview is what designers look at: the outline takes the smaller part
		right.setWeights(30, 70);

		// the folder narrow, the editor and the preview the room; the folder widens to its formats' names
		main.setWeights(FOLDER_WEIGHT, EDITOR_WEIGHT, RIGHT_WEIGHT);
		folderTree.setWidthListener(wanted -> fitFolder(main, wanted));
		folderTree.refresh();
		Display display = parent.getDisplay();
		display.timerExec(DISK_CHECK, diskCheck);
		return main;
	}

	/**
	 * The folder pane as wide as its formats' names need, between 12 % and 22 % of the window; the editor
	 * and the preview share the rest as 45 : 40.
	 */
	private static void fitFolder(SashForm main, int wanted) {
		if (main.isDisposed() || main.getClientArea().width <= 0) {
			return;
		}
		int total = main.getClientArea().width;
		int folderPart = Math.max(total * 12 / 100, Math.min(total * 22 / 100, wanted));
		int rest = Math.max(1, total - folderPart);
		main.setWeights(folderPart, rest * EDITOR_WEIGHT / (EDITOR_WEIGHT + RIGHT_WEIGHT),
				rest * RIGHT_WEIGHT / (EDITOR_WEIGHT + RIGHT_WEIGHT));
	}

	/** A table in a tab; the column {@code flexible} takes the width the others leave. */
	private Table table(CTabFolder folder, String id, String title, String[] columns, int[] widths, int flexible) {
		Table table = new Table(folder, SWT.SINGLE | SWT.FULL_SELECTION);
		table.setData(WidgetIds.KEY, id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < columns.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(columns[i]);
			column.setWidth(widths[i]);
		}
		Runnable fit = () -> {
			if (table.isDisposed()) {
				return;
			}
			int rest = table.getSize().x - 2 * table.getBorderWidth()
					- (table.getVerticalBar() != null && table.getVerticalBar().isVisible() ? table.getVerticalBar().getSize().x : 0);
			// the set widths, not getWidth(): GTK stretches the last column to the edge and reports that
			for (int i = 0; i < widths.length; i++) {
				if (i != flexible) {
					rest -= widths[i];
					table.getColumn(i).setWidth(widths[i]);
				}
			}
			table.getColumn(flexible).setWidth(Math.max(200, rest - 4));
		};
		// after the layout has settled: the first sizes come while the window is still being laid out
		table.addListener(SWT.Resize, e -> table.getDisplay().asyncExec(fit));
		table.setData(FIT, fit);
		CTabItem item = new CTabItem(folder, SWT.NONE);
		item.setText(title);
		item.setControl(table);
		item.setData(WidgetIds.KEY, id);
		return table;
	}

	private void problemsMenu() {
		Menu menu = new Menu(problems);
		MenuItem reveal = new MenuItem(menu, SWT.PUSH);
		reveal.setText(Messages.actionReveal);
		reveal.addListener(SWT.Selection, e -> {
			if (problems.getSelectionCount() == 1) {
				revealRow(problems.getSelection()[0]);
			}
		});
		MenuItem fix = new MenuItem(menu, SWT.PUSH);
		fix.setText(Messages.actionQuickFix.replace("&", ""));
		fix.addListener(SWT.Selection, e -> {
			if (problems.getSelectionCount() == 1) {
				revealRow(problems.getSelection()[0]);
				active().ifPresent(FormatEditor::quickFix);
			}
		});
		problems.setMenu(menu);
	}

	/** The window's menu bar: Bestand, Bewerken, Navigeren, Versiebeheer, Help. */
	@Override
	protected MenuManager createMenuManager() {
		MenuManager bar = new MenuManager();
		MenuManager file = new MenuManager(Messages.menuFile);
		file.add(action(Messages.actionNewFormat, SWT.MOD1 | 'N', this::newFormat));
		file.add(action(Messages.actionFormatFromWord, 0, () -> importWord(null, done -> {
		})));
		file.add(new Separator());
		file.add(action(Messages.actionSave, SWT.MOD1 | 'S', () -> active().ifPresent(FormatEditor::save)));
		file.add(action(Messages.actionSaveAll, SWT.MOD1 | SWT.SHIFT | 'S', this::saveAll));
		file.add(action(Messages.actionClose, SWT.MOD1 | 'W', this::closeActive));
		file.add(new Separator());
		file.add(action(Messages.actionExit, SWT.MOD1 | 'Q', this::exit));
		bar.add(file);
		MenuManager edit = new MenuManager(Messages.menuEdit);
		edit.add(action(Messages.actionUndo, SWT.MOD1 | 'Z', () -> active().ifPresent(FormatEditor::undo)));
		edit.add(action(Messages.actionRedo, SWT.MOD1 | 'Y', () -> active().ifPresent(FormatEditor::redo)));
		edit.add(new Separator());
		edit.add(action(Messages.actionContentAssist, SWT.MOD1 | ' ', () -> active().ifPresent(FormatEditor::contentAssist)));
		edit.add(action(Messages.actionQuickFix, SWT.MOD1 | '1', () -> active().ifPresent(FormatEditor::quickFix)));
		edit.add(action(Messages.actionFormat, SWT.MOD1 | SWT.SHIFT | 'F', () -> active().ifPresent(FormatEditor::format)));
		bar.add(edit);
		MenuManager navigate = new MenuManager(Messages.menuNavigate);
		navigate.add(action(Messages.actionDefinition, SWT.F3, () -> active().ifPresent(FormatEditor::goToDefinition)));
		navigate.add(action(Messages.actionReferences, SWT.MOD1 | SWT.SHIFT | 'G',
				() -> active().ifPresent(FormatEditor::findReferences)));
		navigate.add(action(Messages.actionRename, SWT.ALT | SWT.SHIFT | 'R', () -> active().ifPresent(FormatEditor::rename)));
		bar.add(navigate);
		MenuManager versions = new MenuManager(Messages.menuVersions);
		VersionMenu.fill(versions, this);
		versions.add(new Separator());
		versions.add(action(nl.oppstudio.ui.internal.publish.Messages.action, 0, () -> PublishEditorDialog.open(this)));
		bar.add(versions);
		MenuManager help = new MenuManager(Messages.menuHelp);
		help.add(action(Messages.actionAbout, 0, () -> MessageDialog.openInformation(getShell(), Messages.aboutTitle,
				NLS.bind(Messages.about, folder))));
		bar.add(help);
		return bar;
	}

	private static Action action(String text, int accelerator, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		if (accelerator != 0) {
			action.setAccelerator(accelerator);
		}
		return action;
	}

	private void newFormat() {
		Path created = NewFormatDialog.open(this);
		if (created != null) {
			refresh();
			open(created);
		}
	}

	/**
	 * "Formaat uit Word…": a draft format from a Word template, written into the folder, opened, with its report.
	 *
	 * @param word the Word file, or {@code null} to ask for it (tests pass it)
	 * @param done told when it ends, with the draft or {@code null}
	 */
	public void importWord(Path word, java.util.function.Consumer<WordTemplateImport.Done> done) {
		WordTemplateImport.run(this, word, done);
	}

	private void closeActive() {
		CTabItem item = tabs.getSelection();
		if (item != null && mayClose(item)) {
			item.dispose();
			activeChanged();
		}
	}

	private void exit() {
		if (mayCloseAll()) {
			close();
		}
	}

	/** Closing the window asks for each format with unsaved changes, as closing its tab does. */
	@Override
	protected void handleShellCloseEvent() {
		if (mayCloseAll()) {
			super.handleShellCloseEvent();
		}
	}

	private boolean mayCloseAll() {
		for (CTabItem item : tabs.getItems()) {
			if (!mayClose(item)) {
				return false;
			}
		}
		return nl.oppstudio.ui.internal.DocumentOpener.close(getShell().getDisplay());
	}

	/** An editor with unsaved changes asks: Opslaan, Niet opslaan or Annuleren. */
	private boolean mayClose(CTabItem item) {
		Optional<FormatEditor> editor = FormatEditor.of(item.getControl());
		if (editor.isEmpty() || !editor.get().isDirty()) {
			return true;
		}
		tabs.setSelection(item);
		activeChanged();
		MessageDialog dialog = new MessageDialog(getShell(), Messages.unsavedTitle, null,
				NLS.bind(Messages.unsaved, editor.get().file().getFileName()), MessageDialog.QUESTION,
				0, Messages.unsavedSave, Messages.unsavedDiscard, Messages.unsavedCancel);
		return switch (dialog.open()) {
		case 0 -> editor.get().save();
		case 1 -> true;
		default -> false;
		};
	}

	// --- StudioContext ---

	@Override
	public Path folder() {
		return folder;
	}

	@Override
	public Shell shell() {
		return getShell();
	}

	@Override
	public Optional<Path> activeFormat() {
		return active().map(FormatEditor::file);
	}

	@Override
	public Optional<String> textOf(Path file) {
		return Optional.ofNullable(editorOf(file)).map(FormatEditor::text);
	}

	@Override
	public void open(Path file) {
		openEditor(file);
	}

	@Override
	public void reveal(Path file, int offset, int length) {
		FormatEditor editor = openEditor(file);
		if (editor != null) {
			editor.reveal(offset, length);
		}
	}

	@Override
	public boolean saveAll() {
		for (CTabItem item : tabs.getItems()) {
			Optional<FormatEditor> editor = FormatEditor.of(item.getControl());
			if (editor.isPresent() && editor.get().isDirty() && !editor.get().save()) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void refresh() {
		folderTree.refresh();
		checkDisk();
	}

	// --- the window's parts, for the application and tests ---

	/** The editor of the selected tab, if any. */
	public Optional<FormatEditor> active() {
		CTabItem item = tabs == null ? null : tabs.getSelection();
		return item == null ? Optional.empty() : FormatEditor.of(item.getControl());
	}

	/** The editor open on a file, or {@code null}. */
	public FormatEditor editorOf(Path file) {
		Path target = file.toAbsolutePath().normalize();
		for (CTabItem item : tabs.getItems()) {
			if (target.equals(item.getData(WidgetIds.FILE_KEY))) {
				return FormatEditor.of(item.getControl()).orElse(null);
			}
		}
		return null;
	}

	/** The thread that checks the formats, one task after the other; for tests. */
	public ExecutorService checker() {
		return checker;
	}

	/** The editor tabs. */
	public CTabFolder tabs() {
		return tabs;
	}

	/** Runs after the folder's tree has been filled (each time), on the UI thread. */
	public void setFolderListener(Runnable listener) {
		folderTree.setLoadedListener(listener);
	}

	/**
	 * Opens a format in its tab (or selects its tab); a file outside the folder, such as a base installed
	 * with the product, or one that may not be written, opens read-only.
	 *
	 * @return its editor, or {@code null} when it cannot be read (said in a dialog)
	 */
	public FormatEditor openEditor(Path file) {
		Path target = file.toAbsolutePath().normalize();
		FormatEditor open = editorOf(target);
		if (open != null) {
			for (CTabItem item : tabs.getItems()) {
				if (target.equals(item.getData(WidgetIds.FILE_KEY))) {
					tabs.setSelection(item);
				}
			}
			activeChanged();
			return open;
		}
		boolean readOnly = !target.startsWith(folder) || !Files.isWritable(target);
		FormatEditor editor;
		try {
			editor = new FormatEditor(tabs, host, target, readOnly);
		} catch (java.io.IOException | RuntimeException e) {
			MessageDialog.openError(getShell(), Messages.openFailedTitle,
					NLS.bind(Messages.openFailed, target.getFileName(), e.getMessage()));
			return null;
		}
		CTabItem item = new CTabItem(tabs, SWT.CLOSE);
		item.setData(WidgetIds.KEY, WidgetIds.EDITOR_TAB);
		item.setData(WidgetIds.FILE_KEY, target);
		item.setToolTipText(target.toString());
		item.setControl(editor.control());
		item.addListener(SWT.Dispose, e -> {
			if (!editor.control().isDisposed()) {
				editor.control().dispose();
			}
			if (!closing && !tabs.isDisposed()) {
				showProblems();
				activeChanged();
			}
		});
		title(item, editor);
		tabs.setSelection(item);
		activeChanged();
		editor.viewer().getTextWidget().setFocus();
		return editor;
	}

	private void openFromFolder(Path file) {
		if (file.getFileName().toString().endsWith(".oppformat")) {
			openEditor(file);
		} else {
			nl.oppstudio.ui.internal.DocumentOpener.open(getShell().getDisplay(), folder, file);
		}
	}

	private void title(CTabItem item, FormatEditor editor) {
		String name = editor.file().getFileName().toString();
		if (editor.isReadOnly()) {
			name = NLS.bind(nl.oppstudio.ui.internal.editor.Messages.readOnly, name);
		}
		item.setText((editor.isDirty() ? "*" : "") + name);
	}

	private void activeChanged() {
		Optional<FormatEditor> editor = active();
		showOutline(editor.orElse(null));
		if (editor.isEmpty()) {
			previewOf = null;
			preview.clear();
			return;
		}
		Snapshot snapshot = editor.get().snapshot();
		if (previewOf != editor.get() && snapshot != null && !snapshot.syntaxErrors()) {
			previewOf = editor.get();
			preview.show(editor.get().file(), snapshot.loaded());
		}
	}

	private void checked(FormatEditor editor) {
		showProblems();
		if (active().orElse(null) == editor) {
			showOutline(editor);
			Snapshot snapshot = editor.snapshot();
			if (snapshot != null && !snapshot.syntaxErrors()) {
				previewOf = editor;
				preview.show(editor.file(), snapshot.loaded());
			}
		}
	}

	private void showProblems() {
		List<Object[]> rows = new ArrayList<>();
		for (CTabItem item : tabs.getItems()) {
			FormatEditor.of(item.getControl()).ifPresent(editor -> {
				for (Problem problem : editor.problems()) {
					rows.add(new Object[] { editor.file(), problem });
				}
			});
		}
		rows.sort(Comparator.comparing((Object[] row) -> row[0].toString())
				.thenComparing(row -> ((Problem) row[1]).severity())
				.thenComparingInt(row -> ((Problem) row[1]).line()));
		problems.setRedraw(false);
		try {
			problems.removeAll();
			for (Object[] row : rows) {
				Path file = (Path) row[0];
				Problem problem = (Problem) row[1];
				TableItem item = new TableItem(problems, SWT.NONE);
				item.setImage(0, ProblemMarks.image(problems.getDisplay(), problem.severity()));
				item.setText(new String[] { problem.severity().label(), problem.message(), file.getFileName().toString(),
						problem.line() > 0 ? Integer.toString(problem.line()) : "" });
				item.setData(new Location(file, problem.offset(), Math.max(1, problem.length()), problem.line(), problem.column()));
			}
		} finally {
			problems.setRedraw(true);
		}
		if (problems.getData(FIT) instanceof Runnable fit) {
			problems.getDisplay().asyncExec(fit);
		}
		CTabItem tab = bottom.getItem(0);
		tab.setText(rows.isEmpty() ? Messages.problemsTab : Messages.problemsTab + " (" + rows.size() + ")");
	}

	private void showReferences(List<Location> found) {
		references.removeAll();
		for (Location location : found) {
			TableItem item = new TableItem(references, SWT.NONE);
			Path file = location.file();
			item.setText(new String[] { file == null ? "" : file.getFileName().toString(),
					location.line() > 0 ? Integer.toString(location.line()) : "", lineText(location) });
			item.setData(location);
		}
		bottom.setSelection(1);
		if (references.getData(FIT) instanceof Runnable fit) {
			references.getDisplay().asyncExec(fit);
		}
	}

	private String lineText(Location location) {
		Path file = location.file();
		if (file == null || location.line() <= 0) {
			return "";
		}
		String text = textOf(file).orElseGet(() -> {
			try {
				return Files.readString(file);
			} catch (java.io.IOException e) {
				return "";
			}
		});
		String[] lines = text.split("\n", -1);
		return location.line() <= lines.length ? lines[location.line() - 1].strip() : "";
	}

	private void revealRow(org.eclipse.swt.widgets.Widget row) {
		if (row != null && row.getData() instanceof Location location) {
			Path file = location.file() == null ? activeFormat().orElse(null) : location.file();
			if (file != null) {
				reveal(file, location.offset(), location.length());
			}
		}
	}

	private void showOutline(FormatEditor editor) {
		if (editor == null) {
			outline.removeAll();
			outlineOf = null;
			outlineStatus.setText(Messages.outlineNone);
			return;
		}
		String name = editor.file().getFileName().toString();
		int count = editor.problems().size();
		outlineStatus.setText(count == 0 ? NLS.bind(Messages.outlineStatusClean, name)
				: NLS.bind(Messages.outlineStatus, name, count == 1 ? Messages.oneProblem : NLS.bind(Messages.manyProblems, count)));
		Set<String> expanded = new HashSet<>();
		boolean same = editor.file().equals(outlineOf) && outline.getItemCount() > 0;
		if (same) {
			expandedPaths(outline.getItems(), "", expanded);
		}
		outline.setRedraw(false);
		try {
			outline.removeAll();
			toExpand.clear();
			for (Symbol symbol : editor.outline()) {
				symbol(null, symbol, "", expanded, same);
			}
		} finally {
			outline.setRedraw(true);
		}
		// expanded once the items are shown (GTK ignores it before), parents first
		for (TreeItem item : toExpand) {
			if (!item.isDisposed() && item.getItemCount() > 0) {
				item.setExpanded(true);
			}
		}
		outlineOf = editor.file();
	}

	private void expandedPaths(TreeItem[] items, String prefix, Set<String> expanded) {
		for (TreeItem item : items) {
			String path = prefix + "/" + item.getText();
			if (item.getExpanded()) {
				expanded.add(path);
				expandedPaths(item.getItems(), path, expanded);
			}
		}
	}

	private void symbol(TreeItem parent, Symbol symbol, String prefix, Set<String> expanded, boolean same) {
		TreeItem item = parent == null ? new TreeItem(outline, SWT.NONE) : new TreeItem(parent, SWT.NONE);
		// the name only: the kind is the language server's English word (Property, Field …)
		String text = symbol.name();
		item.setText(text);
		item.setData(symbol);
		String path = prefix + "/" + text;
		// a new format shows its parts and sections; the same format keeps what was open
		if (same ? expanded.contains(path) : parent == null || parent.getParentItem() == null) {
			toExpand.add(item);
		}
		for (Symbol child : symbol.children()) {
			symbol(item, child, path, expanded, same);
		}
	}

	private void revealSymbol(org.eclipse.swt.widgets.Widget item, boolean focus) {
		if (item != null && item.getData() instanceof Symbol symbol) {
			active().ifPresent(editor -> {
				editor.viewer().setSelectedRange(symbol.selectionOffset(), symbol.selectionLength());
				editor.viewer().revealRange(symbol.selectionOffset(), symbol.selectionLength());
				if (focus) {
					editor.viewer().getTextWidget().setFocus();
				}
			});
		}
	}

	private void checkDisk() {
		if (tabs == null || tabs.isDisposed()) {
			return;
		}
		for (CTabItem item : tabs.getItems()) {
			FormatEditor.of(item.getControl()).ifPresent(FormatEditor::reloadIfChanged);
		}
		Display display = tabs.getDisplay();
		display.timerExec(-1, diskCheck);
		display.timerExec(DISK_CHECK, diskCheck);
	}

	/** What the editors get from the window. */
	private final class Host implements EditorHost {

		@Override
		public StudioContext context() {
			return StudioWindow.this;
		}

		@Override
		public ExecutorService checker() {
			return checker;
		}

		@Override
		public FormatEditor editorOf(Path file) {
			return StudioWindow.this.editorOf(file);
		}

		@Override
		public void checked(FormatEditor editor) {
			StudioWindow.this.checked(editor);
		}

		@Override
		public void dirtyChanged(FormatEditor editor) {
			for (CTabItem item : tabs.getItems()) {
				if (item.getControl() == editor.control()) {
					title(item, editor);
				}
			}
		}

		@Override
		public void saved(FormatEditor editor) {
			folderTree.refresh();
		}

		@Override
		public java.util.Map<Path, String> openTexts() {
			java.util.Map<Path, String> texts = new java.util.HashMap<>();
			for (CTabItem item : tabs.getItems()) {
				FormatEditor.of(item.getControl()).ifPresent(editor -> texts.put(editor.file(), editor.text()));
			}
			return texts;
		}

		@Override
		public void showReferences(String name, List<Location> found) {
			StudioWindow.this.showReferences(found);
		}

		@Override
		public void status(String message) {
			setStatus(message);
		}
	}
}
